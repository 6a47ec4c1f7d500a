import { optionKeys } from '../core/internal/optionKeys.js';
import { readJourneys } from './internal/journeys.js';
import { pathGraph, tallyPaths } from './internal/pathCounts.js';
import { countOption, readOptions, stringOption } from './internal/read.js';
import type { JourneySteps, PathGraph } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PathEdgesOptions>({ maxSteps: true, minCount: true, startAt: true, endAt: true });

/** Options of {@link pathEdges}. */
export interface PathEdgesOptions {
  /** Steps kept per journey (positions 0 … maxSteps − 1), an integer ≥ 1. Default 5. */
  readonly maxSteps?: number;
  /** Nodes and edges with fewer journeys are left out, an integer ≥ 1. Default 1. */
  readonly minCount?: number;
  /** Start each journey at its first step with this touchpoint; journeys without it are skipped. */
  readonly startAt?: string;
  /** End each journey at its first step with this touchpoint (after the start), inclusive. */
  readonly endAt?: string;
}

/**
 * The step-indexed path graph of some journeys, ready for a Sankey diagram (the model of
 * PostHog's and GA4's path explorations): node `"k:touchpoint"` counts the journeys whose step k
 * is that touchpoint, and an edge joins step k to step k + 1 with the journeys taking that way.
 *
 * Journeys are first cut: from their first `startAt` step (journeys without one are skipped),
 * up to and including the first `endAt` step after it, and to at most `maxSteps` steps. Nodes
 * and edges with a count below `minCount` are left out, and so are edges whose ends were left
 * out. Nodes are sorted by step, then count (descending), then touchpoint; edges by step, count
 * (descending), then source and target touchpoints.
 *
 * @param journeys - journeys (steps in order); never mutated
 * @param options - see {@link PathEdgesOptions}
 * @returns the graph and the number of journeys in it
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`), a `maxSteps` or
 *   `minCount` below 1 or not an integer, or an empty `startAt` / `endAt` (path
 *   `['options', key]`)
 *
 * @example
 * ```ts
 * import { pathEdges } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const graph = pathEdges([j('home', 'search', 'product'), j('home', 'product'), j('ad', 'home', 'search')], { startAt: 'home', maxSteps: 2 });
 * console.log(graph.journeys); // 3
 * console.log(graph.nodes.map((n) => `${n.id}=${n.count}`)); // ['0:home=3', '1:search=2', '1:product=1']
 * console.log(graph.edges.map((e) => `${e.source}>${e.target}=${e.count}`)); // ['0:home>1:search=2', '0:home>1:product=1']
 * ```
 */
export function pathEdges(journeys: readonly JourneySteps[], options?: PathEdgesOptions): PathGraph {
  const list = readJourneys(journeys);
  const opts = readOptions(options, OPTION_KEYS);
  const maxSteps = countOption(opts, 'maxSteps', 5, 1);
  const minCount = countOption(opts, 'minCount', 1, 1);
  const startAt = stringOption(opts, 'startAt');
  const endAt = stringOption(opts, 'endAt');
  return pathGraph(tallyPaths(list, { maxSteps, startAt, endAt }), minCount);
}
