import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addZonedDays, formatZonedIso, startOfZonedDay, toInstant, zonedDate } from '../../../src/core/time/index.js';
import { DAY, HOUR, expectOmnicxError } from './expectOmnicxError.js';
import { APIA, BEIRUT, BERLIN, HAVANA, KATHMANDU, LORD_HOWE, NEW_YORK, SANTIAGO, zonedInstant } from './zones.js';

/** Length in hours of the local day that contains `isoNoon`. */
function dayHours(isoNoon: string, tz: string): number {
  const noon = toInstant(isoNoon);
  return (startOfZonedDay(addZonedDays(noon, 1, tz), tz) - startOfZonedDay(noon, tz)) / HOUR;
}

describe('startOfZonedDay', () => {
  it('returns local midnight', () => {
    expect(startOfZonedDay(toInstant('2026-03-08T12:00:00-04:00'), NEW_YORK)).toBe(toInstant('2026-03-08T00:00:00-05:00'));
    expect(startOfZonedDay(toInstant('2026-03-09T05:00:00Z'), KATHMANDU)).toBe(toInstant('2026-03-08T18:15:00Z'));
    expect(startOfZonedDay(toInstant('2026-03-08T00:00:00Z'), 'UTC')).toBe(toInstant('2026-03-08T00:00:00Z'));
  });

  it('gives New York 23 h on 2026-03-08, 25 h on 2026-11-01 and 24 h otherwise', () => {
    expect(dayHours('2026-03-08T12:00:00-04:00', NEW_YORK)).toBe(23);
    expect(dayHours('2026-11-01T12:00:00-05:00', NEW_YORK)).toBe(25);
    expect(dayHours('2026-03-09T12:00:00-04:00', NEW_YORK)).toBe(24);
    expect(dayHours('2026-03-07T12:00:00-05:00', NEW_YORK)).toBe(24);
  });

  it('gives Berlin 23 h on 2026-03-29 and 25 h on 2026-10-25', () => {
    expect(dayHours('2026-03-29T12:00:00+02:00', BERLIN)).toBe(23);
    expect(dayHours('2026-10-25T12:00:00+01:00', BERLIN)).toBe(25);
  });

  it('gives Lord Howe Island 24.5 h on 2026-04-05 and 23.5 h on 2026-10-04', () => {
    expect(dayHours('2026-04-05T12:00:00+10:30', LORD_HOWE)).toBe(24.5);
    expect(dayHours('2026-10-04T12:00:00+11:00', LORD_HOWE)).toBe(23.5);
  });

  it('starts the day at 01:00 where midnight is skipped (Santiago 2026-09-06, Beirut 2026-03-29, Havana 2026-03-08)', () => {
    const santiago = startOfZonedDay(toInstant('2026-09-06T12:00:00-03:00'), SANTIAGO);
    expect(santiago).toBe(toInstant('2026-09-06T04:00:00Z'));
    expect(formatZonedIso(santiago, SANTIAGO)).toBe('2026-09-06T01:00:00.000-03:00');
    expect(formatZonedIso(santiago - 1, SANTIAGO)).toBe('2026-09-05T23:59:59.999-04:00');
    expect(dayHours('2026-09-06T12:00:00-03:00', SANTIAGO)).toBe(23);

    const beirut = startOfZonedDay(toInstant('2026-03-29T12:00:00+03:00'), BEIRUT);
    expect(formatZonedIso(beirut, BEIRUT)).toBe('2026-03-29T01:00:00.000+03:00');
    expect(startOfZonedDay(beirut, BEIRUT)).toBe(beirut);

    const havana = startOfZonedDay(toInstant('2026-03-08T12:00:00-04:00'), HAVANA);
    expect(formatZonedIso(havana, HAVANA)).toBe('2026-03-08T01:00:00.000-04:00');
  });

  it('takes the earlier midnight when midnight happens twice (Havana 2026-11-01 01:00 → 00:00)', () => {
    const first = toInstant('2026-11-01T00:00:00-04:00');
    const secondHalfPast = toInstant('2026-11-01T00:30:00-05:00');
    expect(startOfZonedDay(secondHalfPast, HAVANA)).toBe(first);
    expect(dayHours('2026-11-01T12:00:00-05:00', HAVANA)).toBe(25);
  });

  it('gives Santiago a 25 h day before the April fall back (2026-04-05 00:00 → 2026-04-04 23:00)', () => {
    expect(dayHours('2026-04-04T12:00:00-03:00', SANTIAGO)).toBe(25);
  });

  it('handles the day Samoa skipped (2011-12-30 does not exist in Pacific/Apia)', () => {
    const thursday = toInstant('2011-12-29T12:00:00-10:00');
    const saturday = addZonedDays(thursday, 1, APIA);
    expect(formatZonedIso(saturday, APIA)).toBe('2011-12-31T12:00:00.000+14:00');
    expect(formatZonedIso(startOfZonedDay(saturday, APIA), APIA)).toBe('2011-12-31T00:00:00.000+14:00');
    expect(dayHours('2011-12-29T12:00:00-10:00', APIA)).toBe(24);
  });

  it('brackets every instant: start(x) ≤ x < start(addZonedDays(x, 1)), and is idempotent', () => {
    fc.assert(
      fc.property(zonedInstant, ([x, tz]) => {
        const start = startOfZonedDay(x, tz);
        const next = startOfZonedDay(addZonedDays(x, 1, tz), tz);
        expect(start).toBeLessThanOrEqual(x);
        expect(x).toBeLessThan(next);
        expect(startOfZonedDay(start, tz)).toBe(start);
        expect(startOfZonedDay(next - 1, tz)).toBe(start);
        const a = zonedDate(start, tz);
        const b = zonedDate(x, tz);
        expect([a.year, a.month, a.day]).toEqual([b.year, b.month, b.day]);
        // Where a day does not start at 00:00, the instant before belongs to the previous day.
        expect(zonedDate(start - 1, tz).day).not.toBe(b.day);
        expect((next - start) / HOUR).toBeGreaterThanOrEqual(23);
        expect((next - start) / HOUR).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with UTC day arithmetic over the whole Date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (x) => {
        expect(startOfZonedDay(x, 'UTC')).toBe(Math.floor(x / DAY) * DAY);
      }),
    );
  });

  it('refuses a day that starts before the Date range, and bad arguments, with their paths', () => {
    expect(startOfZonedDay(-8.64e15, 'UTC')).toBe(-8.64e15);
    expectOmnicxError(() => startOfZonedDay(-8.64e15, NEW_YORK), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => startOfZonedDay(Number.POSITIVE_INFINITY, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => startOfZonedDay(null as never, 'UTC'), 'INVALID_INPUT', ['instant']);
    expectOmnicxError(() => startOfZonedDay(0, 'Europe/Berln'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
