import type { NumericArray } from '../core/internal/assert.js';
import { cesResult } from './internal/csatCore.js';
import { answerArray, parseOptions, tally } from './internal/surveyInput.js';
import { cesOptionsSchema, type CesOptions, type CesResult } from './schemas.js';

/**
 * The customer effort score: the mean answer on an effort scale (default 1–7, as in CES 2.0, "the
 * company made it easy for me to handle my issue", 1 = strongly disagree … 7 = strongly agree;
 * Dixon, Freeman & Toman 2010, "Stop trying to delight your customers", Harvard Business Review),
 * with the sample standard deviation (divisor n − 1), the standard error sd/√n and the Student t
 * interval mean ± t₁₋α/₂,ₙ₋₁ · sd/√n (clamped to the scale), all in scale points.
 *
 * The answers are tallied per scale point first, so the result is exactly the one of
 * {@link cesFromAccumulator} over any split of the same answers.
 *
 * @param responses - an array or typed array of integer answers on the scale (never modified)
 * @param options - `scale` (default [1, 7]) and `confidence` (default 0.95)
 * @returns `n`, `mean`, `sd`, `standardError`, `interval`; `mean` is `null` when n = 0, and `sd`,
 *   `standardError` and `interval` are `null` when n < 2 (never NaN)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['responses']`), an answer
 *   that is not an integer on the scale (path `['responses', index]`) or bad options (path
 *   `['options', …]`)
 *
 * @example
 * ```ts
 * import { ces } from 'omnicx/satisfaction';
 * // mean 6, sd = √((1 + 0 + 1 + 0)/3) = 0.8165, SE = 0.4082, t(0.975, 3) = 3.1824
 * const result = ces([5, 6, 7, 6]);
 * console.log([result.mean, result.sd?.toFixed(4)]); // [6, '0.8165']
 * console.log([result.interval?.lower.toFixed(3), result.interval?.upper.toFixed(3)]); // ['4.701', '7.000']
 * ```
 */
export function ces(responses: NumericArray, options?: CesOptions): CesResult {
  const { scale, confidence } = parseOptions(cesOptionsSchema, options);
  const counts = tally(answerArray(responses, ['responses'], 'responses'), scale[0], scale[1], ['responses']);
  return cesResult(counts, scale[0], scale[1], confidence);
}
