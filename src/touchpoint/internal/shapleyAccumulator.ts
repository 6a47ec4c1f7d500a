// Shared steps of the Shapley attribution accumulator: reading one (schema and the rules the schema
// cannot state), and adding channel-set sums into one, matched by channel names.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import { shapleyAttributionAccumulatorSchema, type ShapleyAttributionAccumulator } from '../schemas.js';
import { channelCodes } from './channels.js';
import { mergeExact, readNonNegativeSum } from './exactSum.js';
import type { ChannelSetPartials } from './shapley.js';

/** Parses an accumulator into a fresh copy with normalised partials, checking its cross-field rules. */
export function readShapleyAccumulator(acc: unknown, path: readonly PathKey[]): ShapleyAttributionAccumulator {
  const parsed = parseWith(shapleyAttributionAccumulatorSchema, acc, path);
  const { channels, sets } = parsed;
  const names = new Set<string>();
  channels.forEach((name, c) => {
    if (names.has(name)) throw invalid(`acc.channels[${String(c)}] repeats the channel name ${JSON.stringify(name)}`, [...path, 'channels', c]);
    names.add(name);
  });
  const keys = new Set<string>();
  sets.forEach((set, k) => {
    set.channels.forEach((c, j) => {
      if (c >= channels.length) throw invalid(`acc.sets[${String(k)}].channels[${String(j)}] must be a channel index below ${String(channels.length)}`, [...path, 'sets', k, 'channels', j]);
      if (j > 0 && c <= (set.channels[j - 1] as number)) {
        throw invalid(`acc.sets[${String(k)}].channels must be increasing channel indices`, [...path, 'sets', k, 'channels', j]);
      }
    });
    const key = set.channels.join(',');
    if (keys.has(key)) throw invalid(`acc.sets[${String(k)}] repeats a channel set`, [...path, 'sets', k]);
    keys.add(key);
  });
  const at = (k: number, key: string): PathKey[] => [...path, 'sets', k, key];
  return {
    ...parsed,
    sets: sets.map((set, k) => ({
      channels: set.channels,
      conversions: readNonNegativeSum(set.conversions, at(k, 'conversions')),
      value: readNonNegativeSum(set.value, at(k, 'value')),
      journeys: readNonNegativeSum(set.journeys, at(k, 'journeys')),
    })),
    totalConversions: readNonNegativeSum(parsed.totalConversions, [...path, 'totalConversions']),
    totalValue: readNonNegativeSum(parsed.totalValue, [...path, 'totalValue']),
  };
}

/** The channel sets of an accumulator, in the form shapleyCreditsOfSets reads. */
export function setsOf(acc: ShapleyAttributionAccumulator): ChannelSetPartials {
  return {
    names: acc.channels,
    sets: acc.sets.map((set) => set.channels),
    conversions: acc.sets.map((set) => set.conversions),
    values: acc.sets.map((set) => set.value),
    journeys: acc.sets.map((set) => set.journeys),
  };
}

/** Adds channel-set sums (channel ids into `partials.names`) into `into`, a fresh copy it updates in place. */
export function addSets(into: ShapleyAttributionAccumulator, partials: ChannelSetPartials): void {
  const channelOf = channelCodes(into.channels, partials.names);
  const setIndex = new Map(into.sets.map((set, k) => [set.channels.join(','), k]));
  partials.sets.forEach((set, k) => {
    const mapped = set.map((c) => channelOf[c] as number).sort((a, b) => a - b);
    const key = mapped.join(',');
    const conversions = partials.conversions[k] as number[];
    const value = partials.values[k] as number[];
    const journeys = partials.journeys[k] as number[];
    const at = setIndex.get(key);
    if (at === undefined) {
      setIndex.set(key, into.sets.length);
      into.sets.push({ channels: mapped, conversions: mergeExact(conversions, []), value: mergeExact(value, []), journeys: mergeExact(journeys, []) });
    } else {
      const mine = into.sets[at] as ShapleyAttributionAccumulator['sets'][number];
      into.sets[at] = {
        channels: mine.channels,
        conversions: mergeExact(mine.conversions, conversions),
        value: mergeExact(mine.value, value),
        journeys: mergeExact(mine.journeys, journeys),
      };
    }
  });
}
