import { sameDefinition } from './internal/accumulate.js';
import { addNeighbourTally, neighbourSumsOf, neighbourTallyOf, readNeighbourAccumulator } from './internal/neighbourAccumulator.js';
import type { StepNeighboursAccumulator } from './schemas.js';

/**
 * Combines two step-neighbour accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure, exact (counts add), associative and commutative. Both must follow the same
 * touchpoint in the same direction.
 *
 * @param a - a step-neighbour accumulator
 * @param b - another, for the same touchpoint and direction
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), another touchpoint or direction (path `['b', key]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToStepNeighbours, createStepNeighboursAccumulator, mergeStepNeighboursAccumulators } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const a = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart', 'pay')]);
 * const b = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('cart', 'pay')]);
 * console.log(mergeStepNeighboursAccumulators(a, b).neighbours); // [{ touchpoint: 'pay', count: 2 }]
 * ```
 */
export function mergeStepNeighboursAccumulators(a: StepNeighboursAccumulator, b: StepNeighboursAccumulator): StepNeighboursAccumulator {
  const x = readNeighbourAccumulator(a, ['a']);
  const y = readNeighbourAccumulator(b, ['b']);
  sameDefinition(x, y, ['touchpoint', 'direction'], 'touchpoint and direction');
  return { kind: 'journeyStepNeighbours', version: 1, touchpoint: x.touchpoint, direction: x.direction, ...neighbourSumsOf(addNeighbourTally(neighbourTallyOf(x), neighbourTallyOf(y), ['b'])) };
}
