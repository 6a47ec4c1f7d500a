import { readChannelAccumulator, tallyOf } from './internal/channelAccumulator.js';
import { channelResult } from './internal/channelCounts.js';
import type { ChannelSwitching, ChannelSwitchingAccumulator } from './schemas.js';

/**
 * Reads the channel switching of an accumulator — the `result` step: exactly what
 * `channelSwitching` returns for all the journeys added (with the accumulator's patterns and
 * conversion), however they were split and merged. The accumulator is not modified.
 *
 * @param acc - a channel-switching accumulator (validated: it may come from JSON)
 * @returns the matrix, switches, multi-channel share and pattern counts, as `channelSwitching`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addJourneysToChannelSwitching, channelSwitchingFromAccumulator, createChannelSwitchingAccumulator } from 'omnicx/journey';
 * const acc = addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [
 *   { steps: [{ touchpoint: 'product-page', at: 0, channel: 'web' }, { touchpoint: 'till', at: 9, channel: 'store', type: 'conversion' }] },
 *   { steps: [{ touchpoint: 'app-home', at: 0, channel: 'app' }, { touchpoint: 'app-search', at: 5, channel: 'app' }] },
 * ]);
 * const result = channelSwitchingFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(result.channels); // ['app', 'store', 'web']
 * console.log(result.matrix); // [[1, 0, 0], [0, 0, 0], [0, 1, 0]]
 * console.log(result.patterns); // [{ name: 'ropo', journeys: 1, share: 0.5 }, { name: 'bopis', journeys: 0, share: 0 }]
 * ```
 */
export function channelSwitchingFromAccumulator(acc: ChannelSwitchingAccumulator): ChannelSwitching {
  const parsed = readChannelAccumulator(acc, ['acc']);
  return channelResult(tallyOf(parsed), parsed.patterns);
}
