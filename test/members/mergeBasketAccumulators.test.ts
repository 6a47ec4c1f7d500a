import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addBaskets, associationRules, createBasketAccumulator, frequentItemsets, frequentItemsetsFromAccumulator, mergeBasketAccumulators } from '../../src/members/index.js';
import { accumulate, deepFreeze, mergeAll, shard, shardPlan, viaJson } from './accumulatorHelpers.js';
import { basketsArb, itemsetOptionsArb } from './basketAccumulator.js';
import { expectOmnicxError } from './helpers.js';

describe('mergeBasketAccumulators', () => {
  it('adds the counts per distinct basket into a new object', () => {
    const a = deepFreeze(addBaskets(createBasketAccumulator(), [['a', 'b'], ['c']]));
    const b = deepFreeze(addBaskets(createBasketAccumulator(), [['b', 'a']]));
    expect(mergeBasketAccumulators(a, b)).toEqual({ kind: 'baskets', version: 1, baskets: { '["a","b"]': 2, '["c"]': 1 } });
  });

  it('counts an itemset in every shard, also in shards where it is below the threshold', () => {
    // {a, b}: 1 of 2 baskets in the first two shards (below 60 %: not frequent there), 2 of 2 in the
    // third; overall 4 of 6. Merging the shards' frequent itemsets would count it 2 times, not 4.
    const shards = [[['a', 'b'], ['c']], [['a', 'b'], ['d']], [['a', 'b'], ['a', 'b']]];
    const accs = shards.map((s) => addBaskets(createBasketAccumulator(), s));
    expect(frequentItemsetsFromAccumulator(accs[0] as never, { minSupport: 0.6 }).itemsets).toEqual([]);
    const merged = accs.reduce(mergeBasketAccumulators);
    const result = frequentItemsetsFromAccumulator(merged, { minSupport: 0.6 });
    expect(result.itemsets.map((s) => [s.items, s.count])).toEqual([
      [['a'], 4],
      [['b'], 4],
      [['a', 'b'], 4],
    ]);
    expect(result).toEqual(frequentItemsets(shards.flat(), { minSupport: 0.6 }));
  });

  it('gives the one-pass itemsets and rules for any split into shards and any merge tree, through JSON (property)', () => {
    fc.assert(
      fc.property(basketsArb, itemsetOptionsArb, shardPlan, (baskets, options, plan) => {
        const accs = shard(baskets, plan).map((part) => viaJson(accumulate(createBasketAccumulator, addBaskets, part)));
        const merged = viaJson(mergeAll(accs, mergeBasketAccumulators, plan));
        const result = frequentItemsetsFromAccumulator(merged, options);
        const once = frequentItemsets(baskets, options);
        expect(result).toEqual(once);
        expect(associationRules(result, { minConfidence: 0.3, maxConsequent: 2 })).toEqual(associationRules(once, { minConfidence: 0.3, maxConsequent: 2 }));
        expect(merged).toEqual(addBaskets(createBasketAccumulator(), baskets));
      }),
    );
  });

  it('refuses malformed accumulators and overflowing counts', () => {
    const ok = createBasketAccumulator();
    expectOmnicxError(() => mergeBasketAccumulators(ok, { kind: 'baskets', version: 1, baskets: { '["b","a"]': 1 } }), 'INVALID_INPUT', ['b', 'baskets', '["b","a"]']);
    expectOmnicxError(() => mergeBasketAccumulators({ kind: 'baskets', version: 1, baskets: { '["a"]': -1 } }, ok), 'INVALID_INPUT', ['a', 'baskets', '["a"]']);
    expectOmnicxError(() => mergeBasketAccumulators(ok, { kind: 'baskets', version: 2, baskets: {} } as never), 'INVALID_INPUT', ['b', 'version']);
    const full = { kind: 'baskets' as const, version: 1 as const, baskets: { '["a"]': Number.MAX_SAFE_INTEGER } };
    expectOmnicxError(() => mergeBasketAccumulators(full, { kind: 'baskets', version: 1, baskets: { '["b"]': 1 } }), 'NOT_SAFE_INTEGER', ['b', 'baskets']);
  });
});
