import { optionKeys } from '../core/internal/optionKeys.js';
import { neighbours } from './internal/neighbours.js';
import type { StepNeighboursOptions } from './nextSteps.js';
import type { JourneySteps, StepNeighbours } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<StepNeighboursOptions>({ k: true });

/**
 * The top k steps that come right before a touchpoint: the mirror of `nextSteps`. An occurrence
 * that is the journey's first step counts as an entry (`boundary`).
 *
 * @param journeys - journeys (steps in order); never mutated
 * @param touchpoint - the touchpoint id
 * @param options - `k`, the number of steps to return (default 5)
 * @returns occurrences, entries and the top k previous steps
 * @throws {@link core!OmnicxError} `INVALID_INPUT` as `nextSteps`
 *
 * @example
 * ```ts
 * import { previousSteps } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const before = previousSteps([j('ad', 'buy'), j('email', 'buy'), j('ad', 'buy'), j('buy')], 'buy');
 * console.log(before.steps.map((s) => s.touchpoint)); // ['ad', 'email']
 * console.log(before.boundaryShare); // 0.25
 * ```
 */
export function previousSteps(journeys: readonly JourneySteps[], touchpoint: string, options?: StepNeighboursOptions): StepNeighbours {
  return neighbours(journeys, touchpoint, options, -1, OPTION_KEYS);
}
