import { addCounts, ownValue, setOwn } from './internal/accumulators.js';
import { basketKeysOf, basketMap, readBasketCount } from './internal/basketAccumulator.js';
import { basketKey } from './internal/basketKey.js';
import type { BasketAccumulator } from './schemas.js';
import { assertWritable } from '../core/internal/assert.js';

/**
 * Adds baskets (arrays of item names) to a basket accumulator. A basket is a set, as in
 * {@link frequentItemsets}: an item repeated in one basket counts once, and the order of the items
 * does not matter.
 *
 * **Updates `acc` in place** and returns the same object (use {@link mergeBasketAccumulators} for
 * a pure combination). Every basket is validated before anything is added, so a bad basket leaves
 * `acc` unchanged.
 *
 * `add` costs what the batch costs, not what the accumulator holds: it checks `acc`'s envelope and
 * the entries the batch touches; an entry it does not touch is checked by the merge and the
 * result function.
 *
 * @param acc - an accumulator from {@link createBasketAccumulator} (or parsed from JSON)
 * @param baskets - non-empty arrays of non-empty item names
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when `baskets` is not an array, a basket is empty
 *   or not an array (path `['baskets', i]`), an item is not a non-empty string (path
 *   `['baskets', i, j]`), the accumulator is malformed (path `['acc', …]`); `NOT_SAFE_INTEGER` when a count passes 2^53 − 1
 *
 * @example
 * ```ts
 * import { addBaskets, createBasketAccumulator } from 'omnicx/members';
 * const acc = addBaskets(createBasketAccumulator(), [['milk', 'bread'], ['bread', 'milk', 'milk'], ['eggs']]);
 * console.log(acc.baskets); // { '["bread","milk"]': 2, '["eggs"]': 1 }
 * ```
 */
export function addBaskets(acc: BasketAccumulator, baskets: readonly (readonly string[])[]): BasketAccumulator {
  assertWritable(acc, ['acc']);
  const map = basketMap(acc, ['acc']);
  const keys = basketKeysOf(baskets, basketKey);
  const added = new Map<string, number>();
  for (const key of keys) added.set(key, (added.get(key) ?? 0) + 1);
  // Check every touched entry and sum before writing one, so that a failure changes nothing.
  const updates: [string, number][] = [];
  for (const [key, count] of added) {
    const path = ['acc', 'baskets', key];
    const old = ownValue(map, key);
    updates.push([key, addCounts(old === undefined ? 0 : readBasketCount(key, old, path), count, path)]);
  }
  for (const [key, count] of updates) setOwn(map, key, count);
  return acc;
}
