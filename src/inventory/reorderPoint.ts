import { parseWith } from '../core/errors/parseWith.js';
import { safetyStockInputSchema, type SafetyStockInput } from './schemas.js';
import { safetyStock } from './safetyStock.js';

/**
 * The reorder point of a continuous-review (s, Q) policy: order when the inventory position
 * (on hand + on order − backorders) falls to
 *
 *   ROP = d · L + SS
 *
 * the expected demand over the lead time plus the {@link safetyStock} for the service level
 * (Silver, Pyke & Thomas 2017, §6.7). Units of demand, not rounded.
 *
 * @param input - as for {@link safetyStock}
 * @returns the reorder point in units
 * @throws {@link core!OmnicxError} `INVALID_INPUT` as {@link safetyStock}
 *
 * @example
 * ```ts
 * import { reorderPoint } from 'omnicx/inventory';
 * // 20 · 4 = 80 expected over the lead time, + 16.449 safety stock
 * console.log(reorderPoint({ demandMean: 20, demandSd: 5, leadTimeMean: 4, serviceLevel: 0.95 }).toFixed(3)); // '96.449'
 * ```
 */
export function reorderPoint(input: SafetyStockInput): number {
  const parsed = parseWith(safetyStockInputSchema, input, ['input']);
  return parsed.demandMean * parsed.leadTimeMean + safetyStock(parsed);
}
