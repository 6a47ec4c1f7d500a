import { readCustomer, readHorizon } from './internal/compress.js';
import { logHyp2f1 } from './internal/hyp2f1.js';
import { assertBgNbdClosedForm, bgNbdParams } from './internal/modelParams.js';
import type { BgNbdParams } from './schemas.js';

/**
 * Expected purchases in (T, T + t] for a customer with history `(frequency, recency, T)`, under
 * BG/NBD (Fader, Hardie & Lee 2005, eq. 10; lifetimes' `conditional_expected_number_of_purchases_up_to_time`):
 * E[Y(t) | x, tₓ, T] = [(a + b + x − 1)/(a − 1)] · [1 − ((α + T)/(α + T + t))^(r + x) ·
 * 2F1(r + x, b + x; a + b + x − 1; t/(α + T + t))] / [1 + δ(x > 0) · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r + x)].
 *
 * @param params - `{ r, alpha, a, b }` (a ≠ 1, a + b > 1)
 * @param t - horizon in periods after T
 * @param customer - `{ frequency, recency, T }` in periods
 * @returns expected purchases (≥ 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters, t or customer (paths `['params', key]`,
 *   `['t']`, `['customer', key]`); `NO_CONVERGENCE` when the series cannot be summed
 *
 * @example
 * ```ts
 * import { bgNbdConditionalExpectedPurchases } from 'omnicx/members';
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * // FHL 2005 report 1.226 expected purchases in the next 39 weeks for this CDNOW customer
 * console.log(Number(bgNbdConditionalExpectedPurchases(params, 39, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3))); // 1.226
 * ```
 */
export function bgNbdConditionalExpectedPurchases(
  params: BgNbdParams,
  t: number,
  customer: { readonly frequency: number; readonly recency: number; readonly T: number },
): number {
  const { r, alpha, a, b } = bgNbdParams(params);
  const h = readHorizon(t);
  const { x, tx, T } = readCustomer(customer);
  assertBgNbdClosedForm({ r, alpha, a, b }, x);
  if (h === 0) return 0;
  // ((α+T)/(α+T+t))^(r+x) · 2F1 in log space: both factors overflow/underflow for large x
  const logF = logHyp2f1(r + x, b + x, a + b + x - 1, h / (alpha + T + h), ['t']);
  const numerator = ((a + b + x - 1) / (a - 1)) * -Math.expm1((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + h)) + logF);
  const denominator = x === 0 ? 1 : 1 + (a / (b + x - 1)) * Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + tx)));
  return numerator / denominator;
}
