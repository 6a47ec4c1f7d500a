import { addZoneTally, readZoneAccumulator, zonesOf, zoneTallyOf } from './internal/zoneAccumulator.js';
import type { ZoneConversionAccumulator } from './schemas.js';

/**
 * Combines two store-zone accumulators into a new one holding the visits of both — the `merge`
 * step. Pure, exact (sums), associative and commutative.
 *
 * @param a - a store-zone accumulator
 * @param b - another
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addVisitsToZoneConversion, createZoneConversionAccumulator, mergeZoneConversionAccumulators } from 'omnicx/journey';
 * const monday = addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'shoes', converted: true }]);
 * const tuesday = addVisitsToZoneConversion(createZoneConversionAccumulator(), [{ zone: 'shoes', converted: false }]);
 * console.log(mergeZoneConversionAccumulators(monday, tuesday).zones); // [{ storeId: null, zone: 'shoes', traffic: 2, conversions: 1 }]
 * ```
 */
export function mergeZoneConversionAccumulators(a: ZoneConversionAccumulator, b: ZoneConversionAccumulator): ZoneConversionAccumulator {
  const x = readZoneAccumulator(a, ['a']);
  const y = readZoneAccumulator(b, ['b']);
  return { kind: 'journeyZoneConversion', version: 1, zones: zonesOf(addZoneTally(zoneTallyOf(x), zoneTallyOf(y), ['b'])) };
}
