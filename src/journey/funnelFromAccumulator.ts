import { optionKeys } from '../core/internal/optionKeys.js';
import { outcomeOf, readFunnelAccumulator } from './internal/funnelAccumulator.js';
import { breakdownGroups, summariseFunnel } from './internal/funnelRun.js';
import { confidenceOption, readOptions } from './internal/read.js';
import type { FunnelAccumulator, FunnelResult } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<FunnelFromAccumulatorOptions>({ confidence: true });

/** Options of {@link funnelFromAccumulator}. */
export interface FunnelFromAccumulatorOptions {
  /** Confidence level of the Wilson intervals, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Reads the funnel of an accumulator — the `result` step: exactly (deep-equal, every number
 * bit for bit) what `funnel` returns for all the events added, however they were split into
 * batches and accumulators and merged, because the accumulator keeps each customer's counted
 * attempt and summarises the customers in the order `funnel` does. The accumulator is not
 * modified.
 *
 * @param acc - a funnel accumulator (validated: it may come from JSON)
 * @param options - `confidence` (default 0.95), as for `funnel`
 * @returns the funnel, as `funnel` returns it
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *   or confidence (path `['options', 'confidence']`)
 *
 * @example
 * ```ts
 * import { addEventsToFunnel, createFunnelAccumulator, funnelFromAccumulator } from 'omnicx/journey';
 * const acc = addEventsToFunnel(createFunnelAccumulator(['view', 'buy']), [
 *   { customerId: 'a', at: 0, touchpoint: 'view' },
 *   { customerId: 'a', at: 60_000, touchpoint: 'buy' },
 *   { customerId: 'b', at: 0, touchpoint: 'view' },
 *   { customerId: 'b', at: 180_000, touchpoint: 'buy' },
 *   { customerId: 'c', at: 0, touchpoint: 'view' },
 * ]);
 * const result = funnelFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(result.steps.map((s) => s.count)); // [3, 2]
 * console.log(result.steps[1]?.medianMsFromPrevious); // 120000
 * ```
 */
export function funnelFromAccumulator(acc: FunnelAccumulator, options?: FunnelFromAccumulatorOptions): FunnelResult {
  const { acc: parsed } = readFunnelAccumulator(acc, ['acc']);
  const confidence = confidenceOption(readOptions(options, OPTION_KEYS));
  const outcome = outcomeOf(parsed);
  const groups = parsed.customers.length;
  return {
    mode: parsed.mode,
    windowMs: parsed.windowMs,
    customers: groups,
    steps: summariseFunnel(outcome, undefined, groups, parsed.steps, confidence),
    breakdown: parsed.breakdownBy === null ? [] : breakdownGroups(outcome, parsed.breakdown, groups, parsed.steps, confidence),
  };
}
