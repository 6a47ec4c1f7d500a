import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import type { InventoryKpis } from './inventoryKpis.js';
import { readInventoryAccumulator } from './internal/inventoryAccumulator.js';
import { inventoryKpisOf } from './internal/inventoryKpisCore.js';
import { kpiOptionsSchema, type InventoryKpisAccumulator, type KpiOptions } from './schemas.js';

/**
 * Reads the inventory KPIs of an accumulator — the `result` step. It computes exactly what
 * {@link inventoryKpis} computes, on the items held **in the accumulator's canonical order**:
 * sorted by sku, then location (UTF-16 code units; an item without a location before those with
 * one). So the result is deep-equal to
 * `inventoryKpis({ periodDays, toleranceUnits, items: allItems sorted that way })`, however the
 * items were split into batches and accumulators, merged in any order or tree, or sent through
 * JSON. Two differences from calling {@link inventoryKpis} on the items in input order:
 *
 * - **`byItem` is sorted by sku, then location**, not in input order (shards have no common
 *   input order); sort {@link inventoryKpis}'s `byItem` the same way to compare.
 * - The aggregates are sums of integer units, exact in any order, except the stock-out numerator
 *   Σ daysOutOfStock: with fractional days it is summed in the canonical order, so it can differ
 *   from {@link inventoryKpis} on another order in the last bit. Whole days are exact in any order.
 *
 * A total of units past 2^53 − 1 (where {@link inventoryKpis} would round) is refused.
 * The accumulator is not modified.
 *
 * @param acc - an inventory-KPI accumulator (validated: it may come from JSON)
 * @param options - `confidence` of the interval (default 0.95), as for {@link inventoryKpis}
 * @returns the KPIs, as {@link inventoryKpis} returns them, `byItem` in the canonical order
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`)
 *   or options (path `['options', …]`); `NOT_SAFE_INTEGER` when Σ (beginning + received),
 *   Σ sold or Σ ending passes 2^53 − 1 (path `['acc', 'items']`)
 *
 * @example
 * ```ts
 * import { addInventoryItems, createInventoryKpisAccumulator, inventoryKpisFromAccumulator } from 'omnicx/inventory';
 * const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [
 *   { sku: 'TEE', beginningOnHand: 80, receivedUnits: 20, soldUnits: 60, endingOnHand: 40, daysOutOfStock: 0, recordedOnHand: 40, countedOnHand: 40 },
 *   { sku: 'CAP', beginningOnHand: 10, receivedUnits: 0, soldUnits: 10, endingOnHand: 0, daysOutOfStock: 6, recordedOnHand: 2, countedOnHand: 0 },
 * ]);
 * const kpis = inventoryKpisFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(kpis.sellThrough.value); // 0.6364
 * console.log(kpis.stockOutRate.value); // 0.1
 * console.log(kpis.inventoryRecordAccuracy.value); // 0.5
 * console.log(kpis.byItem.map((item) => item.sku)); // ['CAP', 'TEE']
 * ```
 */
export function inventoryKpisFromAccumulator(acc: InventoryKpisAccumulator, options?: KpiOptions): InventoryKpis {
  const parsed = readInventoryAccumulator(acc, ['acc']);
  const confidence = parseWith(kpiOptionsSchema, options ?? {}, ['options']).confidence ?? 0.95;
  const kpis = inventoryKpisOf(parsed.periodDays, parsed.items, parsed.toleranceUnits, confidence);
  for (const [name, total] of [
    ['beginning + received', kpis.sellThrough.n],
    ['sold', kpis.sellThrough.numerator],
    ['ending', kpis.daysOfSupply.endingOnHand],
  ] as const) {
    if (!Number.isSafeInteger(total)) {
      throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `Σ ${name} units reaches ${String(total)}, past 2^53 − 1, where the sum is no longer exact`, { path: ['acc', 'items'] });
    }
  }
  return kpis;
}
