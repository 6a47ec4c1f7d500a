import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { toInstant, type InstantInput } from '../core/time/toInstant.js';
import { calendarArgument } from './internal/calendarArgument.js';
import { CalendarClock } from './internal/calendarClock.js';
import { MAX_SPAN_MS } from './internal/calendarTime.js';
import { measureForward } from './internal/calendarWalk.js';
import type { BusinessCalendar } from './schemas.js';

/**
 * The business time between two instants: the milliseconds of `[start, end)` that fall inside
 * the calendar's opening hours, on no holiday. Wall-clock hours are converted to instants in
 * the calendar's zone, so real elapsed time counts: a 09:00–17:00 day is 8 h also on a DST
 * day, and a shift that contains the change is an hour shorter or longer (see
 * {@link defineBusinessCalendar}).
 *
 * When `end` is before `start` the result is negative: `−businessDurationMs(end, start)`.
 * `addBusinessDuration(s, businessDurationMs(s, e)) ≤ e`, with equality when business time
 * accrues right up to `e`; `businessDurationMs(s, addBusinessDuration(s, d)) === d` always.
 *
 * Exact everywhere in the Date range; offsets come from the compiled 1970–2100 table, and
 * outside it from `Intl`, read once per call (a century before 1970 or after 2100 costs a few
 * tens of milliseconds; assumptions in the module guide).
 *
 * @param start - an ISO 8601 string with offset, epoch ms or a Date
 * @param end - same forms
 * @param calendar - a compiled calendar from {@link defineBusinessCalendar}
 * @returns whole milliseconds of business time (negative when end < start; 0, never −0, when equal)
 * @throws {@link core!OmnicxError} `INVALID_DATE` / `INVALID_INPUT` for a bad instant (path `['start']`
 *   or `['end']`); `INVALID_INPUT` (path `['end']`) when the instants are more than 100 years
 *   (36 525 days) apart, (path `['calendar']`) when `calendar` is not a compiled calendar
 *
 * @example
 * ```ts
 * import { businessDurationMs, defineBusinessCalendar } from 'omnicx/satisfaction';
 * const day = [['09:00', '17:00']] as const;
 * const calendar = defineBusinessCalendar({
 *   timeZone: 'Europe/Berlin',
 *   weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
 *   holidays: ['2026-04-03'],
 * });
 * // Thursday 2026-04-02 16:00 → Tuesday 2026-04-07 10:00: 1 h Thursday, Good Friday off,
 * // weekend, 8 h Monday, 1 h Tuesday = 10 h
 * console.log(businessDurationMs('2026-04-02T16:00:00+02:00', '2026-04-07T10:00:00+02:00', calendar) / 3_600_000); // 10
 * // Sunday 2026-03-29 (Berlin springs forward) to Monday noon: 3 h
 * console.log(businessDurationMs('2026-03-29T00:00:00+01:00', '2026-03-30T12:00:00+02:00', calendar)); // 10800000
 * ```
 */
export function businessDurationMs(start: InstantInput, end: InstantInput, calendar: BusinessCalendar): number {
  const from = toInstant(start, ['start']);
  const to = toInstant(end, ['end']);
  const compiled = calendarArgument(calendar, ['calendar']);
  if (Math.abs(to - from) > MAX_SPAN_MS) {
    throw new OmnicxError(ErrorCode.INVALID_INPUT, 'start and end must be at most 100 years (36 525 days) apart', {
      path: ['end'],
    });
  }
  if (from === to) return 0;
  const clock = new CalendarClock(compiled.timeZone, compiled.offsetTable, ['calendar', 'timeZone']);
  return from < to ? measureForward(compiled, clock, from, to) : -measureForward(compiled, clock, to, from) || 0;
}
