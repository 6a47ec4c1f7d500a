import fc from 'fast-check';
import { associationRules, customerLifetimeValue, frequentItemsets, gammaGammaExpectedSpend, recommendFor, type AssociationRule, type FrequentItemsetsResult } from '../../src/members/index.js';
import { naiveApriori, syntheticBaskets } from './apriori.js';
import { expectOmnicxError } from './helpers.js';
import { describe, expect, it } from 'vitest';

const key = (items: readonly string[]): string => items.join('+');
const asMap = (sets: readonly { items: readonly string[]; count: number }[]): Map<string, number> =>
  new Map(sets.map((s) => [key([...s.items].sort((a, b) => (a < b ? -1 : 1))), s.count]));

describe('frequentItemsets', () => {
  it('finds the hand-counted itemsets of a tiny basket list with the count ceil(s·N)', () => {
    const baskets = [['a', 'b'], ['a', 'c'], ['a', 'b', 'c'], ['b'], ['a', 'a', 'b']];
    const result = frequentItemsets(baskets, { minSupport: 0.4 });
    expect(result.transactionCount).toBe(5);
    expect(result.minSupportCount).toBe(2);
    expect(result.itemsets.map((s) => [key(s.items), s.count, s.support])).toEqual([
      ['a', 4, 0.8],
      ['b', 4, 0.8],
      ['a+b', 3, 0.6],
      ['c', 2, 0.4],
      ['a+c', 2, 0.4],
    ]);
    // s = 0.41 → ceil(2.05) = 3: the count threshold, not a fraction compared with rounding
    expect(frequentItemsets(baskets, { minSupport: 0.41 }).itemsets.map((s) => key(s.items))).toEqual(['a', 'b', 'a+b']);
  });

  it('equals a brute-force Apriori on synthetic baskets (counts and sets)', () => {
    const baskets = syntheticBaskets(1500, 40, 7);
    for (const s of [0.004, 0.01, 0.05]) {
      const fp = asMap(frequentItemsets(baskets, { minSupport: s }).itemsets);
      const ap = asMap(naiveApriori(baskets, s));
      expect(fp.size).toBe(ap.size);
      expect(fp).toEqual(ap);
    }
    const fp3 = frequentItemsets(baskets, { minSupport: 0.004, maxLength: 2 }).itemsets;
    expect(Math.max(...fp3.map((s) => s.items.length))).toBe(2);
    expect(asMap(fp3)).toEqual(asMap(naiveApriori(baskets, 0.004, 2)));
  });

  it('agrees with brute force on random small inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 25 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (baskets, s) => {
          expect(asMap(frequentItemsets(baskets, { minSupport: s }).itemsets)).toEqual(asMap(naiveApriori(baskets, s)));
        },
      ),
    );
  });

  it('keeps an itemset whose support equals minSupport exactly (ceil(0.7 × 10) = 7, not 8 as in double precision)', () => {
    // 7 of 10 baskets hold milk: support 0.7. In doubles 0.7 * 10 = 7.000000000000001.
    const baskets = Array.from({ length: 10 }, (_, i) => (i < 7 ? ['milk', 'bread'] : ['bread']));
    const result = frequentItemsets(baskets, { minSupport: 0.7 });
    expect(result.minSupportCount).toBe(7);
    expect(result.itemsets.map((s) => `${key(s.items)}:${String(s.count)}`)).toEqual(['bread:10', 'milk:7', 'bread+milk:7']);
    expect(frequentItemsets(baskets, { minSupport: 0.71 }).minSupportCount).toBe(8);
  });

  it('returns nothing for no baskets', () => {
    expect(frequentItemsets([], { minSupport: 0.5 }).itemsets).toEqual([]);
  });

  it('refuses empty baskets, bad items and supports outside (0, 1]', () => {
    expectOmnicxError(() => frequentItemsets([['a'], []], { minSupport: 0.5 }), 'INVALID_INPUT', ['baskets', 1]);
    expectOmnicxError(() => frequentItemsets([['a', '']], { minSupport: 0.5 }), 'INVALID_INPUT', ['baskets', 0, 1]);
    expectOmnicxError(() => frequentItemsets('ab' as unknown as string[][], { minSupport: 0.5 }), 'INVALID_INPUT', ['baskets']);
    expectOmnicxError(() => frequentItemsets([['a']], { minSupport: 0 }), 'INVALID_INPUT', ['options', 'minSupport']);
    expectOmnicxError(() => frequentItemsets([['a']], { minSupport: 1.2 }), 'INVALID_INPUT', ['options', 'minSupport']);
    expectOmnicxError(() => frequentItemsets([['a']], { minSupport: 0.5, maxLength: 0 }), 'INVALID_INPUT', ['options', 'maxLength']);
  });
});

describe('associationRules', () => {
  const baskets = [['a', 'b'], ['a', 'c'], ['a', 'b', 'c'], ['b'], ['a', 'b']];
  const sets = frequentItemsets(baskets, { minSupport: 0.4 });

  it('computes support, confidence, lift, leverage and conviction by hand', () => {
    const rules = associationRules(sets, { minConfidence: 0 });
    const byKey = new Map(rules.map((r) => [`${key(r.antecedent)}>${key(r.consequent)}`, r]));
    // a⇒b: supp(ab)=3/5, supp(a)=4/5, supp(b)=4/5: conf 3/4, lift 15/16, leverage 0.6−0.64, conviction 0.2/0.25
    const ab = byKey.get('a>b')!;
    expect(ab.count).toBe(3);
    expect(ab.support).toBeCloseTo(0.6, 15);
    expect(ab.confidence).toBeCloseTo(0.75, 15);
    expect(ab.lift).toBeCloseTo(0.9375, 15);
    expect(ab.leverage).toBeCloseTo(-0.04, 15);
    expect(ab.conviction).toBeCloseTo(0.8, 15);
    // c⇒a: conf 1, conviction infinite
    expect(byKey.get('c>a')!.confidence).toBe(1);
    expect(byKey.get('c>a')!.conviction).toBe(Infinity);
    expect(byKey.get('c>a')!.lift).toBeCloseTo(1.25, 15);
    expect(rules.length).toBe(4);
  });

  it('keeps rules whose confidence equals the minimum (inclusive) and sorts by the chosen measure', () => {
    const rules = associationRules(sets, { minConfidence: 0.75, sortBy: 'confidence' });
    expect(rules.map((r) => `${key(r.antecedent)}>${key(r.consequent)}`)).toEqual(['c>a', 'a>b', 'b>a']);
    const bySupport = associationRules(sets, { minConfidence: 0.5, sortBy: 'support' });
    expect(bySupport[0]?.support).toBeCloseTo(0.6, 15);
  });

  it('builds multi-item consequents when allowed', () => {
    const s = frequentItemsets([['x', 'y', 'z'], ['x', 'y', 'z'], ['x']], { minSupport: 0.5 });
    const rules = associationRules(s, { minConfidence: 0.5, maxConsequent: 2 });
    expect(rules.some((r) => key(r.antecedent) === 'x' && key(r.consequent) === 'y+z')).toBe(true);
    expect(associationRules(s, { minConfidence: 0.5 }).every((r) => r.consequent.length === 1)).toBe(true);
  });

  it('equals brute-force rule counts on synthetic data', () => {
    const b = syntheticBaskets(800, 30, 3);
    const fp = frequentItemsets(b, { minSupport: 0.01 });
    const counts = asMap(naiveApriori(b, 0.01));
    const rules = associationRules(fp, { minConfidence: 0.3 });
    let expected = 0;
    for (const [k, c] of counts) {
      const items = k.split('+');
      if (items.length < 2) continue;
      for (const y of items) if (c / counts.get(items.filter((x) => x !== y).join('+'))! >= 0.3) expected++;
    }
    expect(rules.length).toBe(expected);
  });

  it('refuses bad options and incomplete itemset lists', () => {
    expectOmnicxError(() => associationRules(sets, { minConfidence: 1.5 }), 'INVALID_INPUT', ['options', 'minConfidence']);
    expectOmnicxError(
      () => associationRules({ ...sets, itemsets: sets.itemsets.filter((s) => s.items.length > 1) }, { minConfidence: 0 }),
      'INVALID_INPUT',
      ['itemsets'],
    );
    expectOmnicxError(() => associationRules({ transactionCount: -1, minSupportCount: 0, itemsets: [] }, { minConfidence: 0 }), 'INVALID_INPUT', ['itemsets']);
  });
});

describe('recommendFor', () => {
  const sets = frequentItemsets([['a', 'b'], ['a', 'c'], ['a', 'b', 'c'], ['b'], ['a', 'b']], { minSupport: 0.4 });
  const rules = associationRules(sets, { minConfidence: 0 });

  it('recommends missing consequents of applicable rules, best first, at most k', () => {
    expect(recommendFor(['c'], rules, { k: 5 }).map((r) => [r.item, r.score])).toEqual([['a', 1]]);
    expect(recommendFor(['a'], rules, { k: 5 }).map((r) => r.item)).toEqual(['b', 'c']);
    expect(recommendFor(['a'], rules, { k: 1 }).map((r) => r.item)).toEqual(['b']);
    expect(recommendFor(['a'], rules, { k: 2, by: 'lift' }).map((r) => r.item)).toEqual(['c', 'b']);
    expect(recommendFor(['a', 'b', 'c'], rules, { k: 3 })).toEqual([]);
  });

  it('orders items by the measure, then by lift, then by name', () => {
    const rule = (consequent: string, lift: number): AssociationRule => ({
      antecedent: ['a'],
      consequent: [consequent],
      count: 1,
      support: 0.1,
      confidence: 0.5,
      lift,
      leverage: 0,
      conviction: 2,
    });
    // equal confidence: the higher lift first although 'z' sorts after 'b'; equal lift: by name
    expect(recommendFor(['a'], [rule('b', 1), rule('z', 2)], { k: 2 }).map((r) => r.item)).toEqual(['z', 'b']);
    expect(recommendFor(['a'], [rule('z', 1), rule('b', 1)], { k: 2 }).map((r) => r.item)).toEqual(['b', 'z']);
  });

  it('keeps the best rule per item', () => {
    const s = frequentItemsets([['x', 'y', 'z'], ['x', 'z'], ['y', 'z'], ['x', 'y']], { minSupport: 0.25 });
    const r = associationRules(s, { minConfidence: 0, maxConsequent: 2 });
    const rec = recommendFor(['x', 'y'], r, { k: 1 });
    expect(rec[0]?.item).toBe('z');
    expect(rec[0]?.score).toBeCloseTo(2 / 3, 12);
  });

  it('refuses bad input', () => {
    expectOmnicxError(() => recommendFor('a' as unknown as string[], rules, { k: 1 }), 'INVALID_INPUT', ['basket']);
    expectOmnicxError(() => recommendFor([], {} as unknown as [], { k: 1 }), 'INVALID_INPUT', ['rules']);
    expectOmnicxError(() => recommendFor([], rules, { k: 0 }), 'INVALID_INPUT', ['options', 'k']);
  });
});

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, v: 15.44 };

describe('malformed objects are INVALID_INPUT at their path, never a TypeError', () => {
  it('gammaGammaExpectedSpend and customerLifetimeValue check the customer is an object', () => {
    expectOmnicxError(() => gammaGammaExpectedSpend(GG, null as never), 'INVALID_INPUT', ['customer']);
    expectOmnicxError(() => customerLifetimeValue({ bgNbd: CDNOW, gammaGamma: GG }, null as never), 'INVALID_INPUT', ['customer']);
  });
  it('associationRules checks each itemset', () => {
    const bad = (itemsets: unknown[]) => ({ transactionCount: 5, minSupportCount: 1, itemsets }) as unknown as FrequentItemsetsResult;
    expectOmnicxError(() => associationRules(bad([null]), { minConfidence: 0 }), 'INVALID_INPUT', ['itemsets', 'itemsets', 0]);
    expectOmnicxError(() => associationRules(bad([{ count: 1 }]), { minConfidence: 0 }), 'INVALID_INPUT', ['itemsets', 'itemsets', 0, 'items']);
  });
  it('recommendFor checks each rule and basket item', () => {
    expectOmnicxError(() => recommendFor(['a'], [null] as unknown as AssociationRule[], { k: 1 }), 'INVALID_INPUT', ['rules', 0]);
    expectOmnicxError(() => recommendFor(['a'], [{ consequent: ['b'] }] as unknown as AssociationRule[], { k: 1 }), 'INVALID_INPUT', ['rules', 0]);
    expectOmnicxError(() => recommendFor([1] as unknown as string[], [], { k: 1 }), 'INVALID_INPUT', ['basket', 0]);
  });
});
