import { invalid } from '../core/internal/assert.js';
import { addCount, lessNumber, lessString, readFulfilmentAccumulator } from './internal/fulfilmentAccumulator.js';
import { FULFILMENT_COUNT_KEYS, zeroFulfilmentCounts } from './internal/fulfilmentCounts.js';
import { mergeSorted } from './internal/sorted.js';
import type { FulfilmentKpisAccumulator } from './schemas.js';

/**
 * Combines two fulfilment-KPI accumulators into a new one holding the orders of both — the
 * `merge` step. Pure (neither argument is touched), exact, associative and commutative (the
 * result is the same JSON whichever comes first). An order id in both is refused, as
 * {@link fulfilmentKpis} refuses a duplicate id: shards must partition the orders.
 *
 * @param a - a fulfilment-KPI accumulator (validated: it may come from JSON)
 * @param b - another
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), an order id in both (path `['b', 'orderIds', j]`); `NOT_SAFE_INTEGER` for a merged count past
 *   2^53 − 1 (path `['b', count]`)
 *
 * @example
 * ```ts
 * import { addFulfilledOrders, createFulfilmentKpisAccumulator, fulfilmentKpisFromAccumulator, mergeFulfilmentKpisAccumulators } from 'omnicx/inventory';
 * const web = addFulfilledOrders(createFulfilmentKpisAccumulator(), [
 *   { id: 'w1', orderedAt: 0, deliveredAt: 3_600_000, shipments: 1, lines: [{ sku: 'TEE', ordered: 1, shipped: 1 }] },
 * ]);
 * const store = addFulfilledOrders(createFulfilmentKpisAccumulator(), [
 *   { id: 's1', orderedAt: 0, deliveredAt: 10_800_000, shipments: 1, lines: [{ sku: 'CAP', ordered: 2, shipped: 1 }] },
 * ]);
 * const merged = mergeFulfilmentKpisAccumulators(web, store);
 * console.log(merged.orderIds); // ['s1', 'w1']
 * console.log(fulfilmentKpisFromAccumulator(merged).unitFillRate.value); // 0.6667
 * console.log(fulfilmentKpisFromAccumulator(merged).cycleTimeMs.p50); // 7200000
 * ```
 */
export function mergeFulfilmentKpisAccumulators(a: FulfilmentKpisAccumulator, b: FulfilmentKpisAccumulator): FulfilmentKpisAccumulator {
  const x = readFulfilmentAccumulator(a, ['a']);
  const y = readFulfilmentAccumulator(b, ['b']);
  const orderIds = mergeSorted(x.orderIds, y.orderIds, lessString, (j) => {
    throw invalid(`order id ${JSON.stringify(y.orderIds[j])} is in both accumulators: shards must partition the orders`, ['b', 'orderIds', j]);
  });
  const merged: FulfilmentKpisAccumulator = {
    kind: 'fulfilmentKpis',
    version: 1,
    orderIds,
    ...zeroFulfilmentCounts(),
    cycleTimesMs: mergeSorted(x.cycleTimesMs, y.cycleTimesMs, lessNumber),
  };
  for (const key of FULFILMENT_COUNT_KEYS) merged[key] = addCount(x[key], y[key], `the merged ${key}`, ['b', key]);
  return merged;
}
