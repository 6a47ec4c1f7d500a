import { readCustomer, readHorizon } from './internal/compress.js';
import { paretoNbdParams } from './internal/modelParams.js';
import { growth, probabilityAlive } from './internal/paretoNbd.js';
import type { ParetoNbdParams } from './schemas.js';

/**
 * Expected purchases in (T, T + t] for a customer with history `(frequency, recency, T)`, under
 * Pareto/NBD (Schmittlein, Morrison & Colombo 1987, eq. 22; Fader, Hardie & Lee 2005 note, eq. 28;
 * lifetimes' `ParetoNBDFitter.conditional_expected_number_of_purchases_up_to_time`):
 * E[Y(t) | x, tₓ, T] = (r + x)(β + T)/((α + T)(s − 1)) · [1 − ((β + T)/(β + T + t))^(s − 1)] · P(alive),
 * with the limit (r + x)(β + T)/(α + T) · ln(1 + t/(β + T)) · P(alive) at s = 1.
 *
 * @param params - `{ r, alpha, s, beta }`
 * @param t - horizon in periods after T
 * @param customer - `{ frequency, recency, T }` in periods
 * @returns expected purchases (≥ 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters, t or customer (paths `['params', key]`,
 *   `['t']`, `['customer', key]`); `NO_CONVERGENCE` (path `['params']`) if the 2F1 terms cannot be evaluated
 *
 * @example
 * ```ts
 * import { paretoNbdConditionalExpectedPurchases } from 'omnicx/members';
 * const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * console.log(Number(paretoNbdConditionalExpectedPurchases(params, 39, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3))); // 1.455
 * ```
 */
export function paretoNbdConditionalExpectedPurchases(
  params: ParetoNbdParams,
  t: number,
  customer: { readonly frequency: number; readonly recency: number; readonly T: number },
): number {
  const { r, alpha, s, beta } = paretoNbdParams(params);
  const h = readHorizon(t);
  const { x, tx, T } = readCustomer(customer);
  const alive = probabilityAlive(r, alpha, s, beta, x, tx, T);
  return (((r + x) * (beta + T)) / (alpha + T)) * growth(s, beta + T, h) * alive;
}
