import { describe, expect, it } from 'vitest';
import { basketAccumulatorSchema, createBasketAccumulator, frequentItemsets, frequentItemsetsFromAccumulator } from '../../src/members/index.js';

describe('createBasketAccumulator', () => {
  it('returns a new empty plain JSON accumulator each time', () => {
    const acc = createBasketAccumulator();
    expect(acc).toEqual({ kind: 'baskets', version: 1, baskets: {} });
    expect(createBasketAccumulator().baskets).not.toBe(acc.baskets);
    expect(basketAccumulatorSchema.parse(acc)).toEqual(acc);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
  });

  it('reads as the itemsets of no baskets', () => {
    expect(frequentItemsetsFromAccumulator(createBasketAccumulator(), { minSupport: 0.5 })).toEqual(frequentItemsets([], { minSupport: 0.5 }));
  });

  it('exports a schema that refuses non-canonical keys and non-positive counts', () => {
    const ok = { kind: 'baskets', version: 1, baskets: { '["a","b"]': 3, '["__proto__"]': 1 } };
    expect(basketAccumulatorSchema.safeParse(ok).success).toBe(true);
    for (const baskets of [{ '["b","a"]': 1 }, { '["a","a"]': 1 }, { '[]': 1 }, { '[""]': 1 }, { '[ "a"]': 1 }, { a: 1 }, { '[1]': 1 }, { '["a"]': 0 }, { '["a"]': 1.5 }]) {
      expect(basketAccumulatorSchema.safeParse({ ...ok, baskets }).success).toBe(false);
    }
  });
});
