import { optionKeys } from '../core/internal/optionKeys.js';
import { negativeBelowOption, painRows, tallyPain, weightsOption } from './internal/painCounts.js';
import {
  catalogueIndex,
  confidenceOption,
  conversionOption,
  durationOption,
  readEvents,
  readOptions,
} from './internal/read.js';
import type { JourneyEvent, JourneyEventInput, PainPoint, TouchpointCatalogue } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PainPointsOptions>({ timeoutMs: true, conversion: true, negativeBelow: true, weights: true, confidence: true, touchpoints: true });

/** Options of {@link painPoints}. */
export interface PainPointsOptions {
  /** Session timeout in ms: exits are counted per session. Default 30 min. */
  readonly timeoutMs?: number;
  /** Which events are conversions (touchpoint ids or a predicate). Default: `type: 'conversion'`. */
  readonly conversion?: string | readonly string[] | ((event: JourneyEvent) => boolean);
  /** Feedback with a sentiment strictly below this is negative, in [−1, 1]. Default 0. */
  readonly negativeBelow?: number;
  /** Weights of the exit and negative-feedback terms, ≥ 0, not both 0; normalised to sum 1. Default 1 and 1. */
  readonly weights?: { readonly exit?: number; readonly negative?: number };
  /** Confidence level of the Wilson lower bounds. Default 0.95. */
  readonly confidence?: number;
  /** A catalogue from `defineTouchpoints`. */
  readonly touchpoints?: TouchpointCatalogue;
}

/**
 * Ranks touchpoints as pain points: where customers abandon and where negative feedback
 * concentrates. Events are split into sessions (`timeoutMs`, as `sessionize`); for each
 * touchpoint:
 *
 * - `volume` = its events; `exits` = sessions without a conversion whose last event is at it;
 *   `exitRate` = exits / volume;
 * - `feedback` = its events with a `sentiment`; `negativeFeedback` = those with sentiment <
 *   `negativeBelow` (default 0); `negativeFeedbackRate` = negative / feedback (`null` without feedback);
 * - **score** = wₑ·L(exits, volume) + wₙ·L(negative, feedback), where L(s, n) is the lower bound
 *   of the Wilson score interval of s / n at `confidence` (0 when n = 0) and the weights
 *   (default 1 and 1) are normalised to sum 1. Using the lower bound ranks a rate seen on many
 *   events above the same rate seen on a few (a rate of 1 out of 2 events is no pain point yet).
 *
 * Rows are sorted by score (descending), then volume (descending), then touchpoint; `rank`
 * counts from 1.
 *
 * @param events - the events, in any order; never mutated
 * @param options - see {@link PainPointsOptions}
 * @returns one row per touchpoint; `[]` for no events
 * @throws {@link core!OmnicxError} as `sessionize` for bad events; `INVALID_INPUT` for a bad option
 *   (path `['options', key]`, e.g. `['options', 'weights', 'exit']`)
 *
 * @example
 * ```ts
 * import { painPoints } from 'omnicx/journey';
 * const events = [
 *   ...Array.from({ length: 20 }, (_, i) => ({ customerId: `c${i}`, at: 0, touchpoint: 'checkout-queue' })),
 *   ...Array.from({ length: 20 }, (_, i) => ({ customerId: `c${i}`, at: 60_000, touchpoint: 'till', type: 'conversion' as const })),
 *   ...Array.from({ length: 10 }, (_, i) => ({ customerId: `d${i}`, at: 0, touchpoint: 'checkout-queue', sentiment: -0.5 })),
 * ];
 * const [worst] = painPoints(events);
 * console.log(worst?.touchpoint); // 'checkout-queue'
 * console.log(worst?.exits); // 10
 * console.log(worst?.negativeFeedbackRate); // 1
 * console.log(worst?.score.toFixed(3)); // '0.457'
 * ```
 */
export function painPoints(events: readonly JourneyEventInput[], options?: PainPointsOptions): PainPoint[] {
  const opts = readOptions(options, OPTION_KEYS);
  const timeoutMs = durationOption(opts, 'timeoutMs', 30 * 60_000) as number;
  const isConversion = conversionOption(opts);
  const confidence = confidenceOption(opts);
  const negativeBelow = negativeBelowOption(opts);
  const weights = weightsOption(opts);
  const log = readEvents(events, catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']));
  return painRows(tallyPain(log, timeoutMs, isConversion, negativeBelow), weights, confidence);
}
