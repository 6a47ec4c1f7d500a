import { MS_PER_DAY, daysFromCivil } from './internal/civil.js';
import { instantArgument } from './internal/instant.js';
import { checkResult, resolveFirstAtOrAfter, wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/**
 * The first instant of the local calendar month that contains `instant` in a time zone: 00:00 on
 * the 1st, or the first instant that exists when the clocks skip that midnight (see
 * {@link startOfZonedDay}).
 *
 * @param instant - epoch milliseconds
 * @param timeZone - an IANA time zone name
 * @returns epoch milliseconds, ≤ `instant`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant or when the start of the month falls before the Date range; `INVALID_INPUT` /
 *   `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { formatZonedIso, startOfZonedMonth, toInstant } from 'omnicx/core';
 * // 03:30 UTC on 1 March is still February in New York
 * const at = toInstant('2026-03-01T03:30:00Z');
 * console.log(formatZonedIso(startOfZonedMonth(at, 'America/New_York'), 'America/New_York')); // '2026-02-01T00:00:00.000-05:00'
 * console.log(formatZonedIso(startOfZonedMonth(at, 'Europe/Berlin'), 'Europe/Berlin')); // '2026-03-01T00:00:00.000+01:00'
 * ```
 */
export function startOfZonedMonth(instant: Instant, timeZone: string): Instant {
  const ms = instantArgument(instant, ['instant']);
  const zone = openZone(timeZone, ['timeZone']);
  const wall = wallClockAt(zone, ms);
  const start = resolveFirstAtOrAfter(zone, daysFromCivil(wall.year, wall.month, 1) * MS_PER_DAY);
  return checkResult(start, ['instant'], 'The start of that local month');
}
