import { readCustomer } from './internal/compress.js';
import { bgNbdParams } from './internal/modelParams.js';
import type { BgNbdParams } from './schemas.js';

/**
 * Probability that a customer with history `(frequency, recency, T)` is still alive at T, under
 * BG/NBD (Fader, Hardie & Lee 2005, eq. 13 in their note; lifetimes' `conditional_probability_alive`):
 * P(alive) = 1 / [1 + δ(x > 0) · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r + x)], so 1 for a customer
 * without repeat purchases (BG/NBD only lets customers drop out after a repeat purchase).
 *
 * @param params - `{ r, alpha, a, b }`
 * @param customer - `{ frequency, recency, T }` in periods (lifetimes conventions)
 * @returns a probability in (0, 1]
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or customer
 *   fields (path `['customer', key]`)
 *
 * @example
 * ```ts
 * import { bgNbdProbabilityAlive } from 'omnicx/members';
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * console.log(bgNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 30 })); // 1
 * console.log(Number(bgNbdProbabilityAlive(params, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3))); // 0.727
 * ```
 */
export function bgNbdProbabilityAlive(params: BgNbdParams, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const { r, alpha, a, b } = bgNbdParams(params);
  const { x, tx, T } = readCustomer(customer);
  if (x === 0) return 1;
  const logRatio = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logRatio));
}
