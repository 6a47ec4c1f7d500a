import { readJourneys } from './internal/journeys.js';
import { addVariantTally, readVariantsAccumulator, tallyVariants, variantsOf, variantTallyOf } from './internal/variantCounts.js';
import type { JourneySteps, VariantsAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a process-variant accumulator — the `add` step. Each journey counts once for
 * its sequence of touchpoints, on its own, so a customer's journeys may be added in different
 * batches or shards and the result is still exactly that of `variants` on all the journeys (a
 * journey is a unit: give it whole).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergeVariantsAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createVariantsAccumulator}
 * @param journeys - journeys (steps in order); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (as `variants`, path `['journeys', j, …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToVariants, createVariantsAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToVariants(createVariantsAccumulator(), [j('ad', 'buy'), j('ad', 'buy'), j('ad')]);
 * console.log(acc.variants); // [{ steps: ['ad'], count: 1 }, { steps: ['ad', 'buy'], count: 2 }]
 * ```
 */
export function addJourneysToVariants(acc: VariantsAccumulator, journeys: readonly JourneySteps[]): VariantsAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readVariantsAccumulator(acc, ['acc']);
  const batch = tallyVariants(readJourneys(journeys));
  return Object.assign(acc, variantsOf(addVariantTally(variantTallyOf(parsed), batch, ['acc']), ['acc']));
}
