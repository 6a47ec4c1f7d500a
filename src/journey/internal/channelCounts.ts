// The counting core of channelSwitching, shared with its accumulator: the transition counts, the
// multi-channel journeys and the pattern matches are sums over journeys.
import type { ChannelPattern, ChannelSwitching, JourneyEvent, JourneySteps } from '../schemas.js';
import { compareText } from './journeys.js';
import type { ConversionTest } from './read.js';

/** Online channels of the default patterns. */
const ONLINE = ['web', 'app', 'social', 'email', 'sms', 'marketplace'] as const;

/**
 * The default channel-switching patterns:
 * - `'ropo'` (research online, purchase offline): a step on an online channel, then a conversion
 *   in the `'store'` channel;
 * - `'bopis'` (buy online, pick up in store): a conversion on `'web'` or `'app'`, then a
 *   `'store'` step in the `'pickup'` stage.
 */
export const DEFAULT_PATTERNS: readonly ChannelPattern[] = [
  { name: 'ropo', sequence: [{ channel: ONLINE }, { channel: 'store', type: 'conversion' }] },
  { name: 'bopis', sequence: [{ channel: ['web', 'app'], type: 'conversion' }, { channel: 'store', stage: 'pickup' }] },
];

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

export interface ChannelTally {
  journeys: number;
  multi: number;
  readonly matched: number[];
  readonly channels: Set<string>;
  /** from → to → transitions. */
  readonly transitions: Map<string, Map<string, number>>;
}

/** Counts validated journeys. */
export function tallyChannels(list: readonly JourneySteps[], patterns: readonly ChannelPattern[], isConversion: ConversionTest): ChannelTally {
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
  return { journeys: list.length, multi, matched, channels: channelSet, transitions };
}

/** The result from the sums; `channels` in any order. */
export function channelResult(tally: ChannelTally, patterns: readonly ChannelPattern[]): ChannelSwitching {
  const channels = [...tally.channels].sort(compareText);
  const matrix = channels.map((from) => channels.map((to) => tally.transitions.get(from)?.get(to) ?? 0));
  const switches = channels
    .flatMap((from, i) => channels.map((to, k) => ({ from, to, count: (matrix[i] as number[])[k] as number })))
    .filter((s) => s.from !== s.to && s.count > 0)
    .sort((a, b) => b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to));
  const total = tally.journeys;
  return {
    journeys: total,
    channels,
    matrix,
    switches,
    multiChannelJourneys: tally.multi,
    multiChannelShare: total === 0 ? null : tally.multi / total,
    patterns: patterns.map((pattern, p) => ({ name: pattern.name, journeys: tally.matched[p] as number, share: total === 0 ? null : (tally.matched[p] as number) / total })),
  };
}
