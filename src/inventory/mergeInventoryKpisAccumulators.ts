import { invalid } from '../core/internal/assert.js';
import { readInventoryAccumulator } from './internal/inventoryAccumulator.js';
import { itemBefore } from './internal/itemOrder.js';
import { mergeSorted } from './internal/sorted.js';
import type { InventoryKpisAccumulator } from './schemas.js';

/**
 * Combines two inventory-KPI accumulators into a new one holding the items of both — the `merge`
 * step. Pure (neither argument is touched), exact, associative and commutative (the items stay
 * in the canonical order, so the result is the same JSON whichever comes first). Both must have
 * the same `periodDays` and `toleranceUnits`, and a (sku, location) item in both is refused, as
 * {@link inventoryKpis} refuses a duplicate item: shards must partition the items.
 *
 * @param a - an inventory-KPI accumulator (validated: it may come from JSON)
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), different options (path `['b', 'periodDays']` or `['b', 'toleranceUnits']`) or
 *   an item in both (path `['b', 'items', j, 'sku']`)
 *
 * @example
 * ```ts
 * import { addInventoryItems, createInventoryKpisAccumulator, inventoryKpisFromAccumulator, mergeInventoryKpisAccumulators } from 'omnicx/inventory';
 * const north = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [
 *   { sku: 'TEE', locationId: 'N1', beginningOnHand: 80, receivedUnits: 20, soldUnits: 60, endingOnHand: 40 },
 * ]);
 * const south = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [
 *   { sku: 'TEE', locationId: 'S1', beginningOnHand: 10, receivedUnits: 0, soldUnits: 10, endingOnHand: 0 },
 * ]);
 * const kpis = inventoryKpisFromAccumulator(mergeInventoryKpisAccumulators(south, north));
 * console.log(kpis.sellThrough.value); // 0.6364
 * console.log(kpis.byItem.map((item) => item.locationId)); // ['N1', 'S1']
 * ```
 */
export function mergeInventoryKpisAccumulators(a: InventoryKpisAccumulator, b: InventoryKpisAccumulator): InventoryKpisAccumulator {
  const x = readInventoryAccumulator(a, ['a']);
  const y = readInventoryAccumulator(b, ['b']);
  for (const key of ['periodDays', 'toleranceUnits'] as const) {
    if (x[key] !== y[key]) throw invalid(`b.${key} ${String(y[key])} differs from a.${key} ${String(x[key])}: merge accumulators created with the same options`, ['b', key]);
  }
  const items = mergeSorted(x.items, y.items, itemBefore, (j) => {
    const item = y.items[j] as (typeof y.items)[number];
    throw invalid(
      `item ${JSON.stringify(item.sku)} at ${item.locationId === undefined ? '(no location)' : JSON.stringify(item.locationId)} is in both accumulators: shards must partition the items`,
      ['b', 'items', j, 'sku'],
    );
  });
  return { kind: 'inventoryKpis', version: 1, periodDays: x.periodDays, toleranceUnits: x.toleranceUnits, items };
}
