import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addZonedMonths, formatZonedIso, toInstant, zonedDate } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { BERLIN, NEW_YORK, zonedInstant } from './zones.js';

function add(iso: string, months: number, tz: string): string {
  return formatZonedIso(addZonedMonths(toInstant(iso), months, tz), tz);
}

describe('addZonedMonths', () => {
  it('keeps the day of month and the wall clock across DST', () => {
    expect(add('2026-01-31T18:00:00+01:00', 6, BERLIN)).toBe('2026-07-31T18:00:00.000+02:00');
    expect(add('2026-10-15T09:00:00-04:00', 1, NEW_YORK)).toBe('2026-11-15T09:00:00.000-05:00');
  });

  it('clamps to the last day of a shorter month (leap years included)', () => {
    expect(add('2026-01-31T18:00:00+01:00', 1, BERLIN)).toBe('2026-02-28T18:00:00.000+01:00');
    expect(add('2028-01-31T18:00:00+01:00', 1, BERLIN)).toBe('2028-02-29T18:00:00.000+01:00');
    expect(add('2026-03-31T18:00:00+02:00', -1, BERLIN)).toBe('2026-02-28T18:00:00.000+01:00');
    expect(add('2028-02-29T12:00:00Z', 12, 'UTC')).toBe('2029-02-28T12:00:00.000+00:00');
    expect(add('2026-05-31T12:00:00Z', 1, 'UTC')).toBe('2026-06-30T12:00:00.000+00:00');
  });

  it('crosses year boundaries in both directions', () => {
    expect(add('2026-01-15T12:00:00Z', -1, 'UTC')).toBe('2025-12-15T12:00:00.000+00:00');
    expect(add('2026-01-15T12:00:00Z', -13, 'UTC')).toBe('2024-12-15T12:00:00.000+00:00');
    expect(add('2026-11-15T12:00:00Z', 2, 'UTC')).toBe('2027-01-15T12:00:00.000+00:00');
    expect(add('2026-01-15T12:00:00Z', 120, 'UTC')).toBe('2036-01-15T12:00:00.000+00:00');
  });

  it('moves a skipped wall time forward and takes the earlier of a repeated one', () => {
    expect(add('2026-02-08T02:30:00-05:00', 1, NEW_YORK)).toBe('2026-03-08T03:30:00.000-04:00');
    expect(add('2026-10-01T01:30:00-04:00', 1, NEW_YORK)).toBe('2026-11-01T01:30:00.000-04:00');
  });

  it('returns the instant unchanged for 0 months', () => {
    const laterReading = toInstant('2026-11-01T01:30:00-05:00');
    expect(addZonedMonths(laterReading, 0, NEW_YORK)).toBe(laterReading);
  });

  it('agrees with date-fns addMonths on a TZDate and keeps the clamped day', () => {
    fc.assert(
      fc.property(zonedInstant, fc.integer({ min: -240, max: 240 }), ([x, tz], months) => {
        const result = addZonedMonths(x, months, tz);
        if (months !== 0) {
          const reference = +addMonths(new TZDate(x, tz), months);
          if (result !== reference) {
            // A repeated wall time (clocks going back): date-fns may take the later instant; we
            // document and take the earlier one. Both must show the same wall-clock time.
            const ours = zonedDate(result, tz);
            const theirs = zonedDate(reference, tz);
            expect([ours.year, ours.month, ours.day, ours.hour, ours.minute, ours.second, ours.millisecond]).toEqual([
              theirs.year, theirs.month, theirs.day, theirs.hour, theirs.minute, theirs.second, theirs.millisecond,
            ]);
            expect(result).toBeLessThan(reference);
          }
        }
        const from = zonedDate(x, tz);
        const to = zonedDate(result, tz);
        expect((to.year - from.year) * 12 + to.month - from.month).toBe(months);
        expect(to.day).toBeLessThanOrEqual(from.day);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a result outside the Date range and bad arguments, with their paths', () => {
    expect(addZonedMonths(toInstant('+275760-08-13T00:00:00Z'), 1, 'UTC')).toBe(8.64e15);
    expectOmnicxError(() => addZonedMonths(0, 3_300_000, 'UTC'), 'INVALID_INPUT', ['months']);
    expectOmnicxError(() => addZonedMonths(0, -3_300_000, 'UTC'), 'INVALID_INPUT', ['months']);
    expectOmnicxError(() => addZonedMonths(0, Number.MAX_SAFE_INTEGER, 'UTC'), 'INVALID_INPUT', ['months']);
    expectOmnicxError(() => addZonedMonths(0, 0.5, 'UTC'), 'NOT_SAFE_INTEGER', ['months']);
    expectOmnicxError(() => addZonedMonths(0, undefined as never, 'UTC'), 'INVALID_INPUT', ['months']);
    expectOmnicxError(() => addZonedMonths(Number.NaN, 1, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => addZonedMonths(0, 1, ''), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
