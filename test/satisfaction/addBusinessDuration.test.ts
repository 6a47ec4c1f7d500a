import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBusinessDuration, businessDurationMs, defineBusinessCalendar, type BusinessCalendarInput } from '../../src/satisfaction/index.js';
import { DAY, expectOmnicxError, HOUR } from './expectOmnicxError.js';

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
