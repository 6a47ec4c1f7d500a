import { describe, expect, it } from 'vitest';
import { addBaskets, createBasketAccumulator, frequentItemsets, frequentItemsetsFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('frequentItemsetsFromAccumulator', () => {
  it('mines the hand-computed itemsets of weighted baskets', () => {
    // 3 × {bread, milk}, 1 × {eggs, milk}: N = 4, minSupport 0.5 → count ≥ 2
    const acc = deepFreeze({ kind: 'baskets' as const, version: 1 as const, baskets: { '["bread","milk"]': 3, '["eggs","milk"]': 1 } });
    expect(frequentItemsetsFromAccumulator(acc, { minSupport: 0.5 })).toEqual({
      transactionCount: 4,
      minSupportCount: 2,
      itemsets: [
        { items: ['milk'], count: 4, support: 1 },
        { items: ['bread'], count: 3, support: 0.75 },
        { items: ['bread', 'milk'], count: 3, support: 0.75 },
      ],
    });
  });

  it('keeps the exact decimal threshold and maxLength of frequentItemsets', () => {
    const baskets = [...Array.from({ length: 7 }, () => ['a', 'b', 'c']), ['d'], ['d'], ['d']];
    const acc = addBaskets(createBasketAccumulator(), baskets);
    for (const options of [{ minSupport: 0.7 }, { minSupport: 0.7, maxLength: 2 }, { minSupport: 0.3 }]) {
      expect(frequentItemsetsFromAccumulator(acc, options)).toEqual(frequentItemsets(baskets, options));
    }
    expect(frequentItemsetsFromAccumulator(acc, { minSupport: 0.7 }).minSupportCount).toBe(7);
  });

  it('refuses a malformed accumulator and bad options', () => {
    const acc = addBaskets(createBasketAccumulator(), [['a']]);
    expectOmnicxError(() => frequentItemsetsFromAccumulator(acc, { minSupport: 0 }), 'INVALID_INPUT', ['options', 'minSupport']);
    expectOmnicxError(() => frequentItemsetsFromAccumulator(acc, { minSupport: 0.5, maxLength: 0 }), 'INVALID_INPUT', ['options', 'maxLength']);
    expectOmnicxError(() => frequentItemsetsFromAccumulator({ ...acc, baskets: { '["a"]': '1' } } as never, { minSupport: 0.5 }), 'INVALID_INPUT', ['acc', 'baskets', '["a"]']);
    expectOmnicxError(() => frequentItemsetsFromAccumulator(null as never, { minSupport: 0.5 }), 'INVALID_INPUT', ['acc']);
  });
});
