// Reading instants from strings, numbers and Dates without Date.parse (which accepts
// "2026-02-30", local times and many vendor formats).
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { describe } from '../../internal/assert.js';
import {
  MAX_INSTANT,
  MS_PER_DAY,
  MS_PER_HOUR,
  MS_PER_MINUTE,
  MS_PER_SECOND,
  civilFromDays,
  daysFromCivil,
} from './civil.js';

export type ReadResult =
  | { readonly ok: true; readonly instant: number }
  | { readonly ok: false; readonly code: ErrorCode; readonly reason: string };

// date: YYYY-MM-DD or ±YYYYYY-MM-DD; separator T, t or one space; time HH:MM[:SS[.fraction]]
// (fraction 1–9 digits after "." or ","); offset Z, z, ±HH, ±HHMM, ±HH:MM, ±HHMMSS or ±HH:MM:SS.
const DATE_TIME =
  /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}(?::\d{2}(?::\d{2})?|\d{4}|\d{2})?)$/;
const WITHOUT_OFFSET = /^([+-]\d{6}|\d{4})-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?)?$/;

function fail(code: ErrorCode, reason: string): ReadResult {
  return { ok: false, code, reason };
}

function outOfRange(what: string): ReadResult {
  return fail(ErrorCode.INVALID_DATE, `${what} lies outside the supported range of ±8.64e15 ms around 1970 (the Date range)`);
}

/** The time value of a genuine Date (also from another realm, or a subclass), else undefined. */
export function dateTimeValue(value: object): number | undefined {
  try {
    return Date.prototype.getTime.call(value);
  } catch {
    return undefined;
  }
}

function offsetMsOf(text: string): number | undefined {
  if (text === 'Z' || text === 'z') return 0;
  const digits = text.slice(1).replaceAll(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2, 4) || '0');
  const seconds = Number(digits.slice(4, 6) || '0');
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const ms = hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * MS_PER_SECOND;
  return text.startsWith('-') ? -ms : ms;
}

function readString(text: string): ReadResult {
  const match = DATE_TIME.exec(text);
  if (match === null) {
    if (WITHOUT_OFFSET.test(text)) {
      return fail(
        ErrorCode.INVALID_DATE,
        `${describe(text)} has no UTC offset: a local date or time names no instant; add "Z" or an offset such as "+02:00"`,
      );
    }
    return fail(ErrorCode.INVALID_DATE, `${describe(text)} is not an ISO 8601 date-time with a UTC offset (e.g. "2026-03-08T10:00:00Z")`);
  }
  const [, y = '', mo = '', d = '', h = '', mi = '', s = '0', fraction = '', offsetText = ''] = match;
  if (y === '-000000') return fail(ErrorCode.INVALID_DATE, `${describe(text)}: the year -000000 is not allowed (ISO 8601)`);
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const days = daysFromCivil(year, month, day);
  const back = civilFromDays(days);
  if (back.year !== year || back.month !== month || back.day !== day) {
    return fail(ErrorCode.INVALID_DATE, `${describe(text)} is not a calendar date (month 01–12, day within the month)`);
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (hour > 23 || minute > 59 || second > 59) {
    return fail(ErrorCode.INVALID_DATE, `${describe(text)} is not a valid time of day (00:00:00–23:59:59)`);
  }
  const offset = offsetMsOf(offsetText);
  if (offset === undefined) return fail(ErrorCode.INVALID_DATE, `${describe(text)} has an invalid UTC offset`);
  // Digits beyond milliseconds are truncated (floored): the instant lies within that millisecond.
  const millisecond = Number(fraction.padEnd(3, '0').slice(0, 3));
  const instant =
    days * MS_PER_DAY + hour * MS_PER_HOUR + minute * MS_PER_MINUTE + second * MS_PER_SECOND + millisecond - offset;
  return Math.abs(instant) <= MAX_INSTANT ? { ok: true, instant } : outOfRange(describe(text));
}

function readNumber(value: number): ReadResult {
  if (!Number.isFinite(value)) return fail(ErrorCode.INVALID_DATE, `${describe(value)} is not an instant (epoch milliseconds must be finite)`);
  if (!Number.isInteger(value)) {
    return fail(
      ErrorCode.INVALID_DATE,
      `${String(value)} is not a whole number of epoch milliseconds; round it explicitly (e.g. Math.floor) first`,
    );
  }
  if (Math.abs(value) > MAX_INSTANT) return outOfRange(String(value));
  return { ok: true, instant: value === 0 ? 0 : value }; // no negative zero
}

/** Reads an instant input; never throws. */
export function readInstant(value: unknown): ReadResult {
  if (typeof value === 'string') return readString(value);
  if (typeof value === 'number') return readNumber(value);
  if (typeof value === 'object' && value !== null) {
    const time = dateTimeValue(value);
    if (time !== undefined) {
      return Number.isNaN(time) ? fail(ErrorCode.INVALID_DATE, 'the Date is invalid (Invalid Date)') : { ok: true, instant: time };
    }
  }
  return fail(
    ErrorCode.INVALID_INPUT,
    `expected an ISO 8601 string with offset, epoch milliseconds or a Date, got ${describe(value)}`,
  );
}

/** The error for a failed read, with the path prefixed to the message. */
export function readError(result: Extract<ReadResult, { ok: false }>, path: readonly PathKey[]): OmnicxError {
  const where = path.length === 0 ? '' : `${path.join('.')}: `;
  return new OmnicxError(result.code, `${where}${result.reason}`, { path: [...path] });
}

/**
 * Validates an epoch-millisecond argument of a zoned function.
 *
 * @throws OmnicxError `INVALID_INPUT` for a non-number, `INVALID_DATE` for NaN, ±Infinity, a fraction
 *   or a value outside the Date range
 */
export function instantArgument(value: unknown, path: readonly PathKey[]): number {
  if (typeof value !== 'number') {
    throw new OmnicxError(
      ErrorCode.INVALID_INPUT,
      `${path.join('.')} must be epoch milliseconds (a number; convert strings and Dates with toInstant), got ${describe(value)}`,
      { path },
    );
  }
  const result = readNumber(value);
  if (!result.ok) throw readError(result, path);
  return result.instant;
}
