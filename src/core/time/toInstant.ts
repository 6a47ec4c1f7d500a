import type { PathKey } from '../errors/OmnicxError.js';
import { assertPath } from '../internal/assert.js';
import { readError, readInstant } from './internal/instant.js';

/**
 * An instant: milliseconds since 1970-01-01T00:00:00Z (the Unix epoch), a safe integer within the
 * ECMAScript Date range of ±8.64e15 ms. Every omnicx function that takes or returns an instant
 * uses this representation.
 */
export type Instant = number;

/** What {@link toInstant} accepts: an ISO 8601 string with a UTC offset, epoch milliseconds or a `Date`. */
export type InstantInput = string | number | Date;

/**
 * Reads an instant from an ISO 8601 string with a UTC offset, epoch milliseconds or a `Date`, and
 * returns it as epoch milliseconds.
 *
 * Strings are checked with a strict grammar, not `Date.parse`:
 * `YYYY-MM-DD` (or the expanded `±YYYYYY-MM-DD`), then `T` (also `t` or one space), then
 * `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff` (1–9 fraction digits after `.` or `,`; digits beyond
 * milliseconds are truncated towards the past), then an offset: `Z`/`z`, `±HH`, `±HHMM`,
 * `±HH:MM`, `±HHMMSS` or `±HH:MM:SS`. Every field must exist on the calendar (no 2026-02-30, no
 * 24:00, no leap second 23:59:60). A string without an offset (`'2026-03-08'`,
 * `'2026-03-08T10:00'`) names no instant and is refused; so are time-zone annotations like
 * `[Europe/Berlin]`.
 *
 * Numbers must be whole milliseconds: a fractional number is refused rather than silently
 * rounded (round it yourself, e.g. `Math.floor(performance.timeOrigin + performance.now())`).
 * `-0` is returned as `0`. Dates are accepted from any realm; an Invalid Date is refused.
 *
 * @param input - an ISO 8601 string with offset, epoch milliseconds, or a `Date` (never mutated)
 * @param path - where `input` sits in the caller's data, reported on errors (default `[]`),
 *   e.g. `['events', 3, 'at']`
 * @returns epoch milliseconds, a safe integer in ±8.64e15
 * @throws {@link OmnicxError} `INVALID_DATE` for a malformed or offset-less string, a date or time
 *   that does not exist, a non-integer, non-finite or out-of-range number, or an Invalid Date;
 *   `INVALID_INPUT` for any other type. The error's `path` is `path`.
 *
 * @example
 * ```ts
 * import { isOmnicxError, toInstant } from 'omnicx/core';
 * console.log(toInstant('2026-03-08T03:00:00-04:00')); // 1772953200000
 * console.log(toInstant('2026-03-08T07:00:00Z')); // 1772953200000
 * console.log(toInstant(new Date(Date.UTC(2026, 2, 8, 7)))); // 1772953200000
 * try {
 *   toInstant('2026-03-08', ['events', 3, 'at']);
 * } catch (error) {
 *   console.log(isOmnicxError(error, 'INVALID_DATE')); // true
 *   console.log(isOmnicxError(error) && error.path.join('.')); // 'events.3.at'
 * }
 * ```
 */
export function toInstant(input: InstantInput, path: readonly PathKey[] = []): Instant {
  assertPath(path);
  const result = readInstant(input);
  if (!result.ok) throw readError(result, path);
  return result.instant;
}
