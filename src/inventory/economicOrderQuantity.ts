import { parseWith } from '../core/errors/parseWith.js';
import { economicOrderQuantityInputSchema, type EconomicOrderQuantityInput } from './schemas.js';

/**
 * The economic order quantity, the order size that minimises ordering plus holding cost for a
 * steady demand (Harris 1913, "How many parts to make at once", Factory, The Magazine of
 * Management 10(2):135–136, 152):
 *
 *   EOQ = √(2 · D · S / H)
 *
 * with D the annual demand in units, S the cost per order and H the holding cost per unit and
 * year (S and H in the same minor units, so the currency cancels). Units of demand, not rounded.
 *
 * @param input - `{ annualDemand, orderCostMinor, holdingCostMinorPerUnitYear }`
 * @returns the order quantity in units
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or non-finite figure or a holding
 *   cost that is not positive (path e.g. `['input', 'holdingCostMinorPerUnitYear']`)
 *
 * @example
 * ```ts
 * import { economicOrderQuantity } from 'omnicx/inventory';
 * // √(2 · 1200 · 5000 / 300) = √40000
 * console.log(economicOrderQuantity({ annualDemand: 1200, orderCostMinor: 5000, holdingCostMinorPerUnitYear: 300 })); // 200
 * ```
 */
export function economicOrderQuantity(input: EconomicOrderQuantityInput): number {
  const { annualDemand, orderCostMinor, holdingCostMinorPerUnitYear } = parseWith(economicOrderQuantityInputSchema, input, ['input']);
  return Math.sqrt((2 * annualDemand * orderCostMinor) / holdingCostMinorPerUnitYear);
}
