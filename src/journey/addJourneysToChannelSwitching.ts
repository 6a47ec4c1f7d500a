import { addTally, checkChannels, conversionOf, readChannelAccumulator, sumsOf, tallyOf } from './internal/channelAccumulator.js';
import { tallyChannels } from './internal/channelCounts.js';
import { readJourneys } from './internal/journeys.js';
import type { ChannelSwitchingAccumulator, JourneySteps } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds journeys to a channel-switching accumulator — the `add` step. Each journey is counted as
 * `channelSwitching` counts it, on its own (its transitions, whether it uses several channels,
 * which patterns it shows): every count is a sum over journeys, so a customer's journeys may be
 * added in different batches or shards and the result is still exactly that of
 * `channelSwitching` on all the journeys (a journey is a unit: give it whole).
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergeChannelSwitchingAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createChannelSwitchingAccumulator}
 * @param journeys - journeys (steps in order, with `channel`, `type` and `stage` where known); never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad journeys (as `channelSwitching`; a channel that is not a string, path
 *   `['journeys', j, 'steps', s, 'channel']`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToChannelSwitching, createChannelSwitchingAccumulator } from 'omnicx/journey';
 * const acc = createChannelSwitchingAccumulator();
 * addJourneysToChannelSwitching(acc, [
 *   { steps: [{ touchpoint: 'product-page', at: 0, channel: 'web' }, { touchpoint: 'till', at: 9, channel: 'store', type: 'conversion' }] },
 * ]);
 * console.log(acc.transitions); // [{ from: 'web', to: 'store', count: 1 }]
 * console.log(acc.patternJourneys); // [1, 0]
 * ```
 */
export function addJourneysToChannelSwitching(acc: ChannelSwitchingAccumulator, journeys: readonly JourneySteps[]): ChannelSwitchingAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readChannelAccumulator(acc, ['acc']);
  const list = readJourneys(journeys);
  checkChannels(list);
  const batch = tallyChannels(list, parsed.patterns, conversionOf(parsed));
  return Object.assign(acc, sumsOf(addTally(tallyOf(parsed), batch, ['acc'])));
}
