import { parseWith } from '../../core/errors/parseWith.js';
// Shared parts of the funnel accumulator: its definition read back as a FunnelSpec, cheap shape
// checks for the add step, the merge of two customer-sorted record lists (refusing a customer
// present in both), and the outcome view that summariseFunnel reads.

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

/**
 * Reads an accumulator: its definition with the schema, its per-customer arrays with a hand-written
 * pass (a schema over a million customers would cost more than the add it guards): parallel
 * arrays, customers of one kind sorted and distinct, levels within the steps, one time per step
 * reached, a breakdown value exactly for the customers with an attempt.
 */
export function readFunnelAccumulator(acc: unknown, path: readonly PathKey[]): { acc: FunnelAccumulator; spec: FunnelSpec } {
  const definition = parseWith(definitionSchema, acc, path);
  const record = acc as Record<string, unknown>;
  const withBreakdown = definition.breakdownBy !== null;
  const customers = record['customers'];
  if (!Array.isArray(customers)) throw invalid(`${[...path, 'customers'].join('.')} must be an array, got ${describe(customers)}`, [...path, 'customers']);
  const n = customers.length;
  for (const key of ['levels', 'times', 'breakdown'] as const) {
    const value = record[key];
    const expected = key === 'breakdown' && !withBreakdown ? 0 : n;
    if (!Array.isArray(value) || value.length !== expected) {
      throw invalid(`${[...path, key].join('.')} must be an array of ${String(expected)} entries (one per customer), got ${describe(value)}`, [...path, key]);
    }
  }
  const levels = record['levels'] as readonly unknown[];
  const times = record['times'] as readonly unknown[];
  const breakdown = record['breakdown'] as readonly unknown[];
  const m = definition.steps.length;
  const kind = typeof customers[0];
  for (let i = 0; i < n; i++) {
    const c: unknown = customers[i];
    const valid = kind === 'string' ? typeof c === 'string' && c !== '' : Number.isSafeInteger(c);
    if (!valid || (i > 0 && !((customers[i - 1] as string | number) < (c as string | number)))) {
      throw invalid(`${[...path, 'customers'].join('.')} must be non-empty ids or integer codes, of one kind, sorted and distinct; got ${describe(c)} at ${String(i)}`, [...path, 'customers', i]);
    }
    const level = levels[i];
    if (typeof level !== 'number' || !Number.isInteger(level) || level < -1 || level >= m) {
      throw invalid(`${[...path, 'levels', i].join('.')} must be an integer from −1 to ${String(m - 1)}, got ${describe(level)}`, [...path, 'levels', i]);
    }
    const t = times[i];
    if (
      !Array.isArray(t) ||
      t.length !== level + 1 ||
      !t.every((x, k) => typeof x === 'number' && Number.isFinite(x) && (k === 0 || x >= (t[k - 1] as number))) ||
      (level > 0 && (t[level] as number) - (t[0] as number) > definition.windowMs)
    ) {
      throw invalid(`${[...path, 'times', i].join('.')} must hold ${String(level + 1)} finite step times, ascending, within windowMs of the first, got ${describe(t)}`, [...path, 'times', i]);
    }
    if (withBreakdown) {
      const value = breakdown[i];
      if (level < 0 ? value !== null : typeof value !== 'string') {
        throw invalid(`${[...path, 'breakdown', i].join('.')} must be a string for a customer with an attempt and null otherwise, got ${describe(value)}`, [...path, 'breakdown', i]);
      }
    }
  }
  const parsed = { ...definition, customers, levels, times, breakdown } as FunnelAccumulator;
  return { acc: parsed, spec: specOf(definition, path) };
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
