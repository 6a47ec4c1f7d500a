import { readCustomer } from './internal/compress.js';
import { paretoNbdParams } from './internal/modelParams.js';
import { probabilityAlive } from './internal/paretoNbd.js';
import type { ParetoNbdParams } from './schemas.js';

/**
 * Probability that a customer with history `(frequency, recency, T)` is still alive at T, under
 * Pareto/NBD (Fader, Hardie & Lee 2005, "A note on deriving the Pareto/NBD model and related
 * expressions", eq. 18): P(alive) = 1 / [1 + s/(r + s + x) · (α + T)^(r + x) (β + T)^s · A₀], with A₀
 * the 2F1 difference of the likelihood (see `fitParetoNbd`). Unlike BG/NBD, a customer without
 * repeat purchases is not certainly alive: P(alive) falls as T grows, and is 1 only when T = recency.
 *
 * @param params - `{ r, alpha, s, beta }`
 * @param customer - `{ frequency, recency, T }` in periods (lifetimes conventions)
 * @returns a probability in (0, 1]
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or customer
 *   fields (path `['customer', key]`); `NO_CONVERGENCE` (path `['params']`) if the 2F1 terms cannot be evaluated
 *
 * @example
 * ```ts
 * import { paretoNbdProbabilityAlive } from 'omnicx/members';
 * const params = { r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 };
 * console.log(paretoNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 0 })); // 1
 * console.log(Number(paretoNbdProbabilityAlive(params, { frequency: 2, recency: 30.43, T: 38.86 }).toFixed(3))); // 0.869
 * ```
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, customer: { readonly frequency: number; readonly recency: number; readonly T: number }): number {
  const { r, alpha, s, beta } = paretoNbdParams(params);
  const { x, tx, T } = readCustomer(customer);
  return probabilityAlive(r, alpha, s, beta, x, tx, T);
}
