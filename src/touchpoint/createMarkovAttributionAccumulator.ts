import { parseWith } from '../core/index.js';
import { markovOptionsSchema, type MarkovAttributionAccumulator, type MarkovOptions } from './schemas.js';

/**
 * Creates an empty Markov attribution accumulator — the `create` step of the accumulator pattern
 * ({@link addMarkovAttributionPaths}, {@link mergeMarkovAttributionAccumulators},
 * {@link markovAttributionFromAccumulator}). It keeps the transition counts of the order-k chain,
 * exactly; merged accumulators hold the counts of all their paths, and the removal effects are
 * solved once, from the merged counts, bit for bit as {@link attributeMarkov} over all the paths.
 * Memory is O(states + transitions) — at most about (channels + 1)^order states — whatever the
 * number of journeys.
 *
 * @param options - `order` of the chain (see {@link markovOptionsSchema}), default 1; accumulators
 *   merge only with accumulators of the same order
 * @returns a new accumulator with start as its only state
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createMarkovAttributionAccumulator } from 'omnicx/touchpoint';
 * const acc = createMarkovAttributionAccumulator({ order: 2 });
 * console.log(acc.order); // 2
 * console.log(acc.states); // [[]]
 * ```
 */
export function createMarkovAttributionAccumulator(options?: MarkovOptions): MarkovAttributionAccumulator {
  const { order } = parseWith(markovOptionsSchema, options ?? {}, ['options']);
  return {
    kind: 'markovAttribution',
    version: 1,
    order,
    channels: [],
    states: [[]],
    transitions: [],
    conversionsFrom: [[]],
    nullsFrom: [[]],
    journeys: [],
    totalConversions: [],
    totalValue: [],
  };
}
