import { instantArgument } from './internal/instant.js';
import { wallClockAt } from './internal/resolve.js';
import { isoWeekdayFromDays } from './internal/civil.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/** ISO 8601 weekday number: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** The wall-clock reading of an instant in a time zone, as returned by {@link zonedDate}. */
export interface ZonedDate {
  /** Proleptic Gregorian year, astronomical numbering (0 = 1 BC). */
  readonly year: number;
  /** Month, 1 = January … 12 = December. */
  readonly month: number;
  /** Day of the month, 1–31. */
  readonly day: number;
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
  /** Second, 0–59. */
  readonly second: number;
  /** Millisecond, 0–999. */
  readonly millisecond: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: IsoWeekday;
  /**
   * UTC offset in minutes, local minus UTC (New York in winter: −300, Berlin in summer: +120,
   * Kathmandu: +345). Fractional only for historical local mean time before standard time
   * (e.g. Africa/Monrovia −44.5 until 1972).
   */
  readonly offsetMinutes: number;
}

/**
 * The local calendar date, wall-clock time, ISO weekday and UTC offset of an instant in a time
 * zone, using the runtime's tz database through `Intl.DateTimeFormat`.
 *
 * @param instant - epoch milliseconds (see {@link toInstant})
 * @param timeZone - an IANA time zone name (see {@link isTimeZone})
 * @returns a new {@link ZonedDate}
 * @throws {@link OmnicxError} `INVALID_INPUT` (path `['instant']`) for a non-number, `INVALID_DATE`
 *   (path `['instant']`) for a fractional, non-finite or out-of-range number; `INVALID_INPUT` or
 *   `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { toInstant, zonedDate } from 'omnicx/core';
 * const at = toInstant('2026-03-08T07:00:00Z'); // New York springs forward at this instant
 * const local = zonedDate(at, 'America/New_York');
 * console.log([local.year, local.month, local.day, local.hour, local.minute]); // [2026, 3, 8, 3, 0]
 * console.log(local.weekday); // 7
 * console.log(local.offsetMinutes); // -240
 * console.log(zonedDate(at - 1, 'America/New_York').hour); // 1
 * console.log(zonedDate(at - 1, 'America/New_York').offsetMinutes); // -300
 * ```
 */
export function zonedDate(instant: Instant, timeZone: string): ZonedDate {
  const ms = instantArgument(instant, ['instant']);
  const zone = openZone(timeZone, ['timeZone']);
  const wall = wallClockAt(zone, ms);
  return {
    year: wall.year,
    month: wall.month,
    day: wall.day,
    hour: wall.hour,
    minute: wall.minute,
    second: wall.second,
    millisecond: wall.millisecond,
    weekday: isoWeekdayFromDays(wall.days),
    offsetMinutes: wall.offsetMs / 60_000,
  };
}
