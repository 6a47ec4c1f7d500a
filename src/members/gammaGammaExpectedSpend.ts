import { assertObject, invalid } from '../core/internal/assert.js';
import { numberOption, positiveParams } from './internal/options.js';
import type { GammaGammaParams } from './schemas.js';

/**
 * Expected spend per transaction of a customer with x repeat periods of mean spend mₓ, under
 * Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 5; lifetimes'
 * `conditional_expected_average_profit`): E[M | x, mₓ] = p(v + x mₓ)/(px + q − 1), a weighted mean
 * of the population mean pv/(q − 1) and the customer's own mean. For x = 0 it is the population
 * mean. Units are those of `monetaryMean` (minor units).
 *
 * @param params - `{ p, q, v }` with q > 1
 * @param customer - `{ frequency, monetaryMean }`
 * @returns expected spend per transaction
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (q ≤ 1: path `['params', 'q']`) or
 *   a customer that is not an object (path `['customer']`) or bad customer fields (path `['customer', key]`)
 *
 * @example
 * ```ts
 * import { gammaGammaExpectedSpend } from 'omnicx/members';
 * // p = 6, q = 4, v = 15: population mean 6·15/3 = 30; with x = 2, m = 40: 6·(15 + 80)/(12 + 3) = 38
 * console.log(gammaGammaExpectedSpend({ p: 6, q: 4, v: 15 }, { frequency: 2, monetaryMean: 40 })); // 38
 * ```
 */
export function gammaGammaExpectedSpend(params: GammaGammaParams, customer: { readonly frequency: number; readonly monetaryMean: number }): number {
  const { p, q, v } = positiveParams(params, ['p', 'q', 'v'] as const);
  if (q <= 1) throw invalid('params.q must exceed 1 for the expected spend to be finite', ['params', 'q']);
  assertObject(customer, ['customer'], 'customer');
  const x = numberOption(customer.frequency, undefined, 0, Number.MAX_SAFE_INTEGER, ['customer', 'frequency']);
  const m = numberOption(customer.monetaryMean, undefined, 0, Number.MAX_VALUE, ['customer', 'monetaryMean']);
  return (p * (v + x * m)) / (p * x + q - 1);
}
