import { sameDefinition } from './internal/accumulate.js';
import { addTally, readChannelAccumulator, sumsOf, tallyOf } from './internal/channelAccumulator.js';
import type { ChannelSwitchingAccumulator } from './schemas.js';

/**
 * Combines two channel-switching accumulators into a new one holding the journeys of both — the
 * `merge` step. Pure, exact (sums), associative and commutative. Both must count the same
 * patterns with the same conversion.
 *
 * @param a - a channel-switching accumulator
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), other patterns (path `['b', 'patterns']`) or conversion (path
 *   `['b', 'conversion']`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addJourneysToChannelSwitching, channelSwitchingFromAccumulator, createChannelSwitchingAccumulator, mergeChannelSwitchingAccumulators } from 'omnicx/journey';
 * const web = addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [{ steps: [{ touchpoint: 'home', at: 0, channel: 'web' }, { touchpoint: 'app-home', at: 5, channel: 'app' }] }]);
 * const app = addJourneysToChannelSwitching(createChannelSwitchingAccumulator(), [{ steps: [{ touchpoint: 'app-home', at: 0, channel: 'app' }] }]);
 * console.log(channelSwitchingFromAccumulator(mergeChannelSwitchingAccumulators(web, app)).multiChannelShare); // 0.5
 * ```
 */
export function mergeChannelSwitchingAccumulators(a: ChannelSwitchingAccumulator, b: ChannelSwitchingAccumulator): ChannelSwitchingAccumulator {
  const x = readChannelAccumulator(a, ['a']);
  const y = readChannelAccumulator(b, ['b']);
  sameDefinition(x, y, ['patterns', 'conversion'], 'patterns and conversion');
  return { kind: 'journeyChannelSwitching', version: 1, patterns: x.patterns, conversion: x.conversion, ...sumsOf(addTally(tallyOf(x), tallyOf(y), ['b'])) };
}
