// Time-zone access through Intl.DateTimeFormat. Nothing is cached (omnicx keeps no module-level
// mutable state): each public call opens the zone once and reuses that formatter for every
// offset it needs. Hot loops in domains can open a zone once and call the internal helpers.
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { describe, invalid } from '../../internal/assert.js';
import { MAX_INSTANT } from './civil.js';

/** An opened, validated time zone. */
export interface Zone {
  /** The name as given by the caller. */
  readonly name: string;
  /** UTC offset in milliseconds (local minus UTC) at an instant; instants are clamped to the Date range. */
  readonly offsetMs: (instant: number) => number;
}

// ECMA-402 (2024+) also accepts offset time zones such as "+05:30"; Node 20 does not. We refuse them
// everywhere so that the behaviour does not depend on the runtime. No IANA name starts with a sign.
const OFFSET_LIKE = /^[+\-\u2212]/;

function labelOf(path: readonly PathKey[]): string {
  return path.length === 0 ? 'time zone' : path.join('.');
}

/** The offset formatter of an accepted zone, or undefined when the zone is not accepted. */
export function zoneFormatter(timeZone: string): Intl.DateTimeFormat | undefined {
  if (OFFSET_LIKE.test(timeZone)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  } catch {
    return undefined; // RangeError: not a time zone this runtime knows
  }
}

/**
 * Reads the offset from the tail of an `en-US` `longOffset` string: "3/8/2026, GMT-04:00",
 * "1/1/1970, GMT" (zero), "12/31/1959, GMT-00:44:30" (local mean time with seconds).
 */
export function parseLongOffset(text: string, timeZone: string): number {
  const match = /GMT(?:([+\-\u2212])(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?)?$/.exec(text);
  if (match === null) {
    throw new OmnicxError(
      ErrorCode.UNKNOWN_TIME_ZONE,
      `The runtime reported an unreadable UTC offset ${JSON.stringify(text)} for time zone ${JSON.stringify(timeZone)}`,
    );
  }
  const [, sign, hours, minutes, seconds] = match;
  if (sign === undefined) return 0;
  const ms = ((Number(hours) * 60 + Number(minutes ?? 0)) * 60 + Number(seconds ?? 0)) * 1000;
  return sign === '+' ? ms : -ms;
}

/**
 * Validates an IANA time zone name and opens it.
 *
 * @throws OmnicxError `INVALID_INPUT` when `timeZone` is not a string, `UNKNOWN_TIME_ZONE` when the
 *   runtime does not know it or it is a fixed offset such as "+05:30"
 */
export function openZone(timeZone: unknown, path: readonly PathKey[]): Zone {
  if (typeof timeZone !== 'string') {
    throw invalid(`${labelOf(path)} must be an IANA time zone name (a string), got ${describe(timeZone)}`, path);
  }
  const formatter = zoneFormatter(timeZone);
  if (formatter === undefined) {
    const hint = OFFSET_LIKE.test(timeZone)
      ? ': fixed UTC offsets are not accepted, use an IANA name such as "Asia/Kolkata" or "Etc/GMT-5"'
      : ': not an IANA time zone name known to this runtime (e.g. "Europe/Berlin", "UTC")';
    throw new OmnicxError(ErrorCode.UNKNOWN_TIME_ZONE, `Unknown time zone ${describe(timeZone)}${hint}`, { path });
  }
  return {
    name: timeZone,
    offsetMs: (instant) =>
      parseLongOffset(formatter.format(Math.min(Math.max(instant, -MAX_INSTANT), MAX_INSTANT)), timeZone),
  };
}
