import { optionKeys } from '../core/internal/optionKeys.js';
import { neighbourTallyOf, readNeighbourAccumulator } from './internal/neighbourAccumulator.js';
import { neighbourResult } from './internal/neighbours.js';
import { countOption, readOptions } from './internal/read.js';
import type { StepNeighboursOptions } from './nextSteps.js';
import type { StepNeighbours, StepNeighboursAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<StepNeighboursOptions>({ k: true });

/**
 * Reads the neighbours of an accumulator — the `result` step: exactly what `nextSteps` (direction
 * `'next'`) or `previousSteps` (`'previous'`) returns for all the journeys added, with this `k`,
 * however they were split and merged. The accumulator is not modified.
 *
 * @param acc - a step-neighbour accumulator (validated: it may come from JSON)
 * @param options - `k` (default 5), as for `nextSteps`
 * @returns the occurrences, the boundary share and the top `k` neighbours
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`) or a bad `k` (path `['options', 'k']`)
 *
 * @example
 * ```ts
 * import { addJourneysToStepNeighbours, createStepNeighboursAccumulator, stepNeighboursFromAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart', 'pay'), j('cart', 'home'), j('cart', 'pay'), j('cart')]);
 * const result = stepNeighboursFromAccumulator(JSON.parse(JSON.stringify(acc)), { k: 1 });
 * console.log(result.steps); // [{ touchpoint: 'pay', count: 2, share: 0.5 }]
 * console.log(result.boundaryShare); // 0.25
 * ```
 */
export function stepNeighboursFromAccumulator(acc: StepNeighboursAccumulator, options?: StepNeighboursOptions): StepNeighbours {
  const parsed = readNeighbourAccumulator(acc, ['acc']);
  const k = countOption(readOptions(options, OPTION_KEYS), 'k', 5, 1);
  return neighbourResult(parsed.touchpoint, neighbourTallyOf(parsed), k);
}
