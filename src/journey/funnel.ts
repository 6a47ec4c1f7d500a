import { invalid, describe } from '../core/internal/assert.js';
import { mean } from '../core/statistics/mean.js';
import { median } from '../core/statistics/median.js';
import { wilsonInterval } from '../core/statistics/wilsonInterval.js';
import { logToColumns, sortColumns, type SortedColumns } from './internal/columns.js';
import { makePlan, runFunnel, type Exclusion, type FunnelMode, type FunnelOutcome } from './internal/funnelCore.js';
import {
  catalogueIndex,
  confidenceOption,
  durationOption,
  enumOption,
  readEvents,
  readOptions,
  stringList,
  type EventLog,
} from './internal/read.js';
import type { EventColumns, FunnelResult, FunnelStep, JourneyEvent, JourneyEventInput, TouchpointCatalogue } from './schemas.js';

/** A funnel step: a touchpoint id, or a list of ids any of which completes the step. */
export type FunnelStepInput = string | readonly string[];

/** An exclusion of {@link FunnelOptions}. */
export interface FunnelExclusion {
  /** The touchpoint id(s) whose event disqualifies an attempt. */
  readonly touchpoint: string | readonly string[];
  /** 0-based step after which the exclusion applies. Default 0. */
  readonly from?: number;
  /** 0-based step until which it applies (exclusive: once step `to` is completed the attempt is safe). Default the last step. */
  readonly to?: number;
}

/** Options of {@link funnel}. */
export interface FunnelOptions {
  /** Conversion window in ms, measured from the attempt's first step; inclusive. Default 14 days (1 209 600 000). */
  readonly windowMs?: number;
  /** `'ordered'` (default), `'strict'` or `'unordered'`: see {@link funnel}. */
  readonly mode?: FunnelMode;
  /** Events that disqualify an attempt between two steps. Default none. */
  readonly exclusions?: readonly FunnelExclusion[];
  /**
   * Breaks the result down by a value of the first-step event of each customer's counted attempt:
   * an event field name or a function of the event. Object input only. A value that is neither a string nor a number becomes `'(none)'`.
   */
  readonly breakdownBy?: 'channel' | 'kind' | 'stage' | 'storeId' | 'zone' | ((event: JourneyEvent) => string | number | undefined);
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
  /** A catalogue from `defineTouchpoints` (object input): unknown touchpoints in events or steps are refused. */
  readonly touchpoints?: TouchpointCatalogue;
}

const BREAKDOWN_FIELDS = ['channel', 'kind', 'stage', 'storeId', 'zone'] as const;

function summarise(
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
      (fromPrevious[k] as number[]).push(t - (outcome.times[base + k - 1] as number));
      (fromFirst[k] as number[]).push(t - first);
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

function isColumns(value: unknown): value is EventColumns {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'customer' in value;
}

/**
 * A conversion funnel with the semantics of PostHog / Amplitude / GA4 funnels, precisely:
 *
 * - **Customers and attempts.** Each customer's events are ordered by (at, input order). Every
 *   event of the first step starts an *attempt* (in `'unordered'` mode, an event of any step
 *   does). An attempt completes a step with the first matching event after its previous step
 *   (an event at the same instant but later in the input counts as after), and only within the
 *   window: `at − start ≤ windowMs` (the boundary is inclusive). One event completes at most one
 *   step of an attempt.
 * - **Modes.** `'ordered'`: other events may occur between steps. `'strict'`: the steps must be
 *   consecutive events of the customer — any other event between two steps ends the attempt.
 *   `'unordered'`: the steps may be completed in any order; an event completes the
 *   lowest-numbered step it matches that the attempt has not completed, and step k of the
 *   result counts customers who completed k + 1 distinct steps (times are those of the
 *   (k + 1)-th completion).
 * - **Exclusions.** An event of an exclusion touchpoint disqualifies the attempt if it comes,
 *   within the window, after the attempt completed step `from` and before it completed step
 *   `to`; a disqualified attempt counts for nothing. An event that completes the attempt's next
 *   step is never read as an exclusion. In `'strict'` mode an exclusion disqualifies just the
 *   same, whether it ends the attempt or comes later in its window.
 * - **Counting.** Each customer counts once, with the attempt that reaches the furthest step;
 *   among equally far attempts, the one that started last (so repeated first steps never delay
 *   the clock). A customer counts at every step up to the furthest, so counts never increase
 *   along the steps.
 * - **Per step** (`count` = customers reaching it): `conversionFromFirst` = count / first count,
 *   `conversionFromPrevious` = count / previous count (each with a Wilson score interval at
 *   `confidence`), `dropOff` = previous count − count and its rate, `stoppedHere` = customers
 *   whose furthest step is this one, and the mean and median of (this step's time − previous
 *   step's time) and of (this step's time − first step's time) in ms over the customers reaching
 *   it. Rates and times are `null` when there is nothing to divide by or no one reached the step.
 * - **Breakdown.** With `breakdownBy`, each customer goes to the group of the value on the
 *   first-step event of their counted attempt; groups are sorted by first-step count
 *   (descending), then value.
 *
 * Two inputs: an array of events (validated in one pass) or {@link EventColumns} (from
 * `encodeEvents` or your own typed arrays: the fast path for millions of events — validated,
 * grouped by customer with a counting sort when not already grouped, never copied when already
 * ordered). Ordered and strict funnels without exclusions run in one pass over the events; the
 * other cases enumerate attempts per customer.
 *
 * @param events - events (any order) or event columns; never mutated
 * @param steps - the steps in order: touchpoint ids, or lists of ids any of which completes a step
 * @param options - see {@link FunnelOptions}
 * @returns the funnel, with `customers` = customers with at least one event
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an empty or malformed step list (path
 *   `['steps', …]`), a step touchpoint outside the catalogue, a negative or NaN window (path
 *   `['options', 'windowMs']`), a bad mode, exclusion (path `['options', 'exclusions', i, …]`),
 *   breakdown or confidence, bad events (as `sessionize`) or malformed columns (path
 *   `['events', column, i]`)
 *
 * @example
 * ```ts
 * import { funnel } from 'omnicx/journey';
 * const day = 86_400_000;
 * const result = funnel(
 *   [
 *     { customerId: 'a', at: 0, touchpoint: 'view' },
 *     { customerId: 'a', at: day, touchpoint: 'cart' },
 *     { customerId: 'a', at: 3 * day, touchpoint: 'buy' },
 *     { customerId: 'b', at: 0, touchpoint: 'view' },
 *     { customerId: 'b', at: 2 * day, touchpoint: 'cart' },
 *     { customerId: 'c', at: 0, touchpoint: 'cart' },
 *   ],
 *   ['view', 'cart', 'buy'],
 *   { windowMs: 7 * day },
 * );
 * console.log(result.steps.map((s) => s.count)); // [2, 2, 1]
 * console.log(result.steps[2]?.conversionFromFirst); // 0.5
 * console.log(result.steps[1]?.medianMsFromPrevious); // 129600000
 * console.log(result.steps[2]?.conversionFromFirstInterval?.lower.toFixed(4)); // '0.0945'
 * ```
 */
export function funnel(
  events: readonly JourneyEventInput[] | EventColumns,
  steps: readonly FunnelStepInput[],
  options?: FunnelOptions,
): FunnelResult {
  const opts = readOptions(options);
  const windowMs = durationOption(opts, 'windowMs', 14 * 86_400_000) as number;
  const mode = enumOption(opts, 'mode', ['ordered', 'strict', 'unordered'] as const, 'ordered');
  const confidence = confidenceOption(opts);
  if (!Array.isArray(steps)) throw invalid(`steps must be an array, got ${describe(steps)}`, ['steps']);
  if (steps.length === 0) throw invalid('a funnel needs at least one step', ['steps']);
  const stepNames = steps.map((step, k) => stringList(step, ['steps', k]));
  const m = stepNames.length;
  const rawExclusions = opts['exclusions'] ?? [];
  if (!Array.isArray(rawExclusions)) {
    throw invalid(`options.exclusions must be an array, got ${describe(rawExclusions)}`, ['options', 'exclusions']);
  }
  const exclusionNames = (rawExclusions as readonly unknown[]).map((raw, i) => {
    const path = ['options', 'exclusions', i];
    if (typeof raw !== 'object' || raw === null) throw invalid(`options.exclusions[${String(i)}] must be an object, got ${describe(raw)}`, path);
    const e = raw as Record<string, unknown>;
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
      breakdownOf = (event) => event[breakdownBy as (typeof BREAKDOWN_FIELDS)[number]];
    } else {
      throw invalid(`options.breakdownBy must be ${BREAKDOWN_FIELDS.join(', ')} or a function, got ${describe(breakdownBy)}`, ['options', 'breakdownBy']);
    }
  }

  let columns: SortedColumns;
  let codeOf: (name: string) => number | undefined;
  let log: EventLog | undefined;
  if (isColumns(events)) {
    if (breakdownOf !== undefined) throw invalid('options.breakdownBy needs events as objects, not columns', ['options', 'breakdownBy']);
    columns = sortColumns(events);
    const codes = new Map<string, number>();
    columns.dictionary.forEach((name, c) => {
      if (!codes.has(name)) codes.set(name, c);
    });
    codeOf = (name) => codes.get(name);
  } else {
    const catalogue = catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']);
    if (catalogue !== undefined) {
      stepNames.forEach((names, k) => { names.forEach((name, j) => {
          if (!catalogue.has(name)) {
            throw invalid(`steps[${String(k)}] names touchpoint ${JSON.stringify(name)}, which is not in the catalogue`, typeof steps[k] === 'string' ? ['steps', k] : ['steps', k, j]);
          }
        }); },
      );
    }
    log = readEvents(events, catalogue, 'events', true);
    const encoded = logToColumns(log);
    columns = encoded;
    codeOf = (name) => encoded.codes.get(name);
  }
  const toCodes = (names: readonly string[]): number[] => {
    // A name may occur several times in a user-built dictionary: every occurrence matches.
    const found: number[] = [];
    names.forEach((name) => {
      if (codeOf(name) === undefined) return;
      columns.dictionary.forEach((entry, c) => {
        if (entry === name) found.push(c);
      });
    });
    return found;
  };
  const exclusions: Exclusion[] = exclusionNames.map((e) => ({ codes: toCodes(e.touchpoints), from: e.from, to: e.to }));
  const plan = makePlan(columns.dictionary.length, stepNames.map(toCodes), exclusions, mode, windowMs);
  const outcome = runFunnel(columns, plan);
  const groups = columns.groupStarts.length - 1;
  const breakdown: FunnelResult['breakdown'][number][] = [];
  if (breakdownOf !== undefined && log !== undefined) {
    const members = new Map<string, number[]>();
    for (let g = 0; g < groups; g++) {
      const start = outcome.startPosition[g] as number;
      if (start < 0) continue;
      const raw = breakdownOf(log.events[log.order[start] as number] as JourneyEvent);
      const value = typeof raw === 'string' ? raw : typeof raw === 'number' ? String(raw) : '(none)';
      const list = members.get(value);
      if (list === undefined) members.set(value, [g]);
      else list.push(g);
    }
    for (const [value, list] of members) breakdown.push({ value, steps: summarise(outcome, list, groups, stepNames, confidence) });
    breakdown.sort((x, y) => (y.steps[0]?.count ?? 0) - (x.steps[0]?.count ?? 0) || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  }
  return {
    mode,
    windowMs,
    customers: groups,
    steps: summarise(outcome, undefined, groups, stepNames, confidence),
    breakdown,
  };
}
