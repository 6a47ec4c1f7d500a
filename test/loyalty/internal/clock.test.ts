import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addZonedDays, addZonedMonths, zonedDate } from '../../../src/core/time/index.js';
import { buildOffsetTable } from '../../../src/core/time/internal/offsetTable.js';
import { openZone } from '../../../src/core/time/internal/zone.js';
import { openClock } from '../../../src/loyalty/internal/clock.js';

// The loyalty clock memoises offsets (per UTC day, and per local day for whole-day shifts) for
// speed; core/time's zoned functions read every offset exactly. They must agree everywhere.
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Havana', 'Asia/Kathmandu', 'Africa/Casablanca', 'Europe/Dublin', 'America/St_Johns', 'Pacific/Apia', 'UTC'];
const HOUR = 3_600_000;

// Instants near offset transitions (where memoisation can go wrong) and anywhere in 1960–2110.
function instants(zone: string): fc.Arbitrary<number> {
  const table = buildOffsetTable(openZone(zone, []));
  const transitions = table.startsMs.slice(1);
  const near = transitions.length === 0 ? fc.constant(0) : fc.tuple(fc.constantFrom(...transitions), fc.integer({ min: -50 * HOUR, max: 50 * HOUR })).map(([t, d]) => t + d);
  return fc.oneof(near, fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2110, 0, 1) }));
}

describe('loyalty clock', () => {
  for (const zone of ZONES) {
    it(`agrees with core's exact zoned arithmetic in ${zone}`, () => {
      // One clock across all runs: its caches fill up as they would in a replay.
      const clock = openClock(zone, []);
      const table = buildOffsetTable(openZone(zone, []));
      const prepared = openClock(zone, [], { fromMs: table.fromMs, toMs: table.toMs, startsMs: [...table.startsMs], offsetsMs: [...table.offsetsMs] });
      fc.assert(
        fc.property(fc.array(instants(zone), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 48 }), (ats, days, months) => {
          for (const at of ats) {
            for (const c of [clock, prepared]) {
              expect(c.addDays(at, days)).toBe(addZonedDays(at, days, zone));
              expect(c.addMonths(at, months)).toBe(addZonedMonths(at, months, zone));
              const z = zonedDate(at, zone);
              expect([c.year(at), c.yearMonth(at).month, c.weekday(at), c.hour(at)]).toEqual([z.year, z.month, z.weekday, z.hour]);
            }
          }
        }),
        { numRuns: 150 },
      );
    });
  }
});
