// The parts of `funnel` shared with its accumulator: reading the funnel's definition (steps,
// window, mode, exclusions, breakdown), evaluating a batch of events to one outcome per customer,
// and summarising outcomes into per-step rows. Splitting them lets the accumulator run the very
// code `funnel` runs, so the two agree exactly.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { mean } from '../../core/statistics/mean.js';
import { median } from '../../core/statistics/median.js';
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { EventColumns, FunnelMode, FunnelStep, JourneyEvent, TouchpointDefinition } from '../schemas.js';
import { logToColumns, sortColumns, type SortedColumns } from './columns.js';
import { makePlan, runFunnel, type Exclusion, type FunnelOutcome } from './funnelCore.js';
import { catalogueIndex, durationOption, enumOption, readEvents, stringList, type EventLog, type Options } from './read.js';
import { assertKnownKeys } from '../../core/internal/optionKeys.js';

/** The fields of a funnel exclusion: any other is refused. */
const EXCLUSION_KEYS: readonly string[] = Object.freeze(['touchpoint', 'from', 'to']);

export const BREAKDOWN_FIELDS = ['channel', 'kind', 'stage', 'storeId', 'zone'] as const;
export type BreakdownField = (typeof BREAKDOWN_FIELDS)[number];

export interface ExclusionSpec {
  readonly touchpoints: readonly string[];
  readonly from: number;
  readonly to: number;
}

/** A funnel's definition, validated. */
export interface FunnelSpec {
  readonly windowMs: number;
  readonly mode: FunnelMode;
  readonly stepNames: readonly (readonly string[])[];
  /** Whether each step was given as a list (for error paths). */
  readonly listedSteps: readonly boolean[];
  readonly exclusions: readonly ExclusionSpec[];
  readonly breakdownOf: ((event: JourneyEvent) => unknown) | undefined;
  readonly catalogue: Map<string, TouchpointDefinition> | undefined;
}

/** Reads steps and options (not `confidence`) exactly as `funnel` does, with the same errors. */
export function readFunnelSpec(steps: unknown, opts: Options): FunnelSpec {
  // + 0: a window of −0 is 0 — the result reports it, and an accumulator (JSON) cannot hold −0.
  const windowMs = (durationOption(opts, 'windowMs', 14 * 86_400_000) as number) + 0;
  const mode = enumOption(opts, 'mode', ['ordered', 'strict', 'unordered'] as const, 'ordered');
  if (!Array.isArray(steps)) throw invalid(`steps must be an array, got ${describe(steps)}`, ['steps']);
  if (steps.length === 0) throw invalid('a funnel needs at least one step', ['steps']);
  // Array.from, not map: a hole in a sparse list is read as undefined and refused at its index.
  const stepNames = Array.from(steps as readonly unknown[], (step, k) => stringList(step, ['steps', k]));
  const m = stepNames.length;
  const rawExclusions = opts['exclusions'] ?? [];
  if (!Array.isArray(rawExclusions)) {
    throw invalid(`options.exclusions must be an array, got ${describe(rawExclusions)}`, ['options', 'exclusions']);
  }
  const exclusions = Array.from(rawExclusions as readonly unknown[], (raw, i) => {
    const path = ['options', 'exclusions', i];
    if (typeof raw !== 'object' || raw === null) throw invalid(`options.exclusions[${String(i)}] must be an object, got ${describe(raw)}`, path);
    const e = raw as Record<string, unknown>;
    assertKnownKeys(e, EXCLUSION_KEYS, path);
    const touchpoints = stringList(e['touchpoint'], [...path, 'touchpoint']);
    const from = e['from'] ?? 0;
    const to = e['to'] ?? m - 1;
    if (typeof from !== 'number' || !Number.isInteger(from) || from < 0 || from >= m - 1) {
      throw invalid(`options.exclusions[${String(i)}].from must be a step index from 0 to ${String(m - 2)}, got ${describe(from)}`, [...path, 'from']);
    }
    if (typeof to !== 'number' || !Number.isInteger(to) || to <= from || to > m - 1) {
      throw invalid(`options.exclusions[${String(i)}].to must be a step index after from, at most ${String(m - 1)}, got ${describe(to)}`, [...path, 'to']);
    }
    return { touchpoints, from, to };
  });
  const breakdownBy = opts['breakdownBy'];
  let breakdownOf: ((event: JourneyEvent) => unknown) | undefined;
  if (breakdownBy !== undefined) {
    if (typeof breakdownBy === 'function') breakdownOf = breakdownBy as (event: JourneyEvent) => unknown;
    else if (typeof breakdownBy === 'string' && (BREAKDOWN_FIELDS as readonly string[]).includes(breakdownBy)) {
      breakdownOf = (event) => event[breakdownBy as BreakdownField];
    } else {
      throw invalid(`options.breakdownBy must be ${BREAKDOWN_FIELDS.join(', ')} or a function, got ${describe(breakdownBy)}`, ['options', 'breakdownBy']);
    }
  }
  const catalogue = catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']);
  const listedSteps = Array.from(steps as readonly unknown[], (step) => typeof step !== 'string');
  return { windowMs, mode, stepNames, listedSteps, exclusions, breakdownOf, catalogue };
}

/** Refuses a step touchpoint outside the catalogue (object input only, as `funnel`). */
export function checkStepsInCatalogue(spec: FunnelSpec): void {
  const { catalogue } = spec;
  if (catalogue === undefined) return;
  spec.stepNames.forEach((names, k) => {
    names.forEach((name, j) => {
      if (!catalogue.has(name)) {
        throw invalid(`steps[${String(k)}] names touchpoint ${JSON.stringify(name)}, which is not in the catalogue`, spec.listedSteps[k] === true ? ['steps', k, j] : ['steps', k]);
      }
    });
  });
}

export function isColumns(value: unknown): value is EventColumns {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'customer' in value;
}

/** One batch evaluated: an outcome per customer group, in the order `funnel` summarises them. */
export interface FunnelBatch {
  readonly outcome: FunnelOutcome;
  readonly groups: number;
  /** With objects: the event log (customers sorted by id); undefined for columns. */
  readonly log: EventLog | undefined;
  readonly columns: SortedColumns;
  /** Each group's breakdown value (`null` for a customer with no attempt); undefined without a breakdown. */
  readonly breakdown: (string | null)[] | undefined;
}

/** Evaluates events (objects or columns) as `funnel` does. The catalogue is used for objects only. */
export function evaluateFunnel(events: unknown, spec: FunnelSpec, name = 'events'): FunnelBatch {
  let columns: SortedColumns;
  let codeOf: (touchpoint: string) => number | undefined;
  let log: EventLog | undefined;
  if (isColumns(events)) {
    if (spec.breakdownOf !== undefined) throw invalid('options.breakdownBy needs events as objects, not columns', ['options', 'breakdownBy']);
    columns = sortColumns(events, name);
    const codes = new Map<string, number>();
    columns.dictionary.forEach((touchpoint, c) => {
      if (!codes.has(touchpoint)) codes.set(touchpoint, c);
    });
    codeOf = (touchpoint) => codes.get(touchpoint);
  } else {
    checkStepsInCatalogue(spec);
    log = readEvents(events, spec.catalogue, name, true);
    const encoded = logToColumns(log);
    columns = encoded;
    codeOf = (touchpoint) => encoded.codes.get(touchpoint);
  }
  const toCodes = (names: readonly string[]): number[] => {
    // A name may occur several times in a user-built dictionary: every occurrence matches.
    const found: number[] = [];
    names.forEach((touchpoint) => {
      if (codeOf(touchpoint) === undefined) return;
      columns.dictionary.forEach((entry, c) => {
        if (entry === touchpoint) found.push(c);
      });
    });
    return found;
  };
  const exclusions: Exclusion[] = spec.exclusions.map((e) => ({ codes: toCodes(e.touchpoints), from: e.from, to: e.to }));
  const plan = makePlan(columns.dictionary.length, spec.stepNames.map(toCodes), exclusions, spec.mode, spec.windowMs);
  const outcome = runFunnel(columns, plan);
  const groups = columns.groupStarts.length - 1;
  let breakdown: (string | null)[] | undefined;
  if (spec.breakdownOf !== undefined && log !== undefined) {
    breakdown = new Array<string | null>(groups).fill(null);
    for (let g = 0; g < groups; g++) {
      const start = outcome.startPosition[g] as number;
      if (start < 0) continue;
      const raw = spec.breakdownOf(log.events[log.order[start] as number] as JourneyEvent);
      breakdown[g] = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '(none)';
    }
  }
  return { outcome, groups, log, columns, breakdown };
}

/** The per-step rows of the customers `members` (all groups when undefined), in that order. */
export function summariseFunnel(
  outcome: FunnelOutcome,
  members: readonly number[] | undefined,
  groups: number,
  stepNames: readonly (readonly string[])[],
  confidence: number,
): FunnelStep[] {
  const m = stepNames.length;
  const counts = new Array<number>(m).fill(0);
  const fromPrevious: number[][] = Array.from({ length: m }, () => []);
  const fromFirst: number[][] = Array.from({ length: m }, () => []);
  const visit = (g: number): void => {
    const level = outcome.level[g] as number;
    const base = outcome.timeStart[g] as number;
    const first = outcome.times[base] as number;
    for (let k = 0; k <= level; k++) {
      counts[k] = (counts[k] as number) + 1;
      if (k === 0) continue;
      const t = outcome.times[base + k] as number;
      // + 0 turns a −0 (two zero instants of opposite signs in columns) into 0: JSON, and so an
      // accumulator, cannot carry −0.
      (fromPrevious[k] as number[]).push(t - (outcome.times[base + k - 1] as number) + 0);
      (fromFirst[k] as number[]).push(t - first + 0);
    }
  };
  if (members === undefined) for (let g = 0; g < groups; g++) visit(g);
  else for (const g of members) visit(g);
  const interval = (s: number, n: number): ReturnType<typeof wilsonInterval> | null => (n === 0 ? null : wilsonInterval(s, n, { confidence }));
  return stepNames.map((touchpoints, k) => {
    const count = counts[k] as number;
    const first = counts[0] as number;
    const previous = k === 0 ? first : (counts[k - 1] as number);
    const next = k + 1 < m ? (counts[k + 1] as number) : 0;
    const prev = fromPrevious[k] as number[];
    const all = fromFirst[k] as number[];
    return {
      index: k,
      touchpoints: [...touchpoints],
      count,
      conversionFromFirst: first === 0 ? null : count / first,
      conversionFromFirstInterval: interval(count, first),
      conversionFromPrevious: previous === 0 ? null : count / previous,
      conversionFromPreviousInterval: interval(count, previous),
      dropOff: previous - count,
      dropOffRate: previous === 0 ? null : (previous - count) / previous,
      meanMsFromPrevious: prev.length === 0 ? null : mean(prev),
      medianMsFromPrevious: prev.length === 0 ? null : median(prev),
      meanMsFromFirst: all.length === 0 ? null : mean(all),
      medianMsFromFirst: all.length === 0 ? null : median(all),
      stoppedHere: count - next,
    };
  });
}

/** Breakdown groups from each group's value, sorted by first-step count, then value. */
export function breakdownGroups(
  outcome: FunnelOutcome,
  values: readonly (string | null)[],
  groups: number,
  stepNames: readonly (readonly string[])[],
  confidence: number,
): { value: string; steps: FunnelStep[] }[] {
  const members = new Map<string, number[]>();
  for (let g = 0; g < groups; g++) {
    const value = values[g];
    if (value === null || value === undefined) continue;
    const list = members.get(value);
    if (list === undefined) members.set(value, [g]);
    else list.push(g);
  }
  const breakdown: { value: string; steps: FunnelStep[] }[] = [];
  for (const [value, list] of members) breakdown.push({ value, steps: summariseFunnel(outcome, list, groups, stepNames, confidence) });
  breakdown.sort((x, y) => (y.steps[0]?.count ?? 0) - (x.steps[0]?.count ?? 0) || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  return breakdown;
}

export type { PathKey };
