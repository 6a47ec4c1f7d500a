import { addVariantTally, readVariantsAccumulator, variantsOf, variantTallyOf } from './internal/variantCounts.js';
import type { VariantsAccumulator } from './schemas.js';

/**
 * Combines two process-variant accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure, exact (counts add), associative and commutative.
 *
 * @param a - a process-variant accumulator
 * @param b - another
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToVariants, createVariantsAccumulator, mergeVariantsAccumulators } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const a = addJourneysToVariants(createVariantsAccumulator(), [j('ad', 'buy')]);
 * const b = addJourneysToVariants(createVariantsAccumulator(), [j('ad', 'buy')]);
 * console.log(mergeVariantsAccumulators(a, b).variants); // [{ steps: ['ad', 'buy'], count: 2 }]
 * ```
 */
export function mergeVariantsAccumulators(a: VariantsAccumulator, b: VariantsAccumulator): VariantsAccumulator {
  const x = readVariantsAccumulator(a, ['a']);
  const y = readVariantsAccumulator(b, ['b']);
  return { kind: 'journeyVariants', version: 1, ...variantsOf(addVariantTally(variantTallyOf(x), variantTallyOf(y), ['b']), ['b']) };
}
