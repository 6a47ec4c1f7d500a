import { addCounts } from './internal/accumulators.js';
import { basketAccumulatorOf, readBasketAccumulator } from './internal/basketAccumulator.js';
import type { BasketAccumulator } from './schemas.js';

/**
 * Combines two basket accumulators into a new one holding the baskets of both — the `merge` step.
 * Pure (neither input is modified), exact, associative and commutative.
 *
 * @param a - a basket accumulator
 * @param b - another
 * @returns a new accumulator with the counts added per distinct basket
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`); `NOT_SAFE_INTEGER` for a merged count past 2^53 − 1
 *
 * @example
 * ```ts
 * import { addBaskets, createBasketAccumulator, mergeBasketAccumulators } from 'omnicx/members';
 * const store = addBaskets(createBasketAccumulator(), [['milk', 'bread']]);
 * const web = addBaskets(createBasketAccumulator(), [['bread', 'milk'], ['eggs']]);
 * console.log(mergeBasketAccumulators(store, web).baskets); // { '["bread","milk"]': 2, '["eggs"]': 1 }
 * ```
 */
export function mergeBasketAccumulators(a: BasketAccumulator, b: BasketAccumulator): BasketAccumulator {
  const x = readBasketAccumulator(a, ['a']);
  const y = readBasketAccumulator(b, ['b']);
  addCounts(x.total, y.total, ['b', 'baskets']);
  for (const [key, count] of y.counts) x.counts.set(key, addCounts(x.counts.get(key) ?? 0, count, ['b', 'baskets', key]));
  return basketAccumulatorOf(x.counts);
}
