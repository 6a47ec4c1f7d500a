import { parseWith } from '../core/errors/parseWith.js';
import { assertObject } from '../core/internal/assert.js';
import { deepFreeze } from '../core/internal/freeze.js';
import { assertTimeZone } from '../core/time/assertTimeZone.js';
import { openZone } from '../core/time/internal/zone.js';
import { buildOffsetTable } from '../core/time/internal/offsetTable.js';
import { CALENDAR_KIND } from './internal/calendarArgument.js';
import { MS_PER_MINUTE, WEEKDAY_KEYS, daysOfIsoDate, intervalMinutes } from './internal/calendarTime.js';
import { businessCalendarSchema, type BusinessCalendar, type BusinessCalendarInput } from './schemas.js';

/**
 * Validates a business calendar — an IANA time zone, weekly opening hours and holidays — and
 * compiles it into the plain-data {@link BusinessCalendar} that {@link businessDurationMs},
 * {@link addBusinessDuration}, {@link slaStatus} and {@link serviceKpis} read. Compile once per
 * calendar and reuse the result: compiling samples the zone's UTC offsets from 1970 to 2100
 * (~16 000 `Intl` look-ups, some tens of milliseconds), so that the calendar functions need no `Intl`
 * call for instants in that range (outside it they stay exact, only slower).
 *
 * Wall-clock rules (see {@link businessWeekSchema}): `[start, end]` as `"HH:MM"`; `"24:00"` is
 * allowed as an end; an end at or before the start crosses midnight, and that interval belongs
 * to the day it starts on (`fri: [['22:00', '02:00']]` is Friday 22:00 → Saturday 02:00). A
 * holiday `"YYYY-MM-DD"` removes every interval that starts on that local date (a Friday-night
 * shift on a Friday holiday is removed whole; one starting on Thursday still runs into it).
 * Wall-clock times are converted to instants in the zone, so a shift lasts its real elapsed time
 * on a DST day (00:00–04:00 is 3 h on a spring-forward day and 5 h on a fall-back day); a wall
 * time skipped by the change maps to the instant the clocks jump, and one that occurs twice to
 * its first occurrence.
 *
 * @param calendar - `{ timeZone, weekly, holidays? }` (never mutated)
 * @returns a new, deeply frozen {@link BusinessCalendar}
 * @throws {@link core!OmnicxError} `UNKNOWN_TIME_ZONE` (path `['calendar', 'timeZone']`) for a zone the
 *   runtime does not know or a fixed offset; `INVALID_INPUT` with the path of the bad field for
 *   anything else: a malformed time such as `'25:00'` or `'09:60'` (path
 *   `['calendar', 'weekly', 'mon', 0, 1]`), a start of `'24:00'`, an empty interval, overlapping
 *   intervals (path of the later one), an unknown weekday key (path `['calendar', 'weekly']`), a
 *   week without business hours, or a holiday that is not a calendar date (path
 *   `['calendar', 'holidays', i]`)
 *
 * @example
 * ```ts
 * import { defineBusinessCalendar } from 'omnicx/satisfaction';
 * const day = [['09:00', '17:00']] as const;
 * const calendar = defineBusinessCalendar({
 *   timeZone: 'Europe/Berlin',
 *   weekly: { mon: day, tue: day, wed: day, thu: day, fri: [['09:00', '12:00'], ['13:00', '17:00'], ['22:00', '02:00']] },
 *   holidays: ['2026-12-25', '2026-12-24', '2026-12-25'],
 * });
 * console.log(calendar.weeklyMinutes[4]); // [ [ 540, 720 ], [ 780, 1020 ], [ 1320, 1560 ] ]
 * console.log(calendar.holidays); // [ '2026-12-24', '2026-12-25' ]
 * console.log(calendar.weeklyBusinessMs / 3_600_000); // 43
 * ```
 */
export function defineBusinessCalendar(calendar: BusinessCalendarInput): BusinessCalendar {
  assertObject(calendar, ['calendar'], 'calendar');
  // Checked first so that an unknown zone carries its own code rather than the schema's INVALID_INPUT.
  assertTimeZone(calendar.timeZone, ['calendar', 'timeZone']);
  const parsed = parseWith(businessCalendarSchema, calendar, ['calendar']);
  const weeklyMinutes = WEEKDAY_KEYS.map((key) =>
    parsed.weekly[key].map(([start, end]) => intervalMinutes(start, end)).sort((a, b) => a[0] - b[0]),
  );
  const weeklyBusinessMs =
    weeklyMinutes.flat().reduce((sum, [start, end]) => sum + (end - start), 0) * MS_PER_MINUTE;
  const holidays = [...new Set(parsed.holidays)].sort();
  const compiled: BusinessCalendar = {
    kind: CALENDAR_KIND,
    version: 1,
    timeZone: parsed.timeZone,
    weeklyMinutes,
    holidays,
    holidayDays: holidays.map((date) => daysOfIsoDate(date) as number),
    weeklyBusinessMs,
    offsetTable: buildOffsetTable(openZone(parsed.timeZone, ['calendar', 'timeZone'])),
  };
  return deepFreeze(compiled);
}
