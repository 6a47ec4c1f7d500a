import { describe, invalid } from '../core/internal/assert.js';
import { wilsonInterval } from '../core/statistics/wilsonInterval.js';
import { compareText } from './internal/journeys.js';
import {
  catalogueIndex,
  confidenceOption,
  conversionOption,
  durationOption,
  readEvents,
  readOptions,
} from './internal/read.js';
import { sessionRuns } from './internal/sessions.js';
import type { JourneyEvent, JourneyEventInput, PainPoint, TouchpointCatalogue } from './schemas.js';

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

function weight(value: unknown, key: 'exit' | 'negative'): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`options.weights.${key} must be a finite number ≥ 0, got ${describe(value)}`, ['options', 'weights', key]);
  }
  return value;
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
  const opts = readOptions(options);
  const timeoutMs = durationOption(opts, 'timeoutMs', 30 * 60_000) as number;
  const isConversion = conversionOption(opts);
  const confidence = confidenceOption(opts);
  const negativeBelow = opts['negativeBelow'] ?? 0;
  if (typeof negativeBelow !== 'number' || !(negativeBelow >= -1 && negativeBelow <= 1)) {
    throw invalid(`options.negativeBelow must be a number from −1 to 1, got ${describe(negativeBelow)}`, ['options', 'negativeBelow']);
  }
  const weights: unknown = opts['weights'] ?? {};
  if (typeof weights !== 'object' || weights === null) throw invalid(`options.weights must be an object, got ${describe(weights)}`, ['options', 'weights']);
  const w = weights as Record<string, unknown>;
  const wExit = weight(w['exit'], 'exit');
  const wNegative = weight(w['negative'], 'negative');
  if (wExit + wNegative === 0) throw invalid('options.weights must not both be 0', ['options', 'weights']);
  const log = readEvents(events, catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']));
  const rows = new Map<string, { volume: number; exits: number; feedback: number; negative: number }>();
  const row = (touchpoint: string): { volume: number; exits: number; feedback: number; negative: number } => {
    let r = rows.get(touchpoint);
    if (r === undefined) rows.set(touchpoint, (r = { volume: 0, exits: 0, feedback: 0, negative: 0 }));
    return r;
  };
  for (const event of log.events) {
    const r = row(event.touchpoint);
    r.volume++;
    if (event.sentiment !== undefined) {
      r.feedback++;
      if (event.sentiment < negativeBelow) r.negative++;
    }
  }
  for (const run of sessionRuns(log, timeoutMs, undefined)) {
    let converted = false;
    for (let p = run.from; p < run.to && !converted; p++) converted = isConversion(log.events[log.order[p] as number] as JourneyEvent);
    if (!converted) row((log.events[log.order[run.to - 1] as number] as JourneyEvent).touchpoint).exits++;
  }
  const lower = (s: number, n: number): number => (n === 0 ? 0 : wilsonInterval(s, n, { confidence }).lower);
  const total = wExit + wNegative;
  return [...rows]
    .map(([touchpoint, r]) => {
      const exitRateLower = lower(r.exits, r.volume);
      const negativeRateLower = lower(r.negative, r.feedback);
      return {
        rank: 0,
        touchpoint,
        volume: r.volume,
        exits: r.exits,
        exitRate: r.exits / r.volume,
        feedback: r.feedback,
        negativeFeedback: r.negative,
        negativeFeedbackRate: r.feedback === 0 ? null : r.negative / r.feedback,
        exitRateLower,
        negativeRateLower,
        score: (wExit * exitRateLower + wNegative * negativeRateLower) / total,
      };
    })
    .sort((a, b) => b.score - a.score || b.volume - a.volume || compareText(a.touchpoint, b.touchpoint))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
