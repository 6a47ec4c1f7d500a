// The counting core of zoneConversion, shared with its accumulator: per (store, zone) traffic and
// conversions are sums over visits; the medians are over the zones, computed from the sums.
import { describe, invalid } from '../../core/internal/assert.js';
import { median } from '../../core/statistics/median.js';
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { ZoneConversion } from '../schemas.js';
import { compareText } from './journeys.js';
import type { Options } from './read.js';

export interface ZoneSums {
  readonly storeId: string | null;
  readonly zone: string;
  traffic: number;
  conversions: number;
}

export const zoneKey = (storeId: string | null, zone: string): string => JSON.stringify([storeId, zone]);

export function targetOption(opts: Options): number | undefined {
  const target = opts['target'];
  if (target !== undefined && (typeof target !== 'number' || !(target >= 0 && target <= 1))) {
    throw invalid(`options.target must be a conversion rate from 0 to 1, got ${describe(target)}`, ['options', 'target']);
  }
  return target;
}

/** Reads and counts visits into `zones` (a new map when not given). */
export function tallyZones(visits: unknown, zones = new Map<string, ZoneSums>()): Map<string, ZoneSums> {
  if (!Array.isArray(visits)) throw invalid(`visits must be an array, got ${describe(visits)}`, ['visits']);
  (visits as readonly unknown[]).forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw invalid(`visits[${String(i)}] must be an object, got ${describe(raw)}`, ['visits', i]);
    const { storeId, zone, converted } = raw as Record<string, unknown>;
    if (typeof zone !== 'string' || zone === '') throw invalid(`visits[${String(i)}].zone must be a non-empty string, got ${describe(zone)}`, ['visits', i, 'zone']);
    if (storeId !== undefined && (typeof storeId !== 'string' || storeId === '')) {
      throw invalid(`visits[${String(i)}].storeId must be a non-empty string, got ${describe(storeId)}`, ['visits', i, 'storeId']);
    }
    if (typeof converted !== 'boolean') throw invalid(`visits[${String(i)}].converted must be a boolean, got ${describe(converted)}`, ['visits', i, 'converted']);
    const key = zoneKey(storeId ?? null, zone);
    let row = zones.get(key);
    if (row === undefined) zones.set(key, (row = { storeId: storeId ?? null, zone, traffic: 0, conversions: 0 }));
    row.traffic++;
    if (converted) row.conversions++;
  });
  return zones;
}

/** Store ids with null first, then code-unit order. */
export function compareStores(a: string | null, b: string | null): number {
  return a === b ? 0 : a === null ? -1 : b === null ? 1 : compareText(a, b);
}

export function zoneResult(sums: Iterable<ZoneSums>, target: number | undefined, confidence: number): ZoneConversion {
  const rows = [...sums].map((r) => ({ storeId: r.storeId, zone: r.zone, traffic: r.traffic, conversions: r.conversions }));
  const medianTraffic = rows.length === 0 ? null : median(rows.map((r) => r.traffic));
  const medianConversionRate = rows.length === 0 ? null : median(rows.map((r) => r.conversions / r.traffic));
  const threshold = target ?? medianConversionRate;
  return {
    zones: rows
      .map((r) => {
        const conversionRate = r.conversions / r.traffic;
        return {
          ...r,
          conversionRate,
          interval: wilsonInterval(r.conversions, r.traffic, { confidence }),
          highTrafficLowConversion: r.traffic > (medianTraffic as number) && conversionRate < (threshold as number),
        };
      })
      .sort((a, b) => b.traffic - a.traffic || compareStores(a.storeId, b.storeId) || compareText(a.zone, b.zone)),
    medianTraffic,
    medianConversionRate,
    target: target ?? null,
  };
}
