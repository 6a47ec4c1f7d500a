import { parseWith } from '../core/errors/parseWith.js';
import * as z from 'zod';
import { compareText, readJourneys } from './internal/journeys.js';
import { conversionOption, readOptions, type ConversionTest } from './internal/read.js';
import { channelPatternSchema, type ChannelPattern, type ChannelSwitching, type JourneyEvent, type JourneySteps } from './schemas.js';

/** Online channels of the default patterns. */
const ONLINE = ['web', 'app', 'social', 'email', 'sms', 'marketplace'] as const;

/**
 * The default channel-switching patterns:
 * - `'ropo'` (research online, purchase offline): a step on an online channel, then a conversion
 *   in the `'store'` channel;
 * - `'bopis'` (buy online, pick up in store): a conversion on `'web'` or `'app'`, then a
 *   `'store'` step in the `'pickup'` stage.
 */
const DEFAULT_PATTERNS: readonly ChannelPattern[] = [
  { name: 'ropo', sequence: [{ channel: ONLINE }, { channel: 'store', type: 'conversion' }] },
  { name: 'bopis', sequence: [{ channel: ['web', 'app'], type: 'conversion' }, { channel: 'store', stage: 'pickup' }] },
];

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

type Step = JourneySteps['steps'][number];
type Matcher = ChannelPattern['sequence'][number];

function fieldMatches(expected: string | readonly string[] | undefined, actual: string | undefined): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  return typeof expected === 'string' ? expected === actual : expected.includes(actual);
}

function stepMatches(matcher: Matcher, step: Step, isConversion: ConversionTest): boolean {
  if (!(fieldMatches(matcher.channel, step.channel) && fieldMatches(matcher.touchpoint, step.touchpoint) && fieldMatches(matcher.stage, step.stage))) {
    return false;
  }
  if (matcher.type === undefined) return true;
  // With a conversion option, as in buildJourneys, it alone says which steps are conversions.
  const type = isConversion(step as JourneyEvent) ? 'conversion' : step.type === 'feedback' ? 'feedback' : 'touch';
  return matcher.type === type;
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
  const opts = readOptions(options);
  const patterns =
    opts['patterns'] === undefined ? DEFAULT_PATTERNS : parseWith(z.array(channelPatternSchema), opts['patterns'], ['options', 'patterns']);
  const isConversion = conversionOption(opts);
  const transitions = new Map<string, Map<string, number>>();
  const channelSet = new Set<string>();
  const matched = new Array<number>(patterns.length).fill(0);
  let multi = 0;
  for (const { steps } of list) {
    const seen = new Set<string>();
    let previous: string | undefined;
    for (const step of steps) {
      const channel = step.channel;
      if (channel === undefined) continue;
      seen.add(channel);
      channelSet.add(channel);
      if (previous !== undefined) {
        let row = transitions.get(previous);
        if (row === undefined) transitions.set(previous, (row = new Map<string, number>()));
        row.set(channel, (row.get(channel) ?? 0) + 1);
      }
      previous = channel;
    }
    if (seen.size > 1) multi++;
    patterns.forEach((pattern, p) => {
      let next = 0;
      for (const step of steps) {
        if (next < pattern.sequence.length && stepMatches(pattern.sequence[next] as Matcher, step, isConversion)) next++;
      }
      if (next === pattern.sequence.length) matched[p] = (matched[p] as number) + 1;
    });
  }
  const channels = [...channelSet].sort(compareText);
  const matrix = channels.map((from) => channels.map((to) => transitions.get(from)?.get(to) ?? 0));
  const switches = channels
    .flatMap((from, i) => channels.map((to, k) => ({ from, to, count: (matrix[i] as number[])[k] as number })))
    .filter((s) => s.from !== s.to && s.count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to));
  const total = list.length;
  return {
    journeys: total,
    channels,
    matrix,
    switches,
    multiChannelJourneys: multi,
    multiChannelShare: total === 0 ? null : multi / total,
    patterns: patterns.map((pattern, p) => ({ name: pattern.name, journeys: matched[p] as number, share: total === 0 ? null : (matched[p] as number) / total })),
  };
}
