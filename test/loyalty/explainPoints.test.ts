import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalRounding } from '../../src/core/internal/decimal.js';
import { ROUNDING_MODES } from '../../src/core/rounding/RoundingMode.js';
import { bigOps, decimalText, numberOps, rationalToString, roundNumber, roundRational } from '../../src/loyalty/internal/arith.js';
import { explainPoints, type EarnExplanation } from '../../src/loyalty/index.js';
import { line, program, thrown } from './fixtures.js';
import { applyEvent, replay, type LedgerEntry, type MemberState, type ProgramInput } from '../../src/loyalty/index.js';
import { bonus, enrol, logArb, purchase } from './fixtures.js';

const cart = (lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}) => ({
  at: '2026-03-04T12:00:00Z', // a Wednesday
  currency: 'USD',
  channel: 'web',
  lines,
  ...extra,
});

function ruleMap(e: EarnExplanation): Record<string, number> {
  return Object.fromEntries(e.rules.map((r) => [r.ruleId, r.points]));
}

describe('explainPoints', () => {
  it('earns base points per amount with floor rounding by default', () => {
    // 12 345 minor / 100 × 1 = 123.45 → floor 123
    const e = explainPoints(program(), null, cart([line(12_345)]));
    expect(e.points).toBe(123);
    expect(e.rounding).toEqual({ mode: 'floor', stage: 'order', unroundedPoints: '123.45', roundedPoints: 123 });
  });

  it('rounds once per order, not per line, at the order stage', () => {
    // two lines of 150: 1.5 + 1.5 = 3.0 → 3 (per line floor would give 1 + 1 = 2)
    expect(explainPoints(program(), null, cart([line(150), line(150)])).points).toBe(3);
    const perLine = program({}, { base: { points: '1', perAmountMinor: 100, stage: 'line' } });
    expect(explainPoints(perLine, null, cart([line(150), line(150)])).points).toBe(2);
  });

  it('rounds exactly at .5 with every mode (no float drift)', () => {
    // 250 / 100 = 2.5 exactly; 0.1 + 0.2 style drift would break ties
    const expected = { halfEven: 2, halfUp: 3, halfDown: 2, up: 3, down: 2, ceil: 3, floor: 2 } as const;
    for (const mode of ROUNDING_MODES) {
      const p = program({}, { base: { points: '1', perAmountMinor: 100, rounding: mode } });
      expect(explainPoints(p, null, cart([line(250)])).points, mode).toBe(expected[mode]);
    }
    // 0.1 points per minor unit on 35 minor = 3.5 exactly (binary 0.1 × 35 = 3.5000000000000004)
    const tenth = program({}, { base: { points: '0.1', perAmountMinor: 1, rounding: 'halfEven' } });
    expect(explainPoints(tenth, null, cart([line(35)])).points).toBe(4);
    expect(explainPoints(tenth, null, cart([line(25)])).points).toBe(2);
  });

  it('excludes categories and skus from earning', () => {
    const p = program({}, { exclude: { categories: ['giftcard'], skus: ['TAX'] } });
    const e = explainPoints(p, null, cart([line(1_000), line(5_000, 'giftcard'), line(300, 'fees', 'TAX')]));
    expect(e.points).toBe(10);
    expect(e.eligibleSpendMinor).toBe(1_000);
    expect(e.excludedSpendMinor).toBe(5_300);
  });

  const twoRules = (stacking: 'multiply' | 'add' | 'best') =>
    program({}, {
      stacking,
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'web', type: 'multiplier', multiplier: '1.5', when: { channels: ['web'] } },
      ],
    });

  it('multiplies rule multipliers in order with multiply stacking', () => {
    // shoes 10 000 → base 100; ×2 gives +100; ×1.5 on 200 gives +100 → 300
    // food 10 000 → base 100; ×1.5 gives +50 → 150. Total 450.
    const e = explainPoints(twoRules('multiply'), null, cart([line(10_000, 'shoes'), line(10_000)]));
    expect(e.points).toBe(450);
    expect(e.basePoints).toBe(200);
    expect(ruleMap(e)).toEqual({ shoes: 100, web: 150 });
  });

  it('adds multiplier uplifts with add stacking', () => {
    // shoes: 100 × (1 + 1 + 0.5) = 250; food: 100 × 1.5 = 150 → 400
    const e = explainPoints(twoRules('add'), null, cart([line(10_000, 'shoes'), line(10_000)]));
    expect(e.points).toBe(400);
    expect(ruleMap(e)).toEqual({ shoes: 100, web: 100 });
  });

  it('keeps only the largest multiplier per line with best stacking', () => {
    // shoes: max(2, 1.5) = 2 → 200; food: 1.5 → 150 → 350
    const e = explainPoints(twoRules('best'), null, cart([line(10_000, 'shoes'), line(10_000)]));
    expect(e.points).toBe(350);
    expect(ruleMap(e)).toEqual({ shoes: 100, web: 50 });
  });

  it('adds bonuses after multipliers and never multiplies them', () => {
    const p = program({}, {
      rules: [
        { id: 'x3', type: 'multiplier', multiplier: '3' },
        { id: 'big-basket', type: 'bonus', points: 25, when: { minSpendMinor: 5_000 } },
      ],
    });
    // 5 000 → 50 × 3 = 150, + 25 = 175
    expect(explainPoints(p, null, cart([line(5_000)])).points).toBe(175);
    // 4 999 → 49.99 × 3 = 149.97 → 149, bonus not reached
    expect(explainPoints(p, null, cart([line(4_999)])).points).toBe(149);
  });

  it('attributes the single rounding by largest remainder so parts sum to the total', () => {
    // base 1.99, ×1.5 adds 0.995: total 2.985 → halfUp 3; floors 1 + 0 = 1, remainders .99 and .995 → +1 each
    const p = program({}, { base: { points: '1', perAmountMinor: 100, rounding: 'halfUp' }, rules: [{ id: 'r', type: 'multiplier', multiplier: '1.5' }] });
    const e = explainPoints(p, null, cart([line(199)]));
    expect(e.points).toBe(3);
    expect(e.basePoints + (e.rules[0]?.points ?? 0)).toBe(3);
    expect(e.rounding.unroundedPoints).toBe('2.985');
  });

  it('evaluates weekday and hour conditions in the programme time zone', () => {
    // 2026-03-07T03:00Z is Saturday in UTC but still Friday 22:00 in New York
    const rules = [{ id: 'weekend', type: 'multiplier' as const, multiplier: '2', when: { weekdays: [6, 7] } }];
    const utc = program({}, { rules });
    const ny = program({ timeZone: 'America/New_York' }, { rules });
    const at = '2026-03-07T03:00:00Z';
    expect(explainPoints(utc, null, cart([line(1_000)], { at })).points).toBe(20);
    expect(explainPoints(ny, null, cart([line(1_000)], { at })).points).toBe(10);
    const lateNight = program({}, { rules: [{ id: 'night', type: 'multiplier', multiplier: '2', when: { hours: { from: 22, to: 2 } } }] });
    expect(explainPoints(lateNight, null, cart([line(1_000)], { at: '2026-03-07T01:00:00Z' })).points).toBe(20);
    expect(explainPoints(lateNight, null, cart([line(1_000)], { at: '2026-03-07T12:00:00Z' })).points).toBe(10);
    const lunch = program({}, { rules: [{ id: 'lunch', type: 'multiplier', multiplier: '2', when: { hours: { from: 12, to: 14 } } }] });
    expect(explainPoints(lunch, null, cart([line(1_000)], { at: '2026-03-07T12:00:00Z' })).points).toBe(20);
    expect(explainPoints(lunch, null, cart([line(1_000)], { at: '2026-03-07T14:00:00Z' })).points).toBe(10);
  });

  it('applies date ranges as [from, until)', () => {
    const p = program({}, { rules: [{ id: 'march', type: 'multiplier', multiplier: '2', when: { from: '2026-03-01T00:00:00Z', until: '2026-04-01T00:00:00Z' } }] });
    expect(explainPoints(p, null, cart([line(1_000)], { at: '2026-03-01T00:00:00Z' })).points).toBe(20);
    expect(explainPoints(p, null, cart([line(1_000)], { at: '2026-04-01T00:00:00Z' })).points).toBe(10);
    expect(explainPoints(p, null, cart([line(1_000)], { at: '2026-02-28T23:59:59Z' })).points).toBe(10);
  });

  it('matches skus, stores, channels and first purchase', () => {
    const p = program({}, {
      rules: [
        { id: 'sku', type: 'bonus', points: 1, when: { skus: ['S1'] } },
        { id: 'store', type: 'bonus', points: 2, when: { stores: ['berlin'] } },
        { id: 'app', type: 'bonus', points: 4, when: { channels: ['app'] } },
        { id: 'first', type: 'bonus', points: 8, when: { firstPurchase: true } },
        { id: 'later', type: 'bonus', points: 16, when: { firstPurchase: false } },
      ],
    });
    const e = explainPoints(p, null, cart([line(0, 'x', 'S1')], { store: 'berlin', channel: 'web' }));
    expect(ruleMap(e)).toEqual({ sku: 1, store: 2, first: 8 });
    const none = explainPoints(p, null, cart([line(0, 'x', 'S2')], { channel: 'web' }));
    expect(ruleMap(none)).toEqual({ first: 8 });
  });

  it('cuts points with transaction caps, later parts first', () => {
    const p = program({}, {
      rules: [
        { id: 'x2', type: 'multiplier', multiplier: '2' },
        { id: 'b', type: 'bonus', points: 30 },
      ],
      caps: [
        { id: 'promo', points: 40, per: 'transaction', ruleIds: ['x2'] },
        { id: 'all', points: 150, per: 'transaction' },
      ],
    });
    // 10 000 → base 100, x2 +100 → capped to 40 (cut 60), bonus 30: 170 → all-cap 150 cuts 20 from the bonus
    const e = explainPoints(p, null, cart([line(10_000)]));
    expect(e.points).toBe(150);
    expect(e.caps).toEqual([{ capId: 'promo', cutPoints: 60 }, { capId: 'all', cutPoints: 20 }]);
    expect(ruleMap(e)).toEqual({ x2: 40, b: 10 });
  });

  it('gives no bonus to a cart with only excluded lines', () => {
    const p = program({}, { exclude: { categories: ['giftcard'] }, rules: [{ id: 'b', type: 'bonus', points: 30 }] });
    expect(explainPoints(p, null, cart([line(10_000, 'giftcard')])).points).toBe(0);
  });

  it('floors a line at zero when add stacking of sub-1 multipliers goes negative', () => {
    const p = program({}, { stacking: 'add', rules: [
      { id: 'a', type: 'multiplier', multiplier: '0.5' },
      { id: 'b', type: 'multiplier', multiplier: '0.5' },
      { id: 'c', type: 'multiplier', multiplier: '0.5' },
    ] });
    // 1 + (−0.5) × 3 = −0.5 → the line earns 0
    const e = explainPoints(p, null, cart([line(10_000)]));
    expect(e.points).toBe(0);
    expect(e.basePoints + e.rules.reduce((s, r) => s + r.points, 0)).toBe(0);
  });

  describe('caps with a reducing multiplier (add stacking, multiplier below 1)', () => {
    // One shoes line of 100.00: b = 100; add stacking gives base 100, shoes +100 (×2),
    // weekend −25 (×0.75): 175 before caps.
    const reducing = (caps: unknown[]) =>
      program({}, { stacking: 'add', caps: caps as never, rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'weekend', type: 'multiplier', multiplier: '0.75' },
      ] });

    it('limits the net points in scope, so the reduction counts against the cap', () => {
      // Cap 100 per transaction: 175 − 100 = 75 cut from the last positive part (shoes 100 → 25).
      // Counting only positive parts (200) would cut 100 and leave 75, below the cap.
      const e = explainPoints(reducing([{ id: 't', points: 100, per: 'transaction' }]), null, cart([line(10_000, 'shoes')]));
      expect(e.points).toBe(100);
      expect(e.basePoints).toBe(100);
      expect(ruleMap(e)).toEqual({ shoes: 25, weekend: -25 });
      expect(e.caps).toEqual([{ capId: 't', cutPoints: 75 }]);
    });

    it('never takes a purchase below zero (it used to earn −5 under a cap of 20)', () => {
      // Cap 20: cut 155 = shoes 100 + base 55 → 45 + 0 − 25 = 20.
      const e = explainPoints(reducing([{ id: 't', points: 20, per: 'transaction' }]), null, cart([line(10_000, 'shoes')]));
      expect(e.points).toBe(20);
      expect(e.basePoints).toBe(45);
      expect(e.caps).toEqual([{ capId: 't', cutPoints: 155 }]);
    });

    it('stops a cap on some rules from pushing the purchase below zero through reductions outside it', () => {
      // b = 100: base 100, r +100 (×2, capped at 10), n1 −60 and n2 −60 (×0.4 each): 80 before caps.
      // Cutting r to 10 would leave 100 + 10 − 120 = −10; the cut stops at 80, the purchase earns 0.
      const p = program({}, { stacking: 'add', caps: [{ id: 'r-cap', points: 10, per: 'transaction', ruleIds: ['r'] }], rules: [
        { id: 'r', type: 'multiplier', multiplier: '2' },
        { id: 'n1', type: 'multiplier', multiplier: '0.4' },
        { id: 'n2', type: 'multiplier', multiplier: '0.4' },
      ] });
      const e = explainPoints(p, null, cart([line(10_000)]));
      expect(e.points).toBe(0);
      expect(ruleMap(e)).toEqual({ r: 20, n1: -60, n2: -60 });
      expect(e.caps).toEqual([{ capId: 'r-cap', cutPoints: 80 }]);
    });
  });

  it('falls back to exact bigint arithmetic beyond 2^53', () => {
    const p = program({}, { base: { points: '1.000000000001', perAmountMinor: 1 }, rules: [
      { id: 'a', type: 'multiplier', multiplier: '1.000000000001' },
      { id: 'b', type: 'multiplier', multiplier: '1.000000000001' },
    ] });
    // 9e15 × (1 + 1e-12)^3 = 9e15 + 27 000 + 2.7e-8 + … → shown to 6 places, floored
    const e = explainPoints(p, null, cart([line(9_000_000_000_000_000)]));
    expect(e.rounding.unroundedPoints).toBe('9000000000027000');
    expect(e.rounding.roundedPoints).toBe(9_000_000_000_027_000);
  });

  it('refuses carts in another currency and malformed carts', () => {
    expect(thrown(() => explainPoints(program(), null, { ...cart([line(1)]), currency: 'EUR' }))).toEqual({ code: 'CURRENCY_MISMATCH', path: ['cart', 'currency'] });
    expect(thrown(() => explainPoints(program(), null, cart([line(-1)])))).toEqual({ code: 'INVALID_INPUT', path: ['cart', 'lines', 0, 'amountMinor'] });
  });

  it('rounds rationals exactly like decimal.js for every mode', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000 }), fc.constantFrom(...ROUNDING_MODES), (n, d, mode) => {
        const expected = new D(n).div(d).toDecimalPlaces(0, decimalRounding(mode)).toNumber() + 0;
        expect(roundRational(numberOps, n, d, mode)).toBe(expected);
        expect(roundNumber(n, d, mode)).toBe(expected);
        expect(Number(roundRational(bigOps, BigInt(n), BigInt(d), mode))).toBe(expected);
      }),
    );
  });

  it('writes rationals as text the same way on the number hot path and the generic path', () => {
    // '-12.5' for −25/2; 1/3 truncated to 6 places; 7/8 exact in 3.
    expect(decimalText(-25, 2)).toBe('-12.5');
    expect(decimalText(1, 3)).toBe('0.333333');
    expect(decimalText(7, 8)).toBe('0.875');
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        expect(decimalText(n, d)).toBe(rationalToString(numberOps, n, d));
        expect(decimalText(n, d)).toBe(rationalToString(bigOps, BigInt(n), BigInt(d)));
      }),
    );
  });
});

describe('explainPoints with a member state', () => {
  it('uses the member tier, first-purchase flag and cap usage as of the cart', async () => {
    const { applyEvent } = await import('../../src/loyalty/index.js');
    const p = program({ tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: 'base', threshold: 0 }, { id: 'gold', threshold: 10_000, multiplier: '2' }] } }, {
      rules: [{ id: 'welcome', type: 'bonus', points: 100, when: { firstPurchase: true } }],
      caps: [{ id: 'daily', points: 250, per: 'day' }],
    });
    let state = applyEvent(p, null, { type: 'enrol', id: 'e', at: '2026-03-01T00:00:00Z', memberId: 'm' }).state;
    const fresh = explainPoints(p, state, cart([line(1_000)]));
    expect([fresh.tier, fresh.points]).toEqual(['base', 110]);
    state = applyEvent(p, state, { type: 'purchase', id: 'p', at: '2026-03-04T09:00:00Z', memberId: 'm', currency: 'USD', channel: 'web', lines: [line(10_000)] }).state;
    // gold now: 1 000 → 10 × 2 = 20, no welcome bonus; the day already used 200 of 250
    const again = explainPoints(p, state, cart([line(5_000)]));
    expect([again.tier, again.points, again.caps]).toEqual(['gold', 50, [{ capId: 'daily', cutPoints: 50 }]]);
  });
});

// ---------------------------------------------------------------------------------------------
// Review c: earning checked against hand computations and an independent exact recomputation
// ---------------------------------------------------------------------------------------------

describe('explainPoints: the worked example of docs/loyalty.md', () => {
  it('gives 1 147 with base 624, shoes 100 (cut 23), web 373 and bonus 50', () => {
    // shoes 12 345: base 123.45, ×2 +123.45, ×1.5 on 246.90 +123.45; food 50 000: base 500, ×1.5 +250.
    // Sum 1 120.35 → floor 1 120; parts 623.45 / 123.45 / 373.45 → floors 623 + 123 + 373 = 1 119,
    // the extra point to the first of the tied .45 remainders (base) → 624 / 123 / 373.
    // Bonus big +50 (eligible 62 345 ≥ 10 000); cap promo cuts shoes 123 → 100 (23): 1 147.
    const p = program({}, {
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'web', type: 'multiplier', multiplier: '1.5', when: { channels: ['web'] } },
        { id: 'big', type: 'bonus', points: 50, when: { minSpendMinor: 10_000 } },
      ],
      caps: [{ id: 'promo', points: 100, per: 'day', ruleIds: ['shoes'] }],
    });
    const e = explainPoints(p, null, cart([line(12_345, 'shoes'), line(50_000)]));
    expect(e.points).toBe(1_147);
    expect(e.basePoints).toBe(624);
    expect(ruleMap(e)).toEqual({ shoes: 100, web: 373, big: 50 });
    expect(e.caps).toEqual([{ capId: 'promo', cutPoints: 23 }]);
    expect(e.rounding).toEqual({ mode: 'floor', stage: 'order', unroundedPoints: '1120.35', roundedPoints: 1_120 });
  });
});

describe('explainPoints: rounding at exactly .5, order stage against line stage', () => {
  // Two lines of 250 and one of 150 at 1 point per 100: 2.5 + 2.5 + 1.5 = 6.5 exactly.
  // order: one rounding of 6.5; line: 2.5, 2.5, 1.5 each rounded, then summed.
  const expected = {
    halfEven: { order: 6, line: 2 + 2 + 2 },
    halfUp: { order: 7, line: 3 + 3 + 2 },
    halfDown: { order: 6, line: 2 + 2 + 1 },
    up: { order: 7, line: 3 + 3 + 2 },
    down: { order: 6, line: 2 + 2 + 1 },
    ceil: { order: 7, line: 3 + 3 + 2 },
    floor: { order: 6, line: 2 + 2 + 1 },
  } as const;
  for (const mode of ROUNDING_MODES) {
    it(`${mode}: order ${String(expected[mode].order)}, line ${String(expected[mode].line)}, parts summing to the points`, () => {
      for (const stage of ['order', 'line'] as const) {
        const p = program({}, { base: { points: '1', perAmountMinor: 100, rounding: mode, stage } });
        const e = explainPoints(p, null, cart([line(250), line(250), line(150)]));
        expect(e.points, stage).toBe(expected[mode][stage]);
        expect(e.basePoints + e.rules.reduce((sum, r) => sum + r.points, 0), stage).toBe(e.points);
        expect(e.rounding.unroundedPoints).toBe('6.5');
      }
    });
  }

  it('shares a line-stage tie between base and rule by largest remainder, earlier part first', () => {
    // One shoes line of 100 with ×2.5 under add stacking: base 1, rule +1.5 → 2.5.
    // halfUp → 3: floors 1 + 1, remainders 0 and .5 → the rule gets the point: base 1, rule 2.
    // halfEven → 2: base 1, rule 1.
    const mk = (rounding: 'halfUp' | 'halfEven') => program({}, { stacking: 'add', base: { points: '1', perAmountMinor: 100, rounding, stage: 'line' }, rules: [{ id: 'r', type: 'multiplier', multiplier: '2.5', when: { categories: ['shoes'] } }] });
    const up = explainPoints(mk('halfUp'), null, cart([line(100, 'shoes')]));
    expect([up.points, up.basePoints, ruleMap(up)]).toEqual([3, 1, { r: 2 }]);
    const even = explainPoints(mk('halfEven'), null, cart([line(100, 'shoes')]));
    expect([even.points, even.basePoints, ruleMap(even)]).toEqual([2, 1, { r: 1 }]);
    // Base 0.5 and rule 0.5 tie exactly (×2 on 50 minor): halfUp 1 → the earlier part, the base.
    const tie = explainPoints(program({}, { base: { points: '1', perAmountMinor: 100, rounding: 'halfUp' }, rules: [{ id: 'r', type: 'multiplier', multiplier: '2' }] }), null, cart([line(50)]));
    expect([tie.points, tie.basePoints, ruleMap(tie)]).toEqual([1, 1, { r: 0 }]);
  });
});

describe('explainPoints: stacking several multipliers on different lines', () => {
  const rules = [
    { id: 'shoes', type: 'multiplier' as const, multiplier: '2', when: { categories: ['shoes'] } },
    { id: 'web', type: 'multiplier' as const, multiplier: '1.5', when: { channels: ['web'] } },
    { id: 'kids', type: 'multiplier' as const, multiplier: '3', when: { skus: ['KID'] } },
  ];
  const lines = [line(10_000, 'shoes', 'KID'), line(10_000, 'shoes'), line(10_000, 'food', 'KID'), line(10_000)];
  // Lines (base 100 each): shoes+KID (shoes, web, kids), shoes (shoes, web), KID food (web, kids), food (web).
  it('multiply: sequential uplifts per line', () => {
    // L1: 100 → ×2 +100 → ×1.5 +100 → ×3 +600 = 900; L2: +100, +100 = 300; L3: web +50, kids +300 = 450; L4: +50 = 150.
    const e = explainPoints(program({}, { stacking: 'multiply', rules }), null, cart(lines));
    expect([e.points, e.basePoints, ruleMap(e)]).toEqual([1_800, 400, { shoes: 200, web: 300, kids: 900 }]);
  });
  it('add: uplifts on the base', () => {
    // L1: 100 + 100 + 50 + 200 = 450; L2: 100 + 100 + 50 = 250; L3: 100 + 50 + 200 = 350; L4: 150.
    const e = explainPoints(program({}, { stacking: 'add', rules }), null, cart(lines));
    expect([e.points, e.basePoints, ruleMap(e)]).toEqual([1_200, 400, { shoes: 200, web: 200, kids: 400 }]);
  });
  it('best: the largest multiplier of each line only', () => {
    // L1: ×3 (kids) 300; L2: ×2 (shoes) 200; L3: ×3 (kids) 300; L4: ×1.5 (web) 150.
    // web applies to the order but wins only on L4: it still appears with its 50 points.
    const e = explainPoints(program({}, { stacking: 'best', rules }), null, cart(lines));
    expect([e.points, e.basePoints, ruleMap(e)]).toEqual([950, 400, { shoes: 100, web: 50, kids: 400 }]);
  });
  it('best: a tie between a rule and the tier multiplier goes to the rule', () => {
    const p = program({ tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'all', threshold: 0, multiplier: '2' }] } }, { stacking: 'best', rules: [rules[0]!] });
    // shoes line: rule ×2 and tier ×2 tie → the rule's +100; food line: tier ×2 → +100.
    const e = explainPoints(p, null, cart([line(10_000, 'shoes'), line(10_000)]));
    expect([e.points, e.basePoints, ruleMap(e), e.tierPoints, e.tier]).toEqual([400, 200, { shoes: 100 }, 100, 'all']);
  });
});

describe('explainPoints: caps over periods in the programme time zone', () => {
  const ny = (caps: NonNullable<ProgramInput['earn']['caps']>, rules: NonNullable<ProgramInput['earn']['rules']> = []) =>
    program({ timeZone: 'America/New_York' }, { caps, rules });
  const fold = (p: ProgramInput, events: readonly unknown[]) => {
    let state: MemberState | null = null;
    const earned: { id: string; points: number; preview: number; caps: unknown }[] = [];
    for (const event of events) {
      const e = event as { type: string; id: string; at: string; currency: string; channel: string; lines: ReturnType<typeof line>[] };
      const preview = state !== null && e.type === 'purchase' ? explainPoints(p, state, { at: e.at, currency: e.currency, channel: e.channel, lines: e.lines }) : null;
      const result = applyEvent(p, state, event);
      state = result.state;
      for (const entry of result.entries) {
        if (entry.type === 'earn' || entry.type === 'bonus') earned.push({ id: e.id, points: entry.points, preview: preview?.points ?? entry.points, caps: entry.explanation?.caps });
      }
    }
    return earned;
  };

  it('a daily cap restarts at local midnight, not at UTC midnight', () => {
    // Cap 50 per day. 23:30 New York on 4 March (04:30Z on the 5th) earns 40; 00:30 New York on
    // the 5th (05:30Z, same UTC day) is a new local day: 40 again; 15:00 New York the 5th: 10 left.
    const p = ny([{ id: 'd', points: 50, per: 'day' }]);
    const got = fold(p, [
      enrol('m', '2026-03-01T00:00:00Z'),
      purchase('p1', '2026-03-05T04:30:00Z', [line(4_000)]),
      purchase('p2', '2026-03-05T05:30:00Z', [line(4_000)]),
      purchase('p3', '2026-03-05T20:00:00Z', [line(4_000)]),
    ]);
    expect(got.map((g) => [g.id, g.points, g.preview])).toEqual([['p1', 40, 40], ['p2', 40, 40], ['p3', 10, 10]]);
    expect(got[2]?.caps).toEqual([{ capId: 'd', cutPoints: 30 }]);
  });

  it('a monthly cap restarts on the first local day of the month', () => {
    // Cap 100 per month: 31 Jan 23:30 NY (1 Feb 04:30Z) 80 → January; 1 Feb 00:30 NY 80 → February;
    // 28 Feb 20:00 NY 80 → February has 20 left.
    const p = ny([{ id: 'm', points: 100, per: 'month' }]);
    const got = fold(p, [
      enrol('m', '2026-01-01T12:00:00Z'),
      purchase('p1', '2026-02-01T04:30:00Z', [line(8_000)]),
      purchase('p2', '2026-02-01T05:30:00Z', [line(8_000)]),
      purchase('p3', '2026-03-01T01:00:00Z', [line(8_000)]),
    ]);
    expect(got.map((g) => [g.id, g.points, g.preview])).toEqual([['p1', 80, 80], ['p2', 80, 80], ['p3', 20, 20]]);
  });

  it('a yearly cap restarts at the local new year (Auckland, 13 hours ahead of UTC)', () => {
    // Cap 100 per year in Auckland: 2026-12-31T10:30Z is 23:30 on 31 Dec local (2026): 90;
    // 2026-12-31T11:30Z is 00:30 on 1 Jan 2027 local: a new year, 90 again.
    const p = program({ timeZone: 'Pacific/Auckland' }, { caps: [{ id: 'y', points: 100, per: 'year' }] });
    const got = fold(p, [
      enrol('m', '2026-06-01T00:00:00Z'),
      purchase('p0', '2026-06-02T00:00:00Z', [line(5_000)]),
      purchase('p1', '2026-12-31T10:30:00Z', [line(9_000)]),
      purchase('p2', '2026-12-31T11:30:00Z', [line(9_000)]),
    ]);
    // p0 50; p1 only 50 left in 2026; p2 90 in 2027
    expect(got.map((g) => [g.id, g.points, g.preview])).toEqual([['p0', 50, 50], ['p1', 50, 50], ['p2', 90, 90]]);
  });

  it('a lifetime cap on some rules counts purchase bonuses and event bonuses together, after other caps', () => {
    // Rules: welcome 100 on the first purchase, birthday 150 (event). Caps in order: life 200 on
    // [welcome, bday], month 100 on everything.
    // b1 birthday (Jan): 150 → month cap cuts 50 → 100 (life used 100).
    // p1 31 Jan 23:30 NY: base 10 + welcome 100 = 110; life allows 100 → no cut; month used 100 → cuts 110.
    // p2 1 Feb 00:30 NY: 30 (February, not first purchase).
    // b2 birthday next January: 150, life has 100 left → cut 50 → 100; month fine.
    const p = ny([{ id: 'life', points: 200, per: 'lifetime', ruleIds: ['welcome', 'bday'] }, { id: 'month', points: 100, per: 'month' }], [
      { id: 'welcome', type: 'bonus', points: 100, when: { firstPurchase: true } },
      { id: 'bday', type: 'eventBonus', event: 'birthday', points: 150 },
    ]);
    const got = fold(p, [
      enrol('m', '2026-01-01T12:00:00Z'),
      bonus('b1', '2026-01-20T12:00:00Z', 'birthday'),
      purchase('p1', '2026-02-01T04:30:00Z', [line(1_000)]),
      purchase('p2', '2026-02-01T05:30:00Z', [line(3_000)]),
      bonus('b2', '2027-01-20T12:00:00Z', 'birthday'),
    ]);
    expect(got.map((g) => [g.id, g.points, g.caps])).toEqual([
      ['b1', 100, [{ capId: 'month', cutPoints: 50 }]],
      ['p1', 0, [{ capId: 'month', cutPoints: 110 }]],
      ['p2', 30, []],
      ['b2', 100, [{ capId: 'life', cutPoints: 50 }]],
    ]);
  });
});

describe('explainPoints: conditions that read the member', () => {
  it('reads weekdays in the member zone when asked, in the programme zone otherwise', () => {
    // Programme in New York; member enrolled in Tokyo. Friday 6 March 2026 20:00 NY = Saturday
    // 7 March 10:00 Tokyo: the member-zone weekend rule applies, the programme-zone one does not.
    const p = program({ timeZone: 'America/New_York' }, { rules: [
      { id: 'weekend-local', type: 'multiplier', multiplier: '2', when: { weekdays: [6, 7], timeZone: 'member' } },
      { id: 'weekend-ny', type: 'multiplier', multiplier: '3', when: { weekdays: [6, 7] } },
    ] });
    const tokyo = applyEvent(p, null, { ...enrol('m', '2026-03-01T00:00:00Z'), timeZone: 'Asia/Tokyo' }).state;
    const local = applyEvent(p, null, enrol('m', '2026-03-01T00:00:00Z')).state;
    const at = '2026-03-06T20:00:00-05:00';
    expect(ruleMap(explainPoints(p, tokyo, cart([line(1_000)], { at })))).toEqual({ 'weekend-local': 10 });
    expect(ruleMap(explainPoints(p, local, cart([line(1_000)], { at })))).toEqual({});
    // Without a member zone, 'member' means the programme's: Saturday 10:00 NY, both apply: 10 × 2 × 3.
    expect(explainPoints(p, local, cart([line(1_000)], { at: '2026-03-07T10:00:00-05:00' })).points).toBe(60);
  });

  it('uses the tier before the purchase: the purchase that upgrades earns at the old level', () => {
    // Silver at 10 000 spend, ×2 and a 'silver' bonus of 7. p1 (10 000) upgrades: earns 100 without
    // either; p2 (1 000) earns 10 × 2 + 7 = 27.
    const p = program({ tiers: { metric: 'qualifyingSpend', window: { type: 'lifetime' }, levels: [{ id: 'silver', threshold: 10_000, multiplier: '2' }] } }, {
      rules: [{ id: 'silver-bonus', type: 'bonus', points: 7, when: { tiers: ['silver'] } }],
    });
    let state = applyEvent(p, null, enrol('m', '2026-03-01T00:00:00Z')).state;
    const first = explainPoints(p, state, cart([line(10_000)]));
    expect([first.points, first.tier, first.tierPoints]).toEqual([100, null, 0]);
    state = applyEvent(p, state, purchase('p1', '2026-03-04T12:00:00Z', [line(10_000)])).state;
    expect(state.tier.levelId).toBe('silver');
    const second = explainPoints(p, state, cart([line(1_000)], { at: '2026-03-04T12:00:01Z' }));
    expect([second.points, second.tier, second.basePoints, second.tierPoints, ruleMap(second)]).toEqual([27, 'silver', 10, 10, { 'silver-bonus': 7 }]);
  });
});

// An independent exact recomputation of "How points are computed" (docs/loyalty.md): rationals
// as bigint pairs, multipliers per line in programme order then the tier, one rounding at the
// stage, largest remainder (ties to the earlier part), bonuses, transaction caps from the last part.
type Rat = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const rat = (n: bigint, d = 1n): Rat => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const ratOf = (text: string): Rat => {
  const [whole = '0', fraction = ''] = text.split('.');
  return rat(BigInt(whole + fraction), 10n ** BigInt(fraction.length));
};
const plus = (a: Rat, b: Rat): Rat => rat(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const times = (a: Rat, b: Rat): Rat => rat(a[0] * b[0], a[1] * b[1]);
const minusOne = (a: Rat): Rat => rat(a[0] - a[1], a[1]);
const floorOf = (a: Rat): bigint => (a[0] >= 0n || a[0] % a[1] === 0n ? a[0] / a[1] : a[0] / a[1] - 1n);
const fracOf = (a: Rat): Rat => rat(a[0] - floorOf(a) * a[1], a[1]);
const less = (a: Rat, b: Rat): boolean => a[0] * b[1] < b[0] * a[1];
function roundRat(a: Rat, mode: (typeof ROUNDING_MODES)[number]): bigint {
  const q = floorOf(a);
  const f = fracOf(a);
  if (f[0] === 0n) return q;
  if (mode === 'floor' || mode === 'down') return q; // never negative here
  if (mode === 'ceil' || mode === 'up') return q + 1n;
  const twice = f[0] * 2n;
  if (twice < f[1]) return q;
  if (twice > f[1]) return q + 1n;
  return mode === 'halfUp' ? q + 1n : mode === 'halfDown' ? q : q % 2n === 0n ? q : q + 1n;
}
function shareOut(parts: readonly Rat[], total: bigint): bigint[] {
  const out = parts.map(floorOf);
  const rest = parts.map(fracOf);
  for (let left = total - out.reduce((s, v) => s + v, 0n); left > 0n; left--) {
    let best = -1;
    rest.forEach((r, i) => {
      if (r[0] > 0n && (best === -1 || less(rest[best]!, r))) best = i;
    });
    out[best] = out[best]! + 1n;
    rest[best] = rat(0n);
  }
  return out;
}
interface RefCondition { readonly categories?: readonly string[]; readonly channels?: readonly string[]; readonly minSpendMinor?: number }
type RefRule = { readonly id: string; readonly type: 'multiplier'; readonly multiplier: string; readonly when: RefCondition } | { readonly id: string; readonly type: 'bonus'; readonly points: number; readonly when: RefCondition };
interface RefProgram {
  readonly points: string;
  readonly perAmountMinor: number;
  readonly rounding: (typeof ROUNDING_MODES)[number];
  readonly stage: 'order' | 'line';
  readonly stacking: 'multiply' | 'add' | 'best';
  readonly exclude: readonly string[];
  readonly rules: readonly RefRule[];
  readonly caps: readonly { readonly id: string; readonly points: number; readonly ruleIds?: readonly string[] }[];
  readonly tierMultiplier: string | undefined;
}
function expectedEarn(p: RefProgram, channel: string, lines: readonly { readonly category: string; readonly amountMinor: number }[]) {
  const eligible = lines.map((l) => !p.exclude.includes(l.category));
  const covers = (c: RefCondition, category: string) => c.categories === undefined || c.categories.includes(category);
  const applies = (c: RefCondition) => {
    if (c.channels !== undefined && !c.channels.includes(channel)) return false;
    const covered = lines.filter((l, i) => eligible[i] === true && covers(c, l.category));
    return covered.length > 0 && covered.reduce((s, l) => s + l.amountMinor, 0) >= (c.minSpendMinor ?? 0);
  };
  const multipliers = p.rules.filter((r) => r.type === 'multiplier');
  const active = multipliers.map((r) => applies(r.when));
  const width = multipliers.length + 2; // base, rules…, tier
  let sums: Rat[] = Array.from({ length: width }, () => rat(0n));
  let lineInts: bigint[] = Array.from({ length: width }, () => 0n);
  let grand = rat(0n);
  let rounded = 0n;
  lines.forEach((l, li) => {
    if (eligible[li] !== true) return;
    const b = times(rat(BigInt(l.amountMinor), BigInt(p.perAmountMinor)), ratOf(p.points));
    const parts: Rat[] = Array.from({ length: width }, () => rat(0n));
    parts[0] = b;
    const sources: { slot: number; m: Rat }[] = [];
    multipliers.forEach((r, k) => {
      if (active[k] === true && covers(r.when, l.category)) sources.push({ slot: k + 1, m: ratOf(r.multiplier) });
    });
    if (p.tierMultiplier !== undefined) sources.push({ slot: width - 1, m: ratOf(p.tierMultiplier) });
    if (p.stacking === 'multiply') {
      let running = b;
      for (const s of sources) {
        parts[s.slot] = times(running, minusOne(s.m));
        running = times(running, s.m);
      }
    } else if (p.stacking === 'add') {
      for (const s of sources) parts[s.slot] = times(b, minusOne(s.m));
    } else {
      let best: { slot: number; m: Rat } | undefined;
      for (const s of sources) if (best === undefined || less(best.m, s.m)) best = s;
      if (best !== undefined) parts[best.slot] = times(b, minusOne(best.m));
    }
    let sum = parts.reduce(plus, rat(0n));
    if (sum[0] < 0n) {
      // The excess goes back to the negative parts, the last first, each only up to 0.
      let excess = rat(-sum[0], sum[1]);
      for (let c = width - 1; c > 0 && excess[0] > 0n; c--) {
        const v = parts[c]!;
        if (v[0] >= 0n) continue;
        const give = less(excess, rat(-v[0], v[1])) ? excess : rat(-v[0], v[1]);
        parts[c] = plus(v, give);
        excess = plus(excess, rat(-give[0], give[1]));
      }
      sum = rat(0n);
    }
    grand = plus(grand, sum);
    if (p.stage === 'line') {
      const r = roundRat(sum, p.rounding);
      rounded += r;
      lineInts = shareOut(parts, r).map((v, i) => v + lineInts[i]!);
    } else sums = sums.map((v, i) => plus(v, parts[i]!));
  });
  if (p.stage === 'order') {
    rounded = roundRat(grand, p.rounding);
    lineInts = shareOut(sums, rounded);
  }
  const award: { id: string | null; points: number }[] = [{ id: null, points: Number(lineInts[0]) }];
  let k = 0;
  for (const r of p.rules) {
    if (r.type === 'multiplier') {
      if (active[k] === true) award.push({ id: r.id, points: Number(lineInts[k + 1]) });
      k++;
    } else if (applies(r.when)) award.push({ id: r.id, points: r.points });
  }
  if (p.tierMultiplier !== undefined) award.push({ id: '(tier)', points: Number(lineInts[width - 1]) });
  const caps: { capId: string; cutPoints: number }[] = [];
  for (const cap of p.caps) {
    const inScope = (a: { id: string | null }) => cap.ruleIds === undefined || (a.id !== null && cap.ruleIds.includes(a.id));
    const all = award.reduce((s, a) => s + a.points, 0);
    let cut = Math.min(award.filter(inScope).reduce((s, a) => s + a.points, 0) - cap.points, all);
    if (cut <= 0) continue;
    caps.push({ capId: cap.id, cutPoints: cut });
    for (let i = award.length - 1; i >= 0 && cut > 0; i--) {
      const a = award[i]!;
      if (!inScope(a) || a.points <= 0) continue;
      const take = Math.min(a.points, cut);
      a.points -= take;
      cut -= take;
    }
  }
  return {
    points: award.reduce((s, a) => s + a.points, 0),
    basePoints: award[0]!.points,
    tierPoints: award.find((a) => a.id === '(tier)')?.points ?? 0,
    rules: award.filter((a) => a.id !== null && a.id !== '(tier)').map((a) => ({ ruleId: a.id, points: a.points })),
    caps,
    roundedPoints: Number(rounded),
  };
}

describe('explainPoints against an independent exact recomputation', () => {
  const categories = ['food', 'shoes', 'toys', 'giftcard'];
  const decimal = fc.oneof(
    fc.constantFrom('0', '0.5', '1', '1.5', '2', '3', '0.25', '1.25', '0.333', '2.5', '0.9', '10'),
    fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 999 })).map(([a, b]) => `${String(a)}.${String(b).padStart(3, '0')}`),
  );
  const condition = fc.record(
    {
      categories: fc.subarray(categories, { minLength: 1 }),
      channels: fc.subarray(['web', 'store'], { minLength: 1 }),
      minSpendMinor: fc.integer({ min: 0, max: 3_000 }),
    },
    { requiredKeys: [] },
  );
  const ruleArb = fc.oneof(
    fc.record({ type: fc.constant('multiplier' as const), multiplier: decimal, when: condition }),
    fc.record({ type: fc.constant('bonus' as const), points: fc.integer({ min: 1, max: 50 }), when: condition }),
  );
  const programArb = fc.record({
    points: fc.constantFrom('1', '0.5', '2', '1.5', '0.01', '3'),
    perAmountMinor: fc.constantFrom(1, 3, 7, 100, 250),
    rounding: fc.constantFrom(...ROUNDING_MODES),
    stage: fc.constantFrom('order' as const, 'line' as const),
    stacking: fc.constantFrom('multiply' as const, 'add' as const, 'best' as const),
    exclude: fc.subarray(['giftcard']),
    rules: fc.array(ruleArb, { maxLength: 4 }),
    caps: fc.array(fc.record({ points: fc.integer({ min: 0, max: 200 }), scope: fc.option(fc.nat(), { nil: undefined }) }), { maxLength: 2 }),
    tierMultiplier: fc.option(decimal, { nil: undefined }),
  });
  const linesArb = fc.array(fc.record({ category: fc.constantFrom(...categories), amountMinor: fc.integer({ min: 0, max: 5_000 }) }), { minLength: 1, maxLength: 10 });

  it('gives the same points, parts, cap cuts and rounding, and so does applyEvent', () => {
    fc.assert(
      fc.property(programArb, linesArb, fc.constantFrom('web', 'store'), (g, drawn, channel) => {
        const rules = g.rules.map((r, i) => ({ ...r, id: `r${String(i)}` }));
        const caps = g.caps.map((c, i) => ({ id: `c${String(i)}`, points: c.points, ...(c.scope !== undefined && rules.length > 0 ? { ruleIds: [`r${String(c.scope % rules.length)}`] } : {}) }));
        const ref: RefProgram = { ...g, rules, caps };
        const p = program(
          g.tierMultiplier === undefined ? {} : { tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 't', threshold: 0, multiplier: g.tierMultiplier }] } },
          { base: { points: g.points, perAmountMinor: g.perAmountMinor, rounding: g.rounding, stage: g.stage }, exclude: { categories: g.exclude }, stacking: g.stacking, rules, caps: caps.map((c) => ({ ...c, per: 'transaction' as const })) },
        );
        const lines = drawn.map((l) => line(l.amountMinor, l.category));
        const e = explainPoints(p, null, cart(lines, { channel }));
        expect({ points: e.points, basePoints: e.basePoints, tierPoints: e.tierPoints, rules: e.rules.map((r) => ({ ruleId: r.ruleId, points: r.points })), caps: e.caps, roundedPoints: e.rounding.roundedPoints }).toEqual(expectedEarn(ref, channel, drawn));
        const enrolled = applyEvent(p, null, enrol('m', '2026-03-01T00:00:00Z')).state;
        const earned = applyEvent(p, enrolled, purchase('p', '2026-03-04T12:00:00Z', lines, { channel })).entries.find((x) => x.type === 'earn');
        expect(earned?.explanation).toEqual(explainPoints(p, enrolled, cart(lines, { channel })));
      }),
      { numRuns: 400 },
    );
  });
});

describe('explainPoints equals what applyEvent then awards, over random member histories', () => {
  // Conditions on the member zone, hours, dates, tiers and first purchase; caps per day, month,
  // year and lifetime, with and without rules; tier multipliers; pending and expiry.
  const rich = program(
    {
      timeZone: 'America/New_York',
      pending: { days: 14 },
      expiry: { type: 'rolling', months: 6 },
      tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: 'silver', threshold: 30_000, multiplier: '1.2' }, { id: 'gold', threshold: 80_000, multiplier: '1.5' }], graceDays: 10 },
    },
    {
      base: { points: '1', perAmountMinor: 100, rounding: 'halfEven', stage: 'line' },
      exclude: { categories: ['giftcard'] },
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '1.5', when: { categories: ['shoes'] } },
        { id: 'weekend', type: 'multiplier', multiplier: '2', when: { weekdays: [6, 7], timeZone: 'member' } },
        { id: 'night', type: 'multiplier', multiplier: '1.25', when: { hours: { from: 20, to: 2 } } },
        { id: 'gold-bonus', type: 'bonus', points: 40, when: { tiers: ['gold'] } },
        { id: 'welcome', type: 'bonus', points: 100, when: { firstPurchase: true } },
        { id: 'big', type: 'bonus', points: 30, when: { minSpendMinor: 20_000, from: '2026-03-01T00:00:00-05:00', until: '2027-01-01T00:00:00-05:00' } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 150 },
        { id: 'review', type: 'eventBonus', event: 'review', points: 20 },
      ],
      caps: [
        { id: 'promo-day', points: 120, per: 'day', ruleIds: ['weekend', 'night'] },
        { id: 'month', points: 900, per: 'month' },
        { id: 'reviews', points: 50, per: 'year', ruleIds: ['review'] },
        { id: 'welcome-life', points: 100, per: 'lifetime', ruleIds: ['welcome', 'bday'] },
      ],
    },
  );
  it('for every purchase of every member, folded in (at, id) order', () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const seen = new Set<string>();
        const byMember = new Map<string, { id: string; at: number; type: string; event: unknown }[]>();
        for (const raw of events) {
          const e = raw as { id: string; at: string | number; memberId: string; type: string };
          if (seen.has(e.id)) continue;
          seen.add(e.id);
          const list = byMember.get(e.memberId) ?? [];
          list.push({ id: e.id, at: typeof e.at === 'number' ? e.at : Date.parse(e.at), type: e.type, event: raw });
          byMember.set(e.memberId, list);
        }
        let compared = 0;
        for (const list of byMember.values()) {
          list.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
          let state: MemberState | null = null;
          for (const { type, event } of list) {
            const preview = state !== null && type === 'purchase' ? explainPoints(rich, state, event as never) : null;
            const result = applyEvent(rich, state, event);
            state = result.state;
            if (preview !== null) {
              const earned = result.entries.find((x: LedgerEntry) => x.type === 'earn');
              expect(earned?.explanation).toEqual(preview);
              expect(earned?.points).toBe(preview.points);
              compared++;
            }
          }
        }
        return compared >= 0;
      }),
      { numRuns: 150 },
    );
    // And replay gives the same earn entries as the fold (spot check on one fixed log).
    const log = [enrol('m', '2026-03-01T00:00:00Z'), purchase('a', '2026-03-07T02:00:00Z', [line(12_345, 'shoes')]), purchase('b', '2026-03-07T03:00:00Z', [line(50_000)])];
    const earns = replay(rich, log).ledger.filter((x) => x.type === 'earn').map((x) => x.points);
    // a: Friday 21:00 NY (not a weekend), first purchase: base 123.45, shoes +61.725, night
    //    +46.29375 = 231.46875 → halfEven 231 (floors 123 + 61 + 46, the extra point to shoes' .725),
    //    + welcome 100 = 331. Caps: promo-day uses 46 of 120, month 331 of 900, welcome-life 100 of 100.
    // b: Friday 22:00 NY: base 500, night +125, big +30 (spend ≥ 20 000, in March) = 655.
    //    promo-day: 74 left → night 125 → 74 (cut 51); month: 569 left of 900 → cut 35 from the
    //    last parts: big 30 → 0, night 74 → 69. Award 500 + 69 = 569.
    expect(earns).toEqual([331, 569]);
  });
});
