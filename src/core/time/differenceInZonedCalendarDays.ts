import { instantArgument } from './internal/instant.js';
import { wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/**
 * The number of local calendar days between two instants in a time zone: the local date of
 * `later` minus the local date of `earlier`, ignoring the time of day (argument order as in
 * date-fns `differenceInCalendarDays`). Negative when `later` is on an earlier local date. DST
 * days count as one day whatever their length.
 *
 * @param later - epoch milliseconds
 * @param earlier - epoch milliseconds
 * @param timeZone - an IANA time zone name
 * @returns a whole number of days
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['later']` or `['earlier']`)
 *   for a bad instant; `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { differenceInZonedCalendarDays, toInstant } from 'omnicx/core';
 * const lateSaturday = toInstant('2026-03-07T23:59:00-05:00');
 * const earlyMonday = toInstant('2026-03-09T00:01:00-04:00');
 * console.log(differenceInZonedCalendarDays(earlyMonday, lateSaturday, 'America/New_York')); // 2
 * console.log(differenceInZonedCalendarDays(earlyMonday, lateSaturday, 'Asia/Tokyo')); // 1
 * ```
 */
export function differenceInZonedCalendarDays(later: Instant, earlier: Instant, timeZone: string): number {
  const laterMs = instantArgument(later, ['later']);
  const earlierMs = instantArgument(earlier, ['earlier']);
  const zone = openZone(timeZone, ['timeZone']);
  return wallClockAt(zone, laterMs).days - wallClockAt(zone, earlierMs).days;
}
