import { readJourneys } from './internal/journeys.js';
import { tallyVariants, variantRows } from './internal/variantCounts.js';
import type { JourneyVariant, JourneySteps } from './schemas.js';

/**
 * The process variants of some journeys (process mining's "variants"): the distinct ordered
 * sequences of touchpoint ids, with how many journeys follow each and their share of all
 * journeys. Repeated touchpoints are kept (`a, a, b` and `a, b` are different variants); a journey
 * without steps is the empty variant. Sorted by count (descending), then by sequence
 * (lexicographic, code-unit order of ids, a prefix first).
 *
 * @param journeys - journeys (or sessions' events as `steps`); never mutated
 * @returns the variants; `[]` for no journeys
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['journeys']`) or a bad step
 *   (path `['journeys', j, 'steps', s, 'touchpoint' | 'at']`)
 *
 * @example
 * ```ts
 * import { variants } from 'omnicx/journey';
 * const step = (touchpoint: string) => ({ touchpoint, at: 0 });
 * const result = variants([
 *   { steps: [step('ad'), step('web'), step('buy')] },
 *   { steps: [step('ad'), step('store')] },
 *   { steps: [step('ad'), step('web'), step('buy')] },
 * ]);
 * console.log(result[0]); // { steps: ['ad', 'web', 'buy'], count: 2, share: 0.6667 }
 * console.log(result[1]?.steps); // ['ad', 'store']
 * ```
 */
export function variants(journeys: readonly JourneySteps[]): JourneyVariant[] {
  const list = readJourneys(journeys);
  return variantRows(tallyVariants(list), list.length);
}
