import { ErrorCode, OmnicxError, type PathKey } from '../errors/OmnicxError.js';
import { assertObject, assertSafeInteger } from '../internal/assert.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, MS_PER_SECOND, daysFromCivil, daysInMonth } from './internal/civil.js';
import { checkResult, resolveCompatible } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

/** A local date and wall-clock time, the argument of {@link zonedDateTimeToInstant}. */
export interface ZonedDateTimeFields {
  /** Proleptic Gregorian year, astronomical numbering (0 = 1 BC), −271821 to 275760. */
  readonly year: number;
  /** Month, 1 = January … 12 = December. */
  readonly month: number;
  /** Day of the month, 1 to the length of the month. */
  readonly day: number;
  /** Hour, 0–23; default 0. */
  readonly hour?: number;
  /** Minute, 0–59; default 0. */
  readonly minute?: number;
  /** Second, 0–59; default 0. */
  readonly second?: number;
  /** Millisecond, 0–999; default 0. */
  readonly millisecond?: number;
}

const LIMITS = [
  ['hour', 23],
  ['minute', 59],
  ['second', 59],
  ['millisecond', 999],
] as const;

function field(fields: Record<string, unknown>, key: string, min: number, max: number, optional: boolean): number {
  const path: PathKey[] = ['fields', key];
  const value = fields[key];
  if (optional && value === undefined) return 0;
  assertSafeInteger(value, path, `fields.${key}`);
  if (value < min || value > max) {
    throw new OmnicxError(
      ErrorCode.INVALID_DATE,
      `fields.${key} must be between ${min} and ${max}, got ${value}`,
      { path },
    );
  }
  return value;
}

/**
 * The instant at which the wall clock in a time zone shows a given local date and time: what a
 * store's "open at 09:00" or a programme's "expires 2026-12-31 23:59:59 local" means.
 *
 * A wall time repeated by a fall-back transition resolves to the earlier instant (01:30 in New
 * York on 2026-11-01 is 01:30 EDT, −04:00). A wall time skipped by a spring-forward gap is moved
 * forward by the length of the gap (02:30 in New York on 2026-03-08 becomes 03:30 EDT). This is
 * the 'compatible' disambiguation of Temporal, date-fns/tz and java.time. Other properties of
 * `fields` (such as `weekday` and `offsetMinutes` of a {@link ZonedDate}) are ignored, so a
 * `zonedDate` of the later of two repeated readings maps back to the earlier one.
 *
 * @param fields - the local date and time (never mutated); `hour`, `minute`, `second` and
 *   `millisecond` default to 0
 * @param timeZone - an IANA time zone name
 * @returns epoch milliseconds
 * @throws {@link OmnicxError} `INVALID_INPUT` (path `['fields']`) when `fields` is not an object;
 *   `INVALID_INPUT` / `NOT_SAFE_INTEGER` (path `['fields', key]`) for a missing or non-integer
 *   field; `INVALID_DATE` (path `['fields', key]`) for a field out of range such as month 13 or
 *   February 30, or (path `['fields']`) when the instant lies outside the Date range;
 *   `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { formatZonedIso, zonedDateTimeToInstant } from 'omnicx/core';
 * const tz = 'America/New_York';
 * const repeated = zonedDateTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, tz);
 * console.log(formatZonedIso(repeated, tz)); // '2026-11-01T01:30:00.000-04:00'
 * const skipped = zonedDateTimeToInstant({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, tz);
 * console.log(formatZonedIso(skipped, tz)); // '2026-03-08T03:30:00.000-04:00'
 * console.log(zonedDateTimeToInstant({ year: 2026, month: 1, day: 1 }, 'UTC')); // 1767225600000
 * ```
 */
export function zonedDateTimeToInstant(fields: ZonedDateTimeFields, timeZone: string): Instant {
  assertObject(fields, ['fields'], 'fields');
  const year = field(fields, 'year', -271_821, 275_760, false);
  const month = field(fields, 'month', 1, 12, false);
  const day = field(fields, 'day', 1, daysInMonth(year, month), false);
  const [hour, minute, second, millisecond] = LIMITS.map(([key, max]) => field(fields, key, 0, max, true)) as [
    number,
    number,
    number,
    number,
  ];
  const zone = openZone(timeZone, ['timeZone']);
  const wall =
    daysFromCivil(year, month, day) * MS_PER_DAY +
    hour * MS_PER_HOUR +
    minute * MS_PER_MINUTE +
    second * MS_PER_SECOND +
    millisecond;
  return checkResult(resolveCompatible(zone, wall), ['fields'], 'That local date-time');
}
