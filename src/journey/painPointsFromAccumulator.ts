import { optionKeys } from '../core/internal/optionKeys.js';
import { painTallyOf, readPainAccumulator } from './internal/painAccumulator.js';
import { painRows, weightsOption } from './internal/painCounts.js';
import { confidenceOption, readOptions } from './internal/read.js';
import type { PainPoint, PainPointsAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PainPointsFromAccumulatorOptions>({ weights: true, confidence: true });

/** Options of {@link painPointsFromAccumulator}: how the sums are scored, as for `painPoints`. */
export interface PainPointsFromAccumulatorOptions {
  /** Weights of the exit and negative-feedback terms, ≥ 0, not both 0. Default 1 and 1. */
  readonly weights?: { readonly exit?: number; readonly negative?: number };
  /** Confidence level of the Wilson lower bounds. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Reads the ranked pain points of an accumulator — the `result` step: exactly what `painPoints`
 * returns for all the events added (with the accumulator's options and these weights and
 * confidence), however they were split by customer and merged. The accumulator is not modified.
 *
 * @param acc - a pain-points accumulator (validated: it may come from JSON)
 * @param options - see {@link PainPointsFromAccumulatorOptions}
 * @returns one row per touchpoint, ranked, as `painPoints`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`) or bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addEventsToPainPoints, createPainPointsAccumulator, painPointsFromAccumulator } from 'omnicx/journey';
 * const acc = addEventsToPainPoints(createPainPointsAccumulator(), [
 *   { customerId: 'a', at: 0, touchpoint: 'checkout' },
 *   { customerId: 'b', at: 0, touchpoint: 'home' },
 *   { customerId: 'b', at: 60_000, touchpoint: 'till', type: 'conversion' },
 * ]);
 * const rows = painPointsFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(rows.map((r) => r.touchpoint)); // ['checkout', 'home', 'till']
 * console.log(rows[0]?.exitRate); // 1
 * ```
 */
export function painPointsFromAccumulator(acc: PainPointsAccumulator, options?: PainPointsFromAccumulatorOptions): PainPoint[] {
  const parsed = readPainAccumulator(acc, ['acc']);
  const opts = readOptions(options, OPTION_KEYS);
  const confidence = confidenceOption(opts);
  return painRows(painTallyOf(parsed), weightsOption(opts), confidence);
}
