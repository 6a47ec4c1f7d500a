import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { mineItemsets, type FrequentItemsetsResult } from './internal/itemsets.js';
import { frequentItemsetsOptionsSchema, type FrequentItemsetsOptions } from './schemas.js';

export type { FrequentItemset, FrequentItemsetsResult } from './internal/itemsets.js';

/**
 * Finds every frequent itemset of a basket list by FP-growth (Han, Pei & Yin 2000).
 *
 * Conventions (those of R's arules `apriori`/`eclat` with `target = "frequent itemsets"`): a basket
 * is a set, so an item repeated in one basket counts once; the minimum support count is
 * ceil(minSupport × N) (N = number of baskets), and an itemset is frequent when its count is ≥
 * that, i.e. when its support is ≥ `minSupport`. The product is exact, on the decimal value of
 * `minSupport` as written — arules rounds it in double precision, where ceil(0.7 × 10) gives 8,
 * not 7. `maxLength` bounds the itemset size (arules `maxlen`, here unlimited by default). The
 * empty itemset is not reported.
 *
 * @param baskets - non-empty arrays of non-empty item names
 * @param options - `minSupport` in (0, 1], `maxLength` (default unlimited)
 * @returns the itemsets with N and the minimum count
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when `baskets` is not an array, a basket is empty or
 *   not an array (path `['baskets', i]`), an item is not a non-empty string (path `['baskets', i, j]`),
 *   or `minSupport` lies outside (0, 1] (path `['options', 'minSupport']`)
 *
 * @example
 * ```ts
 * import { frequentItemsets } from 'omnicx/members';
 * const result = frequentItemsets([['milk', 'bread'], ['milk', 'eggs'], ['milk', 'bread', 'eggs'], ['bread']], { minSupport: 0.5 });
 * console.log(result.minSupportCount); // 2
 * console.log(result.itemsets.map((s) => `${s.items.join('+')}:${String(s.count)}`).join(' ')); // 'bread:3 milk:3 eggs:2 bread+milk:2 eggs+milk:2'
 * ```
 */
export function frequentItemsets(baskets: readonly (readonly string[])[], options: FrequentItemsetsOptions): FrequentItemsetsResult {
  const { minSupport, maxLength } = parseWith(frequentItemsetsOptionsSchema, options, ['options']);
  if (!Array.isArray(baskets)) throw invalid(`baskets must be an array of item arrays, got ${describe(baskets)}`, ['baskets']);
  const n = baskets.length;
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const encoded: number[][] = new Array<number[]>(n);
  for (let i = 0; i < n; i++) {
    const basket: unknown = baskets[i];
    if (!Array.isArray(basket) || basket.length === 0) {
      throw invalid(`baskets.${String(i)} must be a non-empty array of item names, got ${describe(basket)}`, ['baskets', i]);
    }
    const row: number[] = [];
    for (let j = 0; j < basket.length; j++) {
      const item: unknown = basket[j];
      if (typeof item !== 'string' || item === '') {
        throw invalid(`baskets.${String(i)}.${String(j)} must be a non-empty string, got ${describe(item)}`, ['baskets', i, j]);
      }
      let id = ids.get(item);
      if (id === undefined) {
        id = names.length;
        ids.set(item, id);
        names.push(item);
        counts.push(0);
      }
      if (!row.includes(id)) {
        row.push(id);
        counts[id] = (counts[id] as number) + 1;
      }
    }
    encoded[i] = row;
  }
  return mineItemsets(encoded, new Array<number>(n).fill(1), names, counts, n, minSupport, maxLength);
}
