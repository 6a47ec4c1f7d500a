// Shared parts of the funnel accumulator: its definition read back as a FunnelSpec, cheap shape
// checks for the add step, the merge of two customer-sorted record lists (refusing a customer
// present in both), and the outcome view that summariseFunnel reads.
import { parseWith } from '../../core/errors/parseWith.js';
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { funnelAccumulatorSchema, type FunnelAccumulator } from '../schemas.js';
import type { FunnelOutcome } from './funnelCore.js';
import { readFunnelSpec, type FunnelSpec } from './funnelRun.js';

export const DEFINITION_KEYS = ['steps', 'mode', 'windowMs', 'exclusions', 'breakdownBy', 'touchpoints'] as const;

const definitionSchema = funnelAccumulatorSchema.pick({
  kind: true,
  version: true,
  steps: true,
  mode: true,
  windowMs: true,
  exclusions: true,
  breakdownBy: true,
  touchpoints: true,
});

/** The funnel definition an accumulator holds, as options of `funnel`. */
export function definitionOptions(acc: Pick<FunnelAccumulator, (typeof DEFINITION_KEYS)[number]>): Record<string, unknown> {
  const options: Record<string, unknown> = {
    windowMs: acc.windowMs,
    mode: acc.mode,
    exclusions: acc.exclusions.map((e) => ({ touchpoint: e.touchpoints, from: e.from, to: e.to })),
  };
  if (acc.breakdownBy !== null) options['breakdownBy'] = acc.breakdownBy;
  if (acc.touchpoints !== null) options['touchpoints'] = acc.touchpoints;
  return options;
}

/** Reads an accumulator's definition (schema) and its per-customer arrays (shape only: the add step is hot). */
export function readAccumulatorShallow(acc: unknown, path: readonly PathKey[]): { acc: FunnelAccumulator; spec: FunnelSpec } {
  const definition = parseWith(definitionSchema, acc, path);
  const record = acc as Record<string, unknown>;
  const n = Array.isArray(record['customers']) ? record['customers'].length : -1;
  for (const key of ['customers', 'levels', 'times', 'breakdown'] as const) {
    const value = record[key];
    const expected = key === 'breakdown' && definition.breakdownBy === null ? 0 : n;
    if (!Array.isArray(value) || value.length !== expected) {
      throw invalid(`${[...path, key].join('.')} must be an array of ${String(Math.max(expected, 0))} entries (one per customer), got ${describe(value)}`, [...path, key]);
    }
  }
  return { acc: acc as FunnelAccumulator, spec: specOf(definition, path) };
}

/** Full validation (merge and result steps): the schema, parallel arrays, sorted distinct customers, levels within the steps. */
export function readAccumulatorDeep(acc: unknown, path: readonly PathKey[]): { acc: FunnelAccumulator; spec: FunnelSpec } {
  const parsed = parseWith(funnelAccumulatorSchema, acc, path);
  const n = parsed.customers.length;
  const m = parsed.steps.length;
  for (const key of ['levels', 'times', 'breakdown'] as const) {
    const expected = key === 'breakdown' && parsed.breakdownBy === null ? 0 : n;
    if (parsed[key].length !== expected) throw invalid(`${[...path, key].join('.')} must have ${String(expected)} entries (one per customer), got ${String(parsed[key].length)}`, [...path, key]);
  }
  const customers = parsed.customers as readonly (string | number)[];
  for (let i = 0; i < n; i++) {
    if (i > 0 && !((customers[i - 1] as string | number) < (customers[i] as string | number))) {
      throw invalid(`${[...path, 'customers'].join('.')} must be sorted and distinct, got ${describe(customers[i])} after ${describe(customers[i - 1])}`, [...path, 'customers', i]);
    }
    const level = parsed.levels[i] as number;
    if (level >= m) throw invalid(`${[...path, 'levels', i].join('.')} must be below the ${String(m)} steps, got ${String(level)}`, [...path, 'levels', i]);
    const times = parsed.times[i] as number[];
    if (times.length !== level + 1) {
      throw invalid(`${[...path, 'times', i].join('.')} must hold ${String(level + 1)} step times, got ${String(times.length)}`, [...path, 'times', i]);
    }
    if (parsed.breakdownBy !== null && (parsed.breakdown[i] === null) !== (level < 0)) {
      throw invalid(`${[...path, 'breakdown', i].join('.')} must be null exactly for a customer without an attempt`, [...path, 'breakdown', i]);
    }
  }
  return { acc: parsed, spec: specOf(parsed, path) };
}

function specOf(definition: Pick<FunnelAccumulator, (typeof DEFINITION_KEYS)[number]>, path: readonly PathKey[]): FunnelSpec {
  try {
    return readFunnelSpec(definition.steps, definitionOptions(definition));
  } catch (error) {
    // An accumulator that parses but defines no valid funnel (an exclusion past the last step …).
    throw invalid(`${path.join('.')} does not define a valid funnel: ${error instanceof Error ? error.message : String(error)}`, path);
  }
}

/** The customer records of an accumulator (or of a batch), parallel arrays sorted by customer. */
export interface CustomerRecords {
  readonly customers: (string | number)[];
  readonly levels: number[];
  readonly times: number[][];
  readonly breakdown: (string | null)[];
}

/**
 * Merges two sorted record lists into new arrays; `duplicate(i, j)` is called (and must throw)
 * when `a.customers[i]` equals `b.customers[j]`. Refuses ids against codes.
 */
export function mergeRecords(a: CustomerRecords, b: CustomerRecords, withBreakdown: boolean, mixed: () => never, duplicate: (j: number) => never): CustomerRecords {
  const x = a.customers;
  const y = b.customers;
  if (x.length > 0 && y.length > 0 && typeof x[0] !== typeof y[0]) mixed();
  const out: CustomerRecords = { customers: [], levels: [], times: [], breakdown: [] };
  const take = (from: CustomerRecords, i: number): void => {
    out.customers.push(from.customers[i] as string | number);
    out.levels.push(from.levels[i] as number);
    out.times.push([...(from.times[i] as number[])]);
    if (withBreakdown) out.breakdown.push(from.breakdown[i] ?? null);
  };
  let i = 0;
  let j = 0;
  while (i < x.length && j < y.length) {
    const p = x[i] as string | number;
    const q = y[j] as string | number;
    if (p === q) duplicate(j);
    if (p < q) take(a, i++);
    else take(b, j++);
  }
  while (i < x.length) take(a, i++);
  while (j < y.length) take(b, j++);
  return out;
}

/** The accumulator's records as the outcome `summariseFunnel` reads. */
export function outcomeOf(acc: CustomerRecords): FunnelOutcome {
  const n = acc.customers.length;
  const level = Int32Array.from(acc.levels);
  const timeStart = new Int32Array(n + 1);
  let used = 0;
  for (let g = 0; g < n; g++) {
    timeStart[g] = used;
    used += (acc.times[g] as number[]).length;
  }
  timeStart[n] = used;
  const times = new Float64Array(used);
  for (let g = 0; g < n; g++) times.set(acc.times[g] as number[], timeStart[g]);
  return { level, startPosition: new Int32Array(n), timeStart, times };
}
