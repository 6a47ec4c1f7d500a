import { optionKeys } from '../core/internal/optionKeys.js';
import { readZoneAccumulator } from './internal/zoneAccumulator.js';
import { targetOption, zoneResult } from './internal/zoneCounts.js';
import { confidenceOption, readOptions } from './internal/read.js';
import type { ZoneConversionOptions } from './zoneConversion.js';
import type { ZoneConversion, ZoneConversionAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<ZoneConversionOptions>({ target: true, confidence: true });

/**
 * Reads the zone conversion of an accumulator — the `result` step: exactly what `zoneConversion`
 * returns for all the visits added (with these `target` and `confidence`), however they were
 * split and merged. The accumulator is not modified.
 *
 * @param acc - a store-zone accumulator (validated: it may come from JSON)
 * @param options - `target` and `confidence`, as for `zoneConversion`
 * @returns the zones, medians and flags, as `zoneConversion`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`) or bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { addVisitsToZoneConversion, createZoneConversionAccumulator, zoneConversionFromAccumulator } from 'omnicx/journey';
 * const visits = (zone: string, n: number, converted: number) => Array.from({ length: n }, (_, i) => ({ zone, converted: i < converted }));
 * const acc = addVisitsToZoneConversion(createZoneConversionAccumulator(), [...visits('entrance', 100, 5), ...visits('shoes', 40, 12)]);
 * addVisitsToZoneConversion(acc, visits('fitting', 30, 15));
 * const result = zoneConversionFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(result.medianTraffic); // 40
 * console.log(result.zones[0]?.highTrafficLowConversion); // true
 * ```
 */
export function zoneConversionFromAccumulator(acc: ZoneConversionAccumulator, options?: ZoneConversionOptions): ZoneConversion {
  const parsed = readZoneAccumulator(acc, ['acc']);
  const opts = readOptions(options, OPTION_KEYS);
  const confidence = confidenceOption(opts);
  return zoneResult(parsed.zones, targetOption(opts), confidence);
}
