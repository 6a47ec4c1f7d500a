import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceInZonedCalendarDays, toInstant } from '../../../src/core/time/index.js';
import { DAY, expectOmnicxError } from './expectOmnicxError.js';
import { APIA, BERLIN, NEW_YORK, zonedInstant } from './zones.js';

describe('differenceInZonedCalendarDays', () => {
  it('counts local dates, not 24-hour periods', () => {
    const lateSaturday = toInstant('2026-03-07T23:59:00-05:00');
    const earlyMonday = toInstant('2026-03-09T00:01:00-04:00');
    expect(differenceInZonedCalendarDays(earlyMonday, lateSaturday, NEW_YORK)).toBe(2);
    expect(differenceInZonedCalendarDays(earlyMonday, lateSaturday, 'Asia/Tokyo')).toBe(1);
    expect(differenceInZonedCalendarDays(lateSaturday, earlyMonday, NEW_YORK)).toBe(-2);
  });

  it('counts a 23-hour and a 25-hour day as one day each', () => {
    expect(
      differenceInZonedCalendarDays(toInstant('2026-03-30T00:00:00+02:00'), toInstant('2026-03-29T00:00:00+01:00'), BERLIN),
    ).toBe(1);
    expect(
      differenceInZonedCalendarDays(toInstant('2026-10-26T00:00:00+01:00'), toInstant('2026-10-25T00:00:00+02:00'), BERLIN),
    ).toBe(1);
  });

  it('is 0 within a day and counts the day Samoa skipped (2011-12-30)', () => {
    expect(differenceInZonedCalendarDays(toInstant('2026-03-08T23:59:59-04:00'), toInstant('2026-03-08T00:00:00-05:00'), NEW_YORK)).toBe(0);
    expect(
      differenceInZonedCalendarDays(toInstant('2011-12-31T12:00:00+14:00'), toInstant('2011-12-29T12:00:00-10:00'), APIA),
    ).toBe(2);
  });

  it('is antisymmetric and equals UTC day arithmetic in UTC', () => {
    fc.assert(
      fc.property(zonedInstant, fc.integer({ min: -1e10, max: 1e10 }), ([a, tz], delta) => {
        const b = a + delta;
        expect(differenceInZonedCalendarDays(a, b, tz) + differenceInZonedCalendarDays(b, a, tz)).toBe(0);
        expect(differenceInZonedCalendarDays(a, b, 'UTC')).toBe(Math.floor(a / DAY) - Math.floor(b / DAY));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses bad arguments with their paths', () => {
    expectOmnicxError(() => differenceInZonedCalendarDays('x' as never, 0, 'UTC'), 'INVALID_INPUT', ['later']);
    expectOmnicxError(() => differenceInZonedCalendarDays(0, 1.5, 'UTC'), 'INVALID_DATE', ['earlier']);
    expectOmnicxError(() => differenceInZonedCalendarDays(0, 0, 'Nowhere/Land'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
