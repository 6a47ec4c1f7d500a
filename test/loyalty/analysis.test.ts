import * as fc from 'fast-check';
import { applyEvent, defineProgram, explainPoints, programJsonSchema, programLiability, replay, simulateProgram, validateProgram, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, logArb, program, purchase, redeem, thrown } from './fixtures.js';
import { describe, expect, it } from 'vitest';

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

// ---------------------------------------------------------------------------------------------
// Review c: each warning alone, the clean programme, liability and simulation by hand, the schema
// ---------------------------------------------------------------------------------------------

describe('validateProgram: each warning alone, and none on a clean programme', () => {
  const clean: ProgramInput = {
    id: 'club', version: 3, currency: 'EUR', timeZone: 'Europe/Berlin',
    earn: {
      base: { points: '1', perAmountMinor: 100, rounding: 'halfEven', stage: 'order' },
      exclude: { categories: ['giftcard'], skus: ['SHIPPING'] },
      stacking: 'multiply',
      rules: [
        // Overlap impossible: different categories, different weekdays, consecutive date ranges,
        // first purchase against later purchases.
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'], from: '2026-01-01T00:00:00+01:00', until: '2026-07-01T00:00:00+02:00' } },
        { id: 'shoes-h2', type: 'multiplier', multiplier: '1.5', when: { categories: ['shoes'], from: '2026-07-01T00:00:00+02:00', until: '2027-01-01T00:00:00+01:00' } },
        { id: 'food-weekend', type: 'multiplier', multiplier: '3', when: { categories: ['food'], weekdays: [6, 7] } },
        { id: 'food-monday', type: 'multiplier', multiplier: '3', when: { categories: ['food'], weekdays: [1] } },
        { id: 'welcome', type: 'multiplier', multiplier: '2', when: { categories: ['toys'], channels: ['app'], firstPurchase: true } },
        { id: 'app-later', type: 'multiplier', multiplier: '1.1', when: { categories: ['toys'], channels: ['app'], firstPurchase: false } },
        { id: 'gold-bonus', type: 'bonus', points: 50, when: { tiers: ['gold'], minSpendMinor: 10_000 } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 200 },
      ],
      caps: [{ id: 'shoes-cap', points: 500, per: 'month', ruleIds: ['shoes', 'shoes-h2'] }, { id: 'daily', points: 2_000, per: 'day' }],
    },
    pending: { days: 30 },
    expiry: { type: 'rolling', months: 24 },
    redemption: { minPoints: 500, increment: 100, pointValueMinor: '0.5' },
    returns: { negativeBalance: 'deductFromFuture' },
    tiers: {
      metric: 'qualifyingPoints', window: { type: 'calendarYear' },
      levels: [{ id: 'member', threshold: 0 }, { id: 'silver', threshold: 5_000, retainThreshold: 4_000, multiplier: '1.25' }, { id: 'gold', threshold: 20_000, multiplier: '1.5' }],
      downgrade: 'periodEnd', softLanding: true, graceDays: 30,
    },
  };
  const only = (patch: Partial<ProgramInput>, asOf?: string) => validateProgram({ ...clean, ...patch }, asOf === undefined ? {} : { asOf }).map((w) => [w.code, w.path]);

  it('finds nothing in a realistic programme, also with asOf before every promotion ends', () => {
    expect(validateProgram(clean)).toEqual([]);
    expect(validateProgram(clean, { asOf: '2026-03-01T00:00:00+01:00' })).toEqual([]);
  });

  it('TIERS_NOT_INCREASING for an equal or lower threshold', () => {
    const levels = [{ id: 'member', threshold: 100 }, { id: 'silver', threshold: 100 }, { id: 'gold', threshold: 50 }];
    expect(only({ tiers: { metric: 'visits', window: { type: 'lifetime' }, levels } })).toEqual([
      ['TIERS_NOT_INCREASING', ['tiers', 'levels', 1, 'threshold']],
      ['TIERS_NOT_INCREASING', ['tiers', 'levels', 2, 'threshold']],
    ]);
  });

  it('TIER_UNREACHABLE exactly above what the caps allow in the window', () => {
    // A monthly cap of 1 000 on everything: at most 12 × 1 000 = 12 000 per calendar year.
    const tiers = (threshold: number) => ({ ...clean.tiers!, levels: [{ id: 'gold', threshold }] });
    const earn = { ...clean.earn, caps: [{ id: 'm', points: 1_000, per: 'month' as const }] };
    expect(only({ earn, tiers: tiers(12_000) })).toEqual([]);
    expect(only({ earn, tiers: tiers(12_001) })).toEqual([['TIER_UNREACHABLE', ['tiers', 'levels', 0, 'threshold']]]);
    // Rolling 6 months touch 7 calendar months: 7 000 is reachable, 7 001 is not.
    const rolling = (threshold: number) => ({ ...tiers(threshold), window: { type: 'rollingMonths' as const, months: 6 } });
    expect(only({ earn, tiers: rolling(7_000) })).toEqual([]);
    expect(only({ earn, tiers: rolling(7_001) })).toEqual([['TIER_UNREACHABLE', ['tiers', 'levels', 0, 'threshold']]]);
    // A cap on some rules only limits nothing else: no warning; other metrics are not capped.
    expect(only({ earn: { ...clean.earn, caps: [{ id: 'r', points: 1, per: 'lifetime', ruleIds: ['shoes'] }] }, tiers: tiers(1_000_000) })).toEqual([]);
    expect(only({ earn, tiers: { ...tiers(1_000_000), metric: 'qualifyingSpend' } })).toEqual([]);
  });

  it('AMBIGUOUS_STACKING for rules that can meet on one line, not for back-to-back date ranges', () => {
    const rules = [
      { id: 'a', type: 'multiplier' as const, multiplier: '2', when: { from: '2026-01-01T00:00:00Z', until: '2026-02-01T00:00:00Z' } },
      { id: 'b', type: 'multiplier' as const, multiplier: '3', when: { from: '2026-02-01T00:00:00Z' } },
      { id: 'c', type: 'multiplier' as const, multiplier: '1.5', when: { from: '2026-01-31T23:59:59Z', until: '2026-02-01T00:00:00Z', skus: ['X'] } },
    ];
    const warnings = validateProgram({ ...clean, earn: { ...clean.earn, rules, caps: [] } });
    // a/b touch at 1 Feb but [from, until) never share an instant; c overlaps a (×3) only.
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['AMBIGUOUS_STACKING', ['earn', 'rules', 2]]]);
    expect(warnings[0]?.message).toContain('×3');
  });

  it('EXPIRY_BEFORE_MATURITY when a month can be shorter than the pending days', () => {
    // Rolling 1 month lasts 28 days at least (31 Jan → 28 Feb): 29 pending days can outlast it.
    expect(only({ expiry: { type: 'rolling', months: 1 }, pending: { days: 29 } })).toEqual([['EXPIRY_BEFORE_MATURITY', ['expiry']]]);
    expect(only({ expiry: { type: 'rolling', months: 1 }, pending: { days: 27 } })).toEqual([]);
    // endOfYear (this year): a purchase on 31 December expires at midnight, one pending day is too many.
    expect(only({ expiry: { type: 'endOfYear' }, pending: { days: 1 } })).toEqual([['EXPIRY_BEFORE_MATURITY', ['expiry']]]);
    expect(only({ expiry: { type: 'endOfYear' }, pending: { days: 0 } })).toEqual([]);
    expect(only({ expiry: { type: 'none' }, pending: { days: 3_000 } })).toEqual([]);
  });

  it('NON_POSITIVE_MULTIPLIER for a zero written with decimals', () => {
    const rules = [{ id: 'zero', type: 'multiplier' as const, multiplier: '0.000' }];
    expect(only({ earn: { ...clean.earn, rules, caps: [] } })).toEqual([['NON_POSITIVE_MULTIPLIER', ['earn', 'rules', 0, 'multiplier']]]);
    // '0.001' is positive
    expect(only({ earn: { ...clean.earn, rules: [{ ...rules[0]!, multiplier: '0.001' }], caps: [] } })).toEqual([]);
  });

  it('PROMOTION_ENDED at until ≤ asOf (until is exclusive), for multipliers and bonuses alike', () => {
    const rules = [
      { id: 'm', type: 'multiplier' as const, multiplier: '2', when: { until: '2026-06-01T00:00:00Z', categories: ['a'] } },
      { id: 'b', type: 'bonus' as const, points: 5, when: { until: '2026-06-01T00:00:01Z' } },
    ];
    const earn = { ...clean.earn, rules, caps: [] };
    expect(only({ earn }, '2026-05-31T23:59:59Z')).toEqual([]);
    expect(only({ earn }, '2026-06-01T00:00:00Z')).toEqual([['PROMOTION_ENDED', ['earn', 'rules', 0, 'when', 'until']]]);
    expect(only({ earn }, '2026-06-01T00:00:01Z')).toEqual([
      ['PROMOTION_ENDED', ['earn', 'rules', 0, 'when', 'until']],
      ['PROMOTION_ENDED', ['earn', 'rules', 1, 'when', 'until']],
    ]);
    expect(only({ earn })).toEqual([]);
  });

  it('RETAIN_ABOVE_THRESHOLD and MIN_POINTS_OFF_INCREMENT', () => {
    expect(only({ tiers: { ...clean.tiers!, levels: [{ id: 'gold', threshold: 10, retainThreshold: 11 }] } })).toEqual([['RETAIN_ABOVE_THRESHOLD', ['tiers', 'levels', 0, 'retainThreshold']]]);
    const w = validateProgram({ ...clean, redemption: { minPoints: 250, increment: 100 } });
    expect(w.map((x) => x.code)).toEqual(['MIN_POINTS_OFF_INCREMENT']);
    expect(w[0]?.message).toContain('300');
  });
});

describe('programLiability by hand', () => {
  // New York programme, 10 pending days, rolling 1-month expiry, a point is worth 0.125 minor.
  const p = program({ timeZone: 'America/New_York', pending: { days: 10 }, expiry: { type: 'rolling', months: 1 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.125' } });
  const { members } = replay(p, [
    enrol('m', '2026-01-01T00:00:00Z'),
    // 31 Jan 23:30 NY (1 Feb 04:30Z): 10 points, mature 10 Feb, expire 28 Feb 23:30 NY = 1 Mar 04:30Z.
    purchase('p1', '2026-02-01T04:30:00Z', [line(1_000)]),
    // 10 Feb 12:00 NY: 20 points, pending until 20 Feb, expire 10 Mar 12:00 NY (EDT since 8 March) = 16:00Z.
    purchase('p2', '2026-02-10T17:00:00Z', [line(2_000)]),
    redeem('r', '2026-02-12T00:00:00Z', 3),
  ], { asOf: '2026-02-15T00:00:00Z' });

  it('groups outstanding points by local month of expiry and values them half-even', () => {
    const l = programLiability(members, { program: p, asOf: '2026-02-15T00:00:00Z' });
    // available 10 − 3 = 7, pending 20; no expiry yet: breakage 0 ('history': 3 redeemed)
    expect(l).toMatchObject({ availablePoints: 7, pendingPoints: 20, outstandingPoints: 27, breakageSource: 'history', breakageRate: 0, expectedBreakagePoints: 0 });
    // p1's lot expires in February local time (UTC would say March); p2's in March.
    expect(l.expiringByMonth).toEqual([{ month: '2026-02', points: 7 }, { month: '2026-03', points: 20 }]);
    // 27 × 0.125 = 3.375 → 3
    expect([l.grossValue.amountMinor, l.liability.amountMinor]).toEqual([3, 3]);
  });

  it('estimates breakage from the history up to asOf', () => {
    const l = programLiability(members, { program: p, asOf: '2026-03-05T00:00:00Z' });
    // By 5 March the 7 left of p1 expired; 3 were redeemed: rate 7 / (7 + 3) = 0.7.
    // Outstanding 20 (matured 20 Feb): breakage 20 × 0.7 = 14, expected redemption 6.
    // Money: gross 20 × 0.125 = 2.5 → half-even 2; liability 6 × 0.125 = 0.75 → 1.
    expect(l).toMatchObject({ outstandingPoints: 20, breakageRate: 0.7, expectedBreakagePoints: 14, expectedRedemptionPoints: 6 });
    expect([l.grossValue.amountMinor, l.liability.amountMinor]).toEqual([2, 1]);
    expect(l.expiringByMonth).toEqual([{ month: '2026-03', points: 20 }]);
    // A given rate wins over history: 20 × 0.25 = 5
    expect(programLiability(members, { program: p, asOf: '2026-03-05T00:00:00Z', breakageRate: 0.25 })).toMatchObject({ breakageSource: 'given', expectedBreakagePoints: 5 });
  });

  it('counts every outstanding point in exactly one expiry row when nobody owes points', () => {
    const q = program({ expiry: { type: 'rolling', months: 3 }, pending: { days: 20 }, returns: { clawback: 'proportional', negativeBalance: 'floorAtZero' } });
    fc.assert(
      fc.property(logArb, (events) => {
        const { members: states } = replay(q, events);
        const l = programLiability(states, { program: q, asOf: '2028-06-01T00:00:00Z' });
        expect(l.expiringByMonth.reduce((s, r) => s + r.points, 0) + l.neverExpiringPoints).toBe(l.outstandingPoints);
        expect(l.expectedBreakagePoints + l.expectedRedemptionPoints).toBe(l.outstandingPoints);
      }),
      { numRuns: 60 },
    );
  });
});

describe('simulateProgram by hand', () => {
  const live = program({ expiry: { type: 'rolling', months: 12 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.5' }, tiers: { metric: 'qualifyingPoints', window: { type: 'lifetime' }, levels: [{ id: 'silver', threshold: 100 }, { id: 'gold', threshold: 300 }] } });
  const candidate = program({ version: 2, expiry: { type: 'rolling', months: 1 }, redemption: { minPoints: 0, increment: 1, pointValueMinor: '0.5' }, tiers: { metric: 'qualifyingPoints', window: { type: 'lifetime' }, levels: [{ id: 'silver', threshold: 100 }, { id: 'gold', threshold: 300 }] } }, {
    rules: [{ id: 'shoes', type: 'multiplier', multiplier: '3', when: { categories: ['shoes'] } }],
  });
  const events = [
    enrol('a'), enrol('b'), enrol('c'),
    purchase('pa', '2026-01-10T00:00:00Z', [line(15_000, 'shoes')], {}, 'a'),
    redeem('ra', '2026-01-20T00:00:00Z', 200, 'a'),
    purchase('pb', '2026-01-10T00:00:00Z', [line(5_001)], {}, 'b'),
    purchase('pc', '2026-03-01T00:00:00Z', [line(999, 'shoes')], {}, 'c'),
  ];

  it('reports issued, redeemed, expired, tiers and liability per member and in total', () => {
    const s = simulateProgram(candidate, events, { baseline: live, asOf: '2026-03-15T00:00:00Z' });
    // Baseline: a 150 (redeem 200 refused), b 50.01 → 50, c 9.99 → 9: 209 issued, nothing expires
    // in 12 months; silver a (150 ≥ 100); liability 209 × 0.5 = 104.5 → half-even 104.
    expect(s.baseline).toMatchObject({ issued: 209, redeemed: 0, expired: 0, refusedRedemptions: 1, availablePoints: 209, tierCounts: { silver: 1 }, belowFirstLevel: 2, liability: { amountMinor: 104, currency: 'USD' } });
    // Candidate: a 450 (×3), redeems 200, 250 expire on 10 Feb; b 50 expire on 10 Feb; c 29.97 → 29,
    // expires 1 April. Gold a (450 ≥ 300). Liability 29 × 0.5 = 14.5 → 14.
    expect(s.candidate).toMatchObject({ issued: 529, redeemed: 200, expired: 300, refusedRedemptions: 0, availablePoints: 29, tierCounts: { gold: 1 }, belowFirstLevel: 2, liability: { amountMinor: 14, currency: 'USD' }, version: 2 });
    expect(s.difference).toEqual({ issued: 320, redeemed: 200, expired: 300, clawedBack: 0, refusedRedemptions: -1, availablePoints: -180, pendingPoints: 0, liabilityMinor: -90 });
    expect(s.members.map((m) => [m.memberId, m.baseline.tier, m.candidate.tier, m.difference.issued, m.difference.expired, m.tierChanged])).toEqual([
      ['a', 'silver', 'gold', 300, 250, true],
      ['b', null, null, 0, 50, false],
      ['c', null, null, 20, 0, false],
    ]);
  });

  it('differs by nothing from itself, and its member differences add up to the total, over random logs', () => {
    const figures = ['issued', 'redeemed', 'expired', 'clawedBack', 'refusedRedemptions', 'availablePoints', 'pendingPoints'] as const;
    fc.assert(
      fc.property(logArb, (log) => {
        const same = simulateProgram(live, log, { baseline: live, asOf: '2028-06-01T00:00:00Z' });
        expect(same.difference).toEqual({ issued: 0, redeemed: 0, expired: 0, clawedBack: 0, refusedRedemptions: 0, availablePoints: 0, pendingPoints: 0, liabilityMinor: 0 });
        expect(same.members.every((m) => !m.tierChanged)).toBe(true);
        const s = simulateProgram(candidate, log, { baseline: live, asOf: '2028-06-01T00:00:00Z' });
        for (const f of figures) expect(s.members.reduce((sum, m) => sum + m.difference[f], 0), f).toBe(s.difference[f]);
        expect(Object.values(s.candidate.tierCounts).reduce((a, b) => a + b, s.candidate.belowFirstLevel)).toBe(s.members.length);
        // The simulated liability is programLiability's gross value of the replayed states.
        const states = replay(candidate, log, { asOf: '2028-06-01T00:00:00Z' }).members;
        expect(s.candidate.liability.amountMinor).toBe(programLiability(states, { program: candidate, asOf: '2028-06-01T00:00:00Z' }).grossValue.amountMinor);
      }),
      { numRuns: 40 },
    );
  });
});

// A validator for the JSON Schema keywords programJsonSchema() uses (checked below), so the
// exported schema itself is exercised, not only its shape.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Schema = { readonly [key: string]: unknown };
const KEYWORDS = new Set(['$schema', 'type', 'properties', 'required', 'additionalProperties', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'minLength', 'minItems', 'items', 'anyOf', 'oneOf', 'default']);
function jsonValid(schema: Schema, value: Json): boolean {
  const type = schema['type'];
  if (type === 'object' && (value === null || typeof value !== 'object' || Array.isArray(value))) return false;
  if (type === 'array' && !Array.isArray(value)) return false;
  if (type === 'string' && typeof value !== 'string') return false;
  if (type === 'boolean' && typeof value !== 'boolean') return false;
  if (type === 'number' && typeof value !== 'number') return false;
  if (type === 'integer' && !Number.isInteger(value)) return false;
  const anyOf = schema['anyOf'] as Schema[] | undefined;
  if (anyOf !== undefined && !anyOf.some((s) => jsonValid(s, value))) return false;
  const oneOf = schema['oneOf'] as Schema[] | undefined;
  if (oneOf !== undefined && oneOf.filter((s) => jsonValid(s, value)).length !== 1) return false;
  if (schema['enum'] !== undefined && !(schema['enum'] as Json[]).includes(value)) return false;
  if ('const' in schema && schema['const'] !== value) return false;
  if (typeof value === 'string') {
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value)) return false;
    if (typeof schema['minLength'] === 'number' && value.length < schema['minLength']) return false;
  }
  if (typeof value === 'number') {
    if (typeof schema['minimum'] === 'number' && value < schema['minimum']) return false;
    if (typeof schema['maximum'] === 'number' && value > schema['maximum']) return false;
    if (typeof schema['exclusiveMinimum'] === 'number' && value <= schema['exclusiveMinimum']) return false;
  }
  if (Array.isArray(value)) {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) return false;
    const items = schema['items'] as Schema | undefined;
    if (items !== undefined && !value.every((v) => jsonValid(items, v))) return false;
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    const required = (schema['required'] ?? []) as string[];
    if (!required.every((k) => k in value)) return false;
    for (const [k, v] of Object.entries(value)) {
      const sub = properties[k];
      if (sub === undefined) {
        if (schema['additionalProperties'] === false) return false;
      } else if (!jsonValid(sub, v)) return false;
    }
  }
  return true;
}

describe('programJsonSchema accepts every valid programme', () => {
  const schema = programJsonSchema();
  it('uses only the keywords the validator here implements', () => {
    const seen = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) {
          if (k === 'properties') Object.values(v as object).forEach(walk);
          else if (k !== 'default' && k !== 'const' && k !== 'enum') {
            seen.add(k);
            walk(v);
          }
        }
      }
    };
    walk(schema);
    expect([...seen].filter((k) => !KEYWORDS.has(k))).toEqual([]);
  });

  const condition = fc.record(
    {
      categories: fc.array(fc.constantFrom('a', 'b', 'shoes'), { minLength: 1, maxLength: 2 }),
      skus: fc.array(fc.constantFrom('X', 'Y'), { minLength: 1, maxLength: 2 }),
      channels: fc.constantFrom(['web'], ['app', 'store']),
      stores: fc.constantFrom(['berlin']),
      minSpendMinor: fc.nat({ max: 100_000 }),
      from: fc.constantFrom('2026-01-01T00:00:00Z', '2026-01-01T00:00:00+05:30', 1_767_225_600_000),
      until: fc.constantFrom('2027-01-01T00:00:00-03:00', 1_798_761_600_000),
      weekdays: fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
      hours: fc.record({ from: fc.integer({ min: 0, max: 23 }), to: fc.integer({ min: 1, max: 24 }) }),
      timeZone: fc.constantFrom('program', 'member'),
      tiers: fc.constantFrom(['silver'], ['silver', 'gold']),
      firstPurchase: fc.boolean(),
    },
    { requiredKeys: [] },
  );
  const decimal = fc.constantFrom('0', '1', '1.5', '0.25', '123456789012345.123456789012');
  const programArb = fc.record(
    {
      id: fc.constantFrom('club', 'x'),
      version: fc.oneof(fc.nat(), fc.constantFrom('v1', '2026-11')),
      currency: fc.constantFrom('USD', 'EUR', 'JPY'),
      timeZone: fc.constantFrom('UTC', 'America/New_York', 'Asia/Kolkata'),
      earn: fc.record(
        {
          base: fc.record({ points: decimal, perAmountMinor: fc.integer({ min: 1, max: 10_000 }), rounding: fc.constantFrom('halfEven', 'halfUp', 'halfDown', 'up', 'down', 'ceil', 'floor'), stage: fc.constantFrom('order', 'line') }, { requiredKeys: ['points', 'perAmountMinor'] }),
          exclude: fc.record({ categories: fc.array(fc.constantFrom('giftcard', 'tax')), skus: fc.array(fc.constantFrom('SHIP')) }, { requiredKeys: [] }),
          rules: fc.array(
            fc.oneof(
              fc.record({ type: fc.constant('multiplier'), multiplier: decimal, when: condition }, { requiredKeys: ['type', 'multiplier'] }),
              fc.record({ type: fc.constant('bonus'), points: fc.integer({ min: 1, max: 1_000 }), when: condition }, { requiredKeys: ['type', 'points'] }),
              fc.record({ type: fc.constant('eventBonus'), event: fc.constantFrom('signup', 'birthday', 'referral', 'review'), points: fc.integer({ min: 1, max: 1_000 }) }),
            ),
            { maxLength: 3 },
          ),
          stacking: fc.constantFrom('multiply', 'add', 'best'),
          caps: fc.array(fc.record({ points: fc.nat({ max: 10_000 }), per: fc.constantFrom('transaction', 'day', 'month', 'year', 'lifetime'), scoped: fc.boolean() }), { maxLength: 2 }),
        },
        { requiredKeys: ['base'] },
      ),
      pending: fc.record({ days: fc.nat({ max: 3_660 }) }),
      expiry: fc.oneof(fc.record({ type: fc.constant('rolling'), months: fc.integer({ min: 1, max: 1_200 }) }), fc.record({ type: fc.constant('endOfYear'), yearsAfter: fc.nat({ max: 100 }) }, { requiredKeys: ['type'] }), fc.constant({ type: 'none' })),
      redemption: fc.record({ minPoints: fc.nat({ max: 1_000 }), increment: fc.integer({ min: 1, max: 100 }), pointValueMinor: decimal }, { requiredKeys: [] }),
      returns: fc.record({ clawback: fc.constant('proportional'), negativeBalance: fc.constantFrom('allow', 'floorAtZero', 'deductFromFuture') }, { requiredKeys: [] }),
      tiers: fc.record(
        {
          metric: fc.constantFrom('qualifyingSpend', 'qualifyingPoints', 'visits'),
          window: fc.oneof(fc.constant({ type: 'calendarYear' }), fc.record({ type: fc.constant('rollingMonths'), months: fc.integer({ min: 1, max: 120 }) }), fc.constant({ type: 'anniversary' }), fc.constant({ type: 'lifetime' })),
          levels: fc.constant([{ id: 'silver', threshold: 0 }, { id: 'gold', threshold: 1_000, retainThreshold: 800, multiplier: '1.5', benefits: ['shipping'] }]),
          downgrade: fc.constantFrom('periodEnd', 'immediate'),
          softLanding: fc.boolean(),
          graceDays: fc.nat({ max: 3_660 }),
        },
        { requiredKeys: ['metric', 'window', 'levels'] },
      ),
    },
    { requiredKeys: ['id', 'version', 'currency', 'timeZone', 'earn'] },
  ).map((p) => {
    // Ids, caps naming real rules, tier conditions only with tiers: the cross-field rules.
    const rules = (p.earn.rules ?? []).map((r, i) => {
      const rule: Record<string, unknown> = { ...r, id: `r${String(i)}` };
      const when = rule['when'] as Record<string, unknown> | undefined;
      if (when !== undefined && p.tiers === undefined) delete when['tiers'];
      return rule;
    });
    const caps = (p.earn.caps ?? []).map((c, i) => ({ id: `c${String(i)}`, points: c.points, per: c.per, ...(c.scoped && rules.length > 0 ? { ruleIds: [`r${String(i % rules.length)}`] } : {}) }));
    return JSON.parse(JSON.stringify({ ...p, earn: { ...p.earn, rules, caps } })) as Json;
  });

  it('every programme defineProgram accepts is valid under the JSON Schema', () => {
    fc.assert(
      fc.property(programArb, (p) => {
        expect(() => defineProgram(p as ProgramInput)).not.toThrow();
        expect(jsonValid(schema, p)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('and malformed ones it can express are invalid under both, with the path of the bad field', () => {
    const ok = { id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
    const cases: [Record<string, unknown>, (string | number)[]][] = [
      [{ earn: { base: { points: 1, perAmountMinor: 100 } } }, ['earn', 'base', 'points']],
      [{ earn: { base: { points: '1.', perAmountMinor: 100 } } }, ['earn', 'base', 'points']],
      [{ earn: { base: { points: '1', perAmountMinor: 0 } } }, ['earn', 'base', 'perAmountMinor']],
      [{ version: 1.5 }, ['version']],
      [{ earn: { ...ok.earn, rules: [{ id: 'r', type: 'multiplier', multiplier: '2', when: { hours: { from: 22, to: 25 } } }] } }, ['earn', 'rules', 0, 'when', 'hours', 'to']],
      [{ earn: { ...ok.earn, rules: [{ id: 'r', type: 'multiplier', multiplier: '2', when: { weekdays: [] } }] } }, ['earn', 'rules', 0, 'when', 'weekdays']],
      [{ earn: { ...ok.earn, rules: [{ id: 'r', type: 'bonus', points: 1.5 }] } }, ['earn', 'rules', 0, 'points']],
      [{ earn: { ...ok.earn, caps: [{ id: 'c', points: -1, per: 'day' }] } }, ['earn', 'caps', 0, 'points']],
      [{ pending: { days: 3_661 } }, ['pending', 'days']],
      [{ expiry: { type: 'rolling', months: 0 } }, ['expiry', 'months']],
      [{ redemption: { increment: 0 } }, ['redemption', 'increment']],
      [{ returns: { clawback: 'full' } }, ['returns', 'clawback']],
      [{ tiers: { metric: 'nights', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 0 }] } }, ['tiers', 'metric']],
      [{ tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [] } }, ['tiers', 'levels']],
      [{ tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 0, multiplier: '-1' }] } }, ['tiers', 'levels', 0, 'multiplier']],
    ];
    for (const [patch, path] of cases) {
      const p = { ...ok, ...patch };
      expect(thrown(() => defineProgram(p as ProgramInput)), JSON.stringify(patch)).toEqual({ code: 'INVALID_INPUT', path });
      expect(jsonValid(schema, p as Json), JSON.stringify(patch)).toBe(false);
    }
  });
});

describe('regression: a purchase earning more than 2^53 points', () => {
  it('is refused as INVALID_INPUT with the path of the lines, not an internal SafeIntegerOverflow', () => {
    // 9e15 minor × 1 000 points per minor = 9e18 points, beyond Number.MAX_SAFE_INTEGER (9.007e15)
    const p = program({}, { base: { points: '1000', perAmountMinor: 1 } });
    const cart = { at: '2026-03-04T12:00:00Z', currency: 'USD', channel: 'web', lines: [line(9e15)] };
    expect(thrown(() => explainPoints(p, null, cart))).toEqual({ code: 'INVALID_INPUT', path: ['cart', 'lines'] });
    expect(thrown(() => replay(p, [enrol(), purchase('p', '2026-03-04T12:00:00Z', [line(9e15)])]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines'] });
  });
});

describe('regression: breakage from history at an exact half', () => {
  it('rounds outstanding × expired ÷ (expired + redeemed) half-even from the exact value', () => {
    // a: earns 1, it expires (rolling 1 month); b: earns 5, redeems 5; c: earns 3, outstanding.
    // rate = 1 ÷ (1 + 5) = 1/6; breakage = 3 × 1/6 = 0.5 exactly → half-even 0 (not 1).
    const p = program({ expiry: { type: 'rolling', months: 1 } });
    const { members } = replay(p, [
      enrol('a'), enrol('b'), enrol('c'),
      purchase('pa', '2026-01-02T00:00:00Z', [line(100)], {}, 'a'),
      purchase('pb', '2026-01-02T00:00:00Z', [line(500)], {}, 'b'),
      redeem('rb', '2026-01-03T00:00:00Z', 5, 'b'),
      purchase('pc', '2026-02-10T00:00:00Z', [line(300)], {}, 'c'),
    ], { asOf: '2026-02-15T00:00:00Z' });
    const l = programLiability(members, { program: p, asOf: '2026-02-15T00:00:00Z' });
    expect([l.outstandingPoints, l.breakageSource]).toEqual([3, 'history']);
    expect(l.expectedBreakagePoints).toBe(0);
    expect(l.expectedRedemptionPoints).toBe(3);
    expect(l.liability.amountMinor).toBe(3);
  });
});

describe('regression: AMBIGUOUS_STACKING across the programme and member time zones', () => {
  it('warns when an hours rule in the programme zone and one in the member zone can both apply', () => {
    const p: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'America/New_York', earn: { base: { points: '1', perAmountMinor: 100 }, rules: [
      { id: 'morning', type: 'multiplier', multiplier: '2', when: { hours: { from: 9, to: 12 } } },
      { id: 'evening-local', type: 'multiplier', multiplier: '3', when: { hours: { from: 20, to: 23 }, timeZone: 'member' } },
    ] } };
    // A member in Tokyo buying at 09:30 New York (EDT) = 13:30Z = 22:30 Tokyo: both apply, ×6:
    // 10 000 minor → base 100, morning +100, evening-local +400 = 600.
    const state = applyEvent(p, null, { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm', timeZone: 'Asia/Tokyo' }).state;
    const e = explainPoints(p, state, { at: '2026-07-06T09:30:00-04:00', currency: 'USD', channel: 'web', lines: [line(10_000)] });
    expect(e.points).toBe(600);
    expect(validateProgram(p).map((w) => [w.code, w.path])).toEqual([['AMBIGUOUS_STACKING', ['earn', 'rules', 1]]]);
  });
});

describe('regression: EXPIRY_BEFORE_MATURITY', () => {
  const base: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
  it('fires for endOfYear with yearsAfter 1 and a pending period longer than a year', () => {
    // Earned 2026-12-31 12:00, pending 366 days → would mature 2028-01-01 12:00; expires at
    // 2028-01-01 00:00 (start of the year after 2027), still pending: 100 points never usable.
    const p: ProgramInput = { ...base, pending: { days: 366 }, expiry: { type: 'endOfYear', yearsAfter: 1 } };
    const r = replay(p, [enrol(), purchase('p', '2026-12-31T12:00:00Z', [line(10_000)])], { asOf: '2028-03-01T00:00:00Z' });
    expect(r.ledger.map((e) => e.type)).toEqual(['enrol', 'earn', 'expire']);
    expect(r.members[0]?.totals.expired).toBe(100);
    expect(validateProgram(p).map((w) => w.code)).toEqual(['EXPIRY_BEFORE_MATURITY']);
  });
  it('does not fire when the shortest expiry period is longer than the pending period', () => {
    // Rolling 2 months lasts at least 59 days (31 Dec → 28 Feb, 31 Jan → 31 Mar); 58 pending days
    // always end first.
    expect(validateProgram({ ...base, pending: { days: 58 }, expiry: { type: 'rolling', months: 2 } })).toEqual([]);
    expect(validateProgram({ ...base, pending: { days: 60 }, expiry: { type: 'rolling', months: 2 } }).map((w) => w.code)).toEqual(['EXPIRY_BEFORE_MATURITY']);
  });
  it('fires when points can expire at the instant they mature (never usable)', () => {
    // Rolling 1 month, 28 pending days: earned 2026-01-31 12:00 UTC, matures and expires 2026-02-28 12:00.
    const p: ProgramInput = { ...base, pending: { days: 28 }, expiry: { type: 'rolling', months: 1 } };
    const r = replay(p, [enrol(), purchase('p', '2026-01-31T12:00:00Z', [line(10_000)])], { asOf: '2026-03-01T00:00:00Z' });
    expect(r.members[0]?.totals.expired).toBe(100);
    expect(validateProgram(p).map((w) => w.code)).toEqual(['EXPIRY_BEFORE_MATURITY']);
    expect(validateProgram({ ...base, pending: { days: 27 }, expiry: { type: 'rolling', months: 1 } })).toEqual([]);
  });
});

describe('regression: TIER_UNREACHABLE with a daily cap', () => {
  it('fires when a calendar year of daily caps (at most 366 days) cannot reach the threshold', () => {
    // 10 points a day × 366 days = 3 660 < 3 700
    const p: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 }, caps: [{ id: 'd', points: 10, per: 'day' }] },
      tiers: { metric: 'qualifyingPoints', window: { type: 'calendarYear' }, levels: [{ id: 'x', threshold: 3_700 }] } };
    expect(validateProgram(p).map((w) => [w.code, w.path])).toEqual([['TIER_UNREACHABLE', ['tiers', 'levels', 0, 'threshold']]]);
  });
  it('does not fire when a 1-month rolling window reaches the threshold over 32 local days', () => {
    // A cap of 100 a day; a purchase at 00:00:01 on each of Jan 1…31 (31 × 100) stays in the
    // window until Feb 1 00:00:01, so a 32nd at Feb 1 00:00:00.500 makes 3 200 ≥ 3 150: reachable.
    const p = program(
      { tiers: { metric: 'qualifyingPoints', window: { type: 'rollingMonths', months: 1 }, levels: [{ id: 'base', threshold: 0 }, { id: 'top', threshold: 3_150 }] } },
      { caps: [{ id: 'daily', points: 100, per: 'day' }] },
    );
    const events: unknown[] = [enrol('m', '2025-12-01T00:00:00Z')];
    for (let d = 1; d <= 31; d++) events.push(purchase(`p${String(d).padStart(2, '0')}`, `2026-01-${String(d).padStart(2, '0')}T00:00:01Z`, [line(10_000)]));
    events.push(purchase('p32', '2026-02-01T00:00:00.500Z', [line(10_000)]));
    const m = replay(p, events, { asOf: '2026-02-01T00:00:00.500Z' }).members[0];
    expect([m?.qualifying.progress, m?.tier.levelId]).toEqual([3_200, 'top']);
    expect(validateProgram(p).filter((w) => w.code === 'TIER_UNREACHABLE')).toEqual([]);
    // 3 250 is out of reach: 32 days × 100.
    const beyond = program({ tiers: { ...p.tiers!, levels: [{ id: 'base', threshold: 0 }, { id: 'top', threshold: 3_250 }] } }, { caps: [{ id: 'daily', points: 100, per: 'day' }] });
    expect(validateProgram(beyond).map((w) => w.code)).toEqual(['TIER_UNREACHABLE']);
  });
});

describe('regression: a state later than the instant asked about', () => {
  const p = program({ expiry: { type: 'rolling', months: 3 } });
  const { members } = replay(p, [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(4_000)]), purchase('p2', '2026-09-10T00:00:00Z', [line(5_000)])]);
  it('programLiability refuses it instead of reporting the later figures as of asOf', () => {
    // On 2026-02-01 the member held 40 points (p1); the September state holds 50 (p2), p1 expired.
    expect(thrown(() => programLiability(members, { program: p, asOf: '2026-02-01T00:00:00Z' }))).toEqual({ code: 'INVALID_INPUT', path: ['states', 0, 'asOf'] });
  });
  it('explainPoints refuses a cart before state.asOf, as applyEvent refuses the purchase', () => {
    const cart = { at: '2026-02-01T00:00:00Z', currency: 'USD', channel: 'web', lines: [line(1_000)] };
    expect(thrown(() => applyEvent(p, members[0] ?? null, { type: 'purchase', id: 'p3', memberId: 'm', ...cart }))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'at'] });
    expect(thrown(() => explainPoints(p, members[0] ?? null, cart))).toEqual({ code: 'INVALID_INPUT', path: ['cart', 'at'] });
  });
});

describe('regression: a state of another programme', () => {
  it('is refused by applyEvent and explainPoints, as advanceTo and programLiability refuse it', () => {
    const a = program({ id: 'club-a' });
    const b = program({ id: 'club-b' }, { base: { points: '5', perAmountMinor: 100 } });
    const state = applyEvent(a, null, enrol('m', '2026-01-01T00:00:00Z')).state;
    const cart = { at: '2026-02-01T00:00:00Z', currency: 'USD', channel: 'web', lines: [line(1_000)] };
    // Today: explainPoints prices club-a's member with club-b's 5 points per 100 (50), and
    // applyEvent earns under club-b into a state that still says club-a.
    expect(thrown(() => explainPoints(b, state, cart))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'programId'] });
    expect(thrown(() => applyEvent(b, state, purchase('p', '2026-02-01T00:00:00Z', [line(1_000)])))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'programId'] });
  });
});

describe('regression: validateProgram bounds across months and zones', () => {
  it('EXPIRY_BEFORE_MATURITY: 48 rolling months last 1 460 days across 2100 (not a leap year)', () => {
    const p = program({ pending: { days: 1460 }, expiry: { type: 'rolling', months: 48 } });
    expect(validateProgram(p).map((w) => w.code)).toContain('EXPIRY_BEFORE_MATURITY');
  });
  it('EXPIRY_BEFORE_MATURITY: endOfYear + 4 years is 1 460 days for 2096', () => {
    const p = program({ pending: { days: 1461 }, expiry: { type: 'endOfYear', yearsAfter: 4 } });
    expect(validateProgram(p).map((w) => w.code)).toContain('EXPIRY_BEFORE_MATURITY');
  });
  it('TIER_UNREACHABLE: a 12-month rolling window touches at most 367 local days', () => {
    const p = program({ tiers: { metric: 'qualifyingPoints', window: { type: 'rollingMonths', months: 12 }, levels: [{ id: 'a', threshold: 0 }, { id: 'b', threshold: 368 }] } }, { caps: [{ id: 'd', per: 'day', points: 1 }] });
    expect(validateProgram(p).map((w) => w.code)).toContain('TIER_UNREACHABLE');
  });
  it('TIER_UNREACHABLE: 3 months touch at most 93 days', () => {
    const p = program({ tiers: { metric: 'qualifyingPoints', window: { type: 'rollingMonths', months: 3 }, levels: [{ id: 'a', threshold: 0 }, { id: 'b', threshold: 94 }] } }, { caps: [{ id: 'd', per: 'day', points: 1 }] });
    expect(validateProgram(p).map((w) => w.code)).toContain('TIER_UNREACHABLE');
  });

  it('no AMBIGUOUS_STACKING for Monday (programme, UTC) and Wednesday (member zone)', () => {
    const p = program({}, { rules: [
      { id: 'mon', type: 'multiplier', multiplier: '2', when: { weekdays: [1] } },
      { id: 'wed', type: 'multiplier', multiplier: '3', when: { weekdays: [3], timeZone: 'member' } },
    ] });
    expect(validateProgram(p).map((w) => w.code)).not.toContain('AMBIGUOUS_STACKING'); // today: warned
  });
});
// Review H (2026-11-28): defects found in programJsonSchema and validateProgram, each failing before its fix.

describe('defect 1: programJsonSchema accepts programmes defineProgram refuses', () => {
  const ok = { id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
  const withUntil = (until: Json): Json => ({ ...ok, earn: { ...ok.earn, rules: [{ id: 'r', type: 'bonus', points: 5, when: { until } }] } });
  const refused: [string, Json][] = [
    ['until null', withUntil(null)],
    ['until true', withUntil(true)],
    ['until {}', withUntil({})],
    ['until "tomorrow"', withUntil('tomorrow')],
    ['until without offset', withUntil('2026-01-01T00:00:00')],
    ['until 1.5 ms', withUntil(1.5)],
    ['currency usd', { ...ok, currency: 'usd' }],
    ['currency XYZ', { ...ok, currency: 'XYZ' }],
  ];
  it.each(refused)('%s: refused by defineProgram, so refused by the JSON Schema too', (_, p) => {
    expect(() => defineProgram(p as ProgramInput)).toThrow();
    expect(jsonValid(programJsonSchema(), p)).toBe(false);
  });
  it('still accepts the instants defineProgram accepts', () => {
    for (const until of ['2026-01-01T00:00:00+05:30', '2026-01-01T00:00:00.123456Z', 1_767_225_600_000, -1]) {
      expect(() => defineProgram(withUntil(until) as ProgramInput)).not.toThrow();
      expect(jsonValid(programJsonSchema(), withUntil(until))).toBe(true);
    }
  });
});

describe('defect 2: TIER_UNREACHABLE misses a cap of 0 per transaction (and per day/month/year with a lifetime window)', () => {
  const levels = [{ id: 'member', threshold: 0 }, { id: 'gold', threshold: 100 }];
  const p = (per: 'transaction' | 'day' | 'month' | 'year', window: 'calendarYear' | 'lifetime'): ProgramInput => ({
    id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
    earn: { base: { points: '1', perAmountMinor: 100 }, rules: [{ id: 'bday', type: 'eventBonus', event: 'birthday', points: 500 }], caps: [{ id: 'nothing', points: 0, per }] },
    tiers: { metric: 'qualifyingPoints', window: { type: window }, levels },
  });
  it('the programme really earns nothing: gold (100 qualifying points) is unreachable', () => {
    // 100 000 minor → 1 000 base points, cut to 0 by the cap; the 500-point birthday bonus too.
    const r = replay(p('transaction', 'calendarYear'), [
      { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
      { type: 'purchase', id: 'p1', at: '2026-02-01T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web', lines: [{ sku: 's', category: 'c', quantity: 1, amountMinor: 100_000 }] },
      { type: 'bonusEvent', id: 'b1', at: '2026-02-02T00:00:00Z', memberId: 'm', event: 'birthday' },
    ]);
    expect(r.members[0]?.totals.earned).toBe(0);
    expect(r.members[0]?.tier.levelId).toBe('member');
  });
  it.each([
    ['transaction', 'calendarYear'],
    ['transaction', 'lifetime'],
    ['day', 'lifetime'],
    ['month', 'lifetime'],
    ['year', 'lifetime'],
  ] as const)('warns for a 0-point cap per %s with a %s window', (per, window) => {
    // Caps allow at most 0 points per window (0 × anything), gold needs 100.
    expect(validateProgram(p(per, window)).map((w) => [w.code, w.path])).toEqual([['TIER_UNREACHABLE', ['tiers', 'levels', 1, 'threshold']]]);
  });
});

describe('defect 3: validateProgram does not check its options as the other functions do', () => {
  const p: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 }, rules: [{ id: 'xmas', type: 'bonus', points: 50, when: { until: '2025-12-27T00:00:00Z' } }] } };
  const thrown = (f: () => unknown): { type: string; code: unknown; path: unknown } => {
    try {
      f();
    } catch (error) {
      const e = error as { code?: unknown; path?: unknown };
      return { type: (error as Error).constructor.name, code: e.code, path: e.path };
    }
    throw new Error('did not throw');
  };
  it('the correctly spelt option gives the warning', () => {
    expect(validateProgram(p, { asOf: '2026-01-01T00:00:00Z' }).map((w) => w.code)).toEqual(['PROMOTION_ENDED']);
  });
  it('a misspelt option is refused (replay refuses it), not a check silently skipped', () => {
    expect(thrown(() => replay(p, [], { asof: '2026-01-01T00:00:00Z' } as never))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options', 'asof'] });
    expect(thrown(() => validateProgram(p, { asof: '2026-01-01T00:00:00Z' } as never))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options', 'asof'] });
  });
  it('an instant passed instead of the options object is refused, not ignored', () => {
    expect(thrown(() => validateProgram(p, '2026-01-01T00:00:00Z' as never))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options'] });
  });
  it('null options are an OmnicxError with a path, not a TypeError', () => {
    expect(thrown(() => replay(p, [], null as never))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options'] });
    expect(thrown(() => validateProgram(p, null as never))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options'] });
  });
  it('a bad asOf has the code replay gives it', () => {
    expect(thrown(() => replay(p, [], { asOf: 'yesterday' }))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options', 'asOf'] });
    expect(thrown(() => validateProgram(p, { asOf: 'yesterday' }))).toEqual({ type: 'OmnicxError', code: 'INVALID_INPUT', path: ['options', 'asOf'] });
  });
});

describe('validateProgram: RULE_NEVER_APPLIES', () => {
  const base = (rules: unknown[], exclude: unknown = {}): ProgramInput =>
    ({ id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 }, exclude, rules } }) as ProgramInput;
  const codes = (p: ProgramInput): [string, readonly (string | number)[]][] => validateProgram(p).map((w) => [w.code, w.path]);

  it('a rule whose until is at or before its from', () => {
    const empty = base([{ id: 'x', type: 'bonus', points: 5, when: { from: '2026-03-01T00:00:00Z', until: '2026-03-01T00:00:00Z' } }]);
    expect(codes(empty)).toEqual([['RULE_NEVER_APPLIES', ['earn', 'rules', 0, 'when', 'until']]]);
    const reversed = base([{ id: 'x', type: 'multiplier', multiplier: '2', when: { from: '2026-03-02T00:00:00Z', until: '2026-03-01T00:00:00Z' } }]);
    expect(codes(reversed)).toEqual([['RULE_NEVER_APPLIES', ['earn', 'rules', 0, 'when', 'until']]]);
    // One millisecond of window is a window: no warning.
    expect(codes(base([{ id: 'x', type: 'bonus', points: 5, when: { from: 0, until: 1 } }]))).toEqual([]);
  });

  it('line criteria naming only excluded values, and not when one value can still match', () => {
    const exclude = { categories: ['gift-cards', 'tobacco'], skus: ['DEPOSIT'] };
    const p = base(
      [
        { id: 'cards', type: 'multiplier', multiplier: '3', when: { categories: ['gift-cards', 'tobacco'] } },
        { id: 'mixed', type: 'bonus', points: 10, when: { categories: ['gift-cards', 'shoes'] } },
        { id: 'deposit', type: 'bonus', points: 10, when: { skus: ['DEPOSIT'] } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 50 },
      ],
      exclude,
    );
    expect(codes(p)).toEqual([
      ['RULE_NEVER_APPLIES', ['earn', 'rules', 0, 'when', 'categories']],
      ['RULE_NEVER_APPLIES', ['earn', 'rules', 2, 'when', 'skus']],
    ]);
  });

  it('the warning is right: such a rule gives nothing on a purchase it names', () => {
    const p = base([{ id: 'cards', type: 'multiplier', multiplier: '3', when: { categories: ['gift-cards'] } }], { categories: ['gift-cards'] });
    const r = replay(p, [
      { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
      { type: 'purchase', id: 'p', at: '2026-01-02T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web', lines: [{ sku: 'G', category: 'gift-cards', quantity: 1, amountMinor: 5_000 }, { sku: 'S', category: 'shoes', quantity: 1, amountMinor: 1_000 }] },
    ]);
    // Only the shoes line earns: 1 000 minor → 10 points, no rule part.
    const earn = r.ledger.find((e) => e.type === 'earn');
    expect(earn?.points).toBe(10);
    expect(earn?.explanation?.rules).toEqual([]);
  });
});
