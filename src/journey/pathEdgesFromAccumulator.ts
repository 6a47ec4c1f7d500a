import { optionKeys } from '../core/internal/optionKeys.js';
import { readPathAccumulator, tallyOfPaths } from './internal/pathAccumulator.js';
import { pathGraph } from './internal/pathCounts.js';
import { countOption, readOptions } from './internal/read.js';
import type { PathEdgesAccumulator, PathGraph } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PathEdgesFromAccumulatorOptions>({ minCount: true });

/** Options of {@link pathEdgesFromAccumulator}. */
export interface PathEdgesFromAccumulatorOptions {
  /** Nodes and edges with fewer journeys are left out, an integer ≥ 1. Default 1. */
  readonly minCount?: number;
}

/**
 * Reads the path graph of an accumulator — the `result` step: exactly what `pathEdges` returns
 * for all the journeys added (with the accumulator's cut and this `minCount`), however they were
 * split and merged. The accumulator is not modified.
 *
 * @param acc - a path-graph accumulator (validated: it may come from JSON)
 * @param options - `minCount` (default 1), as for `pathEdges`
 * @returns the graph and the number of journeys in it, as `pathEdges`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`) or a bad `minCount` (path `['options', 'minCount']`)
 *
 * @example
 * ```ts
 * import { addJourneysToPathEdges, createPathEdgesAccumulator, pathEdgesFromAccumulator } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const acc = addJourneysToPathEdges(createPathEdgesAccumulator({ startAt: 'home', maxSteps: 2 }), [j('home', 'search', 'product'), j('home', 'product')]);
 * addJourneysToPathEdges(acc, [j('ad', 'home', 'search')]);
 * const graph = pathEdgesFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(graph.nodes.map((n) => `${n.id}=${n.count}`)); // ['0:home=3', '1:search=2', '1:product=1']
 * console.log(pathEdgesFromAccumulator(acc, { minCount: 2 }).edges.map((e) => `${e.source}>${e.target}=${e.count}`)); // ['0:home>1:search=2']
 * ```
 */
export function pathEdgesFromAccumulator(acc: PathEdgesAccumulator, options?: PathEdgesFromAccumulatorOptions): PathGraph {
  const parsed = readPathAccumulator(acc, ['acc']);
  const minCount = countOption(readOptions(options, OPTION_KEYS), 'minCount', 1, 1);
  return pathGraph(tallyOfPaths(parsed), minCount);
}
