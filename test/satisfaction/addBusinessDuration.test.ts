import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDuration,
  businessDurationMs,
  defineBusinessCalendar,
  type BusinessCalendar,
  type BusinessCalendarInput,
} from '../../src/satisfaction/index.js';
import { DAY, expectOmnicxError, HOUR, MINUTE } from './expectOmnicxError.js';
import { referenceAdd, type WalkReferenceCalendar } from './walkReference.js';

const nineToFive = [['09:00', '17:00']] as const;
const weekdays = { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive };
const utcWeekdays = defineBusinessCalendar({ timeZone: 'UTC', weekly: weekdays });
const berlinDaily = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { ...weekdays, sat: nineToFive, sun: nineToFive } });

describe('addBusinessDuration', () => {
  it('carries the rest of a duration over the weekend', () => {
    // Fri 2026-03-06 16:00 + 2 h: 1 h Friday, 1 h Monday → Mon 10:00
    expect(addBusinessDuration('2026-03-06T16:00:00Z', 2 * HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 9, 10));
  });

  it('starts counting at the next opening when started outside business hours', () => {
    // Saturday 12:00 + 1 h → Monday 10:00; Monday 07:00 + 30 min → 09:30
    expect(addBusinessDuration('2026-03-07T12:00:00Z', HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 9, 10));
    expect(addBusinessDuration('2026-03-09T07:00:00Z', HOUR / 2, utcWeekdays)).toBe(Date.UTC(2026, 2, 9, 9, 30));
  });

  it('returns start unchanged for a zero duration, even outside business hours', () => {
    const saturday = Date.UTC(2026, 2, 7, 12);
    expect(addBusinessDuration(saturday, 0, utcWeekdays)).toBe(saturday);
    expect(addBusinessDuration(new Date(saturday), 0, utcWeekdays)).toBe(saturday);
  });

  it('returns the earliest instant: a duration that fills the shift ends at 17:00, not at the next opening', () => {
    expect(addBusinessDuration('2026-03-09T09:00:00Z', 8 * HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 9, 17));
    expect(addBusinessDuration('2026-03-09T09:00:00Z', 8 * HOUR + 1, utcWeekdays)).toBe(Date.UTC(2026, 2, 10, 9) + 1);
  });

  it('walks back for a negative duration to the latest instant with that much business time before start', () => {
    // Mon 10:00 − 2 h: 1 h Monday, 1 h Friday → Fri 16:00
    expect(addBusinessDuration('2026-03-09T10:00:00Z', -2 * HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 6, 16));
    // Mon 11:00 − 2 h → Mon 09:00 (not Friday 17:00)
    expect(addBusinessDuration('2026-03-09T11:00:00Z', -2 * HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 9, 9));
    // Sunday − 1 h → Fri 16:00
    expect(addBusinessDuration('2026-03-08T12:00:00Z', -HOUR, utcWeekdays)).toBe(Date.UTC(2026, 2, 6, 16));
  });

  it('is exact across the DST changes (Berlin, New York)', () => {
    // Sat 2026-03-28 16:00 CET + 2 h: 1 h Saturday, 1 h Sunday from 09:00 CEST → 10:00 CEST = 08:00Z
    expect(addBusinessDuration('2026-03-28T16:00:00+01:00', 2 * HOUR, berlinDaily)).toBe(Date.UTC(2026, 2, 29, 8));
    // Sat 2026-10-24 16:00 CEST + 2 h → Sun 10:00 CET = 09:00Z
    expect(addBusinessDuration('2026-10-24T16:00:00+02:00', 2 * HOUR, berlinDaily)).toBe(Date.UTC(2026, 9, 25, 9));
    const nightly = defineBusinessCalendar({ timeZone: 'America/New_York', weekly: { sun: [['00:00', '04:00']] } });
    // 2026-03-08 00:00 EST (05:00Z) + 2.5 h of a 3 h shift → 02:30 elapsed = 07:30Z (03:30 EDT)
    expect(addBusinessDuration('2026-03-08T05:00:00Z', 2.5 * HOUR, nightly)).toBe(Date.UTC(2026, 2, 8, 7, 30));
    // 2026-11-01 00:00 EDT (04:00Z) + 4.5 h of a 5 h shift → 08:30Z (03:30 EST)
    expect(addBusinessDuration('2026-11-01T04:00:00Z', 4.5 * HOUR, nightly)).toBe(Date.UTC(2026, 10, 1, 8, 30));
    // + 5 h ends the autumn shift at 04:00 EST = 09:00Z; + 6 h continues the next Sunday 01:00 EST = 06:00Z
    expect(addBusinessDuration('2026-11-01T04:00:00Z', 5 * HOUR, nightly)).toBe(Date.UTC(2026, 10, 1, 9));
    expect(addBusinessDuration('2026-11-01T04:00:00Z', 6 * HOUR, nightly)).toBe(Date.UTC(2026, 10, 8, 6));
  });

  it('runs through night shifts that cross midnight and skips holidays', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'UTC', weekly: { fri: [['22:00', '02:00']] }, holidays: ['2026-03-13'] });
    // Fri 2026-03-06 23:00 + 2.5 h → Sat 01:30
    expect(addBusinessDuration('2026-03-06T23:00:00Z', 2.5 * HOUR, calendar)).toBe(Date.UTC(2026, 2, 7, 1, 30));
    // + 3.5 h: 3 h this shift, Friday 13th is a holiday, so 0.5 h on Fri 20 → 22:30
    expect(addBusinessDuration('2026-03-06T23:00:00Z', 3.5 * HOUR, calendar)).toBe(Date.UTC(2026, 2, 20, 22, 30));
  });

  it('skips whole weeks for long durations and lands where day-by-day counting does', () => {
    // 1 000 h of 40 h weeks = 25 weeks from Mon 2026-01-05 09:00 UTC → Friday 2026-06-26 17:00
    expect(addBusinessDuration('2026-01-05T09:00:00Z', 1000 * HOUR, utcWeekdays)).toBe(Date.UTC(2026, 5, 26, 17));
  });

  it('refuses a bad start, a bad or too long duration, a raw calendar and results outside the Date range', () => {
    expectOmnicxError(() => addBusinessDuration('2026-03-09', HOUR, utcWeekdays), 'INVALID_DATE', ['start']);
    expectOmnicxError(() => addBusinessDuration(0, '1' as never, utcWeekdays), 'INVALID_INPUT', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(0, 1.5, utcWeekdays), 'NOT_SAFE_INTEGER', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(0, 2 ** 53, utcWeekdays), 'NOT_SAFE_INTEGER', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(0, 36_526 * DAY, utcWeekdays), 'INVALID_INPUT', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(0, HOUR, { kind: 'omnicx.businessCalendar' } as never), 'INVALID_INPUT', ['calendar']);
    expectOmnicxError(() => addBusinessDuration(8.64e15 - DAY, 10 * HOUR, utcWeekdays), 'INVALID_INPUT', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(-8.64e15 + DAY, -10 * HOUR, utcWeekdays), 'INVALID_INPUT', ['durationMs']);
  });
});

describe('addBusinessDuration properties', () => {
  const definition: BusinessCalendarInput = {
    timeZone: 'America/New_York',
    weekly: {
      mon: [['09:00', '12:00'], ['13:00', '17:30']],
      tue: [['09:00', '17:30']],
      wed: [['09:00', '17:30']],
      thu: [['09:00', '17:30']],
      fri: [['09:00', '17:30'], ['22:00', '04:00']],
      sun: [['00:00', '04:00']],
    },
    holidays: ['2026-03-06', '2026-11-26', '2026-12-25', '2027-01-01', '2099-12-31', '2100-01-01'],
  };
  const calendar = defineBusinessCalendar(definition);
  // Mostly around the data's years, sometimes outside the offset table.
  const start = fc.oneof(
    { arbitrary: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }), weight: 4 },
    { arbitrary: fc.integer({ min: Date.UTC(1955, 0, 1), max: Date.UTC(2140, 0, 1) }), weight: 1 },
  );
  const duration = fc.integer({ min: 0, max: 3000 * HOUR });

  it('measures back exactly what was added: businessDurationMs(s, add(s, d)) === d for every s and d of either sign', () => {
    fc.assert(
      fc.property(start, duration, fc.boolean(), (s, d, negative) => {
        const signed = negative ? 0 - d : d;
        expect(businessDurationMs(s, addBusinessDuration(s, signed, calendar), calendar)).toBe(signed);
      }),
      { numRuns: 150 },
    );
  });

  it('never overshoots: add(s, businessDurationMs(s, e)) ≤ e, equal when business time runs up to e', () => {
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 60 * DAY }), (s, span) => {
        const e = s + span;
        const back = addBusinessDuration(s, businessDurationMs(s, e, calendar), calendar);
        expect(back).toBeLessThanOrEqual(e);
        // between back and e no business time passes
        expect(businessDurationMs(back, e, calendar)).toBe(0);
        // if e is strictly inside business time (a minute before e is business time), back === e
        if (businessDurationMs(e - 60_000, e, calendar) === 60_000) expect(back).toBe(e);
      }),
      { numRuns: 100 },
    );
  });

  it('is additive: add(add(s, a), b) === add(s, a + b) for a, b of the same sign', () => {
    fc.assert(
      fc.property(start, duration, duration, fc.boolean(), (s, a, b, negative) => {
        const sign = negative ? -1 : 1;
        expect(addBusinessDuration(addBusinessDuration(s, sign * a, calendar), sign * b, calendar)).toBe(
          addBusinessDuration(s, sign * (a + b), calendar),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('is monotone in the duration and in the start', () => {
    fc.assert(
      fc.property(start, duration, duration, fc.integer({ min: 0, max: 10 * DAY }), (s, a, b, shift) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(addBusinessDuration(s, small, calendar)).toBeLessThanOrEqual(addBusinessDuration(s, large, calendar));
        expect(addBusinessDuration(s, small, calendar)).toBeLessThanOrEqual(addBusinessDuration(s + shift, small, calendar));
        expect(addBusinessDuration(s, large, calendar)).toBeGreaterThanOrEqual(s);
        expect(addBusinessDuration(s, -large, calendar)).toBeLessThanOrEqual(s);
      }),
      { numRuns: 100 },
    );
  });
});

describe('addBusinessDuration far from the 1970–2100 offset table', () => {
  // One minute of business time a week: the sparsest calendars make the longest walks.
  const mondayMinute = { mon: [['09:00', '09:01']] } as const;
  const utcMinute = defineBusinessCalendar({ timeZone: 'UTC', weekly: mondayMinute });
  // Monday −270000-01-03 00:00Z (proleptic Gregorian, astronomical years)
  const ancientMonday = -8_582_544_086_400_000;
  const longest = 36_525 * DAY;

  it('counts one Monday minute after another across the whole Date range (UTC, hand-checked)', () => {
    expect(new Date(ancientMonday).getUTCDay()).toBe(1);
    // The k-th business minute after a Monday midnight ends on the Monday (k − 1) weeks later at
    // 09:01: 28 000 000 minutes from −270000-01-03 end on Monday +266629-10-05 09:01Z.
    const due = ancientMonday + (28_000_000 - 1) * 7 * DAY + 9 * HOUR + MINUTE;
    expect(new Date(due).toISOString()).toBe('+266629-10-05T09:01:00.000Z');
    expect(addBusinessDuration(ancientMonday, 28_000_000 * MINUTE, utcMinute)).toBe(due);
    // and back: the latest instant with 28 000 000 business minutes before it is the start of the first one
    expect(addBusinessDuration(due, -28_000_000 * MINUTE, utcMinute)).toBe(ancientMonday + 9 * HOUR);
    // 25 000 minutes from Monday 2101-01-03 (more than one 400-year cycle of 20 871 minutes)
    const monday2101 = Date.UTC(2101, 0, 3);
    expect(new Date(monday2101).getUTCDay()).toBe(1);
    expect(addBusinessDuration(monday2101, 25_000 * MINUTE, utcMinute)).toBe(monday2101 + 24_999 * 7 * DAY + 9 * HOUR + MINUTE);
    expect(addBusinessDuration(monday2101 + 25_000 * 7 * DAY, -25_000 * MINUTE, utcMinute)).toBe(monday2101 + 9 * HOUR);
  });

  it('refuses the longest duration on the sparsest calendar without walking a million years', () => {
    // 100 years of business time at one minute a week would need ~1 000 000 years: outside the Date range.
    expectOmnicxError(() => addBusinessDuration('2026-03-09T09:00:00Z', longest, utcMinute), 'INVALID_INPUT', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration('2026-03-09T09:00:00Z', -longest, utcMinute), 'INVALID_INPUT', ['durationMs']);
    const berlin = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: mondayMinute });
    expectOmnicxError(() => addBusinessDuration(-8.6e15, longest, berlin), 'INVALID_INPUT', ['durationMs']);
    expectOmnicxError(() => addBusinessDuration(8.6e15, -longest, berlin), 'INVALID_INPUT', ['durationMs']);
  });

  it('lands where the slow day-by-day walk on Intl does, also past whole 400-year cycles and DST gaps', () => {
    // Shifts inside the spring-forward gap (Berlin 02:00–03:00 on the last Sunday of March lasts 0,
    // in October 2 h), southern summers with a midnight change (Santiago) and half-hour DST (Lord Howe).
    const cases: readonly (readonly [WalkReferenceCalendar, number, number])[] = [
      [{ timeZone: 'Europe/Berlin', weekly: { sun: [['02:00', '03:00']] } }, Date.UTC(2150, 4, 5, 7, 3), 25_000 * HOUR + 17 * MINUTE],
      [{ timeZone: 'Europe/Berlin', weekly: { sun: [['02:00', '03:00']] } }, Date.UTC(2700, 4, 5, 7, 3), -(25_000 * HOUR + 17 * MINUTE)],
      [{ timeZone: 'America/Santiago', weekly: { sun: [['00:00', '00:10']] } }, Date.UTC(2150, 0, 1), 41_800 * 10 * MINUTE],
      [{ timeZone: 'Australia/Lord_Howe', weekly: { sun: [['01:45', '02:15']] }, holidays: ['2300-01-01', '2301-06-03'] }, Date.UTC(2150, 4, 5), 25_000 * 30 * MINUTE],
      [{ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } }, Date.UTC(1750, 0, 1), 1_000 * 8 * HOUR],
      [{ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } }, Date.UTC(1969, 6, 1), -1_000 * 8 * HOUR],
    ];
    for (const [definition, start, durationMs] of cases) {
      expect(addBusinessDuration(start, durationMs, defineBusinessCalendar(definition))).toBe(referenceAdd(start, durationMs, definition));
    }
  });

  it('equals the slow walk from any start in the Date range (property)', () => {
    const definitions: readonly WalkReferenceCalendar[] = [
      { timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '12:00'], ['13:00', '17:30']], fri: [['22:00', '04:00']], sun: [['00:00', '04:00']] }, holidays: ['1899-01-02', '2222-02-22'] },
      { timeZone: 'America/Santiago', weekly: { sun: [['00:00', '04:00']], wed: [['23:30', '00:30']] } },
      { timeZone: 'America/New_York', weekly: { sun: [['02:30', '03:30']], sat: [['01:30', '02:30']] } },
      { timeZone: 'Asia/Kolkata', weekly: { mon: [['09:00', '09:01']], thu: [['10:00', '18:00']] } },
    ];
    const calendars = definitions.map((definition) => defineBusinessCalendar(definition));
    const start = fc.oneof(
      fc.integer({ min: -8.64e15 + 400 * DAY, max: -8e15 }),
      fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(1975, 0, 1) }),
      fc.integer({ min: Date.UTC(2090, 0, 1), max: Date.UTC(2500, 0, 1) }),
      fc.integer({ min: 8e15, max: 8.64e15 - 400 * DAY }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: definitions.length - 1 }), start, fc.integer({ min: -2000 * HOUR, max: 2000 * HOUR }), (i, s, d) => {
        const expected = referenceAdd(s, d, definitions[i] as WalkReferenceCalendar);
        const calendar = calendars[i] as BusinessCalendar;
        if (Math.abs(expected) <= 8.64e15) expect(addBusinessDuration(s, d, calendar)).toBe(expected);
        else expectOmnicxError(() => addBusinessDuration(s, d, calendar), 'INVALID_INPUT', ['durationMs']);
      }),
      { numRuns: 40 },
    );
  });

  it('measures back what it added from any start, over spans of up to ~96 years (property)', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'America/Santiago', weekly: weekdays, holidays: ['2500-01-04', '1850-05-06'] });
    const start = fc.oneof(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: Date.UTC(1700, 0, 1), max: Date.UTC(2600, 0, 1) }));
    // 40 h a week: 200 000 h span 5 000 weeks, about 96 years (the limit of businessDurationMs is 100)
    fc.assert(
      fc.property(start, fc.integer({ min: -200_000 * HOUR, max: 200_000 * HOUR }), (s, d) => {
        let due: number;
        try {
          due = addBusinessDuration(s, d, calendar);
        } catch {
          return; // the result would leave the Date range
        }
        expect(businessDurationMs(s, due, calendar)).toBe(d);
      }),
      { numRuns: 60 },
    );
  });
});
