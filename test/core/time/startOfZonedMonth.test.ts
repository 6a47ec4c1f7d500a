import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZonedIso, startOfZonedDay, startOfZonedMonth, toInstant, zonedDate } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { BERLIN, CAIRO, NEW_YORK, zonedInstant } from './zones.js';

describe('startOfZonedMonth', () => {
  it('returns 00:00 on the 1st of the local month', () => {
    const at = toInstant('2026-03-01T03:30:00Z'); // still February in New York
    expect(formatZonedIso(startOfZonedMonth(at, NEW_YORK), NEW_YORK)).toBe('2026-02-01T00:00:00.000-05:00');
    expect(formatZonedIso(startOfZonedMonth(at, BERLIN), BERLIN)).toBe('2026-03-01T00:00:00.000+01:00');
    expect(startOfZonedMonth(toInstant('2026-12-31T23:59:59.999Z'), 'UTC')).toBe(toInstant('2026-12-01T00:00:00Z'));
  });

  it('keeps the offset of the 1st, not of the instant (Berlin: October in summer time, 25th onwards in winter time)', () => {
    const november = toInstant('2026-10-30T12:00:00+01:00');
    expect(formatZonedIso(startOfZonedMonth(november, BERLIN), BERLIN)).toBe('2026-10-01T00:00:00.000+02:00');
  });

  it('starts at 01:00 when midnight of the 1st is skipped (Cairo 2014-08-01, Rule Egypt 2014 Jul 31 24:00)', () => {
    const at = toInstant('2014-08-15T12:00:00+03:00');
    expect(formatZonedIso(startOfZonedMonth(at, CAIRO), CAIRO)).toBe('2014-08-01T01:00:00.000+03:00');
  });

  it('is the start of the day of the 1st, at or before the instant', () => {
    fc.assert(
      fc.property(zonedInstant, ([x, tz]) => {
        const start = startOfZonedMonth(x, tz);
        expect(start).toBeLessThanOrEqual(x);
        expect(startOfZonedDay(start, tz)).toBe(start);
        const a = zonedDate(start, tz);
        const b = zonedDate(x, tz);
        expect([a.year, a.month, a.day]).toEqual([b.year, b.month, 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a month that starts before the Date range and bad arguments, with their paths', () => {
    expectOmnicxError(() => startOfZonedMonth(-8.64e15, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => startOfZonedMonth('now' as never, 'UTC'), 'INVALID_INPUT', ['instant']);
    expectOmnicxError(() => startOfZonedMonth(0, 'utc+1'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
