import { describe, expect, it } from 'vitest';
import { programLiability, replay, simulateProgram, validateProgram, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, program, purchase, redeem, thrown } from './fixtures.js';

const base: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };

describe('validateProgram', () => {
  it('finds nothing in a plain programme', () => {
    expect(validateProgram(base)).toEqual([]);
  });

  it('warns about tiers, caps, stacking, expiry, zero multipliers, ended promotions and increments', () => {
    const warnings = validateProgram(
      {
        ...base,
        earn: {
          base: { points: '0', perAmountMinor: 100 },
          rules: [
            { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
            { id: 'web', type: 'multiplier', multiplier: '3', when: { channels: ['web'], until: '2026-01-01T00:00:00Z' } },
            { id: 'food', type: 'multiplier', multiplier: '0', when: { categories: ['food'], channels: ['store'] } },
            { id: 'bday', type: 'eventBonus', event: 'birthday', points: 5 },
          ],
          caps: [{ id: 'year', points: 1_000, per: 'year' }],
        },
        pending: { days: 30 },
        expiry: { type: 'endOfYear' },
        redemption: { minPoints: 100, increment: 30 },
        tiers: {
          metric: 'qualifyingPoints',
          window: { type: 'calendarYear' },
          levels: [{ id: 'a', threshold: 0 }, { id: 'b', threshold: 500, retainThreshold: 600, multiplier: '0' }, { id: 'c', threshold: 5_000 }],
        },
      },
      { asOf: '2026-02-01T00:00:00Z' },
    );
    expect(warnings.map((w) => [w.code, w.path])).toEqual([
      ['RETAIN_ABOVE_THRESHOLD', ['tiers', 'levels', 1, 'retainThreshold']],
      ['TIER_UNREACHABLE', ['tiers', 'levels', 2, 'threshold']],
      ['AMBIGUOUS_STACKING', ['earn', 'rules', 1]],
      ['EXPIRY_BEFORE_MATURITY', ['expiry']],
      ['NON_POSITIVE_MULTIPLIER', ['earn', 'base', 'points']],
      ['NON_POSITIVE_MULTIPLIER', ['earn', 'rules', 2, 'multiplier']],
      ['NON_POSITIVE_MULTIPLIER', ['tiers', 'levels', 1, 'multiplier']],
      ['PROMOTION_ENDED', ['earn', 'rules', 1, 'when', 'until']],
      ['MIN_POINTS_OFF_INCREMENT', ['redemption', 'minPoints']],
    ]);
    expect(warnings[2]?.message).toContain('×6');
  });

  it('reports stacking per mode and ignores rules that cannot overlap', () => {
    const rules = [
      { id: 'a', type: 'multiplier' as const, multiplier: '2', when: { weekdays: [1], hours: { from: 9, to: 12 }, firstPurchase: true } },
      { id: 'b', type: 'multiplier' as const, multiplier: '2', when: { weekdays: [1, 2], hours: { from: 22, to: 10 } } },
      { id: 'c', type: 'multiplier' as const, multiplier: '3', when: { weekdays: [3] } },
      { id: 'd', type: 'multiplier' as const, multiplier: '2', when: { firstPurchase: false } },
    ];
    const best = validateProgram({ ...base, earn: { ...base.earn, stacking: 'best', rules } });
    // a/b overlap on Monday 09:00–10:00 and b/d anywhere b holds; a/d differ on firstPurchase
    expect(best.map((w) => w.path)).toEqual([['earn', 'rules', 1], ['earn', 'rules', 3]]);
    expect(best[0]?.message).toContain('rule order decides');
    const add = validateProgram({ ...base, earn: { ...base.earn, stacking: 'add', rules } });
    expect(add.map((w) => /earns ×(\d+)/.exec(w.message)?.[1])).toEqual(['3', '3', '4']);
  });

  it('estimates reachability per cap period and window', () => {
    const tiersOf = (window: NonNullable<ProgramInput['tiers']>['window']) => ({ metric: 'qualifyingPoints' as const, window, levels: [{ id: 'x', threshold: 10_000 }] });
    const caps = (per: 'day' | 'month' | 'year' | 'lifetime' | 'transaction', points: number) => ({ ...base.earn, caps: [{ id: 'c', points, per }] });
    expect(validateProgram({ ...base, earn: caps('month', 800), tiers: tiersOf({ type: 'calendarYear' }) })).toHaveLength(1);
    expect(validateProgram({ ...base, earn: caps('month', 800), tiers: tiersOf({ type: 'rollingMonths', months: 12 }) })).toHaveLength(0);
    expect(validateProgram({ ...base, earn: caps('day', 20), tiers: tiersOf({ type: 'rollingMonths', months: 12 }) })).toHaveLength(1);
    expect(validateProgram({ ...base, earn: caps('year', 4_000), tiers: tiersOf({ type: 'anniversary' }) })).toHaveLength(1);
    expect(validateProgram({ ...base, earn: caps('lifetime', 9_000), tiers: tiersOf({ type: 'lifetime' }) })).toHaveLength(1);
    expect(validateProgram({ ...base, earn: caps('transaction', 1), tiers: tiersOf({ type: 'lifetime' }) })).toHaveLength(0);
  });

  it('refuses malformed programmes', () => {
    expect(thrown(() => validateProgram({ ...base, currency: 'XXX1' }))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'currency'] });
  });
});

describe('programLiability', () => {
  const p = program({ expiry: { type: 'rolling', months: 6 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.75' } });
  const { members } = replay(p, [
    enrol('a'),
    enrol('b'),
    purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)], {}, 'a'), // 100, expires 2026-07-10
    purchase('p2', '2026-03-10T00:00:00Z', [line(30_000)], {}, 'a'), // 300, expires 2026-09-10
    purchase('p3', '2026-01-20T00:00:00Z', [line(20_000)], {}, 'b'), // 200
    redeem('x', '2026-02-01T00:00:00Z', 50, 'b'),
  ]);

  it('values outstanding points and groups expiry by month', () => {
    const l = programLiability(members, { program: p, asOf: '2026-04-01T00:00:00Z', breakageRate: 0.1 });
    // outstanding 400 + 150 = 550; breakage 55; 495 × 0.75 = 371.25 → 371
    expect(l).toMatchObject({ outstandingPoints: 550, expectedBreakagePoints: 55, expectedRedemptionPoints: 495, breakageSource: 'given' });
    expect(l.liability).toEqual({ amountMinor: 371, currency: 'USD' });
    expect(l.grossValue).toEqual({ amountMinor: 412, currency: 'USD' }); // 550 × 0.75 = 412.5 → half-even 412
  });

  it('estimates breakage from history', () => {
    // by 2026-08-01 a's first lot (100) and b's remaining 150 expired; b redeemed 50: rate 250 / 300
    const l = programLiability(members, { program: p, asOf: '2026-08-01T00:00:00Z' });
    expect(l.breakageSource).toBe('history');
    expect(l.breakageRate).toBeCloseTo(5 / 6, 12);
    expect(l.outstandingPoints).toBe(300);
    expect(l.expectedBreakagePoints).toBe(250);
    expect(l.expiringByMonth).toEqual([{ month: '2026-09', points: 300 }]);
    const none = programLiability([], { program: p, asOf: '2026-08-01T00:00:00Z' });
    expect([none.breakageSource, none.outstandingPoints]).toEqual(['none', 0]);
  });

  it('refuses states of another programme', () => {
    expect(thrown(() => programLiability(members, { program: program({ id: 'x' }), asOf: '2026-01-01T00:00:00Z' }))).toEqual({ code: 'INVALID_INPUT', path: ['states', 0, 'programId'] });
    expect(thrown(() => programLiability('x' as never, { program: p, asOf: '2026-01-01T00:00:00Z' }))).toEqual({ code: 'INVALID_INPUT', path: ['states'] });
  });

  it('counts points in lots without expiry separately', () => {
    const q = program();
    const r = replay(q, [enrol(), purchase('p', '2026-01-10T00:00:00Z', [line(1_000)])]);
    expect(programLiability(r.members, { program: q, asOf: '2026-02-01T00:00:00Z' }).neverExpiringPoints).toBe(10);
  });
});

describe('simulateProgram', () => {
  it('compares issued, redeemed, tiers and liability under two versions', () => {
    const live = program({ tiers: { metric: 'qualifyingSpend', window: { type: 'lifetime' }, levels: [{ id: 'base', threshold: 0 }, { id: 'vip', threshold: 15_000 }] } });
    const richer = program({ version: 2, tiers: { metric: 'qualifyingSpend', window: { type: 'lifetime' }, levels: [{ id: 'base', threshold: 0 }, { id: 'vip', threshold: 5_000 }] } }, { rules: [{ id: 'x2', type: 'multiplier', multiplier: '2' }] });
    const events = [enrol('a'), enrol('b'), purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)], {}, 'a'), redeem('r', '2026-01-11T00:00:00Z', 150, 'a'), purchase('p2', '2026-01-10T00:00:00Z', [line(1_000)], {}, 'b')];
    const s = simulateProgram(richer, events, { baseline: live });
    // baseline: a earns 100 and cannot redeem 150; candidate: a earns 200, redeems 150
    expect(s.baseline).toMatchObject({ issued: 110, redeemed: 0, refusedRedemptions: 1, tierCounts: { base: 2 } });
    expect(s.candidate).toMatchObject({ issued: 220, redeemed: 150, refusedRedemptions: 0, tierCounts: { vip: 1, base: 1 }, version: 2 });
    expect(s.difference).toMatchObject({ issued: 110, redeemed: 150, liabilityMinor: -40 });
    expect(s.members.map((m) => [m.memberId, m.difference.issued, m.tierChanged])).toEqual([
      ['a', 100, true],
      ['b', 10, false],
    ]);
  });
});
