import type { ZoneConversionAccumulator } from './schemas.js';

/**
 * Creates an empty store-zone accumulator — the `create` step of the accumulator pattern
 * ({@link addVisitsToZoneConversion}, {@link mergeZoneConversionAccumulators},
 * {@link zoneConversionFromAccumulator}) for computing `zoneConversion` over visits held in shards
 * or workers (per store, per day …). It keeps per (store, zone) the traffic and conversions; the
 * medians of `zoneConversion` are over zones, so they are computed exactly from those sums. Memory:
 * two counts per zone. `target` and `confidence` are options of the result.
 *
 * @returns `{ kind: 'journeyZoneConversion', version: 1, zones: [] }` (plain JSON)
 *
 * @example
 * ```ts
 * import { createZoneConversionAccumulator } from 'omnicx/journey';
 * console.log(createZoneConversionAccumulator()); // { kind: 'journeyZoneConversion', version: 1, zones: [] }
 * ```
 */
export function createZoneConversionAccumulator(): ZoneConversionAccumulator {
  return { kind: 'journeyZoneConversion', version: 1, zones: [] };
}
