import { readHorizon } from './internal/compress.js';
import { paretoNbdParams } from './internal/modelParams.js';
import { growth } from './internal/paretoNbd.js';
import type { ParetoNbdParams } from './schemas.js';

/**
 * Expected number of repeat purchases in (0, t] for a customer picked at random at acquisition,
 * under Pareto/NBD (Schmittlein, Morrison & Colombo 1987; Fader, Hardie & Lee 2005 note, eq. 27):
 * E[X(t)] = rβ/(α(s − 1)) · [1 − (β/(β + t))^(s − 1)], and (rβ/α) · ln(1 + t/β) when s = 1.
 *
 * @param params - `{ r, alpha, s, beta }` (all positive)
 * @param t - horizon in periods (non-negative)
 * @returns expected purchases (≥ 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or t (path `['t']`)
 *
 * @example
 * ```ts
 * import { paretoNbdExpectedPurchases } from 'omnicx/members';
 * // CDNOW parameters of Fader, Hardie & Lee (2005), weeks
 * console.log(Number(paretoNbdExpectedPurchases({ r: 0.553, alpha: 10.578, s: 0.606, beta: 11.669 }, 39).toFixed(3))); // 1.213
 * ```
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number): number {
  const { r, alpha, s, beta } = paretoNbdParams(params);
  const h = readHorizon(t);
  return ((r * beta) / alpha) * growth(s, beta, h);
}

