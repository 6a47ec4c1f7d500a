import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { toDecimal } from '../core/internal/decimal.js';
import { fpGrowth } from './internal/fpGrowth.js';
import { frequentItemsetsOptionsSchema, type FrequentItemsetsOptions } from './schemas.js';

/** A frequent itemset: its items (sorted by code unit), support count and support fraction. */
export interface FrequentItemset {
  readonly items: readonly string[];
  /** Number of baskets containing every item. */
  readonly count: number;
  /** count / N. */
  readonly support: number;
}

/** The result of {@link frequentItemsets}. */
export interface FrequentItemsetsResult {
  /** N, the number of baskets. */
  readonly transactionCount: number;
  /** The minimum support count ceil(minSupport × N). */
  readonly minSupportCount: number;
  /** Every itemset with count ≥ minSupportCount, by count descending, then size, then items. */
  readonly itemsets: readonly FrequentItemset[];
}

function compareItems(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

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
  // Exact: in double precision 0.7 × 10 is 7.000000000000001, whose ceiling would drop the
  // itemsets found in exactly 7 of 10 baskets (support 0.7).
  const minCount = toDecimal(minSupport).times(n).ceil().toNumber();
  // Rank frequent items by descending count (ties by name) so shared prefixes compress.
  const frequent = names.map((_, id) => id).filter((id) => (counts[id] as number) >= minCount);
  frequent.sort((a, b) => (counts[b] as number) - (counts[a] as number) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rankOf = new Int32Array(names.length).fill(-1);
  frequent.forEach((id, rank) => (rankOf[id] = rank));
  const transactions = encoded.map((row) => row.map((id) => rankOf[id] as number).filter((r) => r >= 0).sort((a, b) => a - b));
  const raw = n === 0 ? [] : fpGrowth(transactions, frequent.length, Math.max(minCount, 1), maxLength ?? Infinity);
  const itemsets = raw.map(({ items, count }) => ({
    items: items.map((r) => names[frequent[r] as number] as string).sort((a, b) => (a < b ? -1 : 1)),
    count,
    support: count / n,
  }));
  itemsets.sort((a, b) => b.count - a.count || compareItems(a.items, b.items));
  return { transactionCount: n, minSupportCount: minCount, itemsets };
}
