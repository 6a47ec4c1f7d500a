import type { VariantsAccumulator } from './schemas.js';

/**
 * Creates an empty process-variant accumulator — the `create` step of the accumulator pattern
 * ({@link addJourneysToVariants}, {@link mergeVariantsAccumulators},
 * {@link variantsFromAccumulator}) for computing `variants` over journeys held in shards or
 * workers. It keeps one count per distinct sequence of touchpoints: memory grows with the number
 * of distinct variants (small for processes, up to one per journey for free-form journeys).
 *
 * @returns `{ kind: 'journeyVariants', version: 1, journeys: 0, variants: [] }` (plain JSON)
 *
 * @example
 * ```ts
 * import { createVariantsAccumulator } from 'omnicx/journey';
 * console.log(createVariantsAccumulator()); // { kind: 'journeyVariants', version: 1, journeys: 0, variants: [] }
 * ```
 */
export function createVariantsAccumulator(): VariantsAccumulator {
  return { kind: 'journeyVariants', version: 1, journeys: 0, variants: [] };
}
