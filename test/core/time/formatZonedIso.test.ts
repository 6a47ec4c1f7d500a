import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatZonedIso, toInstant } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { KATHMANDU, LORD_HOWE, MONROVIA, NEW_YORK, PROPERTY_ZONES } from './zones.js';

describe('formatZonedIso', () => {
  it('writes the local time with milliseconds and the offset', () => {
    const at = toInstant('2026-03-08T07:00:00Z');
    expect(formatZonedIso(at, NEW_YORK)).toBe('2026-03-08T03:00:00.000-04:00');
    expect(formatZonedIso(at - 1, NEW_YORK)).toBe('2026-03-08T01:59:59.999-05:00');
    expect(formatZonedIso(at, KATHMANDU)).toBe('2026-03-08T12:45:00.000+05:45');
    expect(formatZonedIso(at, LORD_HOWE)).toBe('2026-03-08T18:00:00.000+11:00');
    expect(formatZonedIso(at, 'UTC')).toBe('2026-03-08T07:00:00.000+00:00');
  });

  it('writes expanded years outside 0000–9999 and offsets with seconds', () => {
    expect(formatZonedIso(0, 'UTC')).toBe('1970-01-01T00:00:00.000+00:00');
    expect(formatZonedIso(toInstant('0000-06-01T00:00:00Z'), 'UTC')).toBe('0000-06-01T00:00:00.000+00:00');
    expect(formatZonedIso(toInstant('-000001-06-01T00:00:00Z'), 'UTC')).toBe('-000001-06-01T00:00:00.000+00:00');
    expect(formatZonedIso(toInstant('+010000-01-01T00:00:00Z'), 'UTC')).toBe('+010000-01-01T00:00:00.000+00:00');
    expect(formatZonedIso(8.64e15, 'Europe/Berlin')).toBe('+275760-09-13T02:00:00.000+02:00');
    expect(formatZonedIso(Date.UTC(1960, 0, 1), MONROVIA)).toBe('1959-12-31T23:15:30.000-00:44:30');
  });

  it('matches Date#toISOString in UTC over the whole Date range', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(formatZonedIso(ms, 'UTC')).toBe(new Date(ms).toISOString().replace('Z', '+00:00'));
      }),
    );
  });

  it('is read back by toInstant to the same instant, in any zone and era', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -8.64e15, max: 8.64e15 }),
        fc.constantFrom(...PROPERTY_ZONES, MONROVIA, 'Europe/Amsterdam', 'Asia/Kolkata'),
        (ms, tz) => {
          expect(toInstant(formatZonedIso(ms, tz))).toBe(ms === 0 ? 0 : ms);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses bad arguments with their paths', () => {
    expectOmnicxError(() => formatZonedIso(new Date(0) as never, 'UTC'), 'INVALID_INPUT', ['instant']);
    expectOmnicxError(() => formatZonedIso(-8.64e15 - 1, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => formatZonedIso(0, 'Europe/Berlin/Mitte'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
  });
});
