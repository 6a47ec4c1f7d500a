import { instantArgument } from './internal/instant.js';
import { wallClockAt } from './internal/resolve.js';
import { openZone } from './internal/zone.js';
import type { Instant } from './toInstant.js';

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function formatYear(year: number): string {
  if (year >= 0 && year <= 9999) return pad(year, 4);
  return `${year < 0 ? '-' : '+'}${pad(Math.abs(year), 6)}`;
}

function formatOffset(offsetMs: number): string {
  const total = Math.abs(offsetMs) / 1000;
  const seconds = total % 60;
  const text = `${offsetMs < 0 ? '-' : '+'}${pad(Math.floor(total / 3600), 2)}:${pad(Math.floor(total / 60) % 60, 2)}`;
  return seconds === 0 ? text : `${text}:${pad(seconds, 2)}`;
}

/**
 * Formats an instant as the local date-time in a time zone with its UTC offset, in ISO 8601 /
 * RFC 3339 extended format with milliseconds: `'2026-03-08T03:00:00.000-04:00'`. A zero offset is
 * written `+00:00`, not `Z`. Years outside 0000–9999 use the expanded `±YYYYYY` form, and
 * historical offsets with seconds (local mean time) are written `±HH:MM:SS`; {@link toInstant}
 * reads every output back to the same instant.
 *
 * @param instant - epoch milliseconds
 * @param timeZone - an IANA time zone name
 * @returns the formatted string
 * @throws {@link OmnicxError} `INVALID_INPUT` / `INVALID_DATE` (path `['instant']`) for a bad
 *   instant; `INVALID_INPUT` / `UNKNOWN_TIME_ZONE` (path `['timeZone']`) for a bad zone
 *
 * @example
 * ```ts
 * import { formatZonedIso, toInstant } from 'omnicx/core';
 * const at = toInstant('2026-03-08T07:00:00Z');
 * console.log(formatZonedIso(at, 'America/New_York')); // '2026-03-08T03:00:00.000-04:00'
 * console.log(formatZonedIso(at, 'Asia/Kathmandu')); // '2026-03-08T12:45:00.000+05:45'
 * console.log(formatZonedIso(at, 'UTC')); // '2026-03-08T07:00:00.000+00:00'
 * ```
 */
export function formatZonedIso(instant: Instant, timeZone: string): string {
  const ms = instantArgument(instant, ['instant']);
  const zone = openZone(timeZone, ['timeZone']);
  const wall = wallClockAt(zone, ms);
  return (
    `${formatYear(wall.year)}-${pad(wall.month, 2)}-${pad(wall.day, 2)}` +
    `T${pad(wall.hour, 2)}:${pad(wall.minute, 2)}:${pad(wall.second, 2)}.${pad(wall.millisecond, 3)}` +
    formatOffset(wall.offsetMs)
  );
}
