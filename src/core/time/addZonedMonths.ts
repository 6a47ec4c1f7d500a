import { ErrorCode } from '../errors/OmnicxError.js';
import { assertSafeInteger } from '../internal/assert.js';
import { MS_PER_DAY, daysFromCivil, daysInMonth } from './internal/civil.js';
import { instantArgument } from './internal/instant.js';
import { checkResult, resolveCompatible, wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/**
 * Adds calendar months in a time zone, keeping the local day of month and wall-clock time. When
 * the day does not exist in the target month it is clamped to the month's last day (31 January
 * + 1 month = 28 or 29 February, as date-fns `addMonths` and Temporal's 'constrain'). A wall time
 * in a DST gap moves forward by the gap; a repeated one takes the earlier instant (see
 * {@link addZonedDays}). `months = 0` returns `instant` unchanged.
 *
 * @param instant - epoch milliseconds
 * @param months - whole calendar months to add, may be negative
 * @param timeZone - an IANA time zone name
 * @returns epoch milliseconds
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant; `INVALID_INPUT` / `NOT_SAFE_INTEGER` (path `['months']`) when `months` is not a safe
 *   integer, `INVALID_INPUT` (path `['months']`) when the result leaves the Date range;
 *   `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { addZonedMonths, formatZonedIso, toInstant } from 'omnicx/core';
 * const tz = 'Europe/Berlin';
 * const endOfJanuary = toInstant('2026-01-31T18:00:00+01:00');
 * console.log(formatZonedIso(addZonedMonths(endOfJanuary, 1, tz), tz)); // '2026-02-28T18:00:00.000+01:00'
 * console.log(formatZonedIso(addZonedMonths(endOfJanuary, 6, tz), tz)); // '2026-07-31T18:00:00.000+02:00'
 * ```
 */
export function addZonedMonths(instant: Instant, months: number, timeZone: string): Instant {
  const ms = instantArgument(instant, ['instant']);
  assertSafeInteger(months, ['months'], 'months');
  const zone = openZone(timeZone, ['timeZone']);
  if (months === 0) return ms;
  const wall = wallClockAt(zone, ms);
  const total = wall.year * 12 + (wall.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(wall.day, daysInMonth(year, month));
  const result = resolveCompatible(zone, daysFromCivil(year, month, day) * MS_PER_DAY + wall.msOfDay);
  return checkResult(result, ['months'], 'The result', ErrorCode.INVALID_INPUT);
}
