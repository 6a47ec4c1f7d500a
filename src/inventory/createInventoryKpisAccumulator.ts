import { parseWith } from '../core/errors/parseWith.js';
import { inventoryKpisAccumulatorOptionsSchema, type InventoryKpisAccumulator, type InventoryKpisAccumulatorOptions } from './schemas.js';

/**
 * Creates an empty inventory-KPI accumulator for a period — the `create` step of the accumulator
 * pattern ({@link addInventoryItems}, {@link mergeInventoryKpisAccumulators},
 * {@link inventoryKpisFromAccumulator}) for computing {@link inventoryKpis} over items held in
 * shards (stores, regions, workers). `periodDays` and `toleranceUnits` are fixed here; only
 * accumulators with the same ones merge.
 *
 * `byItem` needs every item, and a (sku, location) item in two shards must be refused as
 * {@link inventoryKpis} refuses a duplicate item, so the accumulator keeps each item's figures,
 * **sorted by sku, then location** (the canonical order in which the result lists `byItem`):
 * memory is O(items), about the size of the input.
 *
 * @param options - `periodDays` (> 0, required) and `toleranceUnits` (default 0), as for {@link inventoryKpis}
 * @returns an empty accumulator (plain JSON, see {@link inventoryKpisAccumulatorSchema})
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', key]`)
 *
 * @example
 * ```ts
 * import { createInventoryKpisAccumulator } from 'omnicx/inventory';
 * const acc = createInventoryKpisAccumulator({ periodDays: 30 });
 * console.log(acc.kind); // 'inventoryKpis'
 * console.log(acc.toleranceUnits); // 0
 * console.log(acc.items); // []
 * ```
 */
export function createInventoryKpisAccumulator(options: InventoryKpisAccumulatorOptions): InventoryKpisAccumulator {
  const { periodDays, toleranceUnits = 0 } = parseWith(inventoryKpisAccumulatorOptionsSchema, options, ['options']);
  return { kind: 'inventoryKpis', version: 1, periodDays, toleranceUnits, items: [] };
}
