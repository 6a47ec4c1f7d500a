import { readJourneys } from './internal/journeys.js';
import { addNeighbourTally, directionOf, neighbourSumsOf, neighbourTallyOf, readNeighbourAccumulator } from './internal/neighbourAccumulator.js';
import { tallyNeighbours } from './internal/neighbours.js';
import type { JourneySteps, StepNeighboursAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a step-neighbour accumulator — the `add` step. Every occurrence of the
 * touchpoint is counted with its neighbour within its journey, as `nextSteps` / `previousSteps`
 * count it, so a customer's journeys may be added in different batches or shards and the result
 * is still exactly the one-pass result (a journey is a unit: give it whole).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergeStepNeighboursAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createStepNeighboursAccumulator}
 * @param journeys - journeys (steps in order); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (path `['journeys', j, …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToStepNeighbours, createStepNeighboursAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToStepNeighbours(createStepNeighboursAccumulator('cart'), [j('view', 'cart', 'pay'), j('cart')]);
 * console.log(acc.neighbours); // [{ touchpoint: 'pay', count: 1 }]
 * console.log(acc.boundary); // 1
 * ```
 */
export function addJourneysToStepNeighbours(acc: StepNeighboursAccumulator, journeys: readonly JourneySteps[]): StepNeighboursAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readNeighbourAccumulator(acc, ['acc']);
  const batch = tallyNeighbours(readJourneys(journeys), parsed.touchpoint, directionOf(parsed));
  return Object.assign(acc, neighbourSumsOf(addNeighbourTally(neighbourTallyOf(parsed), batch, ['acc'])));
}
