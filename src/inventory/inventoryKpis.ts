import { parseWith } from '../core/errors/parseWith.js';
import { inventoryKpisOf, type InventoryKpis } from './internal/inventoryKpisCore.js';
import { inventoryKpiInputSchema, kpiOptionsSchema, type InventoryKpiInput, type KpiOptions } from './schemas.js';

export type { InventoryItemKpis, InventoryKpis } from './internal/inventoryKpisCore.js';

/**
 * Inventory KPIs over one period:
 *
 * - sell-through = Σ sold / Σ (beginning on hand + received) — the share of the units available
 *   during the period that sold (NRF / retail-merchandising definition).
 * - stock-out rate = Σ daysOutOfStock / (items reporting it × periodDays): the share of item-days
 *   with nothing on the shelf (items without `daysOutOfStock` are left out of this rate).
 * - days of supply = Σ ending on hand / average daily sales, average daily sales = Σ sold /
 *   periodDays: how many days the ending stock lasts at the period's sales rate; null if nothing sold.
 * - inventory record accuracy (IRA) = items whose |recordedOnHand − countedOnHand| ≤ toleranceUnits
 *   / items counted (APICS/ASCM Dictionary, "inventory accuracy"; tolerance default 0: exact match),
 *   with a Wilson interval (`confidence` default 0.95).
 * Rates carry numerator and `n`; a rate with n = 0 has `value: null`. The same figures per item
 * are in `byItem`.
 *
 * @param input - `{ periodDays, items, toleranceUnits? }`, see {@link inventoryKpiInputSchema}; never mutated
 * @param options - `confidence` of the interval (default 0.95)
 * @returns the KPIs
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for negative or fractional units, daysOutOfStock >
 *   periodDays, a recorded figure without its count, or a duplicate (sku, location) item
 *   (path e.g. `['input', 'items', 1, 'soldUnits']`)
 *
 * @example
 * ```ts
 * import { inventoryKpis } from 'omnicx/inventory';
 * const kpis = inventoryKpis({
 *   periodDays: 30,
 *   items: [
 *     { sku: 'TEE', beginningOnHand: 80, receivedUnits: 20, soldUnits: 60, endingOnHand: 40, daysOutOfStock: 0, recordedOnHand: 40, countedOnHand: 40 },
 *     { sku: 'CAP', beginningOnHand: 10, receivedUnits: 0, soldUnits: 10, endingOnHand: 0, daysOutOfStock: 6, recordedOnHand: 2, countedOnHand: 0 },
 *   ],
 * });
 * console.log(kpis.sellThrough.value); // 0.6364
 * console.log(kpis.stockOutRate.value); // 0.1
 * console.log(kpis.daysOfSupply.value); // 17.1429
 * console.log(kpis.inventoryRecordAccuracy.value); // 0.5
 * ```
 */
export function inventoryKpis(input: InventoryKpiInput, options?: KpiOptions): InventoryKpis {
  const { periodDays, items, toleranceUnits = 0 } = parseWith(inventoryKpiInputSchema, input, ['input']);
  const confidence = parseWith(kpiOptionsSchema, options ?? {}, ['options']).confidence ?? 0.95;
  return inventoryKpisOf(periodDays, items, toleranceUnits, confidence);
}
