import { optionKeys } from '../core/internal/optionKeys.js';
import { breakdownGroups, evaluateFunnel, readFunnelSpec, summariseFunnel } from './internal/funnelRun.js';
import type { FunnelMode } from './internal/funnelCore.js';
import { confidenceOption, readOptions } from './internal/read.js';
import type { EventColumns, FunnelResult, JourneyEvent, JourneyEventInput, TouchpointCatalogue } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<FunnelOptions>({ windowMs: true, mode: true, exclusions: true, breakdownBy: true, confidence: true, touchpoints: true });

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
  const opts = readOptions(options, OPTION_KEYS);
  const confidence = confidenceOption(opts);
  const spec = readFunnelSpec(steps, opts);
  const { outcome, groups, breakdown } = evaluateFunnel(events, spec);
  return {
    mode: spec.mode,
    windowMs: spec.windowMs,
    customers: groups,
    steps: summariseFunnel(outcome, undefined, groups, spec.stepNames, confidence),
    breakdown: breakdown === undefined ? [] : breakdownGroups(outcome, breakdown, groups, spec.stepNames, confidence),
  };
}
