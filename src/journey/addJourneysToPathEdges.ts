import { readJourneys } from './internal/journeys.js';
import { addPathTally, cutOf, pathSumsOf, readPathAccumulator, tallyOfPaths } from './internal/pathAccumulator.js';
import { tallyPaths } from './internal/pathCounts.js';
import type { JourneySteps, PathEdgesAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a path-graph accumulator — the `add` step. Each journey is cut and counted as
 * `pathEdges` counts it, on its own: node and edge counts are sums over journeys, so a customer's
 * journeys may be added in different batches or shards and the result is still exactly that of
 * `pathEdges` on all the journeys (a journey is a unit: give it whole).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergePathEdgesAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createPathEdgesAccumulator}
 * @param journeys - journeys (steps in order); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (as `pathEdges`, path `['journeys', j, …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToPathEdges, createPathEdgesAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToPathEdges(createPathEdgesAccumulator({ maxSteps: 2 }), [j('home', 'search', 'product'), j('home')]);
 * console.log(acc.nodes); // [{ step: 0, touchpoint: 'home', count: 2 }, { step: 1, touchpoint: 'search', count: 1 }]
 * console.log(acc.edges); // [{ step: 0, from: 'home', to: 'search', count: 1 }]
 * ```
 */
export function addJourneysToPathEdges(acc: PathEdgesAccumulator, journeys: readonly JourneySteps[]): PathEdgesAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readPathAccumulator(acc, ['acc']);
  const batch = tallyPaths(readJourneys(journeys), cutOf(parsed));
  return Object.assign(acc, pathSumsOf(addPathTally(tallyOfPaths(parsed), batch, ['acc'])));
}
