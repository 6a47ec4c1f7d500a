import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveFirstAtOrAfter } from '../../../src/core/time/internal/resolve.js';
import { openZone } from '../../../src/core/time/internal/zone.js';
import { buildOffsetTable, CalendarClock, TABLE_FROM_MS, TABLE_TO_MS } from '../../../src/satisfaction/internal/calendarClock.js';

// Zones with ordinary DST, none, half-hour DST (Lord Howe), midnight transitions (Santiago),
// Ramadan suspensions (Casablanca), quarter-hour offsets (Kathmandu) and southern summers.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'UTC',
] as const;
const tables = new Map(ZONES.map((zone) => [zone, buildOffsetTable(openZone(zone, []))]));

function clockOf(zone: (typeof ZONES)[number]): CalendarClock {
  const table = tables.get(zone);
  if (table === undefined) throw new Error(zone);
  return new CalendarClock(zone, table, ['timeZone']);
}

describe('CalendarClock', () => {
  const instant = fc.oneof(
    { arbitrary: fc.integer({ min: TABLE_FROM_MS, max: TABLE_TO_MS }), weight: 4 },
    { arbitrary: fc.integer({ min: -8.64e15, max: 8.64e15 }), weight: 1 },
  );

  it('reads the same offsets from its table as the runtime tz database', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, at) => {
        expect(clockOf(zone).offsetAt(at)).toBe(openZone(zone, []).offsetMs(at));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps summer times that last less than a week (Recife 2000, Gaza 2040, 2054 and 2072)', () => {
    // One-week DST periods of 167 h in the tz database: sampled weekly, they fell between two
    // samples and were missing from the table (Gaza 2040-10-22 09:00 local was read as 07:00Z, not 06:00Z).
    const windows = [
      ['America/Recife', '2000-10-01', '2000-10-22'],
      ['America/Boa_Vista', '2000-10-01', '2000-10-22'],
      ['Asia/Gaza', '2040-10-13', '2040-11-03'],
      ['Asia/Gaza', '2054-03-21', '2054-04-11'],
      ['Asia/Hebron', '2072-10-15', '2072-11-05'],
    ] as const;
    for (const [zone, from, to] of windows) {
      const opened = openZone(zone, []);
      const clock = new CalendarClock(zone, buildOffsetTable(opened), ['timeZone']);
      let changes = 0;
      for (let at = Date.parse(`${from}T00:00:00Z`); at < Date.parse(`${to}T00:00:00Z`); at += 3_600_000) {
        expect(clock.offsetAt(at)).toBe(opened.offsetMs(at));
        if (opened.offsetMs(at) !== opened.offsetMs(at - 3_600_000)) changes++;
      }
      // the runtime's tz database does have the short summer time there (tzdata 2025c)
      expect(changes).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds every transition exactly (the offset changes at the table boundary, not a second before)', () => {
    for (const zone of ZONES) {
      const table = tables.get(zone);
      if (table === undefined) throw new Error(zone);
      const opened = openZone(zone, []);
      table.startsMs.slice(1).forEach((start, i) => {
        expect(opened.offsetMs(start)).toBe(table.offsetsMs[i + 1]);
        expect(opened.offsetMs(start - 1)).toBe(table.offsetsMs[i]);
      });
    }
  });

  it('maps wall-clock times to instants like core resolveFirstAtOrAfter, inside and outside the table', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, fc.integer({ min: -3 * 3_600_000, max: 3 * 3_600_000 }), (zone, at, jitter) => {
        const wall = Math.min(Math.max(at + jitter, -8.6e15), 8.6e15);
        expect(clockOf(zone).instantOfWall(wall)).toBe(resolveFirstAtOrAfter(openZone(zone, []), wall));
      }),
      { numRuns: 400 },
    );
  });

  it('maps the walls around each 2026 transition like core (gaps to the jump, repeats to the first)', () => {
    for (const zone of ZONES) {
      const clock = clockOf(zone);
      const opened = openZone(zone, []);
      const table = tables.get(zone);
      if (table === undefined) throw new Error(zone);
      for (const start of table.startsMs.filter((s) => s > Date.UTC(2026, 0, 1) && s < Date.UTC(2027, 0, 1))) {
        for (let minutes = -90; minutes <= 90; minutes += 15) {
          const wall = start + opened.offsetMs(start) + minutes * 60_000;
          expect(clock.instantOfWall(wall)).toBe(resolveFirstAtOrAfter(opened, wall));
        }
      }
    }
  });

  it('reports how long the offset stays constant, to the transition also outside the table', () => {
    const clock = clockOf('Europe/Berlin');
    expect(clock.stableUntil(Date.UTC(2026, 0, 1), Infinity)).toBe(Date.UTC(2026, 2, 29, 1));
    // outside the table: the transition itself (Sunday 29 March 2150, 01:00Z, the EU rule), whatever
    // the horizon (2150 is read through its representative year of the same type, 2105)
    expect(clock.stableUntil(Date.UTC(2150, 0, 1), Infinity)).toBe(Date.UTC(2150, 2, 29, 1));
    expect(clock.stableUntil(Date.UTC(2150, 0, 1), Date.UTC(2150, 0, 10))).toBe(Date.UTC(2150, 2, 29, 1));
    expect(clock.stableUntil(Date.UTC(2150, 2, 25), Infinity)).toBe(Date.UTC(2150, 2, 29, 1));
    expect(clock.stableUntil(Date.UTC(2150, 2, 29, 0, 30), Infinity)).toBe(Date.UTC(2150, 2, 29, 1));
    // no DST in Berlin 1950–1979: from the years sampled before 1970 into the table, up to the
    // first summer time, 6 April 1980 01:00Z
    expect(clock.stableUntil(Date.UTC(1960, 0, 1), Infinity)).toBe(Date.UTC(1980, 3, 6, 1));
    // a horizon stops the search at the first piece (a year outside the table) that reaches it
    expect(clock.stableUntil(Date.UTC(1960, 0, 1), Date.UTC(1960, 5, 1))).toBe(Date.UTC(1961, 0, 1));
    // and back: the autumn change of 2150 (25 October, 01:00Z) starts winter time
    expect(clock.stableFrom(Date.UTC(2150, 11, 1), -Infinity)).toBe(Date.UTC(2150, 9, 25, 1));
    expect(clock.stableFrom(Date.UTC(2026, 11, 1), -Infinity)).toBe(Date.UTC(2026, 9, 25, 1));
    // local mean time (+00:53:28) before Berlin's first transition, to CET at 1893-03-31T23:06:32Z
    expect(clock.stableFrom(Date.UTC(1700, 0, 1), -Infinity)).toBe(-Infinity);
    expect(clock.stableFrom(Date.UTC(1890, 0, 1), -Infinity)).toBe(-Infinity);
    expect(clock.stableFrom(Date.UTC(1893, 5, 1), -Infinity)).toBe(Date.UTC(1893, 2, 31, 23, 6, 32));
    expect(clock.offsetAt(Date.UTC(1890, 0, 1))).toBe((53 * 60 + 28) * 1000);
  });
});
