import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDurationMs, defineBusinessCalendar, type BusinessCalendarInput } from '../../src/satisfaction/index.js';
import { DAY, expectOmnicxError, HOUR, MINUTE } from './expectOmnicxError.js';
import { referenceBusinessMs } from './referenceBusinessTime.js';
import { referenceMeasure, type WalkReferenceCalendar } from './walkReference.js';

const nineToFive = [['09:00', '17:00']] as const;
const everyDay = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive, sat: nineToFive, sun: nineToFive };
const berlinDaily = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: everyDay });
const newYorkDaily = defineBusinessCalendar({ timeZone: 'America/New_York', weekly: everyDay });
const berlinSundayNight = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { sun: [['00:00', '04:00']] } });
const newYorkSundayNight = defineBusinessCalendar({ timeZone: 'America/New_York', weekly: { sun: [['00:00', '04:00']] } });

describe('businessDurationMs', () => {
  it('counts a 09:00–17:00 day as 8 h on every DST changeover day', () => {
    // 09:00 and 17:00 both lie after the 02:00/03:00 change, in the same offset: 17 − 9 = 8 h.
    expect(businessDurationMs('2026-03-29T00:00:00+01:00', '2026-03-30T00:00:00+02:00', berlinDaily)).toBe(8 * HOUR);
    expect(businessDurationMs('2026-10-25T00:00:00+02:00', '2026-10-26T00:00:00+01:00', berlinDaily)).toBe(8 * HOUR);
    expect(businessDurationMs('2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00', newYorkDaily)).toBe(8 * HOUR);
    expect(businessDurationMs('2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00', newYorkDaily)).toBe(8 * HOUR);
  });

  it('counts the real elapsed time of a shift containing the change: 00:00–04:00 is 3 h in spring, 5 h in autumn', () => {
    // Berlin spring: 00:00 CET = 23:00Z, 04:00 CEST = 02:00Z → 3 h; autumn: 00:00 CEST = 22:00Z, 04:00 CET = 03:00Z → 5 h.
    const week = (from: string, to: string, calendar: typeof berlinSundayNight): number => businessDurationMs(from, to, calendar);
    expect(week('2026-03-28T00:00:00Z', '2026-03-30T00:00:00Z', berlinSundayNight)).toBe(3 * HOUR);
    expect(week('2026-10-24T00:00:00Z', '2026-10-26T00:00:00Z', berlinSundayNight)).toBe(5 * HOUR);
    // New York spring: 00:00 EST = 05:00Z, 04:00 EDT = 08:00Z → 3 h; autumn: 00:00 EDT = 04:00Z, 04:00 EST = 09:00Z → 5 h.
    expect(week('2026-03-07T12:00:00Z', '2026-03-09T12:00:00Z', newYorkSundayNight)).toBe(3 * HOUR);
    expect(week('2026-10-31T12:00:00Z', '2026-11-02T12:00:00Z', newYorkSundayNight)).toBe(5 * HOUR);
    // The week before and after: 4 h.
    expect(week('2026-03-21T00:00:00Z', '2026-03-23T00:00:00Z', berlinSundayNight)).toBe(4 * HOUR);
    // Part of the spring shift: 01:00 CET (00:00Z) → 03:30 CEST (01:30Z) is 1.5 h.
    expect(businessDurationMs('2026-03-29T00:00:00Z', '2026-03-29T01:30:00Z', berlinSundayNight)).toBe(1.5 * HOUR);
  });

  it('maps a boundary in a DST gap to the jump and a repeated one to its first occurrence', () => {
    const gap = defineBusinessCalendar({ timeZone: 'America/New_York', weekly: { sun: [['02:30', '03:30']] } });
    // 2026-03-08: 02:30 does not exist → 03:00 EDT (07:00Z); 03:30 EDT = 07:30Z → 0.5 h.
    expect(businessDurationMs('2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z', gap)).toBe(0.5 * HOUR);
    const repeated = defineBusinessCalendar({ timeZone: 'America/New_York', weekly: { sun: [['01:30', '02:30']] } });
    // 2026-11-01: 01:30 first occurs at 01:30 EDT = 05:30Z; 02:30 EST = 07:30Z → 2 h.
    expect(businessDurationMs('2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z', repeated)).toBe(2 * HOUR);
  });

  it('counts a night shift that crosses midnight on the day it starts, and removes it with that day’s holiday only', () => {
    const input: BusinessCalendarInput = { timeZone: 'UTC', weekly: { fri: [['22:00', '02:00']] } };
    const calendar = defineBusinessCalendar(input);
    // Friday 2026-03-06 22:00 → Saturday 02:00 = 4 h.
    expect(businessDurationMs('2026-03-06T20:00:00Z', '2026-03-07T12:00:00Z', calendar)).toBe(4 * HOUR);
    // From Saturday 01:00: the last hour.
    expect(businessDurationMs('2026-03-07T01:00:00Z', '2026-03-07T12:00:00Z', calendar)).toBe(HOUR);
    const fridayOff = defineBusinessCalendar({ ...input, holidays: ['2026-03-06'] });
    expect(businessDurationMs('2026-03-06T20:00:00Z', '2026-03-07T12:00:00Z', fridayOff)).toBe(0);
    const saturdayOff = defineBusinessCalendar({ ...input, holidays: ['2026-03-07'] });
    expect(businessDurationMs('2026-03-06T20:00:00Z', '2026-03-07T12:00:00Z', saturdayOff)).toBe(4 * HOUR);
  });

  it('skips holidays and weekends (Berlin, Easter 2026)', () => {
    const calendar = defineBusinessCalendar({
      timeZone: 'Europe/Berlin',
      weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
      holidays: ['2026-04-03', '2026-04-06'],
    });
    // Thu 2 Apr 16:00 → Tue 7 Apr 10:00: 1 h Thu + Good Friday off + weekend + Easter Monday off + 1 h Tue = 2 h
    expect(businessDurationMs('2026-04-02T16:00:00+02:00', '2026-04-07T10:00:00+02:00', calendar)).toBe(2 * HOUR);
    // The year 2026: 261 weekdays × 8 h − 2 holidays × 8 h = 2 072 h
    expect(businessDurationMs('2026-01-01T00:00:00+01:00', '2027-01-01T00:00:00+01:00', calendar)).toBe(2072 * HOUR);
  });

  it('returns −businessDurationMs(end, start) when end is before start, and 0 (not −0) for equal instants', () => {
    const calendar = berlinDaily;
    const forward = businessDurationMs('2026-03-02T10:00:00Z', '2026-03-05T10:30:00Z', calendar);
    // Mon 11:00–17:00 CET 6 h, Tue 8 h, Wed 8 h, Thu 09:00–11:30 CET 2.5 h = 24.5 h
    expect(forward).toBe(24.5 * HOUR);
    expect(businessDurationMs('2026-03-05T10:30:00Z', '2026-03-02T10:00:00Z', calendar)).toBe(-forward);
    expect(Object.is(businessDurationMs(0, 0, calendar), 0)).toBe(true);
    expect(Object.is(businessDurationMs('2026-03-01T01:00:00Z', '2026-03-01T00:00:00Z', calendar), 0)).toBe(true);
  });

  it('accepts ISO strings with offset, epoch ms and Dates', () => {
    const from = Date.UTC(2026, 2, 2, 8);
    const to = Date.UTC(2026, 2, 2, 12);
    // 09:00–13:00 CET = 08:00–12:00Z: 4 h
    expect(businessDurationMs(from, new Date(to), berlinDaily)).toBe(4 * HOUR);
    expect(businessDurationMs('2026-03-02T09:00:00+01:00', to, berlinDaily)).toBe(4 * HOUR);
  });

  it('stays exact outside the precomputed 1970–2100 offset table (1965, 2150)', () => {
    // Berlin had no DST in 1965: CET all year. Mon 1965-03-01 … Sun 03-07: 7 × 8 h.
    expect(businessDurationMs('1965-03-01T00:00:00+01:00', '1965-03-08T00:00:00+01:00', berlinDaily)).toBe(56 * HOUR);
    // 2150-03-29 is the last Sunday of March: the EU rule switches at 01:00Z. The 23-hour local day
    // still has 8 business hours, and its 00:00–04:00 shift lasts 3 h.
    expect(businessDurationMs('2150-03-29T00:00:00+01:00', '2150-03-30T00:00:00+02:00', berlinDaily)).toBe(8 * HOUR);
    expect(businessDurationMs('2150-03-29T00:00:00+01:00', '2150-03-30T00:00:00+02:00', berlinSundayNight)).toBe(3 * HOUR);
    const span = ['2150-03-20T00:00:00Z', '2150-04-20T00:00:00Z'] as const;
    expect(businessDurationMs(span[0], span[1], berlinSundayNight)).toBe(
      referenceBusinessMs(Date.parse(span[0]), Date.parse(span[1]), { timeZone: 'Europe/Berlin', weekly: { sun: [['00:00', '04:00']] } }),
    );
  });

  it('counts the one-week summer times of the tz database (Gaza, October 2040: UTC+3 for 167 h)', () => {
    // 2040-10-22 09:00 in Gaza is 06:00Z (UTC+3 that week, UTC+2 before and after): 2 h by 08:00Z
    const gaza = defineBusinessCalendar({ timeZone: 'Asia/Gaza', weekly: { mon: [['09:00', '17:00']] } });
    expect(businessDurationMs('2040-10-22T00:00:00Z', '2040-10-22T08:00:00Z', gaza)).toBe(2 * HOUR);
    const span = [Date.parse('2040-10-15T00:00:00Z'), Date.parse('2040-11-05T00:00:00Z')] as const;
    expect(businessDurationMs(span[0], span[1], gaza)).toBe(
      referenceBusinessMs(span[0], span[1], { timeZone: 'Asia/Gaza', weekly: { mon: [['09:00', '17:00']] } }),
    );
  });

  it('refuses bad instants, a raw calendar and spans over 100 years', () => {
    expectOmnicxError(() => businessDurationMs('2026-03-02T09:00:00', 0, berlinDaily), 'INVALID_DATE', ['start']);
    expectOmnicxError(() => businessDurationMs(0, Number.NaN, berlinDaily), 'INVALID_DATE', ['end']);
    expectOmnicxError(
      () => businessDurationMs(0, 1, { timeZone: 'UTC', weekly: { mon: nineToFive } } as never),
      'INVALID_INPUT',
      ['calendar'],
    );
    expectOmnicxError(() => businessDurationMs(0, 36_526 * DAY, berlinDaily), 'INVALID_INPUT', ['end']);
  });
});

describe('businessDurationMs properties', () => {
  const definition: BusinessCalendarInput = {
    timeZone: 'Europe/Berlin',
    weekly: {
      mon: [['09:00', '12:00'], ['13:00', '17:30']],
      tue: [['09:00', '12:00'], ['13:00', '17:30']],
      wed: [['09:00', '12:00'], ['13:00', '17:30']],
      thu: [['09:00', '12:00'], ['13:00', '17:30']],
      fri: [['09:00', '12:00'], ['13:00', '17:30'], ['22:00', '04:00']],
      sat: [['10:00', '14:00']],
      sun: [['00:00', '04:00'], ['09:00', '17:00']],
    },
    holidays: ['2026-03-27', '2026-04-03', '2026-04-06', '2026-10-23', '2026-10-31', '1975-03-31', '2140-10-26'],
  };
  const zones = ['Europe/Berlin', 'America/New_York'] as const;
  const compiled = Object.fromEntries(zones.map((timeZone) => [timeZone, defineBusinessCalendar({ ...definition, timeZone })]));
  // DST weeks and holiday weeks in and outside the offset table.
  const anchors = [
    Date.UTC(2026, 2, 29),
    Date.UTC(2026, 9, 25),
    Date.UTC(2026, 2, 8),
    Date.UTC(2026, 10, 1),
    Date.UTC(1975, 2, 30),
    Date.UTC(2140, 9, 28),
    Date.UTC(1968, 5, 1),
  ];

  it('matches a minute-by-minute reference, across DST, holidays, night shifts and skipped weeks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...anchors),
        fc.integer({ min: -12 * 24 * 60, max: 12 * 24 * 60 }),
        fc.integer({ min: 0, max: 20 * 24 * 60 }),
        (timeZone, anchor, startMinute, lengthMinutes) => {
          const start = anchor + startMinute * MINUTE;
          const end = start + lengthMinutes * MINUTE;
          const calendar = compiled[timeZone];
          if (calendar === undefined) throw new Error('no calendar');
          expect(businessDurationMs(start, end, calendar)).toBe(referenceBusinessMs(start, end, { ...definition, timeZone }));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is additive over adjacent spans and antisymmetric, also over years', () => {
    const calendar = compiled['Europe/Berlin'];
    if (calendar === undefined) throw new Error('no calendar');
    const instant = fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2110, 0, 1) });
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 3 * 365 * DAY }), fc.integer({ min: 0, max: 3 * 365 * DAY }), (a, ab, bc) => {
        const b = a + ab;
        const c = b + bc;
        const whole = businessDurationMs(a, c, calendar);
        expect(whole).toBe(businessDurationMs(a, b, calendar) + businessDurationMs(b, c, calendar));
        expect(businessDurationMs(c, a, calendar)).toBe(0 - whole);
        // never more than the elapsed time
        expect(whole).toBeLessThanOrEqual(c - a);
      }),
      { numRuns: 40 },
    );
  });
});

describe('businessDurationMs far from the 1970–2100 offset table', () => {
  const berlinSundayTwoAm = { timeZone: 'Europe/Berlin', weekly: { sun: [['02:00', '03:00']] } } as const;

  it('counts a century of DST changes in the far future (Berlin, hand-checked)', () => {
    const calendar = defineBusinessCalendar(berlinSundayTwoAm);
    // 02:00–03:00 on Sunday: 0 h on the last Sunday of March (the hour is skipped), 2 h on the last
    // Sunday of October (it is repeated), 1 h on every other Sunday: 1 h per Sunday over whole years.
    // 2150 starts on a Thursday and has 52 Sundays.
    expect(businessDurationMs('2150-01-01T00:00:00+01:00', '2151-01-01T00:00:00+01:00', calendar)).toBe(52 * HOUR);
    // 2200-01-01 is a Wednesday; 2200–2299 have 36 524 days = 5 217 weeks + 5 days (Wed … Sun): 5 218 Sundays.
    expect(businessDurationMs('2200-01-01T00:00:00+01:00', '2300-01-01T00:00:00+01:00', calendar)).toBe(5218 * HOUR);
    // the same century 400 years on (the Gregorian cycle: same weekdays, same DST rule)
    expect(businessDurationMs('2600-01-01T00:00:00+01:00', '2700-01-01T00:00:00+01:00', calendar)).toBe(5218 * HOUR);
    // a last Sunday of March alone: nothing; of October: 2 h (2150-03-29 and 2150-10-25)
    expect(businessDurationMs('2150-03-29T00:00:00+01:00', '2150-03-30T00:00:00+02:00', calendar)).toBe(0);
    expect(businessDurationMs('2150-10-25T00:00:00+02:00', '2150-10-26T00:00:00+01:00', calendar)).toBe(2 * HOUR);
  });

  it('counts local mean time before the zone’s first transition (Berlin +00:53:28 before 1893)', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: nineToFive } });
    // Four weeks from Sunday 1700-01-03 00:00Z hold the Mondays 4, 11, 18 and 25 January: 4 × 8 h.
    // Monday 09:00–17:00 LMT is 08:06:32Z–16:06:32Z (09:00 − 00:53:28).
    expect(businessDurationMs(Date.UTC(1700, 0, 3), Date.UTC(1700, 0, 31), calendar)).toBe(32 * HOUR);
    expect(businessDurationMs(Date.UTC(1700, 0, 4, 8, 6, 32), Date.UTC(1700, 0, 4, 16, 6, 32), calendar)).toBe(8 * HOUR);
    expect(businessDurationMs(Date.UTC(1700, 0, 4, 8, 6, 31), Date.UTC(1700, 0, 4, 8, 6, 33), calendar)).toBe(1000);
  });

  it('equals the slow day-by-day walk on Intl over a century before 1970 and after 2100', () => {
    const definitions: readonly WalkReferenceCalendar[] = [
      berlinSundayTwoAm,
      { timeZone: 'America/Santiago', weekly: { sun: [['00:00', '04:00']], wed: [['23:30', '00:30']] }, holidays: ['1950-01-04', '2250-01-05'] },
    ];
    for (const definition of definitions) {
      const calendar = defineBusinessCalendar(definition);
      for (const [from, to] of [
        [Date.UTC(1869, 0, 1), Date.UTC(1969, 0, 1)],
        [Date.UTC(2200, 0, 1), Date.UTC(2299, 11, 31)],
      ] as const) {
        expect(businessDurationMs(from, to, calendar)).toBe(referenceMeasure(from, to, definition));
      }
    }
  });

  it('equals the slow walk on random spans of up to 5 years anywhere in the Date range (property)', () => {
    const definition: WalkReferenceCalendar = {
      timeZone: 'Australia/Lord_Howe',
      weekly: { sun: [['01:45', '02:15']], tue: [['09:00', '17:00']], fri: [['22:00', '02:00']] },
      holidays: ['1890-02-04', '2150-03-03'],
    };
    const calendar = defineBusinessCalendar(definition);
    const start = fc.oneof(
      fc.integer({ min: -8.64e15, max: -8e15 }),
      fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(1975, 0, 1) }),
      fc.integer({ min: Date.UTC(2090, 0, 1), max: Date.UTC(2500, 0, 1) }),
      fc.integer({ min: 8e15, max: 8.64e15 - 5 * 366 * DAY }),
    );
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 5 * 365 * DAY }), (s, span) => {
        expect(businessDurationMs(s, s + span, calendar)).toBe(referenceMeasure(s, s + span, definition));
      }),
      { numRuns: 40 },
    );
  });
});
