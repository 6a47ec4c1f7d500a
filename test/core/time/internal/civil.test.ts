import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isoWeekdayFromDays,
  wallClockFromMs,
} from '../../../../src/core/time/internal/civil.js';

describe('civil calendar arithmetic (Hinnant)', () => {
  it('pins reference dates', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017); // Hinnant's paper: 2000-03-01 is day 11017
    expect(daysFromCivil(0, 3, 1)).toBe(-719_468); // the algorithm's era origin
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(civilFromDays(100_000_000)).toEqual({ year: 275_760, month: 9, day: 13 });
    expect(civilFromDays(-100_000_000)).toEqual({ year: -271_821, month: 4, day: 20 });
  });

  it('round-trips and agrees with Date.UTC over the whole Date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        const date = new Date(days * 86_400_000);
        expect([year, month, day]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(isoWeekdayFromDays(days) % 7).toBe(date.getUTCDay());
      }),
    );
  });

  it('knows month lengths (Gregorian leap rule)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([2024, 2000, 1900, 0, -4, -100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 29, 29, 28]);
  });

  it('splits wall milliseconds before the epoch', () => {
    expect(wallClockFromMs(-1)).toEqual({
      year: 1969,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      second: 59,
      millisecond: 999,
      days: -1,
      msOfDay: 86_399_999,
    });
  });
});
