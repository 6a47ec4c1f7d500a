import { ErrorCode } from '../errors/OmnicxError.js';
import { assertSafeInteger } from '../internal/assert.js';
import { MS_PER_DAY } from './internal/civil.js';
import { instantArgument } from './internal/instant.js';
import { checkResult, resolveCompatible, wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/**
 * Adds calendar days in a time zone, keeping the local wall-clock time: 10:00 on the day before a
 * DST change plus one day is 10:00 the next day, 23 or 25 hours later, not 24.
 *
 * When the wall time does not exist on the target day (it falls in a spring-forward gap), the
 * result is moved forward by the length of the gap (02:30 → 03:30 in New York on 2026-03-08);
 * when it exists twice (fall back), the earlier instant is taken. This is the 'compatible'
 * disambiguation of Temporal, date-fns/tz and java.time. `days = 0` returns `instant` unchanged.
 *
 * @param instant - epoch milliseconds
 * @param days - whole calendar days to add, may be negative
 * @param timeZone - an IANA time zone name
 * @returns epoch milliseconds
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant; `INVALID_INPUT` / `NOT_SAFE_INTEGER` (path `['days']`) when `days` is not a safe
 *   integer, `INVALID_INPUT` (path `['days']`) when the result leaves the Date range;
 *   `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { addZonedDays, formatZonedIso, toInstant } from 'omnicx/core';
 * const tz = 'America/New_York';
 * const saturday = toInstant('2026-03-07T10:00:00-05:00');
 * const sunday = addZonedDays(saturday, 1, tz);
 * console.log(formatZonedIso(sunday, tz)); // '2026-03-08T10:00:00.000-04:00'
 * console.log((sunday - saturday) / 3_600_000); // 23
 * console.log(formatZonedIso(addZonedDays(toInstant('2026-03-07T02:30:00-05:00'), 1, tz), tz)); // '2026-03-08T03:30:00.000-04:00'
 * ```
 */
export function addZonedDays(instant: Instant, days: number, timeZone: string): Instant {
  const ms = instantArgument(instant, ['instant']);
  assertSafeInteger(days, ['days'], 'days');
  const zone = openZone(timeZone, ['timeZone']);
  if (days === 0) return ms;
  const wall = wallClockAt(zone, ms);
  const result = resolveCompatible(zone, (wall.days + days) * MS_PER_DAY + wall.msOfDay);
  return checkResult(result, ['days'], 'The result', ErrorCode.INVALID_INPUT);
}
