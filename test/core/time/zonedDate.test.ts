import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toInstant, zonedDate } from '../../../src/core/time/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { BERLIN, KATHMANDU, LORD_HOWE, MODERN, MONROVIA, NEW_YORK, PROPERTY_ZONES } from './zones.js';

function wall(instant: number, tz: string): string {
  const d = zonedDate(instant, tz);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.year, 4)}-${p(d.month)}-${p(d.day)} ${p(d.hour)}:${p(d.minute)}:${p(d.second)}.${p(d.millisecond, 3)} w${d.weekday} ${d.offsetMinutes}`;
}

describe('zonedDate', () => {
  it('reads every field of an instant', () => {
    expect(zonedDate(toInstant('2026-03-08T07:00:00Z'), NEW_YORK)).toEqual({
      year: 2026,
      month: 3,
      day: 8,
      hour: 3,
      minute: 0,
      second: 0,
      millisecond: 0,
      weekday: 7,
      offsetMinutes: -240,
    });
  });

  it('follows New York across spring forward (2026-03-08 02:00 → 03:00) and fall back (2026-11-01 02:00 → 01:00)', () => {
    const spring = toInstant('2026-03-08T07:00:00Z');
    expect(wall(spring - 1, NEW_YORK)).toBe('2026-03-08 01:59:59.999 w7 -300');
    expect(wall(spring, NEW_YORK)).toBe('2026-03-08 03:00:00.000 w7 -240');
    const fall = toInstant('2026-11-01T06:00:00Z');
    expect(wall(fall - 1, NEW_YORK)).toBe('2026-11-01 01:59:59.999 w7 -240');
    expect(wall(fall, NEW_YORK)).toBe('2026-11-01 01:00:00.000 w7 -300');
  });

  it('follows Berlin across 2026-03-29 02:00 → 03:00 and 2026-10-25 03:00 → 02:00', () => {
    const spring = toInstant('2026-03-29T01:00:00Z');
    expect(wall(spring - 1, BERLIN)).toBe('2026-03-29 01:59:59.999 w7 60');
    expect(wall(spring, BERLIN)).toBe('2026-03-29 03:00:00.000 w7 120');
    const fall = toInstant('2026-10-25T01:00:00Z');
    expect(wall(fall - 1, BERLIN)).toBe('2026-10-25 02:59:59.999 w7 120');
    expect(wall(fall, BERLIN)).toBe('2026-10-25 02:00:00.000 w7 60');
  });

  it('handles the 30-minute DST of Lord Howe Island (+11:00 ↔ +10:30)', () => {
    const back = toInstant('2026-04-04T15:00:00Z'); // 2026-04-05 02:00 → 01:30
    expect(wall(back - 1, LORD_HOWE)).toBe('2026-04-05 01:59:59.999 w7 660');
    expect(wall(back, LORD_HOWE)).toBe('2026-04-05 01:30:00.000 w7 630');
    const forward = toInstant('2026-10-03T15:30:00Z'); // 2026-10-04 02:00 → 02:30
    expect(wall(forward - 1, LORD_HOWE)).toBe('2026-10-04 01:59:59.999 w7 630');
    expect(wall(forward, LORD_HOWE)).toBe('2026-10-04 02:30:00.000 w7 660');
  });

  it('handles the +05:45 offset of Kathmandu', () => {
    expect(wall(toInstant('2026-03-08T18:15:00Z'), KATHMANDU)).toBe('2026-03-09 00:00:00.000 w1 345');
  });

  it('reports a historical offset with seconds as fractional minutes (Monrovia −00:44:30 in 1960)', () => {
    expect(wall(Date.UTC(1960, 0, 1), MONROVIA)).toBe('1959-12-31 23:15:30.000 w4 -44.5');
  });

  it('knows weekdays around the epoch and far from it', () => {
    expect(zonedDate(0, 'UTC').weekday).toBe(4); // 1970-01-01 was a Thursday
    expect(zonedDate(-1, 'UTC').weekday).toBe(3);
    expect(zonedDate(Date.UTC(2000, 0, 1), 'UTC').weekday).toBe(6); // a Saturday
  });

  it('works at both ends of the Date range', () => {
    expect(wall(8.64e15, BERLIN)).toBe('275760-09-13 02:00:00.000 w6 120');
    const first = zonedDate(-8.64e15, 'UTC');
    expect([first.year, first.month, first.day, first.weekday]).toEqual([-271_821, 4, 20, 2]);
  });

  it('agrees with Intl.DateTimeFormat on random modern instants', () => {
    fc.assert(
      fc.property(fc.integer(MODERN), fc.constantFrom(...PROPERTY_ZONES), (ms, tz) => {
        const parts = Object.fromEntries(
          new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
          })
            .formatToParts(ms)
            .map((part) => [part.type, part.value]),
        );
        const d = zonedDate(ms, tz);
        expect([d.year, d.month, d.day, d.hour, d.minute, d.second]).toEqual(
          ['year', 'month', 'day', 'hour', 'minute', 'second'].map((key) => Number(parts[key])),
        );
        expect(d.weekday).toBe(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday!) + 1);
        expect(d.millisecond).toBe(((ms % 1000) + 1000) % 1000);
      }),
    );
  });

  it('refuses bad arguments with their paths', () => {
    expectOmnicxError(() => zonedDate('2026-03-08T07:00:00Z' as never, 'UTC'), 'INVALID_INPUT', ['instant']);
    expectOmnicxError(() => zonedDate(new Date() as never, 'UTC'), 'INVALID_INPUT', ['instant']);
    expectOmnicxError(() => zonedDate(1.5, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => zonedDate(Number.NaN, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => zonedDate(9e15, 'UTC'), 'INVALID_DATE', ['instant']);
    expectOmnicxError(() => zonedDate(0, 'Europe/Berln'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
    expectOmnicxError(() => zonedDate(0, '+01:00'), 'UNKNOWN_TIME_ZONE', ['timeZone']);
    expectOmnicxError(() => zonedDate(0, undefined as never), 'INVALID_INPUT', ['timeZone']);
  });
});
