import { addStatesToLiability, createLiabilityAccumulator, liabilityAccumulatorSchema, liabilityFromAccumulator, programLiability, replay } from '../../src/loyalty/index.js';
import { enrol, line, program, purchase, redeem, thrown } from './fixtures.js';
import { describe, expect, it } from 'vitest';

describe('liabilityFromAccumulator', () => {
  const p = program({ expiry: { type: 'rolling', months: 6 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.75' } });
  const { members } = replay(p, [
    enrol('a'),
    enrol('b'),
    purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)], {}, 'a'),
    purchase('p2', '2026-03-10T00:00:00Z', [line(30_000)], {}, 'a'),
    purchase('p3', '2026-01-20T00:00:00Z', [line(20_000)], {}, 'b'),
    redeem('x', '2026-02-01T00:00:00Z', 50, 'b'),
  ]);

  it('values the sums as programLiability does (hand-computed)', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator({ program: p, asOf: '2026-04-01T00:00:00Z', breakageRate: 0.1 }), members);
    const l = liabilityFromAccumulator(acc);
    // outstanding 400 + 150 = 550; breakage 10 % = 55; 495 × 0.75 = 371.25 → 371; 550 × 0.75 = 412.5 → 412 (half-even)
    expect(l).toMatchObject({ members: 2, outstandingPoints: 550, expectedBreakagePoints: 55, expectedRedemptionPoints: 495, breakageSource: 'given' });
    expect(l.liability).toEqual({ amountMinor: 371, currency: 'USD' });
    expect(l.grossValue).toEqual({ amountMinor: 412, currency: 'USD' });
    expect(l).toEqual(programLiability(members, { program: p, asOf: '2026-04-01T00:00:00Z', breakageRate: 0.1 }));
  });

  it('estimates breakage from the summed history when no rate was given', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator({ program: p, asOf: '2026-08-01T00:00:00Z' }), members);
    const l = liabilityFromAccumulator(acc);
    // expired 100 (a) + 150 (b) = 250, redeemed 50: rate 250 / 300; outstanding 300 → breakage 250
    expect(l.breakageSource).toBe('history');
    expect(l.breakageRate).toBeCloseTo(5 / 6, 12);
    expect([l.outstandingPoints, l.expectedBreakagePoints]).toEqual([300, 250]);
    const empty = liabilityFromAccumulator(createLiabilityAccumulator({ program: p, asOf: 0 }));
    expect([empty.breakageSource, empty.members, empty.outstandingPoints, empty.expiringByMonth]).toEqual(['none', 0, 0, []]);
  });

  it('reads an accumulator from JSON and leaves it as it was', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator({ program: p, asOf: '2026-04-01T00:00:00Z' }), members);
    const json = JSON.stringify(acc);
    expect(liabilityFromAccumulator(JSON.parse(json) as typeof acc)).toEqual(liabilityFromAccumulator(acc));
    expect(JSON.stringify(acc)).toBe(json);
    expect(thrown(() => liabilityFromAccumulator({ ...acc, breakageRate: 1 }))).toEqual({ code: 'INVALID_INPUT', path: ['acc', 'breakageRate'] });
    expect(thrown(() => liabilityFromAccumulator({ ...acc, availablePoints: Number.MAX_SAFE_INTEGER, pendingPoints: 1 }))).toEqual({ code: 'NOT_SAFE_INTEGER', path: ['acc'] });
  });
});

describe('regression: liability months past year 9999', () => {
  // Instants go to year 275 760; a 1-month expiry from December 9999 lands in year 10000.
  const p = program({ expiry: { type: 'rolling', months: 1 } });
  const { members } = replay(p, [enrol('m', '9999-11-01T00:00:00Z'), purchase('a', '9999-11-15T00:00:00Z', [line(10_000)]), purchase('b', '9999-12-10T00:00:00Z', [line(20_000)])]);
  const options = { program: p, asOf: '9999-12-12T00:00:00Z' };

  it('programLiability lists the months in calendar order', () => {
    const rows = programLiability(members, options).expiringByMonth;
    expect(rows.map((r) => r.points)).toEqual([100, 200]); // main: [200, 100] ('10000-01' sorts before '9999-12')
  });

  it('the accumulator path gives programLiability\'s result and its own schema accepts it', () => {
    const acc = addStatesToLiability(createLiabilityAccumulator(options), members);
    expect(liabilityAccumulatorSchema.safeParse(JSON.parse(JSON.stringify(acc))).success).toBe(true); // main: false
    expect(liabilityFromAccumulator(acc)).toEqual(programLiability(members, options)); // main: INVALID_INPUT ['acc','expiringByMonth',0,'month']
  });
});
