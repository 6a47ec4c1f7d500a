import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, invalid } from '../core/internal/assert.js';
import { assertInventoryEnvelope } from './internal/inventoryAccumulator.js';
import { isItemKey, itemBefore } from './internal/itemOrder.js';
import { insertAt, insertionPoints } from './internal/sorted.js';
import { inventoryKpiInputSchema, type InventoryKpiItem, type InventoryKpisAccumulator } from './schemas.js';

/**
 * Adds a batch of items to an inventory-KPI accumulator — the `add` step. The batch is validated
 * exactly as {@link inventoryKpis} validates its items (with the accumulator's `periodDays`), and
 * an item whose (sku, location) is already in the accumulator is refused, as
 * {@link inventoryKpis} refuses a duplicate item: the batch is then added not at all.
 *
 * **Updates `acc` in place** and returns it, keeping `items` sorted by sku, then location; use
 * {@link mergeInventoryKpisAccumulators} for a pure combination. The cost is that of validating
 * the batch, a binary search per item among those held and one pass moving the held items to
 * insert the new ones. Only what the batch touches is checked; the result and merge steps check
 * the whole accumulator.
 *
 * @param acc - an accumulator from {@link createInventoryKpisAccumulator}
 * @param items - the batch, as `items` of {@link inventoryKpis}; never mutated
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   a bad item (as {@link inventoryKpis}, path e.g. `['items', 1, 'soldUnits']`) or an item twice
 *   in the batch or already in the accumulator (path `['items', i, 'sku']`)
 *
 * @example
 * ```ts
 * import { addInventoryItems, createInventoryKpisAccumulator } from 'omnicx/inventory';
 * const acc = createInventoryKpisAccumulator({ periodDays: 30 });
 * addInventoryItems(acc, [
 *   { sku: 'TEE', locationId: 'S2', beginningOnHand: 5, receivedUnits: 0, soldUnits: 5, endingOnHand: 0 },
 *   { sku: 'CAP', beginningOnHand: 8, receivedUnits: 2, soldUnits: 4, endingOnHand: 6 },
 *   { sku: 'TEE', locationId: 'S1', beginningOnHand: 9, receivedUnits: 1, soldUnits: 6, endingOnHand: 4 },
 * ]);
 * console.log(acc.items.map((item) => `${item.sku}@${item.locationId ?? '-'}`)); // ['CAP@-', 'TEE@S1', 'TEE@S2']
 * ```
 */
export function addInventoryItems(acc: InventoryKpisAccumulator, items: readonly InventoryKpiItem[]): InventoryKpisAccumulator {
  assertWritable(acc, ['acc']);
  assertInventoryEnvelope(acc, ['acc']);
  assertWritable(acc.items, ['acc', 'items']);
  // The accumulator's own options make the input inventoryKpis would validate: paths are ['items', …].
  const batch = parseWith(inventoryKpiInputSchema, { periodDays: acc.periodDays, items, toleranceUnits: acc.toleranceUnits }, []).items;
  const order = batch.map((_, i) => i).sort((i, j) => {
    const a = batch[i] as InventoryKpiItem;
    const b = batch[j] as InventoryKpiItem;
    return itemBefore(a, b) ? -1 : itemBefore(b, a) ? 1 : 0;
  });
  const sorted = order.map((i) => batch[i] as InventoryKpiItem);
  const points = insertionPoints(acc.items, sorted, itemBefore, isItemKey, 'an item with a string sku and locationId', ['acc', 'items']);
  let duplicate = -1;
  sorted.forEach((item, j) => {
    const held: unknown = acc.items[(points[j] as number) - 1];
    if (isItemKey(held) && !itemBefore(held, item) && (duplicate < 0 || (order[j] as number) < duplicate)) duplicate = order[j] as number;
  });
  if (duplicate >= 0) {
    const item = batch[duplicate] as InventoryKpiItem;
    throw invalid(`item ${JSON.stringify(item.sku)} at ${item.locationId === undefined ? '(no location)' : JSON.stringify(item.locationId)} is already in the accumulator`, ['items', duplicate, 'sku']);
  }
  insertAt(acc.items, sorted, points);
  return acc;
}
