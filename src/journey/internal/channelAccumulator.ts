import { parseWith } from '../../core/errors/parseWith.js';
// Channel-switching accumulators: validation, and conversion between the JSON sums and the tally
// the counting core works on.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import { channelSwitchingAccumulatorSchema, type ChannelSwitchingAccumulator, type JourneySteps } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import type { ChannelTally } from './channelCounts.js';
import { compareText } from './journeys.js';
import { conversionOption } from './read.js';

export function readChannelAccumulator(acc: unknown, path: readonly PathKey[]): ChannelSwitchingAccumulator {
  const parsed = parseWith(channelSwitchingAccumulatorSchema, acc, path);
  const at = (key: string, i?: number): PathKey[] => (i === undefined ? [...path, key] : [...path, key, i]);
  if (parsed.patternJourneys.length !== parsed.patterns.length) {
    throw invalid(`${at('patternJourneys').join('.')} must have one count per pattern (${String(parsed.patterns.length)})`, at('patternJourneys'));
  }
  for (const key of ['multiChannelJourneys', 'patternJourneys'] as const) {
    const values = key === 'multiChannelJourneys' ? [parsed.multiChannelJourneys] : parsed.patternJourneys;
    values.forEach((n, i) => {
      if (n > parsed.journeys) throw invalid(`${at(key).join('.')} must not exceed journeys (${String(parsed.journeys)}), got ${String(n)}`, key === 'multiChannelJourneys' ? at(key) : at(key, i));
    });
  }
  parsed.channels.forEach((c, i) => {
    if (i > 0 && !((parsed.channels[i - 1] as string) < c)) throw invalid(`${at('channels').join('.')} must be sorted and distinct`, at('channels', i));
  });
  const known = new Set(parsed.channels);
  parsed.transitions.forEach((t, i) => {
    const previous = parsed.transitions[i - 1];
    if (previous !== undefined && !(compareText(previous.from, t.from) < 0 || (previous.from === t.from && previous.to < t.to))) {
      throw invalid(`${at('transitions').join('.')} must be sorted by from, then to, and distinct`, at('transitions', i));
    }
    if (!known.has(t.from) || !known.has(t.to)) throw invalid(`${at('transitions', i).join('.')} names a channel not in channels`, at('transitions', i));
  });
  return parsed;
}

/** The accumulator's conversion as the test the counting core uses. */
export function conversionOf(acc: ChannelSwitchingAccumulator): ReturnType<typeof conversionOption> {
  return conversionOption(acc.conversion === null ? {} : { conversion: acc.conversion });
}

export function tallyOf(acc: ChannelSwitchingAccumulator): ChannelTally {
  const transitions = new Map<string, Map<string, number>>();
  for (const { from, to, count } of acc.transitions) {
    let row = transitions.get(from);
    if (row === undefined) transitions.set(from, (row = new Map<string, number>()));
    row.set(to, count);
  }
  return { journeys: acc.journeys, multi: acc.multiChannelJourneys, matched: [...acc.patternJourneys], channels: new Set(acc.channels), transitions };
}

/** Adds `b` into the tally `a` (which it updates), refusing counts past 2^53 − 1 (path from `path`). */
export function addTally(a: ChannelTally, b: ChannelTally, path: readonly PathKey[]): ChannelTally {
  a.journeys = sumCounts(a.journeys, b.journeys, [...path, 'journeys']);
  a.multi = sumCounts(a.multi, b.multi, [...path, 'multiChannelJourneys']);
  b.matched.forEach((n, p) => (a.matched[p] = sumCounts(a.matched[p] as number, n, [...path, 'patternJourneys', p])));
  for (const c of b.channels) a.channels.add(c);
  for (const [from, row] of b.transitions) {
    let target = a.transitions.get(from);
    if (target === undefined) a.transitions.set(from, (target = new Map<string, number>()));
    for (const [to, n] of row) target.set(to, sumCounts(target.get(to) ?? 0, n, [...path, 'transitions']));
  }
  return a;
}

/** The JSON sums of a tally (channels and transitions sorted). */
export function sumsOf(tally: ChannelTally): Pick<ChannelSwitchingAccumulator, 'journeys' | 'multiChannelJourneys' | 'patternJourneys' | 'channels' | 'transitions'> {
  const channels = [...tally.channels].sort(compareText);
  const transitions: ChannelSwitchingAccumulator['transitions'] = [];
  for (const from of channels) {
    const row = tally.transitions.get(from);
    if (row === undefined) continue;
    for (const to of [...row.keys()].sort(compareText)) transitions.push({ from, to, count: row.get(to) as number });
  }
  return { journeys: tally.journeys, multiChannelJourneys: tally.multi, patternJourneys: [...tally.matched], channels, transitions };
}

/** The add step reads channels as JSON must hold them: strings. */
export function checkChannels(list: readonly JourneySteps[]): void {
  list.forEach(({ steps }, j) => {
    steps.forEach((step, s) => {
      const channel: unknown = step.channel;
      if (channel !== undefined && typeof channel !== 'string') {
        throw invalid(`journeys[${String(j)}].steps[${String(s)}].channel must be a string, got ${describe(channel)}`, ['journeys', j, 'steps', s, 'channel']);
      }
    });
  });
}
