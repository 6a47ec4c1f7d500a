import { describe, expect, it } from 'vitest';
import { businessCalendarCompiledSchema, businessCalendarSchema, defineBusinessCalendar } from '../../src/satisfaction/index.js';
import { expectOmnicxError, HOUR } from './expectOmnicxError.js';

const day = [['09:00', '17:00']] as const;

describe('defineBusinessCalendar', () => {
  it('compiles times to minutes, sorts intervals and de-duplicates and sorts holidays', () => {
    const calendar = defineBusinessCalendar({
      timeZone: 'Europe/Berlin',
      weekly: { mon: [['13:00', '17:00'], ['08:30', '12:00']], fri: [['22:00', '02:00']], sun: [['00:00', '24:00']] },
      holidays: ['2026-12-26', '2026-12-25', '2026-12-26'],
    });
    // 13:00 = 780, 17:00 = 1020, 08:30 = 510, 12:00 = 720; 22:00 = 1320, 02:00 next day = 1440 + 120 = 1560
    expect(calendar.weeklyMinutes).toEqual([[[510, 720], [780, 1020]], [], [], [], [[1320, 1560]], [], [[0, 1440]]]);
    expect(calendar.holidays).toEqual(['2026-12-25', '2026-12-26']);
    // 2026-03-08 is day 20 520 after 1970-01-01; to 2026-12-25: 23 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 25 = 292
    expect(calendar.holidayDays).toEqual([20_812, 20_813]);
    expect(calendar.holidayDays[0]).toBe(Date.UTC(2026, 11, 25) / 86_400_000);
    // 3.5 h + 4 h + 4 h + 24 h = 35.5 h
    expect(calendar.weeklyBusinessMs).toBe(35.5 * HOUR);
    expect(calendar.kind).toBe('omnicx.businessCalendar');
  });

  it('reads an end of "00:00" as midnight at the end of the day and "24:00" likewise', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'UTC', weekly: { mon: [['22:00', '00:00']], tue: [['22:00', '24:00']] } });
    expect(calendar.weeklyMinutes.slice(0, 2)).toEqual([[[1320, 1440]], [[1320, 1440]]]);
  });

  it('stores the zone offsets as a table matching the tz database (Berlin 2026: CET → CEST on 29 March 01:00Z)', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: day } });
    const { startsMs, offsetsMs } = calendar.offsetTable;
    const i = startsMs.indexOf(Date.UTC(2026, 2, 29, 1));
    expect(i).toBeGreaterThan(0);
    expect(offsetsMs[i]).toBe(2 * HOUR);
    expect(offsetsMs[i - 1]).toBe(HOUR);
    expect(startsMs[i + 1]).toBe(Date.UTC(2026, 9, 25, 1));
  });

  it('returns deeply frozen plain data that survives JSON and matches the compiled schema', () => {
    const input = { timeZone: 'UTC', weekly: { mon: [['09:00', '17:00']] }, holidays: ['2026-01-01'] } as const;
    const copy = JSON.stringify(input);
    const calendar = defineBusinessCalendar(input);
    expect(JSON.stringify(input)).toBe(copy);
    expect(Object.isFrozen(calendar)).toBe(true);
    expect(Object.isFrozen(calendar.weeklyMinutes[0])).toBe(true);
    expect(Object.isFrozen(calendar.offsetTable.startsMs)).toBe(true);
    const roundTrip: unknown = JSON.parse(JSON.stringify(calendar));
    expect(roundTrip).toEqual(calendar);
    expect(businessCalendarCompiledSchema.safeParse(roundTrip).success).toBe(true);
  });

  it.each([
    ['an unknown zone', { timeZone: 'Europe/Berln', weekly: { mon: day } }, 'UNKNOWN_TIME_ZONE', ['calendar', 'timeZone']],
    ['a fixed offset', { timeZone: '+02:00', weekly: { mon: day } }, 'UNKNOWN_TIME_ZONE', ['calendar', 'timeZone']],
    ['a missing zone', { weekly: { mon: day } }, 'INVALID_INPUT', ['calendar', 'timeZone']],
    ['hour 25', { timeZone: 'UTC', weekly: { mon: [['09:00', '25:00']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'mon', 0, 1]],
    ['minute 60', { timeZone: 'UTC', weekly: { tue: [['09:60', '17:00']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'tue', 0, 0]],
    ['"24:30"', { timeZone: 'UTC', weekly: { mon: [['09:00', '24:30']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'mon', 0, 1]],
    ['"9:00"', { timeZone: 'UTC', weekly: { mon: [['9:00', '17:00']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'mon', 0, 0]],
    ['a start of "24:00"', { timeZone: 'UTC', weekly: { mon: [['24:00', '02:00']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'mon', 0, 0]],
    ['start == end', { timeZone: 'UTC', weekly: { wed: [['09:00', '09:00']] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'wed', 0, 1]],
    [
      'overlapping intervals in a day',
      { timeZone: 'UTC', weekly: { mon: [['13:00', '17:00'], ['09:00', '13:30']] } },
      'INVALID_INPUT',
      ['calendar', 'weekly', 'mon', 0],
    ],
    [
      'a night shift running into the next day’s hours',
      { timeZone: 'UTC', weekly: { fri: [['22:00', '02:00']], sat: [['01:00', '05:00']] } },
      'INVALID_INPUT',
      ['calendar', 'weekly', 'sat', 0],
    ],
    [
      'a Sunday night shift running into Monday’s hours',
      { timeZone: 'UTC', weekly: { mon: [['00:00', '08:00']], sun: [['23:00', '01:00']] } },
      'INVALID_INPUT',
      ['calendar', 'weekly', 'sun', 0],
    ],
    ['an unknown weekday key', { timeZone: 'UTC', weekly: { monday: day } }, 'INVALID_INPUT', ['calendar', 'weekly', 'monday']],
    ['a week without hours', { timeZone: 'UTC', weekly: { mon: [] } }, 'INVALID_INPUT', ['calendar', 'weekly']],
    ['a day that is not a list', { timeZone: 'UTC', weekly: { mon: ['09:00', '17:00'] } }, 'INVALID_INPUT', ['calendar', 'weekly', 'mon', 0]],
    ['February 30', { timeZone: 'UTC', weekly: { mon: day }, holidays: ['2026-02-30'] }, 'INVALID_INPUT', ['calendar', 'holidays', 0]],
    ['a holiday with a time', { timeZone: 'UTC', weekly: { mon: day }, holidays: ['2026-01-01', '2026-12-25T00:00'] }, 'INVALID_INPUT', ['calendar', 'holidays', 1]],
    ['an unknown top-level key', { timeZone: 'UTC', weekly: { mon: day }, holiday: [] }, 'INVALID_INPUT', ['calendar', 'holiday']],
  ] as const)('refuses %s', (_label, input, code, path) => {
    expectOmnicxError(() => defineBusinessCalendar(input as never), code, path);
  });

  it('refuses a non-object', () => {
    expectOmnicxError(() => defineBusinessCalendar(null as never), 'INVALID_INPUT', ['calendar']);
    expectOmnicxError(() => defineBusinessCalendar([] as never), 'INVALID_INPUT', ['calendar']);
  });

  it('accepts touching intervals, also across midnight', () => {
    const parsed = businessCalendarSchema.safeParse({
      timeZone: 'UTC',
      weekly: { mon: [['09:00', '12:00'], ['12:00', '17:00']], fri: [['22:00', '02:00']], sat: [['02:00', '04:00']], sun: [['20:00', '00:00']] },
    });
    expect(parsed.success).toBe(true);
  });
});
