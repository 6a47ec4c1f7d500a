import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addZonedDays,
  differenceInZonedCalendarDays,
  formatZonedIso,
  toInstant,
  zonedDate,
  zonedDateTimeToInstant,
} from '../../../src/core/time/index.js';
import { HOUR, expectOmnicxError } from './expectOmnicxError.js';
import { BERLIN, LORD_HOWE, NEW_YORK, SANTIAGO, zonedInstant } from './zones.js';

function add(iso: string, days: number, tz: string): string {
  return formatZonedIso(addZonedDays(toInstant(iso), days, tz), tz);
}

describe('addZonedDays', () => {
  it('keeps the wall clock across New York’s DST changes (23 h and 25 h later)', () => {
    const saturday = toInstant('2026-03-07T10:00:00-05:00');
    expect(add('2026-03-07T10:00:00-05:00', 1, NEW_YORK)).toBe('2026-03-08T10:00:00.000-04:00');
    expect((addZonedDays(saturday, 1, NEW_YORK) - saturday) / HOUR).toBe(23);
    const october = toInstant('2026-10-31T10:00:00-04:00');
    expect(add('2026-10-31T10:00:00-04:00', 1, NEW_YORK)).toBe('2026-11-01T10:00:00.000-05:00');
    expect((addZonedDays(october, 1, NEW_YORK) - october) / HOUR).toBe(25);
    expect(add('2026-11-01T10:00:00-05:00', -1, NEW_YORK)).toBe('2026-10-31T10:00:00.000-04:00');
  });

  it('keeps the wall clock across Berlin’s DST changes', () => {
    expect(add('2026-03-28T12:00:00+01:00', 1, BERLIN)).toBe('2026-03-29T12:00:00.000+02:00');
    expect(add('2026-10-24T12:00:00+02:00', 1, BERLIN)).toBe('2026-10-25T12:00:00.000+01:00');
    expect(add('2026-03-01T12:00:00+01:00', 60, BERLIN)).toBe('2026-04-30T12:00:00.000+02:00');
  });

  it('moves a wall time that does not exist forward by the gap', () => {
    expect(add('2026-03-07T02:30:00-05:00', 1, NEW_YORK)).toBe('2026-03-08T03:30:00.000-04:00');
    expect(add('2026-03-28T02:30:00+01:00', 1, BERLIN)).toBe('2026-03-29T03:30:00.000+02:00');
    expect(add('2026-10-03T02:15:00+10:30', 1, LORD_HOWE)).toBe('2026-10-04T02:45:00.000+11:00');
    expect(add('2026-09-05T00:30:00-04:00', 1, SANTIAGO)).toBe('2026-09-06T01:30:00.000-03:00');
  });

  it('takes the earlier of two readings of a repeated wall time', () => {
    expect(add('2026-10-31T01:30:00-04:00', 1, NEW_YORK)).toBe('2026-11-01T01:30:00.000-04:00');
    expect(add('2026-11-02T01:30:00-05:00', -1, NEW_YORK)).toBe('2026-11-01T01:30:00.000-04:00');
    expect(add('2026-10-24T02:30:00+02:00', 1, BERLIN)).toBe('2026-10-25T02:30:00.000+02:00');
  });

  it('returns the instant unchanged for 0 days, even on the later reading of a repeated hour', () => {
    const laterReading = toInstant('2026-11-01T01:30:00-05:00');
    expect(addZonedDays(laterReading, 0, NEW_YORK)).toBe(laterReading);
    expect(add('2026-11-01T01:30:00-05:00', 1, NEW_YORK)).toBe('2026-11-02T01:30:00.000-05:00');
  });

  it('matches the wall time of the target day, and date-fns addDays on a TZDate', () => {
    fc.assert(
      fc.property(zonedInstant, fc.integer({ min: -400, max: 400 }), ([x, tz], days) => {
        const result = addZonedDays(x, days, tz);
        const from = zonedDate(x, tz);
        const target = new Date(Date.UTC(from.year, from.month - 1, from.day + days));
        // Adding 0 days returns the instant itself, even in a repeated hour where the wall time
        // alone would resolve to the earlier of its two instants.
        if (days === 0) {
          expect(result).toBe(x);
          return;
        }
        expect(result).toBe(
          zonedDateTimeToInstant(
            {
              year: target.getUTCFullYear(),
              month: target.getUTCMonth() + 1,
              day: target.getUTCDate(),
              hour: from.hour,
              minute: from.minute,
              second: from.second,
              millisecond: from.millisecond,
            },
            tz,
          ),
        );
        expect(differenceInZonedCalendarDays(result, x, tz)).toBe(days);
        const reference = +addDays(new TZDate(x, tz), days);
        if (result !== reference) {
          // A repeated wall time: we take the earlier instant (documented); date-fns may not.
          const ours = zonedDate(result, tz);
          const theirs = zonedDate(reference, tz);
          expect([ours.year, ours.month, ours.day, ours.hour, ours.minute, ours.second]).toEqual([
            theirs.year, theirs.month, theirs.day, theirs.hour, theirs.minute, theirs.second,
          ]);
          expect(result).toBeLessThan(reference);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reaches the ends of the Date range and no further', () => {
    expect(addZonedDays(0, 100_000_000, 'UTC')).toBe(8.64e15);
    expect(addZonedDays(0, -100_000_000, 'UTC')).toBe(-8.64e15);
    expectOmnicxError(() => addZonedDays(0, 100_000_001, 'UTC'), 'INVALID_INPUT', ['days']);
    expectOmnicxError(() => addZonedDays(0, Number.MAX_SAFE_INTEGER, BERLIN), 'INVALID_INPUT', ['days']);
  });

  it('refuses bad arguments with their paths', () => {
    expectOmnicxError(() => addZonedDays(0, 1.5, 'UTC'), 'NOT_SAFE_INTEGER', ['days']);
    expectOmnicxError(() => addZonedDays(0, 2 ** 53, 'UTC'), 'NOT_SAFE_INTEGER', ['days']);
    expectOmnicxError(() => addZonedDays(0, Number.NaN, 'UTC'), 'INVALID_INPUT', ['days']);
    expectOmnicxError(() => addZonedDays(0, '1' as never, 'UTC'), 'INVALID_INPUT', ['days']);
    expectOmnicxError(() => addZonedDays(0.5, 1, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => addZonedDays(0, 1, 'Europe/Berln'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
    expectOmnicxError(() => addZonedDays(0, 0, 'Europe/Berln'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
