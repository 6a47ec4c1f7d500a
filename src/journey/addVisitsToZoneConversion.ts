import { addZoneTally, readZoneAccumulator, zonesOf, zoneTallyOf } from './internal/zoneAccumulator.js';
import { tallyZones } from './internal/zoneCounts.js';
import type { ZoneConversionAccumulator, ZoneVisit } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds visits to a store-zone accumulator — the `add` step. Each visit is one unit of traffic of
 * its (store, zone), counted on its own as `zoneConversion` counts it, so visits may be split
 * between batches and shards in any way (a customer's visits included) and the result is still
 * exactly that of `zoneConversion` on all of them.
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all. Use
 * {@link mergeZoneConversionAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createZoneConversionAccumulator}
 * @param visits - `{ storeId?, zone, converted }` visits, as for `zoneConversion`; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   bad visits (as `zoneConversion`, path `['visits', i, …]`); `NOT_SAFE_INTEGER` for counts past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addVisitsToZoneConversion, createZoneConversionAccumulator } from 'omnicx/journey';
 * const acc = addVisitsToZoneConversion(createZoneConversionAccumulator(), [
 *   { storeId: 's1', zone: 'shoes', converted: true },
 *   { storeId: 's1', zone: 'shoes', converted: false },
 * ]);
 * console.log(acc.zones); // [{ storeId: 's1', zone: 'shoes', traffic: 2, conversions: 1 }]
 * ```
 */
export function addVisitsToZoneConversion(acc: ZoneConversionAccumulator, visits: readonly ZoneVisit[]): ZoneConversionAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = readZoneAccumulator(acc, ['acc']);
  const batch = tallyZones(visits);
  acc.zones = zonesOf(addZoneTally(zoneTallyOf(parsed), batch, ['acc']));
  return acc;
}
