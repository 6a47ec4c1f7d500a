import type { NumericArray } from '../core/internal/assert.js';
import { npsResult } from './internal/npsCore.js';
import { countNps } from './internal/npsCount.js';
import { answerArray, parseOptions } from './internal/surveyInput.js';
import { npsOptionsSchema, type NpsOptions, type NpsResult } from './schemas.js';

/**
 * The Net Promoter Score of a sample of likelihood-to-recommend answers (0–10): NPS =
 * 100 · (promoters − detractors) / n on the −100…100 scale (Reichheld 2003), with its standard
 * error and a confidence interval in the same NPS points.
 *
 * - Standard error (whatever the interval method): the multinomial one,
 *   SE = 100 · √((p_P + p_D − (p_P − p_D)²) / n), p_P = promoters/n, p_D = detractors/n.
 * - `method: 'adjustedWald'` (default): Rocks (2016, "Interval estimation for the 'Net Promoter
 *   Score'", The American Statistician 70(4):365–372) — add ¾ to promoters and to detractors and
 *   3/2 to passives (n + 3), then centre ± z·SE on the adjusted counts. Rocks found it among the
 *   best methods in coverage and width; it has a closed form, so it is cheap for rollups and
 *   accumulators, and unlike Wald it never collapses to zero width at a score of ±100.
 * - `'wald'`: score ± z·SE; poor coverage for small n or scores near ±100.
 * - `'tango'`: the score interval of Tango (1998, "Equivalence test and confidence interval for
 *   the difference in proportions for the paired-sample design", Statistics in Medicine
 *   17:891–908) — the NPS is the difference of the discordant cells of a paired 2×2 table — found
 *   by bisection on the score statistic; the best coverage of the three, at the cost of a root-find.
 *
 * z = Φ⁻¹(1 − α/2) for α = 1 − confidence. Intervals are clamped to [−100, 100] and widened, if
 * ever needed (adjusted Wald, tiny n), to contain the score.
 *
 * Performance: one tight loop that counts and validates each answer in the same pass; a 10 M
 * element Int8Array takes a few tens of milliseconds.
 *
 * @param scores - an array or typed array of integers from 0 to 10 (never modified)
 * @param options - `method` (default `'adjustedWald'`) and `confidence` (default 0.95), see
 *   {@link npsOptionsSchema}
 * @returns n, the counts, the score, its standard error and interval; for an empty sample
 *   `score`, `standardError` and `interval` are `null` (never NaN)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['scores']`), an answer that
 *   is not an integer 0–10 (path `['scores', index]`) or bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { nps } from 'omnicx/satisfaction';
 * // 5 promoters, 3 passives, 2 detractors: 100 · (5 − 2)/10 = 30
 * const result = nps([10, 9, 9, 10, 9, 8, 7, 7, 6, 0]);
 * console.log(result.score); // 30
 * // SE = 100 · √((0.5 + 0.2 − 0.3²)/10) = 100 · √0.061
 * console.log(result.standardError?.toFixed(4)); // '24.6982'
 * // Wald: 30 − 1.959964 · 24.6982 = −18.408
 * console.log(nps([10, 9, 9, 10, 9, 8, 7, 7, 6, 0], { method: 'wald' }).interval?.lower.toFixed(3)); // '-18.408'
 * console.log(nps([]).score); // null
 * ```
 */
export function nps(scores: NumericArray, options?: NpsOptions): NpsResult {
  const { method, confidence } = parseOptions(npsOptionsSchema, options);
  const [promoters, passives, detractors] = countNps(answerArray(scores, ['scores'], 'scores'), ['scores']);
  return npsResult(promoters, passives, detractors, method, confidence);
}
