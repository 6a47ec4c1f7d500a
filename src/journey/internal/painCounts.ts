// The counting core of painPoints, shared with its accumulator: per touchpoint, sums over events
// (volume, feedback, negative feedback) and over sessions (exits); the score is computed from the
// sums alone.
import { describe, invalid } from '../../core/internal/assert.js';
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { JourneyEvent, PainPoint } from '../schemas.js';
import { compareText } from './journeys.js';
import type { ConversionTest, EventLog, Options } from './read.js';
import { sessionRuns } from './sessions.js';
import { assertKnownKeys } from '../../core/internal/optionKeys.js';

/** The keys of the pain-point weights: any other is refused. */
const WEIGHT_KEYS: readonly string[] = Object.freeze(['exit', 'negative']);

export interface PainSums {
  volume: number;
  exits: number;
  feedback: number;
  negative: number;
}

export function negativeBelowOption(opts: Options): number {
  const negativeBelow = opts['negativeBelow'] ?? 0;
  if (typeof negativeBelow !== 'number' || !(negativeBelow >= -1 && negativeBelow <= 1)) {
    throw invalid(`options.negativeBelow must be a number from −1 to 1, got ${describe(negativeBelow)}`, ['options', 'negativeBelow']);
  }
  return negativeBelow;
}

function weight(value: unknown, key: 'exit' | 'negative'): number {
  if (value === undefined) return 1;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw invalid(`options.weights.${key} must be a finite number ≥ 0, got ${describe(value)}`, ['options', 'weights', key]);
  }
  return value;
}

export function weightsOption(opts: Options): { readonly exit: number; readonly negative: number } {
  const weights: unknown = opts['weights'] ?? {};
  if (typeof weights !== 'object' || weights === null) throw invalid(`options.weights must be an object, got ${describe(weights)}`, ['options', 'weights']);
  if (Array.isArray(weights)) throw invalid(`options.weights must be an object, got ${describe(weights)}`, ['options', 'weights']);
  const w = weights as Record<string, unknown>;
  assertKnownKeys(w, WEIGHT_KEYS, ['options', 'weights']);
  const exit = weight(w['exit'], 'exit');
  const negative = weight(w['negative'], 'negative');
  if (exit + negative === 0) throw invalid('options.weights must not both be 0', ['options', 'weights']);
  return { exit, negative };
}

/** Per touchpoint sums of an ordered log, into `rows` (a new map when not given). */
export function tallyPain(log: EventLog, timeoutMs: number, isConversion: ConversionTest, negativeBelow: number, rows = new Map<string, PainSums>()): Map<string, PainSums> {
  const row = (touchpoint: string): PainSums => {
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
  return rows;
}

/** The ranked rows from the sums. */
export function painRows(rows: Iterable<[string, PainSums]>, weights: { readonly exit: number; readonly negative: number }, confidence: number): PainPoint[] {
  const lower = (s: number, n: number): number => (n === 0 ? 0 : wilsonInterval(s, n, { confidence }).lower);
  const total = weights.exit + weights.negative;
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
        score: (weights.exit * exitRateLower + weights.negative * negativeRateLower) / total,
      };
    })
    .sort((a, b) => b.score - a.score || b.volume - a.volume || compareText(a.touchpoint, b.touchpoint))
    .map((r, i) => ({ ...r, rank: i + 1 }));
}
