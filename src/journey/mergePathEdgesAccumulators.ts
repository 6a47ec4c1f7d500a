import { sameDefinition } from './internal/accumulate.js';
import { addPathTally, pathSumsOf, readPathAccumulator, tallyOfPaths } from './internal/pathAccumulator.js';
import type { PathEdgesAccumulator } from './schemas.js';

/**
 * Combines two path-graph accumulators into a new one holding the journeys of both — the `merge`
 * step. Pure, exact (sums), associative and commutative. Both must cut journeys the same way
 * (`maxSteps`, `startAt`, `endAt`).
 *
 * @param a - a path-graph accumulator
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), another cut (path `['b', key]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToPathEdges, createPathEdgesAccumulator, mergePathEdgesAccumulators } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const a = addJourneysToPathEdges(createPathEdgesAccumulator(), [j('home', 'search')]);
 * const b = addJourneysToPathEdges(createPathEdgesAccumulator(), [j('home', 'search'), j('ad')]);
 * console.log(mergePathEdgesAccumulators(a, b).edges); // [{ step: 0, from: 'home', to: 'search', count: 2 }]
 * ```
 */
export function mergePathEdgesAccumulators(a: PathEdgesAccumulator, b: PathEdgesAccumulator): PathEdgesAccumulator {
  const x = readPathAccumulator(a, ['a']);
  const y = readPathAccumulator(b, ['b']);
  sameDefinition(x, y, ['maxSteps', 'startAt', 'endAt'], 'path cut');
  return { kind: 'journeyPathEdges', version: 1, maxSteps: x.maxSteps, startAt: x.startAt, endAt: x.endAt, ...pathSumsOf(addPathTally(tallyOfPaths(x), tallyOfPaths(y), ['b'])) };
}
