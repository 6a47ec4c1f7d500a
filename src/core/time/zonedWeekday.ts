import { isoWeekdayFromDays } from './internal/civil.js';
import { instantArgument } from './internal/instant.js';
import { wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';
import type { IsoWeekday } from './zonedDate.js';

/**
 * The ISO 8601 weekday of an instant's local date in a time zone: 1 = Monday … 7 = Sunday (not
 * `Date#getDay`'s 0 = Sunday).
 *
 * @param instant - epoch milliseconds
 * @param timeZone - an IANA time zone name
 * @returns 1–7
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant; `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { toInstant, zonedWeekday } from 'omnicx/core';
 * const at = toInstant('2026-03-09T02:00:00Z'); // Monday in London, still Sunday evening in New York
 * console.log(zonedWeekday(at, 'Europe/London')); // 1
 * console.log(zonedWeekday(at, 'America/New_York')); // 7
 * ```
 */
export function zonedWeekday(instant: Instant, timeZone: string): IsoWeekday {
  const ms = instantArgument(instant, ['instant']);
  const zone = openZone(timeZone, ['timeZone']);
  return isoWeekdayFromDays(wallClockAt(zone, ms).days);
}
