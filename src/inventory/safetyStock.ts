import { parseWith } from '../core/errors/parseWith.js';
import { normalQuantile } from '../core/statistics/normalQuantile.js';
import { safetyStockInputSchema, type SafetyStockInput } from './schemas.js';

/**
 * Safety stock for a cycle service level (the probability of not stocking out during a
 * replenishment lead time), assuming normally distributed lead-time demand:
 *
 *   SS = z · √(L · σ_d² + d² · σ_L²),   z = Φ⁻¹(serviceLevel)
 *
 * with d and σ_d the mean and standard deviation of demand per period, L and σ_L the mean and
 * standard deviation of the lead time in periods. With a fixed lead time (σ_L = 0, the default)
 * this is SS = z · σ_d · √L. Source: Silver, Pyke & Thomas, "Inventory and Production Management
 * in Supply Chains", 4th ed. (2017), §6.7 and §6.11 (variance of demand over a random lead time).
 * z comes from `normalQuantile` (Wichura's AS 241).
 *
 * The result is in units of demand and is not rounded (round it up for whole units). Service
 * levels below 0.5 give z < 0 and so a negative safety stock, as the formula says.
 *
 * @param input - see {@link safetyStockInputSchema}; all figures in one period unit (e.g. days)
 * @returns the safety stock in units
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or non-finite figure or a service
 *   level outside (0, 1) (path e.g. `['input', 'serviceLevel']`)
 *
 * @example
 * ```ts
 * import { safetyStock } from 'omnicx/inventory';
 * // 20 units/day ± 5, 4-day lead time, 95 %: z = 1.6449, σ = 5 · √4 = 10
 * console.log(safetyStock({ demandMean: 20, demandSd: 5, leadTimeMean: 4, serviceLevel: 0.95 }).toFixed(3)); // '16.449'
 * // lead time ± 1 day: √(4 · 25 + 400 · 1) = √500 = 22.36
 * console.log(safetyStock({ demandMean: 20, demandSd: 5, leadTimeMean: 4, leadTimeSd: 1, serviceLevel: 0.95 }).toFixed(3)); // '36.780'
 * ```
 */
export function safetyStock(input: SafetyStockInput): number {
  const { demandMean, demandSd, leadTimeMean, leadTimeSd = 0, serviceLevel } = parseWith(safetyStockInputSchema, input, ['input']);
  const z = normalQuantile(serviceLevel);
  return z * Math.sqrt(leadTimeMean * demandSd * demandSd + demandMean * demandMean * leadTimeSd * leadTimeSd);
}
