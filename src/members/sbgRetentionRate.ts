import { positiveParams } from './internal/options.js';
import { periodIndex } from './internal/sbg.js';
import type { SbgParams } from './schemas.js';

/**
 * Retention rate of period t under sBG, the share of those active at t − 1 who renew at t (Fader &
 * Hardie 2007, eq. 4): rₜ = (β + t − 1)/(α + β + t − 1), increasing in t (survivors are the loyal).
 *
 * @param params - `{ alpha, beta }`
 * @param t - period, an integer ≥ 1
 * @returns a rate in (0, 1)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or t (path `['t']`)
 *
 * @example
 * ```ts
 * import { sbgRetentionRate } from 'omnicx/members';
 * console.log(sbgRetentionRate({ alpha: 1, beta: 1 }, 1)); // 0.5
 * console.log(sbgRetentionRate({ alpha: 1, beta: 1 }, 3)); // 0.75
 * ```
 */
export function sbgRetentionRate(params: SbgParams, t: number): number {
  const { alpha, beta } = positiveParams(params, ['alpha', 'beta'] as const);
  const k = periodIndex(t, ['t'], 1);
  return (beta + k - 1) / (alpha + beta + k - 1);
}
