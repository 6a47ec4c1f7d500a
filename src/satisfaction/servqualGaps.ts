import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  servqualDimensionSchema,
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
 * Dimensions are listed in the canonical order above (only those with answers), items in order
 * of first appearance.
 *
 * @param responses - an array of `{ item, dimension, expectation, perception }`, ratings on the scale
 * @param options - `scale` (default [1, 7]) and `weights` (default equal), see {@link servqualOptionsSchema}
 * @returns `items`, `dimensions` (with the `weight` used) and `overall` (gaps `null` when empty)
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
 * ```
 */
export function servqualGaps(responses: readonly ServqualResponse[], options?: ServqualOptions): ServqualResult {
  if (!Array.isArray(responses)) throw invalid(`responses must be an array, got ${describe(responses)}`, ['responses']);
  const { scale, weights } = parseOptions(servqualOptionsSchema, options);
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
      sums = { item: response.item, dimension: response.dimension, n: 0, expectation: 0, perception: 0 };
      items.set(response.item, sums);
    } else if (sums.dimension !== response.dimension) {
      throw invalid(
        `responses.${String(i)}.dimension: item ${JSON.stringify(response.item)} was listed under ${sums.dimension} before, not ${response.dimension}`,
        ['responses', i, 'dimension'],
      );
    }
    sums.n += 1;
    sums.expectation += response.expectation;
    sums.perception += response.perception;
  }

  const itemResults = [...items.values()].map((s) => {
    const expectation = s.expectation / s.n;
    const perception = s.perception / s.n;
    return { item: s.item, dimension: s.dimension, n: s.n, expectation, perception, gap: perception - expectation };
  });
  const present = servqualDimensionSchema.options.filter((d) => itemResults.some((r) => r.dimension === d));
  const rawWeights = present.map((dimension) => {
    if (weights === undefined) return 1;
    const w = weights[dimension];
    if (w === undefined) {
      throw invalid(`options.weights.${dimension} is missing: give a weight to every dimension that has answers`, [
        'options',
        'weights',
        dimension,
      ]);
    }
    return w;
  });
  // Scaled by the largest weight first, so that large weights (1e308 each) cannot overflow the sum to
  // Infinity and turn every normalised weight into 0.
  const largest = rawWeights.reduce((max, w) => Math.max(max, w), 0);
  const scaledWeights = rawWeights.map((w) => (largest > 0 ? w / largest : 0));
  const totalWeight = scaledWeights.reduce((sum, w) => sum + w, 0);
  if (present.length > 0 && !(totalWeight > 0)) {
    throw invalid('options.weights must not all be zero for the dimensions that have answers', ['options', 'weights']);
  }
  const dimensions = present.map((dimension, k) => {
    const members = itemResults.filter((r) => r.dimension === dimension);
    const expectation = members.reduce((sum, r) => sum + r.expectation, 0) / members.length;
    const perception = members.reduce((sum, r) => sum + r.perception, 0) / members.length;
    return {
      dimension,
      items: members.length,
      n: members.reduce((sum, r) => sum + r.n, 0),
      expectation,
      perception,
      gap: perception - expectation,
      weight: (scaledWeights[k] as number) / totalWeight,
    };
  });
  const empty = dimensions.length === 0;
  return {
    items: itemResults,
    dimensions,
    overall: {
      n: list.length,
      unweightedGap: empty ? null : dimensions.reduce((sum, d) => sum + d.gap, 0) / dimensions.length,
      weightedGap: empty ? null : dimensions.reduce((sum, d) => sum + d.weight * d.gap, 0),
    },
  };
}
