import { readVariantsAccumulator, variantRows, variantTallyOf } from './internal/variantCounts.js';
import type { JourneyVariant, VariantsAccumulator } from './schemas.js';

/**
 * Reads the process variants of an accumulator — the `result` step: exactly what `variants`
 * returns for all the journeys added, however they were split and merged. The accumulator is not
 * modified.
 *
 * @param acc - a process-variant accumulator (validated: it may come from JSON)
 * @returns the variants with counts and shares, sorted by count, then sequence, as `variants`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addJourneysToVariants, createVariantsAccumulator, variantsFromAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToVariants(createVariantsAccumulator(), [j('ad', 'buy'), j('ad')]);
 * addJourneysToVariants(acc, [j('ad', 'buy'), j('ad', 'buy')]);
 * console.log(variantsFromAccumulator(JSON.parse(JSON.stringify(acc)))[0]); // { steps: ['ad', 'buy'], count: 3, share: 0.75 }
 * ```
 */
export function variantsFromAccumulator(acc: VariantsAccumulator): JourneyVariant[] {
  const parsed = readVariantsAccumulator(acc, ['acc']);
  return variantRows(variantTallyOf(parsed), parsed.journeys);
}
