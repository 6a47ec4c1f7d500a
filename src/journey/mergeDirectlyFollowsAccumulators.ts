import { sameDefinition } from './internal/accumulate.js';
import { addFollowsTally, followsEdgesOf, readFollowsAccumulator, tallyOfFollows } from './internal/followsAccumulator.js';
import type { DirectlyFollowsAccumulator } from './schemas.js';

/**
 * Combines two directly-follows accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure, exact (counts add, duration multisets unite), associative and commutative.
 * Both must agree on `startEnd`.
 *
 * @param a - a directly-follows accumulator
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), another `startEnd` (path `['b', 'startEnd']`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToDirectlyFollows, createDirectlyFollowsAccumulator, directlyFollowsFromAccumulator, mergeDirectlyFollowsAccumulators } from 'omnicx/journey';
 * const a = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [{ steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 60_000 }] }]);
 * const b = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [{ steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 120_000 }] }]);
 * console.log(directlyFollowsFromAccumulator(mergeDirectlyFollowsAccumulators(a, b))[0]); // { from: 'ad', to: 'web', count: 2, meanMs: 90000, medianMs: 90000 }
 * ```
 */
export function mergeDirectlyFollowsAccumulators(a: DirectlyFollowsAccumulator, b: DirectlyFollowsAccumulator): DirectlyFollowsAccumulator {
  const x = readFollowsAccumulator(a, ['a']);
  const y = readFollowsAccumulator(b, ['b']);
  sameDefinition(x, y, ['startEnd'], 'directly-follows graph');
  return { kind: 'journeyDirectlyFollows', version: 1, startEnd: x.startEnd, edges: followsEdgesOf(addFollowsTally(tallyOfFollows(x), tallyOfFollows(y), ['b'])) };
}
