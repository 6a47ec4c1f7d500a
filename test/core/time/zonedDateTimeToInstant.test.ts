import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZonedIso, toInstant, zonedDate, zonedDateTimeToInstant } from '../../../src/core/time/index.js';
import type { ZonedDateTimeFields } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { BERLIN, KATHMANDU, LORD_HOWE, NEW_YORK, SANTIAGO, zonedInstant } from './zones.js';

function at(fields: ZonedDateTimeFields, tz: string): string {
  return formatZonedIso(zonedDateTimeToInstant(fields, tz), tz);
}

describe('zonedDateTimeToInstant', () => {
  it('reads an ordinary wall time, with hour to millisecond defaulting to 0', () => {
    expect(zonedDateTimeToInstant({ year: 2026, month: 1, day: 1 }, 'UTC')).toBe(1_767_225_600_000);
    expect(at({ year: 2026, month: 1, day: 1 }, KATHMANDU)).toBe('2026-01-01T00:00:00.000+05:45');
    expect(zonedDateTimeToInstant({ year: 2026, month: 1, day: 1 }, KATHMANDU)).toBe(toInstant('2025-12-31T18:15:00Z'));
    expect(
      zonedDateTimeToInstant({ year: 2026, month: 7, day: 4, hour: 9, minute: 5, second: 7, millisecond: 11 }, NEW_YORK),
    ).toBe(toInstant('2026-07-04T13:05:07.011Z'));
  });

  describe('New York', () => {
    it('moves wall times skipped on 2026-03-08 (02:00–02:59) forward by an hour', () => {
      expect(at({ year: 2026, month: 3, day: 8, hour: 1, minute: 59, second: 59, millisecond: 999 }, NEW_YORK)).toBe(
        '2026-03-08T01:59:59.999-05:00',
      );
      expect(at({ year: 2026, month: 3, day: 8, hour: 2 }, NEW_YORK)).toBe('2026-03-08T03:00:00.000-04:00');
      expect(at({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, NEW_YORK)).toBe('2026-03-08T03:30:00.000-04:00');
      expect(at({ year: 2026, month: 3, day: 8, hour: 3 }, NEW_YORK)).toBe('2026-03-08T03:00:00.000-04:00');
    });

    it('resolves wall times repeated on 2026-11-01 (01:00–01:59) to the earlier instant (EDT)', () => {
      expect(zonedDateTimeToInstant({ year: 2026, month: 11, day: 1, hour: 1, minute: 30 }, NEW_YORK)).toBe(
        toInstant('2026-11-01T05:30:00Z'),
      );
      expect(at({ year: 2026, month: 11, day: 1, hour: 1 }, NEW_YORK)).toBe('2026-11-01T01:00:00.000-04:00');
      expect(at({ year: 2026, month: 11, day: 1, hour: 2 }, NEW_YORK)).toBe('2026-11-01T02:00:00.000-05:00');
      expect(at({ year: 2026, month: 11, day: 1, hour: 0, minute: 59 }, NEW_YORK)).toBe('2026-11-01T00:59:00.000-04:00');
    });
  });

  describe('Berlin', () => {
    it('moves 02:30 on 2026-03-29 to 03:30 CEST', () => {
      expect(at({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, BERLIN)).toBe('2026-03-29T03:30:00.000+02:00');
    });

    it('resolves 02:30 on 2026-10-25 to the earlier instant (CEST)', () => {
      expect(zonedDateTimeToInstant({ year: 2026, month: 10, day: 25, hour: 2, minute: 30 }, BERLIN)).toBe(
        toInstant('2026-10-25T00:30:00Z'),
      );
    });
  });

  it('handles the 30-minute gap and overlap of Lord Howe Island', () => {
    expect(at({ year: 2026, month: 10, day: 4, hour: 2, minute: 15 }, LORD_HOWE)).toBe('2026-10-04T02:45:00.000+11:00');
    expect(at({ year: 2026, month: 4, day: 5, hour: 1, minute: 45 }, LORD_HOWE)).toBe('2026-04-05T01:45:00.000+11:00');
  });

  it('handles Santiago’s midnight gap (2026-09-06) and its 23:00–23:59 overlap (2026-04-04)', () => {
    expect(at({ year: 2026, month: 9, day: 6 }, SANTIAGO)).toBe('2026-09-06T01:00:00.000-03:00');
    expect(at({ year: 2026, month: 9, day: 6, minute: 30 }, SANTIAGO)).toBe('2026-09-06T01:30:00.000-03:00');
    expect(at({ year: 2026, month: 4, day: 4, hour: 23, minute: 30 }, SANTIAGO)).toBe('2026-04-04T23:30:00.000-03:00');
  });

  it('maps every zonedDate back to the same wall time, at or before the instant', () => {
    fc.assert(
      fc.property(zonedInstant, ([x, tz]) => {
        const fields = zonedDate(x, tz);
        const back = zonedDateTimeToInstant(fields, tz);
        // Equal, except for the later reading of a repeated wall time, which maps to the earlier one.
        expect(back).toBeLessThanOrEqual(x);
        expect(zonedDate(back, tz)).toEqual({ ...fields, offsetMinutes: zonedDate(back, tz).offsetMinutes });
        if (back !== x) expect(zonedDate(back, tz).offsetMinutes).toBeGreaterThan(fields.offsetMinutes);
      }),
      { numRuns: 300 },
    );
  });

  it('ignores other properties, treats undefined as the default and does not mutate the fields', () => {
    const fields = Object.freeze({ year: 2026, month: 3, day: 8, hour: undefined, weekday: 3, offsetMinutes: 999 });
    expect(zonedDateTimeToInstant(fields as unknown as ZonedDateTimeFields, 'UTC')).toBe(toInstant('2026-03-08T00:00:00Z'));
    expect(fields).toEqual({ year: 2026, month: 3, day: 8, hour: undefined, weekday: 3, offsetMinutes: 999 });
  });

  it('reaches the ends of the Date range and no further', () => {
    expect(zonedDateTimeToInstant({ year: 275_760, month: 9, day: 13 }, 'UTC')).toBe(8.64e15);
    expect(zonedDateTimeToInstant({ year: -271_821, month: 4, day: 20 }, 'UTC')).toBe(-8.64e15);
    expectOmnicxError(() => zonedDateTimeToInstant({ year: 275_760, month: 9, day: 13 }, NEW_YORK), 'INVALID_DATE', ['fields']);
    expectOmnicxError(() => zonedDateTimeToInstant({ year: 275_761, month: 1, day: 1 }, 'UTC'), 'INVALID_DATE', ['fields', 'year']);
    expectOmnicxError(() => zonedDateTimeToInstant({ year: -271_822, month: 1, day: 1 }, 'UTC'), 'INVALID_DATE', ['fields', 'year']);
  });

  describe('refuses bad fields with their paths', () => {
    const base = { year: 2026, month: 3, day: 8 };
    it.each([
      ['fields is null', null, 'INVALID_INPUT', ['fields']],
      ['fields is an array', [2026, 3, 8], 'INVALID_INPUT', ['fields']],
      ['fields is a string', '2026-03-08', 'INVALID_INPUT', ['fields']],
      ['year is missing', { month: 3, day: 8 }, 'INVALID_INPUT', ['fields', 'year']],
      ['month is a string', { ...base, month: '3' }, 'INVALID_INPUT', ['fields', 'month']],
      ['month is 13', { ...base, month: 13 }, 'INVALID_DATE', ['fields', 'month']],
      ['month is 0', { ...base, month: 0 }, 'INVALID_DATE', ['fields', 'month']],
      ['day is 30 February', { ...base, month: 2, day: 30 }, 'INVALID_DATE', ['fields', 'day']],
      ['day is 29 February 2026', { ...base, month: 2, day: 29 }, 'INVALID_DATE', ['fields', 'day']],
      ['day is 31 April', { ...base, month: 4, day: 31 }, 'INVALID_DATE', ['fields', 'day']],
      ['day is 0', { ...base, day: 0 }, 'INVALID_DATE', ['fields', 'day']],
      ['day is NaN', { ...base, day: Number.NaN }, 'INVALID_INPUT', ['fields', 'day']],
      ['hour is 24', { ...base, hour: 24 }, 'INVALID_DATE', ['fields', 'hour']],
      ['hour is 1.5', { ...base, hour: 1.5 }, 'NOT_SAFE_INTEGER', ['fields', 'hour']],
      ['hour is null', { ...base, hour: null }, 'INVALID_INPUT', ['fields', 'hour']],
      ['minute is -1', { ...base, minute: -1 }, 'INVALID_DATE', ['fields', 'minute']],
      ['second is 60', { ...base, second: 60 }, 'INVALID_DATE', ['fields', 'second']],
      ['millisecond is 1000', { ...base, millisecond: 1000 }, 'INVALID_DATE', ['fields', 'millisecond']],
    ] as const)('%s', (_label, fields, code, path) => {
      expectOmnicxError(() => zonedDateTimeToInstant(fields as never, 'UTC'), code, path);
    });

    it('accepts 29 February in a leap year', () => {
      expect(zonedDateTimeToInstant({ year: 2028, month: 2, day: 29 }, 'UTC')).toBe(toInstant('2028-02-29T00:00:00Z'));
    });

    it('refuses a bad zone', () => {
      expectOmnicxError(() => zonedDateTimeToInstant(base, 'America/Gotham'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
    });
  });
});
