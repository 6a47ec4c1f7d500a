import type { BasketAccumulator } from './schemas.js';

/**
 * Creates an empty basket accumulator — the `create` step of the accumulator pattern
 * ({@link addBaskets}, {@link mergeBasketAccumulators}, {@link frequentItemsetsFromAccumulator})
 * for mining {@link frequentItemsets} (and from them {@link associationRules}) over baskets held in
 * shards.
 *
 * Why it keeps the baskets: an itemset below the support threshold in every shard can be above it
 * overall, and the threshold itself depends on the total number of baskets, so per-shard frequent
 * itemsets do not merge; exact support counts for every itemset up to a size would take
 * Σ C(|basket|, ≤ k) entries. The itemsets depend on the baskets only through their multiset, so
 * the accumulator keeps each distinct basket (as a set of items) with the number of times it
 * occurs — memory: one entry per distinct basket, at most the data itself, usually much less
 * (single-item and repeated baskets collapse) — and `minSupport` and `maxLength` are chosen when
 * the result is read. Shards need not partition anything: each basket is independent.
 *
 * @returns `{ kind: 'baskets', version: 1, baskets: {} }`, a new plain JSON object
 *
 * @example
 * ```ts
 * import { createBasketAccumulator } from 'omnicx/members';
 * console.log(JSON.stringify(createBasketAccumulator())); // '{"kind":"baskets","version":1,"baskets":{}}'
 * ```
 */
export function createBasketAccumulator(): BasketAccumulator {
  return { kind: 'baskets', version: 1, baskets: {} };
}
