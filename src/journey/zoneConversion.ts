import { optionKeys } from '../core/internal/optionKeys.js';
import { describe, invalid } from '../core/internal/assert.js';
import { confidenceOption, readOptions } from './internal/read.js';
import { tallyZones, targetOption, zoneResult } from './internal/zoneCounts.js';
import type { ZoneConversion, ZoneVisit } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<ZoneConversionOptions>({ target: true, confidence: true });

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
  const opts = readOptions(options, OPTION_KEYS);
  const confidence = confidenceOption(opts);
  const target = targetOption(opts);
  return zoneResult(tallyZones(visits).values(), target, confidence);
}
