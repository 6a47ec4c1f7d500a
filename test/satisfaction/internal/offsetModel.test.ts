import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysFromCivil } from '../../../src/core/time/internal/civil.js';
import { buildOffsetTable } from '../../../src/core/time/internal/offsetTable.js';
import { openZone } from '../../../src/core/time/internal/zone.js';
import { CYCLE_DAYS, LOCAL_MEAN_TIME_BEFORE_MS, OffsetModel, RULE_FROM_MS } from '../../../src/satisfaction/internal/offsetModel.js';

// Ordinary, southern (midnight changes), half-hour, Friday-before-last-Sunday (Jerusalem),
// Ramadan-suspended (Casablanca), one-week (Gaza), negative-save (Dublin), abolished (Tehran)
// and no DST; the far future is read through the year-type rule, the past through local mean
// time and lazily sampled years.
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Jerusalem',
  'Africa/Casablanca',
  'Asia/Gaza',
  'Europe/Dublin',
  'Asia/Tehran',
  'America/Nuuk',
  'Pacific/Chatham',
  'Asia/Kolkata',
  'UTC',
] as const;
const TABLE = { fromMs: 0, toMs: RULE_FROM_MS, startsMs: [0], offsetsMs: [0] };
const yearStart = (year: number): number => daysFromCivil(year, 1, 1) * 86_400_000;

describe('OffsetModel', () => {
  it('reads the offsets the runtime’s Intl reports anywhere outside the table (property)', () => {
    const models = new Map(ZONES.map((zone) => [zone, new OffsetModel(zone, TABLE, ['timeZone'])]));
    const instant = fc.oneof(
      fc.integer({ min: -8.64e15, max: LOCAL_MEAN_TIME_BEFORE_MS }),
      fc.integer({ min: LOCAL_MEAN_TIME_BEFORE_MS, max: -1 }),
      fc.integer({ min: RULE_FROM_MS, max: yearStart(2600) }),
      fc.integer({ min: RULE_FROM_MS, max: 8.64e15 }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, at) => {
        const model = models.get(zone);
        if (model === undefined) throw new Error(zone);
        // the model itself (offsetMs answers the first readings of a call straight from Intl)
        model.locate(at);
        expect(model.pieceOffset).toBe(openZone(zone, []).offsetMs(at));
        expect(model.pieceFrom <= at && at < model.pieceTo).toBe(true);
        expect(model.offsetMs(at)).toBe(model.pieceOffset);
      }),
      { numRuns: 600 },
    );
  });

  it('places every transition of far years to the second, as Intl sampled every 3 days does', () => {
    for (const zone of ZONES) {
      const model = new OffsetModel(zone, TABLE, ['timeZone']);
      for (const year of [2129, 2401, 9999, 275_759, 1916, 1850]) {
        // two days around the year, so that changes at its boundaries count too
        const real = buildOffsetTable(openZone(zone, []), yearStart(year) - 2 * 86_400_000, yearStart(year + 1) + 2 * 86_400_000);
        const changes: number[] = [];
        model.locate(real.fromMs);
        let offset = model.pieceOffset;
        expect(offset).toBe(real.offsetsMs[0]);
        for (let at = model.pieceTo; at < real.toMs; at = model.pieceTo) {
          model.locate(at);
          if (model.pieceOffset !== offset) changes.push(at);
          offset = model.pieceOffset;
        }
        expect(changes).toEqual(real.startsMs.slice(1));
      }
    }
  });

  it('repeats the far future every 400 Gregorian years (146 097 days, 20 871 weeks)', () => {
    expect(CYCLE_DAYS % 7).toBe(0);
    expect(yearStart(2501) - yearStart(2101)).toBe(CYCLE_DAYS * 86_400_000);
    const model = new OffsetModel('Europe/Berlin', TABLE, ['timeZone']);
    // the EU rule: 2150-03-29 01:00Z, and 400 years on, 2550-03-29 01:00Z (both the last Sunday of March)
    expect(model.stableUntil(Date.UTC(2150, 0, 1), Infinity)).toBe(Date.UTC(2150, 2, 29, 1));
    expect(model.stableUntil(Date.UTC(2550, 0, 1), Infinity)).toBe(Date.UTC(2550, 2, 29, 1));
    expect(Date.UTC(2550, 2, 29, 1) - Date.UTC(2150, 2, 29, 1)).toBe(CYCLE_DAYS * 86_400_000);
  });

  it('keeps one offset before 1800 and runs of equal pieces across years', () => {
    const model = new OffsetModel('Asia/Kolkata', TABLE, ['timeZone']);
    // local mean time of Kolkata before 1854: +05:53:28
    model.locate(-8.64e15);
    expect([model.pieceFrom, model.pieceTo, model.pieceOffset]).toEqual([-Infinity, LOCAL_MEAN_TIME_BEFORE_MS, (5 * 3600 + 53 * 60 + 28) * 1000]);
    // no transition since 1945 (IST all along): the run reaches any horizon, year piece by year piece
    expect(model.stableUntil(RULE_FROM_MS, yearStart(3000))).toBe(yearStart(3000));
    expect(model.stableFrom(yearStart(3000), RULE_FROM_MS)).toBe(RULE_FROM_MS);
    expect(model.stableFrom(Date.UTC(1960, 0, 1), -Infinity)).toBe(Date.UTC(1945, 9, 14, 17, 30));
  });

  it('answers the first readings of a call from Intl, then from sampled years', () => {
    let readings = 0;
    const model = new OffsetModel('Europe/Berlin', TABLE, ['timeZone']);
    const intl = openZone('Europe/Berlin', []);
    for (let i = 0; i < 200; i++) {
      const at = Date.UTC(2150, 2, 29, 0, 59, 59) + ((i % 3) - 1) * 1000 + Math.floor(i / 3) * 7 * 86_400_000;
      if (model.offsetMs(at) === intl.offsetMs(at)) readings++;
    }
    expect(readings).toBe(200);
  });

  it('refuses a zone the runtime does not know only when it needs Intl', () => {
    const model = new OffsetModel('Mars/Olympus_Mons', TABLE, ['calendar', 'timeZone']);
    expect(() => model.offsetMs(-1)).toThrow(expect.objectContaining({ code: 'UNKNOWN_TIME_ZONE', path: ['calendar', 'timeZone'] }) as Error);
  });
});
