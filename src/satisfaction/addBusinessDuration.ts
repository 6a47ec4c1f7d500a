import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { assertSafeInteger } from '../core/internal/assert.js';
import { toInstant, type Instant, type InstantInput } from '../core/time/toInstant.js';
import { calendarArgument } from './internal/calendarArgument.js';
import { CalendarClock } from './internal/calendarClock.js';
import { MAX_SPAN_MS } from './internal/calendarTime.js';
import { addBackward, addForward } from './internal/calendarWalk.js';
import type { BusinessCalendar } from './schemas.js';

/**
 * Adds business time to an instant: returns the **earliest** instant at which `durationMs` of
 * business time (see {@link businessDurationMs}) has elapsed since `start`. A due date at the
 * very end of a shift stays at that end (17:00), not the next opening. Outside business hours
 * the clock starts at the next opening. DST changes and midnight-crossing shifts count their
 * real elapsed time; holidays are skipped.
 *
 * `durationMs = 0` returns `start` unchanged (even outside business hours). A negative duration
 * walks back: the **latest** instant from which `−durationMs` of business time remains until
 * `start`. So `businessDurationMs(s, addBusinessDuration(s, d)) === d` for every `s` and `d`,
 * and for `a, b ≥ 0`, `addBusinessDuration(addBusinessDuration(s, a), b)` equals
 * `addBusinessDuration(s, a + b)`.
 *
 * Fast: no `Intl` and no Date allocation for instants in 1970–2100; weeks without holiday or
 * clock change are skipped arithmetically (≥ 1M calls/s, see `bench/sla.bench.ts`). Outside
 * 1970–2100 a call reads the offsets it needs from `Intl` once (local mean time before 1800,
 * each zone's annual rule from 2101) and skips whole 400-year cycles from 2101 on: tens of
 * milliseconds at worst, whatever the start and duration (assumptions in the module guide).
 *
 * @param start - an ISO 8601 string with offset, epoch ms or a Date
 * @param durationMs - business milliseconds to add, a safe integer; at most 100 years
 *   (3 155 760 000 000 ms) either way
 * @param calendar - a compiled calendar from {@link defineBusinessCalendar}
 * @returns epoch milliseconds
 * @throws {@link core!OmnicxError} `INVALID_DATE` / `INVALID_INPUT` for a bad `start` (path
 *   `['start']`); `INVALID_INPUT` / `NOT_SAFE_INTEGER` (path `['durationMs']`) for a bad or too
 *   long duration or a result outside the Date range; `INVALID_INPUT` (path `['calendar']`) when
 *   `calendar` is not a compiled calendar
 *
 * @example
 * ```ts
 * import { formatZonedIso } from 'omnicx/core';
 * import { addBusinessDuration, defineBusinessCalendar } from 'omnicx/satisfaction';
 * const day = [['09:00', '17:00']] as const;
 * const calendar = defineBusinessCalendar({
 *   timeZone: 'America/New_York',
 *   weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
 *   holidays: ['2026-12-25'],
 * });
 * const hour = 3_600_000;
 * // Thursday 2026-12-24 15:00 + 4 business hours: 2 h on Thursday, Friday 25 is a holiday,
 * // the weekend is closed, so the remaining 2 h run on Monday 09:00–11:00.
 * const due = addBusinessDuration('2026-12-24T15:00:00-05:00', 4 * hour, calendar);
 * console.log(formatZonedIso(due, 'America/New_York')); // '2026-12-28T11:00:00.000-05:00'
 * // exactly at the end of a shift: stays at 17:00
 * console.log(formatZonedIso(addBusinessDuration('2026-12-28T09:00:00-05:00', 8 * hour, calendar), 'America/New_York')); // '2026-12-28T17:00:00.000-05:00'
 * console.log(addBusinessDuration(due, 0, calendar) === due); // true
 * ```
 */
export function addBusinessDuration(start: InstantInput, durationMs: number, calendar: BusinessCalendar): Instant {
  const from = toInstant(start, ['start']);
  assertSafeInteger(durationMs, ['durationMs'], 'durationMs');
  const compiled = calendarArgument(calendar, ['calendar']);
  if (Math.abs(durationMs) > MAX_SPAN_MS) {
    throw new OmnicxError(
      ErrorCode.INVALID_INPUT,
      `durationMs must be at most 100 years (${MAX_SPAN_MS} ms) either way, got ${durationMs}`,
      { path: ['durationMs'] },
    );
  }
  if (durationMs === 0) return from;
  const clock = new CalendarClock(compiled.timeZone, compiled.offsetTable, ['calendar', 'timeZone']);
  return durationMs > 0
    ? addForward(compiled, clock, from, durationMs, ['durationMs'])
    : addBackward(compiled, clock, from, -durationMs, ['durationMs']);
}
