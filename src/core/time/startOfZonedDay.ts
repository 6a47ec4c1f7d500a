import { MS_PER_DAY } from './internal/civil.js';
import { instantArgument } from './internal/instant.js';
import { checkResult, resolveFirstAtOrAfter, wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/**
 * The first instant of the local calendar day that contains `instant` in a time zone: local
 * midnight, or, where midnight does not exist because the clocks jump forward at 00:00
 * (America/Santiago, Asia/Beirut, America/Havana on their spring-forward days), the first
 * instant that does exist (01:00). When midnight occurs twice (a fall-back at 01:00 → 00:00),
 * the earlier one.
 *
 * A local day therefore lasts `startOfZonedDay(addZonedDays(x, 1, tz), tz) − startOfZonedDay(x, tz)`
 * milliseconds: 24 h on most days, 23 h or 25 h on DST days.
 *
 * @param instant - epoch milliseconds
 * @param timeZone - an IANA time zone name
 * @returns epoch milliseconds, ≤ `instant`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant or when the start of the day falls before the Date range; `INVALID_INPUT` /
 *   `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { formatZonedIso, startOfZonedDay, toInstant } from 'omnicx/core';
 * const noon = toInstant('2026-09-06T12:00:00-03:00');
 * // Chile skips 00:00–01:00 on 2026-09-06: the day starts at 01:00
 * console.log(formatZonedIso(startOfZonedDay(noon, 'America/Santiago'), 'America/Santiago')); // '2026-09-06T01:00:00.000-03:00'
 * console.log(startOfZonedDay(toInstant('2026-03-08T12:00:00-04:00'), 'America/New_York')); // 1772946000000
 * ```
 */
export function startOfZonedDay(instant: Instant, timeZone: string): Instant {
  const ms = instantArgument(instant, ['instant']);
  const zone = openZone(timeZone, ['timeZone']);
  const start = resolveFirstAtOrAfter(zone, wallClockAt(zone, ms).days * MS_PER_DAY);
  return checkResult(start, ['instant'], 'The start of that local day');
}
