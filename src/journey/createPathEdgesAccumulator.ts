import { optionKeys } from '../core/internal/optionKeys.js';
import { countOption, readOptions, stringOption } from './internal/read.js';
import type { PathEdgesAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PathEdgesAccumulatorOptions>({ maxSteps: true, startAt: true, endAt: true });

/** Options of {@link createPathEdgesAccumulator}: how journeys are cut, as for `pathEdges`. */
export interface PathEdgesAccumulatorOptions {
  /** Steps kept per journey (positions 0 … maxSteps − 1), an integer ≥ 1. Default 5. */
  readonly maxSteps?: number;
  /** Start each journey at its first step with this touchpoint; journeys without it are skipped. */
  readonly startAt?: string;
  /** End each journey at its first step with this touchpoint (after the start), inclusive. */
  readonly endAt?: string;
}

/**
 * Creates an empty path-graph accumulator — the `create` step of the accumulator pattern
 * ({@link addJourneysToPathEdges}, {@link mergePathEdgesAccumulators},
 * {@link pathEdgesFromAccumulator}) for computing `pathEdges` over journeys held in shards or
 * workers. It keeps every node and edge count (before `minCount`, which is an option of the
 * result), so any split gives exactly the one-pass graph.
 *
 * @param options - see {@link PathEdgesAccumulatorOptions}
 * @returns an empty accumulator (plain JSON) holding the cut (`startAt` / `endAt` `null` when not given)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a `maxSteps` below 1 or not an integer, or an
 *   empty `startAt` / `endAt` (path `['options', key]`)
 *
 * @example
 * ```ts
 * import { createPathEdgesAccumulator } from 'omnicx/journey';
 * const acc = createPathEdgesAccumulator({ startAt: 'home', maxSteps: 3 });
 * console.log(acc.maxSteps); // 3
 * console.log(acc.endAt); // null
 * ```
 */
export function createPathEdgesAccumulator(options?: PathEdgesAccumulatorOptions): PathEdgesAccumulator {
  const opts = readOptions(options, OPTION_KEYS);
  return {
    kind: 'journeyPathEdges',
    version: 1,
    maxSteps: countOption(opts, 'maxSteps', 5, 1),
    startAt: stringOption(opts, 'startAt') ?? null,
    endAt: stringOption(opts, 'endAt') ?? null,
    journeys: 0,
    nodes: [],
    edges: [],
  };
}
