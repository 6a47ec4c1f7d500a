import { readHorizon } from './internal/compress.js';
import { logHyp2f1 } from './internal/hyp2f1.js';
import { assertBgNbdClosedForm, bgNbdParams } from './internal/modelParams.js';
import type { BgNbdParams } from './schemas.js';

/**
 * Expected number of repeat purchases in (0, t] for a customer picked at random at acquisition,
 * under BG/NBD (Fader, Hardie & Lee 2005, eq. 7):
 * E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r · 2F1(r, b; a + b − 1; t/(α + t))].
 *
 * @param params - `{ r, alpha, a, b }` (all positive, a ≠ 1, a + b > 1)
 * @param t - horizon in periods (non-negative)
 * @returns expected purchases (≥ 0)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or t
 *   (path `['t']`); `NO_CONVERGENCE` when t is so long relative to α that the series cannot be summed
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPurchases } from 'omnicx/members';
 * // CDNOW parameters of Fader, Hardie & Lee (2005), weeks: about 1.45 repeat purchases in 52 weeks
 * console.log(Number(bgNbdExpectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 52).toFixed(3))); // 1.446
 * ```
 */
export function bgNbdExpectedPurchases(params: BgNbdParams, t: number): number {
  const { r, alpha, a, b } = bgNbdParams(params);
  assertBgNbdClosedForm({ r, alpha, a, b }, 0);
  const h = readHorizon(t);
  if (h === 0) return 0;
  const z = h / (alpha + h);
  const logF = logHyp2f1(r, b, a + b - 1, z, ['t']);
  return ((a + b - 1) / (a - 1)) * -Math.expm1(r * (Math.log(alpha) - Math.log(alpha + h)) + logF);
}
