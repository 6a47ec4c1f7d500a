import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant, zonedDate, zonedWeekday } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { NEW_YORK, PROPERTY_ZONES } from './zones.js';

describe('zonedWeekday', () => {
  it('uses ISO numbering, 1 = Monday … 7 = Sunday', () => {
    const at = toInstant('2026-03-09T02:00:00Z');
    expect(zonedWeekday(at, 'Europe/London')).toBe(1);
    expect(zonedWeekday(at, NEW_YORK)).toBe(7);
  });

  it('can differ by two days between the extreme zones (UTC+14 and UTC−11)', () => {
    const at = toInstant('2026-03-09T10:30:00Z');
    expect(zonedWeekday(at, 'Pacific/Kiritimati')).toBe(2); // Tuesday 2026-03-10 00:30
    expect(zonedWeekday(at, 'Pacific/Pago_Pago')).toBe(7); // Sunday 2026-03-08 23:30
  });

  it('matches zonedDate(…).weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.6e15, max: 8.6e15 }), fc.constantFrom(...PROPERTY_ZONES), (ms, tz) => {
        expect(zonedWeekday(ms, tz)).toBe(zonedDate(ms, tz).weekday);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses bad arguments with their paths', () => {
    expectOmnicxError(() => zonedWeekday(0.5, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => zonedWeekday(0, 'Nowhere'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
