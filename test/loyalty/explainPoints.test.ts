import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, decimalRounding } from '../../src/core/internal/decimal.js';
import { ROUNDING_MODES } from '../../src/core/rounding/RoundingMode.js';
import { bigOps, decimalText, numberOps, rationalToString, roundNumber, roundRational } from '../../src/loyalty/internal/arith.js';
import { explainPoints, type EarnExplanation } from '../../src/loyalty/index.js';
import { line, program, thrown } from './fixtures.js';

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
