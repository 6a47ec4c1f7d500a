import * as fc from 'fast-check';
import { defineProgram, mergeSimulations, replay, simulateProgram, simulationSchema, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, logArb, purchase, thrown } from './fixtures.js';
import { describe, expect, it } from 'vitest';

const live: ProgramInput = {
  id: 'club',
  version: 1,
  currency: 'USD',
  timeZone: 'UTC',
  earn: { base: { points: '1', perAmountMinor: 100 } },
  pending: { days: 14 },
  expiry: { type: 'rolling', months: 6 },
  redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.35' },
  tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: 'base', threshold: 0 }, { id: 'gold', threshold: 50_000, multiplier: '1.5' }], downgrade: 'periodEnd', softLanding: false, graceDays: 0 },
};
const candidate: ProgramInput = {
  ...live,
  version: 2,
  earn: { base: { points: '1', perAmountMinor: 100 }, rules: [{ id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } }] },
  returns: { clawback: 'proportional', negativeBalance: 'floorAtZero' },
  redemption: { minPoints: 100, increment: 50, pointValueMinor: '0.35' },
};

describe('mergeSimulations', () => {
  it('gives the simulation of all the events, whatever the shards by member and the order of merging', () => {
    fc.assert(
      fc.property(logArb, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }), fc.boolean(), (events, shardOf, reverse) => {
        const asOf = Date.parse('2028-06-01T00:00:00Z');
        const options = { baseline: live, asOf };
        const whole = simulateProgram(candidate, events, options);
        const members = ['a', 'b', 'c'];
        const shards = [0, 1, 2]
          .map((s) => events.filter((e) => shardOf[members.indexOf(String(e.memberId))] === s))
          .filter((part) => part.length > 0)
          .map((part) => simulateProgram(candidate, part, options));
        const ordered = reverse ? [...shards].reverse() : shards;
        const all = ordered.reduce((x, y) => mergeSimulations(x, y));
        expect(all).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('recomputes the liability from the summed outstanding points (hand-computed)', () => {
    const options = { baseline: live, asOf: '2026-03-01T00:00:00Z' };
    // each member: 10_00 minor units → 10 points; 10 × 0.35 = 3.5 → 4 (half-even); 30 × 0.35 = 10.5 → 10
    const shard = (memberId: string) => [enrol(memberId), purchase(`p-${memberId}`, '2026-01-10T00:00:00Z', [line(1_000, 'food')], {}, memberId)];
    const parts = ['a', 'b', 'c'].map((m) => simulateProgram(live, shard(m), options));
    expect(parts.map((p) => p.baseline.liability.amountMinor)).toEqual([4, 4, 4]);
    const merged = parts.reduce((x, y) => mergeSimulations(x, y));
    expect(merged.baseline).toMatchObject({ issued: 30, availablePoints: 30, outstandingPoints: 30, tierCounts: { base: 3 } });
    expect(merged.baseline.liability).toEqual({ amountMinor: 10, currency: 'USD' }); // not 4 + 4 + 4
    expect(merged.difference.liabilityMinor).toBe(0);
    expect(merged).toEqual(simulateProgram(live, ['a', 'b', 'c'].flatMap(shard), options));
  });

  it('refuses simulations that do not belong together', () => {
    const options = { baseline: live, asOf: '2026-03-01T00:00:00Z' };
    const a = simulateProgram(candidate, [enrol('a')], options);
    const b = simulateProgram(candidate, [enrol('b')], options);
    expect(thrown(() => mergeSimulations(a, simulateProgram(candidate, [enrol('b')], { baseline: live, asOf: '2026-03-02T00:00:00Z' })))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'asOf'] });
    expect(thrown(() => mergeSimulations(a, simulateProgram({ ...candidate, version: 3 }, [enrol('b')], options)))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'candidate', 'programId'] });
    const cheaper = { ...live, redemption: { pointValueMinor: '0.3' } };
    expect(thrown(() => mergeSimulations(a, simulateProgram(candidate, [enrol('b')], { baseline: cheaper, asOf: '2026-03-01T00:00:00Z' })))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'baseline', 'pointValueMinor'] });
    expect(thrown(() => mergeSimulations(a, a))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'members', 0, 'memberId'] });
    expect(thrown(() => mergeSimulations(a, { ...b, asOf: 'x' } as never))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'asOf'] });
    expect(mergeSimulations(b, a).members.map((m) => m.memberId)).toEqual(['a', 'b']);
  });
});

describe('regression: tier counts of levels named like Object.prototype members', () => {
  const program = (low: string, high: string): ProgramInput => ({
    id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } },
    tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: low, threshold: 0 }, { id: high, threshold: 5_000 }] },
  });
  const member = (m: string, amountMinor: number) => [enrol(m), purchase(`p-${m}`, '2026-01-02T00:00:00Z', [line(amountMinor)], {}, m)];

  for (const [low, high] of [['constructor', 'toString'], ['valueOf', 'hasOwnProperty']] as const) {
    it(`levels '${low}' and '${high}' are counted, and shards merge`, () => {
      const p = program(low, high);
      const options = { baseline: p, asOf: '2026-02-01T00:00:00Z' };
      const whole = simulateProgram(p, [...member('a', 100), ...member('b', 9_000), ...member('c', 9_000)], options);
      // main: { constructor: 'function Object() { [native code] }1', toString: 'function toString() { [native code] }11' }
      expect(Object.entries(whole.baseline.tierCounts).sort()).toEqual([[high, 2], [low, 1]].sort());
      expect(simulationSchema.safeParse(whole).success).toBe(true);
      // main: INVALID_INPUT ['a', 'baseline', 'tierCounts', 'constructor'] — simulateProgram's own output refused
      const merged = mergeSimulations(simulateProgram(p, member('a', 100), options), simulateProgram(p, [...member('b', 9_000), ...member('c', 9_000)], options));
      expect(merged).toEqual(whole);
    });
  }

  it("refuses '__proto__' as a level id (it cannot be a tierCounts key: main silently drops the members at that level)", () => {
    expect(thrown(() => defineProgram(program('base', '__proto__')))).toEqual({ code: 'INVALID_INPUT', path: ['tiers', 'levels', 1, 'id'] });
  });

  it('counts members below the first level apart from the levels, so a level may be called none', () => {
    // The levels 'none' (from 5 000) and 'gold' (from 50 000): member a (100 minor units) is below
    // both, b (9 000) on 'none', c (90 000) on gold.
    const p: ProgramInput = { ...program('base', 'gold'), tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: 'none', threshold: 5_000 }, { id: 'gold', threshold: 50_000 }] } };
    const options = { baseline: p, asOf: '2026-02-01T00:00:00Z' };
    const whole = simulateProgram(p, [...member('a', 100), ...member('b', 9_000), ...member('c', 90_000)], options);
    expect([whole.baseline.tierCounts, whole.baseline.belowFirstLevel]).toEqual([{ none: 1, gold: 1 }, 1]);
    const merged = mergeSimulations(simulateProgram(p, member('a', 100), options), simulateProgram(p, [...member('b', 9_000), ...member('c', 90_000)], options));
    expect(merged).toEqual(whole);
  });
});

describe('mergeSimulations when an event id repeats across members', () => {
  const live: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } }, redemption: { pointValueMinor: '0.35' } };
  const candidate: ProgramInput = { ...live, version: 2, earn: { base: { points: '2', perAmountMinor: 100 } } };
  const options = { baseline: live, asOf: '2026-03-01T00:00:00Z' };
  // Order numbers per store, reused as event ids: 'p1' for member a and for member b.
  const a = [enrol('a'), purchase('p1', '2026-01-10T00:00:00Z', [line(1_000)], {}, 'a')];
  const b = [enrol('b'), purchase('p1', '2026-01-11T00:00:00Z', [line(9_000)], {}, 'b')];

  it('the whole log drops b\'s purchase as a duplicate of a\'s (ids are global)', () => {
    const { members, duplicates } = replay(live, [...a, ...b]);
    expect(members.map((m) => m.availablePoints)).toEqual([10, 0]);
    expect(duplicates.map((d) => [d.eventId, d.memberId])).toEqual([['p1', 'b']]);
  });

  it('so shards by member do not merge into the simulation of all the events', () => {
    const whole = simulateProgram(candidate, [...a, ...b], options);
    const merged = mergeSimulations(simulateProgram(candidate, a, options), simulateProgram(candidate, b, options));
    // Event ids must be unique across the whole log (docs): here they are not, and a shard cannot
    // know that another shard used the same id, so the merge counts b's purchase that the whole
    // log drops (baseline: 10 + 90 points against 10).
    expect([merged.baseline.issued, whole.baseline.issued]).toEqual([100, 10]);
  });
});
