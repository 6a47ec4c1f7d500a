import { parseWith } from '../../core/errors/parseWith.js';
// Store-zone accumulators: validation, and the sums as a tally and back.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { zoneConversionAccumulatorSchema, type ZoneConversionAccumulator } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { compareText } from './journeys.js';
import { compareStores, zoneKey, type ZoneSums } from './zoneCounts.js';

const compareZones = (a: ZoneSums, b: ZoneSums): number => compareStores(a.storeId, b.storeId) || compareText(a.zone, b.zone);

export function readZoneAccumulator(acc: unknown, path: readonly PathKey[]): ZoneConversionAccumulator {
  const parsed = parseWith(zoneConversionAccumulatorSchema, acc, path);
  parsed.zones.forEach((z, i) => {
    const previous = parsed.zones[i - 1];
    if (previous !== undefined && !(compareZones(previous, z) < 0)) {
      throw invalid(`${[...path, 'zones'].join('.')} must be sorted by store (null first), then zone, and distinct`, [...path, 'zones', i]);
    }
    if (z.conversions > z.traffic) throw invalid(`${[...path, 'zones', i, 'conversions'].join('.')} must not exceed traffic`, [...path, 'zones', i, 'conversions']);
  });
  return parsed;
}

export function zoneTallyOf(acc: ZoneConversionAccumulator): Map<string, ZoneSums> {
  return new Map(acc.zones.map((z) => [zoneKey(z.storeId, z.zone), { ...z }]));
}

export function addZoneTally(a: Map<string, ZoneSums>, b: ReadonlyMap<string, ZoneSums>, path: readonly PathKey[]): Map<string, ZoneSums> {
  for (const [key, z] of b) {
    const target = a.get(key);
    if (target === undefined) a.set(key, { ...z });
    else {
      target.traffic = sumCounts(target.traffic, z.traffic, [...path, 'zones']);
      target.conversions = sumCounts(target.conversions, z.conversions, [...path, 'zones']);
    }
  }
  return a;
}

export function zonesOf(tally: ReadonlyMap<string, ZoneSums>): ZoneConversionAccumulator['zones'] {
  return [...tally.values()].sort(compareZones).map((z) => ({ storeId: z.storeId, zone: z.zone, traffic: z.traffic, conversions: z.conversions }));
}
