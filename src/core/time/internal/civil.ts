// Proleptic Gregorian calendar arithmetic on plain integers, independent of the host time zone
// and of the `Date` range. Algorithms: Howard Hinnant, "chrono-Compatible Low-Level Date
// Algorithms" (days_from_civil / civil_from_days), http://howardhinnant.github.io/date_algorithms.html
// Years are astronomical: year 0 is 1 BC, year −1 is 2 BC.

/** Milliseconds in a calendar day without a clock change. */
export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_SECOND = 1_000;

/** The ECMAScript `Date` range: ±100,000,000 days around 1970-01-01T00:00:00Z (ECMA-262 §21.4.1.1). */
export const MAX_INSTANT = 8_640_000_000_000_000;

/** The years an instant in range can fall on, in any zone (the range ends are Apr 271821 BC and Sep 275760). */
export const MIN_YEAR = -271_821;
export const MAX_YEAR = 275_760;

/** A calendar date: `month` 1–12, `day` 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days from 1970-01-01 to the given date (negative before). Out-of-range months and days roll over. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400; // [0, 399]
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1; // [0, 365]
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // [0, 146096]
  return era * 146_097 + doe - 719_468;
}

/** The calendar date `days` days after 1970-01-01. */
export function civilFromDays(days: number): CivilDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // [0, 146096]
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // [0, 365]
  const mp = Math.floor((5 * doy + 2) / 153); // [0, 11], March-based
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of the day `days` after 1970-01-01, a Thursday. */
export function isoWeekdayFromDays(days: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return ((((days + 3) % 7) + 7) % 7 + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** A wall-clock reading split into its fields, plus its day number since 1970-01-01. */
export interface WallClock extends CivilDate {
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Days from 1970-01-01 to this wall date. */
  readonly days: number;
  /** Milliseconds since the wall date's midnight, [0, 86 400 000). */
  readonly msOfDay: number;
}

/**
 * Splits a wall-clock time expressed as "milliseconds since 1970-01-01T00:00 on the wall" (the
 * instant plus the zone offset) into fields.
 */
export function wallClockFromMs(wallMs: number): WallClock {
  const days = Math.floor(wallMs / MS_PER_DAY);
  const msOfDay = wallMs - days * MS_PER_DAY;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / MS_PER_HOUR),
    minute: Math.floor((msOfDay % MS_PER_HOUR) / MS_PER_MINUTE),
    second: Math.floor((msOfDay % MS_PER_MINUTE) / MS_PER_SECOND),
    millisecond: msOfDay % MS_PER_SECOND,
    days,
    msOfDay,
  };
}
