import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStatesToLiability,
  createLiabilityAccumulator,
  liabilityFromAccumulator,
  mergeLiabilityAccumulators,
  programLiability,
  replay,
  type LiabilityAccumulator,
  type MemberState,
  type Program,
} from '../../src/loyalty/index.js';
import { enrol, line, logArb, program, purchase, thrown } from './fixtures.js';

const programs: Record<string, Program> = {
  rolling: program({ pending: { days: 14 }, expiry: { type: 'rolling', months: 3 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.35' } }),
  endOfYear: program({ timeZone: 'Pacific/Auckland', expiry: { type: 'endOfYear' }, returns: { clawback: 'proportional', negativeBalance: 'floorAtZero' } }),
  never: program({ returns: { clawback: 'proportional', negativeBalance: 'deductFromFuture' } }),
};

/** The log's events for members renamed with a suffix (so that two logs make six members). */
function renamed(events: Record<string, unknown>[], suffix: string): Record<string, unknown>[] {
  return events.map((e) => ({
    ...e,
    id: `${String(e.id)}${suffix}`,
    memberId: `${String(e.memberId)}${suffix}`,
    ...(typeof e.purchaseId === 'string' ? { purchaseId: `${e.purchaseId}${suffix}` } : {}),
  }));
}

describe('mergeLiabilityAccumulators', () => {
  it('gives programLiability of all the states, whatever the shards and the order of merging', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(programs)),
        logArb,
        logArb,
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
        fc.integer({ min: 0, max: 900 }),
        fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: undefined }),
        fc.boolean(),
        (name, log1, log2, shardOf, days, breakageRate, leftFirst) => {
          const p = programs[name]!;
          const { members } = replay(p, [...renamed(log1, '1'), ...renamed(log2, '2')] as never);
          // After every event of the logs (purchases up to day 700, returns up to 20 days later).
          const asOf = Date.parse('2026-01-01T00:00:00Z') + (721 + days) * 86_400_000;
          const options = breakageRate === undefined ? { program: p, asOf } : { program: p, asOf, breakageRate };
          const shards: MemberState[][] = [[], [], [], []];
          members.forEach((m, i) => shards[shardOf[i] ?? 0]!.push(m));
          const accs = shards.map((states) => JSON.parse(JSON.stringify(addStatesToLiability(createLiabilityAccumulator(options), states))) as LiabilityAccumulator);
          // Merge as a left fold or as a balanced tree: associativity and commutativity.
          const merged = leftFirst
            ? accs.reduce((x, y) => mergeLiabilityAccumulators(x, y))
            : mergeLiabilityAccumulators(mergeLiabilityAccumulators(accs[3]!, accs[1]!), mergeLiabilityAccumulators(accs[2]!, accs[0]!));
          expect(liabilityFromAccumulator(merged)).toEqual(programLiability(members, options));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('adds the sums and the months (hand-computed)', () => {
    const p = program({ expiry: { type: 'rolling', months: 6 } });
    const options = { program: p, asOf: '2026-04-01T00:00:00Z' };
    const one = replay(p, [enrol('a'), purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)], {}, 'a')]).members; // 100, expires July
    const two = replay(p, [enrol('b'), purchase('p2', '2026-03-10T00:00:00Z', [line(30_000)], {}, 'b'), purchase('p3', '2026-01-31T00:00:00Z', [line(5_000)], {}, 'b')]).members; // 300 in Sept, 50 in July
    const a = addStatesToLiability(createLiabilityAccumulator(options), one);
    const b = addStatesToLiability(createLiabilityAccumulator(options), two);
    const aJson = JSON.stringify(a);
    const merged = mergeLiabilityAccumulators(a, b);
    expect(merged).toMatchObject({ members: 2, availablePoints: 450, pendingPoints: 0 });
    expect(merged.expiringByMonth).toEqual([
      { month: '2026-07', points: 150 },
      { month: '2026-09', points: 300 },
    ]);
    expect(JSON.stringify(a)).toBe(aJson); // pure
  });

  it('refuses accumulators of different programmes, instants or breakage rates', () => {
    const p = program();
    const a = createLiabilityAccumulator({ program: p, asOf: 0 });
    expect(thrown(() => mergeLiabilityAccumulators(a, createLiabilityAccumulator({ program: program({ version: 2 }), asOf: 0 })))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'program'] });
    expect(thrown(() => mergeLiabilityAccumulators(a, createLiabilityAccumulator({ program: p, asOf: 1 })))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'asOf'] });
    expect(thrown(() => mergeLiabilityAccumulators(a, createLiabilityAccumulator({ program: p, asOf: 0, breakageRate: 0 })))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'breakageRate'] });
    expect(thrown(() => mergeLiabilityAccumulators({ ...a, version: 2 } as never, a))).toEqual({ code: 'INVALID_INPUT', path: ['a', 'version'] });
    expect(thrown(() => mergeLiabilityAccumulators({ ...a, owedPoints: 1 }, { ...a, owedPoints: Number.MAX_SAFE_INTEGER }))).toEqual({ code: 'NOT_SAFE_INTEGER', path: ['b', 'owedPoints'] });
  });
});
