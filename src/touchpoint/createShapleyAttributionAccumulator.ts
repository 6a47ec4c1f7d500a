import { parseWith } from '../core/index.js';
import { shapleyOptionsSchema, type ShapleyAttributionAccumulator, type ShapleyOptions } from './schemas.js';

/**
 * Creates an empty Shapley attribution accumulator — the `create` step of the accumulator pattern
 * ({@link addShapleyAttributionPaths}, {@link mergeShapleyAttributionAccumulators},
 * {@link shapleyAttributionFromAccumulator}). Both games of {@link attributeShapley} depend on the
 * journeys only through their channel sets, so the accumulator keeps, per distinct channel set, the
 * exact sums of its conversions, value and journeys; the Shapley values are computed once from the
 * merged sets, bit for bit as {@link attributeShapley} over all the paths. Memory is O(distinct
 * channel sets).
 *
 * @param options - as for {@link attributeShapley} (`value`, `samples`, `seed`); accumulators merge
 *   only with accumulators of the same options
 * @returns a new accumulator without channels
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createShapleyAttributionAccumulator } from 'omnicx/touchpoint';
 * const acc = createShapleyAttributionAccumulator({ value: 'conversionRate' });
 * console.log(acc.options); // { value: 'conversionRate', samples: 10000, seed: 1 }
 * ```
 */
export function createShapleyAttributionAccumulator(options?: ShapleyOptions): ShapleyAttributionAccumulator {
  const { value, samples, seed } = parseWith(shapleyOptionsSchema, options ?? {}, ['options']);
  return { kind: 'shapleyAttribution', version: 1, options: { value, samples, seed }, channels: [], sets: [], totalConversions: [], totalValue: [] };
}
