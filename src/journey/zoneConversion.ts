import { describe, invalid } from '../core/internal/assert.js';
import { median } from '../core/statistics/median.js';
import { wilsonInterval } from '../core/statistics/wilsonInterval.js';
import { compareText } from './internal/journeys.js';
import { confidenceOption, readOptions } from './internal/read.js';
import type { ZoneConversion, ZoneVisit } from './schemas.js';

/** Options of {@link zoneConversion}. */
export interface ZoneConversionOptions {
  /** A target conversion rate in [0, 1]: when given, the flag compares with it instead of the median rate. */
  readonly target?: number;
  /** Confidence level of the Wilson intervals. Default 0.95. */
  readonly confidence?: number;
}

/**
 * Traffic and conversion per store zone, and the "high traffic, low conversion" zones the domain
 * notes say to act on. Each visit is one unit of traffic of its (store, zone); `conversions`
 * counts the converted visits; `conversionRate` = conversions / traffic with its Wilson score
 * interval. A zone is flagged `highTrafficLowConversion` when its traffic is strictly above the
 * median traffic of all zones and its conversion rate is strictly below the median conversion
 * rate of all zones — or below `target` when one is given. Medians are over the zones of the
 * input (call it once per store to compare zones within a store).
 *
 * Rows are sorted by traffic (descending), then store (no store first), then zone.
 *
 * @param visits - zone visits (see {@link zoneVisitSchema}); never mutated
 * @param options - see {@link ZoneConversionOptions}
 * @returns the zones and the medians used; `null` medians for no visits
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['visits']`), a visit with an
 *   empty zone or store or a non-boolean `converted` (path `['visits', i, field]`), a target
 *   outside [0, 1] (path `['options', 'target']`) or a bad confidence
 *
 * @example
 * ```ts
 * import { zoneConversion } from 'omnicx/journey';
 * const visits = (zone: string, traffic: number, conversions: number) =>
 *   Array.from({ length: traffic }, (_, i) => ({ zone, converted: i < conversions }));
 * const result = zoneConversion([...visits('entrance', 100, 5), ...visits('shoes', 40, 12), ...visits('denim', 60, 18), ...visits('tills', 10, 9)]);
 * console.log(result.zones.filter((z) => z.highTrafficLowConversion).map((z) => z.zone)); // ['entrance']
 * console.log(result.medianTraffic); // 50
 * console.log(result.zones[0]?.interval.lower.toFixed(4)); // '0.0215'
 * ```
 */
export function zoneConversion(visits: readonly ZoneVisit[], options?: ZoneConversionOptions): ZoneConversion {
  if (!Array.isArray(visits)) throw invalid(`visits must be an array, got ${describe(visits)}`, ['visits']);
  const opts = readOptions(options);
  const confidence = confidenceOption(opts);
  const target = opts['target'];
  if (target !== undefined && (typeof target !== 'number' || !(target >= 0 && target <= 1))) {
    throw invalid(`options.target must be a conversion rate from 0 to 1, got ${describe(target)}`, ['options', 'target']);
  }
  const zones = new Map<string, { storeId: string | null; zone: string; traffic: number; conversions: number }>();
  (visits as readonly unknown[]).forEach((raw, i) => {
    if (typeof raw !== 'object' || raw === null) throw invalid(`visits[${String(i)}] must be an object, got ${describe(raw)}`, ['visits', i]);
    const { storeId, zone, converted } = raw as Record<string, unknown>;
    if (typeof zone !== 'string' || zone === '') throw invalid(`visits[${String(i)}].zone must be a non-empty string, got ${describe(zone)}`, ['visits', i, 'zone']);
    if (storeId !== undefined && (typeof storeId !== 'string' || storeId === '')) {
      throw invalid(`visits[${String(i)}].storeId must be a non-empty string, got ${describe(storeId)}`, ['visits', i, 'storeId']);
    }
    if (typeof converted !== 'boolean') throw invalid(`visits[${String(i)}].converted must be a boolean, got ${describe(converted)}`, ['visits', i, 'converted']);
    const key = JSON.stringify([storeId ?? null, zone]);
    let row = zones.get(key);
    if (row === undefined) zones.set(key, (row = { storeId: storeId ?? null, zone, traffic: 0, conversions: 0 }));
    row.traffic++;
    if (converted) row.conversions++;
  });
  const rows = [...zones.values()];
  const medianTraffic = rows.length === 0 ? null : median(rows.map((r) => r.traffic));
  const medianConversionRate = rows.length === 0 ? null : median(rows.map((r) => r.conversions / r.traffic));
  const threshold = (target) ?? medianConversionRate;
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
      .sort(
        (a, b) =>
          b.traffic - a.traffic ||
          (a.storeId === b.storeId ? 0 : a.storeId === null ? -1 : b.storeId === null ? 1 : compareText(a.storeId, b.storeId)) ||
          compareText(a.zone, b.zone),
      ),
    medianTraffic,
    medianConversionRate,
    target: (target) ?? null,
  };
}
