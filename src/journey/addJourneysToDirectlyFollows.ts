import { addFollowsTally, checkFollowsJourneys, followsEdgesOf, readFollowsAccumulator, tallyOfFollows } from './internal/followsAccumulator.js';
import { tallyFollows } from './internal/followsCounts.js';
import { readJourneys } from './internal/journeys.js';
import type { DirectlyFollowsAccumulator, JourneySteps } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a directly-follows accumulator — the `add` step. Each journey's consecutive
 * steps are counted as `directlyFollows` counts them, on its own: counts and the multiset of
 * times are sums over journeys, so a customer's journeys may be added in different batches or
 * shards and the result is still exactly that of `directlyFollows` on all the journeys (a journey
 * is a unit: give it whole).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergeDirectlyFollowsAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createDirectlyFollowsAccumulator}
 * @param journeys - journeys (steps in order); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (as `directlyFollows`, path `['journeys', j, …]`), two steps too far apart for a
 *   finite duration (path `['journeys', j, 'steps', s, 'at']`), with `startEnd` a touchpoint named
 *   `'(start)'` or `'(end)'` (path `['journeys', j, 'steps', s, 'touchpoint']`); `NOT_SAFE_INTEGER` for counts past
 *   2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToDirectlyFollows, createDirectlyFollowsAccumulator } from 'omnicx/journey';
 * const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 60_000 }] },
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 60_000 }, { touchpoint: 'buy', at: 90_000 }] },
 * ]);
 * console.log(acc.edges[0]); // { from: 'ad', to: 'web', count: 2, durations: [[60000, 2]] }
 * ```
 */
export function addJourneysToDirectlyFollows(acc: DirectlyFollowsAccumulator, journeys: readonly JourneySteps[]): DirectlyFollowsAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readFollowsAccumulator(acc, ['acc']);
  const list = readJourneys(journeys);
  checkFollowsJourneys(list, parsed.startEnd);
  const batch = tallyFollows(list, parsed.startEnd);
  acc.edges = followsEdgesOf(addFollowsTally(tallyOfFollows(parsed), batch, ['acc']));
  return acc;
}
