import { parseWith } from '../core/errors/parseWith.js';
import { readBasketAccumulator } from './internal/basketAccumulator.js';
import { mineItemsets, type FrequentItemsetsResult } from './internal/itemsets.js';
import { frequentItemsetsOptionsSchema, type BasketAccumulator, type FrequentItemsetsOptions } from './schemas.js';

/**
 * Finds the frequent itemsets of the baskets in an accumulator — the `result` step. Deep-equal to
 * {@link frequentItemsets} over the same baskets with the same options, however they were split
 * and merged (FP-growth runs on each distinct basket weighted by its count; support counts are
 * integer sums, so they are exact). Pass the result to {@link associationRules} for rules. The
 * accumulator is not modified.
 *
 * @param acc - a basket accumulator
 * @param options - `minSupport` in (0, 1], `maxLength` (default unlimited), as for {@link frequentItemsets}
 * @returns the itemsets with N and the minimum count
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   bad options (path `['options', key]`)
 *
 * @example
 * ```ts
 * import { addBaskets, associationRules, createBasketAccumulator, frequentItemsetsFromAccumulator } from 'omnicx/members';
 * const acc = addBaskets(createBasketAccumulator(), [['milk', 'bread'], ['milk', 'eggs'], ['milk', 'bread', 'eggs'], ['bread']]);
 * const result = frequentItemsetsFromAccumulator(JSON.parse(JSON.stringify(acc)), { minSupport: 0.5 });
 * console.log(result.itemsets.map((s) => `${s.items.join('+')}:${String(s.count)}`).join(' ')); // 'bread:3 milk:3 eggs:2 bread+milk:2 eggs+milk:2'
 * console.log(associationRules(result, { minConfidence: 0.6 }).length); // 4
 * ```
 */
export function frequentItemsetsFromAccumulator(acc: BasketAccumulator, options: FrequentItemsetsOptions): FrequentItemsetsResult {
  const { counts: baskets, total } = readBasketAccumulator(acc, ['acc']);
  const { minSupport, maxLength } = parseWith(frequentItemsetsOptionsSchema, options, ['options']);
  const ids = new Map<string, number>();
  const names: string[] = [];
  const counts: number[] = [];
  const encoded: number[][] = [];
  const weights: number[] = [];
  for (const [key, weight] of baskets) {
    const row: number[] = [];
    for (const item of JSON.parse(key) as string[]) {
      let id = ids.get(item);
      if (id === undefined) {
        id = names.length;
        ids.set(item, id);
        names.push(item);
        counts.push(0);
      }
      row.push(id);
      counts[id] = (counts[id] as number) + weight;
    }
    encoded.push(row);
    weights.push(weight);
  }
  return mineItemsets(encoded, weights, names, counts, total, minSupport, maxLength);
}
