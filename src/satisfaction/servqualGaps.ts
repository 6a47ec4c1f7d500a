import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { integerSquaredDeviations, servqualResult } from './internal/servqualCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  servqualOptionsSchema,
  servqualResponseSchema,
  type ServqualDimension,
  type ServqualOptions,
  type ServqualResponse,
  type ServqualResult,
} from './schemas.js';

interface ItemSums {
  readonly item: string;
  readonly dimension: ServqualDimension;
  n: number;
  expectation: number;
  perception: number;
  /** Σ d², exact while every answer is an integer */
  squaredGaps: number;
  integral: boolean;
  /** the answer gaps, for a two-pass variance when some answer is fractional */
  readonly gaps: number[];
}

/**
 * SERVQUAL gap scores (Parasuraman, Zeithaml & Berry 1988, "SERVQUAL: a multiple-item scale for
 * measuring consumer perceptions of service quality", Journal of Retailing 64(1):12–40): for each
 * item and each of the five dimensions — tangibles, reliability, responsiveness, assurance,
 * empathy — the mean expectation, the mean perception and the gap Q = P − E (negative when the
 * service falls short of what customers expect).
 *
 * - Item: the means over its answers; gap = mean P − mean E (= the mean of the answer gaps).
 * - Dimension: the unweighted mean of its items' means, as in the original instrument (each item
 *   counts once, however many answered it); `n` is the number of answers.
 * - Overall: `unweightedGap`, the mean of the dimension gaps, and `weightedGap`, Σ w_d · gap_d with
 *   the `weights` normalised to sum to 1 over the dimensions present (Parasuraman et al. 1991,
 *   Journal of Retailing 67(4):420–450, ask respondents to share 100 points among the dimensions).
 *
 * Uncertainty (`standardError` and `interval` next to each gap, `confidence` default 0.95):
 * - Item: from the answer gaps dᵢ = Pᵢ − Eᵢ (paired within an answer), sd with divisor n − 1,
 *   SE = sd/√n and the Student t interval gap ± t₁₋α/₂,ₙ₋₁·SE, as for {@link ces}.
 * - Dimension and overall gaps are linear combinations Σ cᵢ·gapᵢ of item gaps (cᵢ = 1/k for a
 *   dimension of k items; 1/(D·k_d) or w_d/k_d overall). Answers carry no respondent id, so the
 *   items cannot be paired: they are **assumed independent**, SE = √(Σ cᵢ²·SEᵢ²), and the interval
 *   uses Student t with the Welch–Satterthwaite degrees of freedom
 *   ν = (Σ cᵢ²SEᵢ²)² / Σ (cᵢ²SEᵢ²)²/(nᵢ − 1) (Satterthwaite 1946, Biometrics Bulletin 2(6):110–114;
 *   Welch 1947, Biometrika 34:28–35). When the same respondents answer every item, their answers
 *   are usually positively correlated and the true SE is larger: read these as lower bounds.
 * - `null` when an item involved has fewer than 2 answers (items with weight 0 are not involved).
 *   Intervals are clamped to the possible gaps ±(highest − lowest) and always contain the gap.
 *
 * Dimensions are listed in the canonical order above (only those with answers), items in order
 * of first appearance; inside a dimension the item means are summed in the order of the item ids,
 * so with integer answers the numbers do not depend on the order of the answers (fractional
 * answers are summed in the order given, which can change the last bits).
 *
 * @param responses - an array of `{ item, dimension, expectation, perception }`, ratings on the scale
 * @param options - `scale` (default [1, 7]), `weights` (default equal) and `confidence` (default
 *   0.95), see {@link servqualOptionsSchema}
 * @returns `items`, `dimensions` (with the `weight` used) and `overall`, each gap with its
 *   `standardError` and `interval` (gaps `null` when empty)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['responses']`), a bad
 *   response or a rating off the scale (path `['responses', i, …]`), an item listed under two
 *   dimensions (path `['responses', i, 'dimension']`), weights missing for a dimension present
 *   (path `['options', 'weights', dimension]`) or all zero (path `['options', 'weights']`)
 *
 * @example
 * ```ts
 * import { servqualGaps } from 'omnicx/satisfaction';
 * const result = servqualGaps([
 *   { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
 *   { item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 },
 *   { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
 * ]);
 * // reliability: E = 6.5, P = 5.5, gap −1; tangibles: gap +1
 * console.log(result.dimensions.map((d) => d.gap)); // [1, -1]
 * console.log(result.overall.unweightedGap); // 0
 * console.log(servqualGaps([{ item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 }, { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 }], { weights: { reliability: 30, tangibles: 10 } }).overall.weightedGap); // -1.25
 * // R1's answer gaps −2 and 0: sd √2, SE = √2/√2 = 1, t(0.975, 1) = 12.7062 → −1 ± 12.7, clamped to the possible gaps ±6
 * console.log([result.items[0]?.standardError, result.items[0]?.interval?.lower, result.items[0]?.interval?.upper]); // [1, -6, 6]
 * const tight = servqualGaps([5, 6, 6, 7].map((perception) => ({ item: 'R1', dimension: 'reliability' as const, expectation: 7, perception })));
 * // gaps −2, −1, −1, 0: mean −1, sd √(2/3), SE = 0.4082, t(0.975, 3) = 3.1824
 * console.log([tight.items[0]?.interval?.lower.toFixed(3), tight.items[0]?.interval?.upper.toFixed(3)]); // ['-2.299', '0.299']
 * ```
 */
export function servqualGaps(responses: readonly ServqualResponse[], options?: ServqualOptions): ServqualResult {
  if (!Array.isArray(responses)) throw invalid(`responses must be an array, got ${describe(responses)}`, ['responses']);
  const { scale, weights, confidence } = parseOptions(servqualOptionsSchema, options);
  const [low, high] = scale;
  const items = new Map<string, ItemSums>();
  const list: readonly unknown[] = responses;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array, which overall.n would still count.
  for (let i = 0; i < list.length; i++) {
    const response = parseWith(servqualResponseSchema, list[i], ['responses', i]);
    for (const field of ['expectation', 'perception'] as const) {
      const value = response[field];
      if (value < low || value > high) {
        throw invalid(`responses.${String(i)}.${field} must be on the scale ${String(low)}–${String(high)}, got ${String(value)}`, [
          'responses',
          i,
          field,
        ]);
      }
    }
    let sums = items.get(response.item);
    if (sums === undefined) {
      sums = { item: response.item, dimension: response.dimension, n: 0, expectation: 0, perception: 0, squaredGaps: 0, integral: true, gaps: [] };
      items.set(response.item, sums);
    } else if (sums.dimension !== response.dimension) {
      throw invalid(
        `responses.${String(i)}.dimension: item ${JSON.stringify(response.item)} was listed under ${sums.dimension} before, not ${response.dimension}`,
        ['responses', i, 'dimension'],
      );
    }
    const gap = response.perception - response.expectation;
    sums.n += 1;
    sums.expectation += response.expectation;
    sums.perception += response.perception;
    sums.squaredGaps += gap * gap;
    sums.gaps.push(gap);
    if (!Number.isInteger(response.expectation) || !Number.isInteger(response.perception)) sums.integral = false;
  }

  const stats = [...items.values()].map((s) => {
    const sumGaps = s.perception - s.expectation;
    const squaredDeviations = s.integral
      ? integerSquaredDeviations(s.n, sumGaps, s.squaredGaps)
      : s.gaps.reduce((sum, d) => sum + (d - sumGaps / s.n) ** 2, 0);
    return { item: s.item, dimension: s.dimension, n: s.n, expectation: s.expectation, perception: s.perception, squaredDeviations };
  });
  return servqualResult(stats, scale, weights, confidence, list.length, ['options', 'weights']);
}
