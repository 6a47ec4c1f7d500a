// Frequent itemsets from encoded baskets, shared by frequentItemsets and its accumulator: both
// encode baskets as item ids with a weight (baskets standing for that many identical ones) and
// run this, so the result depends only on the multiset of baskets.
import { toDecimal } from '../../core/internal/decimal.js';
import { fpGrowth } from './fpGrowth.js';

/** A frequent itemset: its items (sorted by code unit), support count and support fraction. */
export interface FrequentItemset {
  readonly items: readonly string[];
  /** Number of baskets containing every item. */
  readonly count: number;
  /** count / N. */
  readonly support: number;
}

/** The result of `frequentItemsets`. */
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
 * Mines `encoded` baskets (distinct item ids, each standing for `weights[i]` baskets) over item
 * `names` whose weighted basket counts are `counts`; `n` is the total weight.
 */
export function mineItemsets(
  encoded: readonly (readonly number[])[],
  weights: readonly number[],
  names: readonly string[],
  counts: readonly number[],
  n: number,
  minSupport: number,
  maxLength: number | undefined,
): FrequentItemsetsResult {
  // Exact: in double precision 0.7 × 10 is 7.000000000000001, whose ceiling would drop the
  // itemsets found in exactly 7 of 10 baskets (support 0.7).
  const minCount = toDecimal(minSupport).times(n).ceil().toNumber();
  // Rank frequent items by descending count (ties by name) so shared prefixes compress.
  const frequent = names.map((_, id) => id).filter((id) => (counts[id] as number) >= minCount);
  frequent.sort((a, b) => (counts[b] as number) - (counts[a] as number) || ((names[a] as string) < (names[b] as string) ? -1 : 1));
  const rankOf = new Int32Array(names.length).fill(-1);
  frequent.forEach((id, rank) => (rankOf[id] = rank));
  const transactions = encoded.map((row) => row.map((id) => rankOf[id] as number).filter((r) => r >= 0).sort((a, b) => a - b));
  const raw = n === 0 ? [] : fpGrowth(transactions, frequent.length, Math.max(minCount, 1), maxLength ?? Infinity, weights);
  const itemsets = raw.map(({ items, count }) => ({
    items: items.map((r) => names[frequent[r] as number] as string).sort((a, b) => (a < b ? -1 : 1)),
    count,
    support: count / n,
  }));
  itemsets.sort((a, b) => b.count - a.count || compareItems(a.items, b.items));
  return { transactionCount: n, minSupportCount: minCount, itemsets };
}
