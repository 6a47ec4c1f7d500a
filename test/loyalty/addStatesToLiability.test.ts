import { describe, expect, it } from 'vitest';
import { addStatesToLiability, createLiabilityAccumulator, replay } from '../../src/loyalty/index.js';
import { enrol, line, program, purchase, redeem, thrown } from './fixtures.js';

describe('addStatesToLiability', () => {
  const p = program({ expiry: { type: 'rolling', months: 6 }, pending: { days: 10 } });
  const { members } = replay(p, [
    enrol('a'),
    enrol('b'),
    purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)], {}, 'a'), // 100, matures 01-20, expires 2026-07-10
    purchase('p2', '2026-03-25T00:00:00Z', [line(30_000)], {}, 'a'), // 300, pending until 04-04, expires 2026-09-25
    purchase('p3', '2026-01-20T00:00:00Z', [line(20_000)], {}, 'b'), // 200, expires 2026-07-20
    redeem('x', '2026-02-01T00:00:00Z', 50, 'b'), // b keeps 150
  ]);
  const [a, b] = members;
  const options = { program: p, asOf: '2026-04-01T00:00:00Z' };

  it('adds each state advanced to asOf, in place', () => {
    const acc = createLiabilityAccumulator(options);
    const same = addStatesToLiability(acc, [a!]);
    expect(same).toBe(acc);
    // a on 2026-04-01: 100 available, 300 still pending (matures 2026-04-04)
    expect(acc).toMatchObject({ members: 1, availablePoints: 100, pendingPoints: 300, redeemedPoints: 0, expiredPoints: 0 });
    expect(acc.expiringByMonth).toEqual([
      { month: '2026-07', points: 100 },
      { month: '2026-09', points: 300 },
    ]);
    addStatesToLiability(acc, [b!]);
    // + b: 150 available, 50 redeemed, 150 expiring in July
    expect(acc).toMatchObject({ members: 2, availablePoints: 250, pendingPoints: 300, redeemedPoints: 50 });
    expect(acc.expiringByMonth).toEqual([
      { month: '2026-07', points: 250 },
      { month: '2026-09', points: 300 },
    ]);
  });

  it('counts what expired by asOf as history, not as outstanding', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator({ program: p, asOf: '2026-08-01T00:00:00Z' }), members);
    // a's first lot (100) and b's 150 expired in July; a's 300 expire in September
    expect(acc).toMatchObject({ availablePoints: 300, pendingPoints: 0, expiredPoints: 250, redeemedPoints: 50 });
    expect(acc.expiringByMonth).toEqual([{ month: '2026-09', points: 300 }]);
    expect(members[0]!.totals.expired).toBe(0); // the states themselves were not advanced
  });

  it('adds a batch whole or not at all', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator(options), [a!]);
    const before = structuredClone(acc);
    const other = { ...b!, programId: 'elsewhere' };
    expect(thrown(() => addStatesToLiability(acc, [b!, other]))).toEqual({ code: 'INVALID_INPUT', path: ['states', 1, 'programId'] });
    expect(acc).toEqual(before);
    expect(thrown(() => addStatesToLiability(acc, [{ ...b!, availablePoints: 0.5 }]))).toMatchObject({ code: 'INVALID_INPUT', path: ['states', 0, 'availablePoints'] });
    expect(thrown(() => addStatesToLiability(acc, 'x' as never))).toEqual({ code: 'INVALID_INPUT', path: ['states'] });
    expect(acc).toEqual(before);
  });

  it('validates an accumulator that comes from JSON', () => {
    const acc = createLiabilityAccumulator(options);
    expect(thrown(() => addStatesToLiability({ ...acc, members: -1 }, []))).toEqual({ code: 'INVALID_INPUT', path: ['acc', 'members'] });
    expect(thrown(() => addStatesToLiability({ ...acc, kind: 'csat' } as never, []))).toEqual({ code: 'INVALID_INPUT', path: ['acc', 'kind'] });
    const months = [
      { month: '2026-09', points: 1 },
      { month: '2026-07', points: 1 },
    ];
    expect(thrown(() => addStatesToLiability({ ...acc, expiringByMonth: months }, []))).toEqual({ code: 'INVALID_INPUT', path: ['acc', 'expiringByMonth', 1, 'month'] });
  });

  it('refuses sums that would no longer be exact', () => {
    const acc = { ...createLiabilityAccumulator(options), availablePoints: Number.MAX_SAFE_INTEGER - 50 };
    expect(thrown(() => addStatesToLiability(acc, [a!]))).toEqual({ code: 'NOT_SAFE_INTEGER', path: ['states', 0] });
  });
});
