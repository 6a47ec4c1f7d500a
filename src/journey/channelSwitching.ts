import { optionKeys } from '../core/internal/optionKeys.js';
import { parseWith } from '../core/errors/parseWith.js';

import * as z from 'zod';
import { channelResult, DEFAULT_PATTERNS, tallyChannels } from './internal/channelCounts.js';
import { readJourneys } from './internal/journeys.js';
import { conversionOption, readOptions } from './internal/read.js';
import { channelPatternSchema, type ChannelPattern, type ChannelSwitching, type JourneySteps } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<ChannelSwitchingOptions>({ patterns: true, conversion: true });

/** Options of {@link channelSwitching}. */
export interface ChannelSwitchingOptions {
  /** Patterns to count (see {@link channelPatternSchema}); default: `'ropo'` and `'bopis'`. */
  readonly patterns?: readonly ChannelPattern[];
  /**
   * Which steps are conversions for the patterns' `type: 'conversion'`: touchpoint ids (one or a
   * list) or a predicate on the step. Default: steps with `type: 'conversion'`. Pass the
   * `conversion` given to `buildJourneys`, or its conversions never match.
   */
  readonly conversion?: string | readonly string[] | ((step: JourneySteps['steps'][number]) => boolean);
}

/**
 * How journeys move between channels: the channel → channel transition matrix over consecutive
 * steps that carry a channel (steps without one are skipped; staying in a channel is the
 * diagonal), the off-diagonal switches ranked, the number and share of journeys that use more
 * than one channel, and how many journeys show each omnichannel pattern.
 *
 * A pattern is a sequence of step matchers that must match steps of the journey in order (not
 * necessarily adjacent); a matcher matches a step when each field it gives matches (`type`
 * defaults to `'touch'` on a step; with the `conversion` option — give it the same value as
 * `buildJourneys` when that used one — the steps it names are the conversions). Defaults: `'ropo'` (research online, purchase offline: an
 * online step — web, app, social, email, sms, marketplace — then a store conversion) and
 * `'bopis'` (buy online, pick up in store: a web or app conversion, then a store step in the
 * `'pickup'` stage). Shares are of all journeys, `null` when there are none.
 *
 * @param journeys - journeys (steps in order, with `channel`, `type` and `stage` where known); never mutated
 * @param options - see {@link ChannelSwitchingOptions}
 * @returns the matrix, switches, multi-channel share and pattern counts
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`) or a malformed
 *   pattern (path `['options', 'patterns', …]`) or conversion option (path `['options', 'conversion']`)
 *
 * @example
 * ```ts
 * import { channelSwitching } from 'omnicx/journey';
 * const result = channelSwitching([
 *   { steps: [{ touchpoint: 'product-page', at: 0, channel: 'web' }, { touchpoint: 'till', at: 9, channel: 'store', type: 'conversion' }] },
 *   { steps: [{ touchpoint: 'app-home', at: 0, channel: 'app' }, { touchpoint: 'app-search', at: 5, channel: 'app' }] },
 * ]);
 * console.log(result.channels); // ['app', 'store', 'web']
 * console.log(result.matrix); // [[1, 0, 0], [0, 0, 0], [0, 1, 0]]
 * console.log(result.multiChannelShare); // 0.5
 * console.log(result.patterns); // [{ name: 'ropo', journeys: 1, share: 0.5 }, { name: 'bopis', journeys: 0, share: 0 }]
 * ```
 */
export function channelSwitching(journeys: readonly JourneySteps[], options?: ChannelSwitchingOptions): ChannelSwitching {
  const list = readJourneys(journeys);
  const opts = readOptions(options, OPTION_KEYS);
  const patterns =
    opts['patterns'] === undefined ? DEFAULT_PATTERNS : parseWith(z.array(channelPatternSchema), opts['patterns'], ['options', 'patterns']);
  const isConversion = conversionOption(opts);
  return channelResult(tallyChannels(list, patterns, isConversion), patterns);
}
