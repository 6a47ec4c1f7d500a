import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSimulations, simulateProgram, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, logArb, purchase, thrown } from './fixtures.js';

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
