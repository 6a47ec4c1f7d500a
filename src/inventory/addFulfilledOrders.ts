import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, invalid } from '../core/internal/assert.js';
import { addCount, assertFulfilmentEnvelope, compareStrings, isCycleTime, isId, lessNumber, lessString } from './internal/fulfilmentAccumulator.js';
import { countFulfilledOrders, FULFILMENT_COUNT_KEYS } from './internal/fulfilmentCounts.js';
import { insertAt, insertionPoints } from './internal/sorted.js';
import { fulfilledOrdersSchema, type FulfilledOrder, type FulfilmentKpisAccumulator } from './schemas.js';

/**
 * Adds a batch of fulfilled orders to a fulfilment-KPI accumulator — the `add` step. The batch is
 * validated exactly as {@link fulfilmentKpis} validates its orders, and an order whose id is
 * already in the accumulator is refused, as {@link fulfilmentKpis} refuses a duplicate id: the
 * batch is then added not at all (nor is a batch with a bad order, nor one that would take a count
 * past 2^53 − 1).
 *
 * **Updates `acc` in place** and returns it; use {@link mergeFulfilmentKpisAccumulators} for a
 * pure combination. The cost is that of validating the batch, a binary search per order among
 * the ids held and one pass moving the held ids and cycle times to insert the new ones in order
 * (O(batch × log held) comparisons and O(held) moves, no copy and no re-sort of what is held).
 * Measured adding 1 000 orders to an accumulator of 1 000 000: about 25 ms a call once the engine
 * has compiled it (median of 30 calls; about 10 ms of it validating the batch, as
 * {@link fulfilmentKpis} does), 200–300 ms on the first call. Only what the batch touches is
 * checked; the result and merge steps check the whole accumulator.
 *
 * @param acc - an accumulator from {@link createFulfilmentKpisAccumulator}
 * @param orders - the batch, as for {@link fulfilmentKpis}; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   a bad order (as {@link fulfilmentKpis}, path e.g. `['orders', 2, 'lines', 0, 'shipped']`), an
 *   id twice in the batch or already in the accumulator (path `['orders', i, 'id']`);
 *   `NOT_SAFE_INTEGER` for a count that would pass 2^53 − 1 (path `['acc', count]`)
 *
 * @example
 * ```ts
 * import { addFulfilledOrders, createFulfilmentKpisAccumulator } from 'omnicx/inventory';
 * const acc = createFulfilmentKpisAccumulator();
 * addFulfilledOrders(acc, [
 *   { id: 'b', orderedAt: 0, deliveredAt: 7_200_000, shipments: 2, lines: [{ sku: 'TEE', ordered: 2, shipped: 1 }] },
 *   { id: 'a', orderedAt: 0, deliveredAt: 3_600_000, shipments: 1, lines: [{ sku: 'CAP', ordered: 1, shipped: 1 }] },
 * ]);
 * console.log(acc.orderIds); // ['a', 'b']
 * console.log(acc.shipped); // 2
 * console.log(acc.cycleTimesMs); // [3600000, 7200000]
 * ```
 */
export function addFulfilledOrders(acc: FulfilmentKpisAccumulator, orders: readonly FulfilledOrder[]): FulfilmentKpisAccumulator {
  assertWritable(acc, ['acc']);
  assertFulfilmentEnvelope(acc, ['acc']);
  // The lists are updated in place too: a shallow copy of a frozen accumulator ({ ...acc }) keeps
  // them frozen, and a TypeError after the counts were written would leave acc inconsistent.
  assertWritable(acc.orderIds, ['acc', 'orderIds']);
  assertWritable(acc.cycleTimesMs, ['acc', 'cycleTimesMs']);
  const list = parseWith(fulfilledOrdersSchema, orders, ['orders']);
  // Batch positions in id order; where each id and cycle time goes (before anything changes).
  const byId = list.map((_, i) => i).sort((i, j) => compareStrings((list[i] as (typeof list)[number]).id, (list[j] as (typeof list)[number]).id));
  const ids = byId.map((i) => (list[i] as (typeof list)[number]).id);
  const idPoints = insertionPoints(acc.orderIds, ids, lessString, isId, 'a non-empty string', ['acc', 'orderIds']);
  let duplicate = -1;
  ids.forEach((id, j) => {
    const p = idPoints[j] as number;
    if (p > 0 && acc.orderIds[p - 1] === id && (duplicate < 0 || (byId[j] as number) < duplicate)) duplicate = byId[j] as number;
  });
  if (duplicate >= 0) {
    const id = (list[duplicate] as (typeof list)[number]).id;
    throw invalid(`order id ${JSON.stringify(id)} is already in the accumulator: an order is counted once`, ['orders', duplicate, 'id']);
  }
  const { counts, cycleTimesMs } = countFulfilledOrders(list);
  cycleTimesMs.sort((a, b) => a - b);
  const timePoints = insertionPoints(acc.cycleTimesMs, cycleTimesMs, lessNumber, isCycleTime, 'a non-negative finite number', ['acc', 'cycleTimesMs']);
  const sums = FULFILMENT_COUNT_KEYS.map((key) => addCount(acc[key], counts[key], `acc.${key}`, ['acc', key]));
  // Everything is checked: from here on acc changes.
  FULFILMENT_COUNT_KEYS.forEach((key, k) => {
    acc[key] = sums[k] as number;
  });
  insertAt(acc.orderIds, ids, idPoints);
  insertAt(acc.cycleTimesMs, cycleTimesMs, timePoints);
  return acc;
}
