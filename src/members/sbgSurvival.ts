import { logBeta } from '../core/statistics/internal/gamma.js';
import { positiveParams } from './internal/options.js';
import { periodIndex } from './internal/sbg.js';
import type { SbgParams } from './schemas.js';

/**
 * Share of a cohort still active after t periods under sBG (Fader & Hardie 2007, eq. 3):
 * S(t) = B(α, β + t)/B(α, β); S(0) = 1.
 *
 * @param params - `{ alpha, beta }`
 * @param t - periods, an integer ≥ 0
 * @returns a fraction in (0, 1]
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad parameters (path `['params', key]`) or t (path `['t']`)
 *
 * @example
 * ```ts
 * import { sbgSurvival } from 'omnicx/members';
 * // α = 1, β = 1: S(t) = 1/(t + 1)
 * console.log(sbgSurvival({ alpha: 1, beta: 1 }, 3)); // 0.25
 * ```
 */
export function sbgSurvival(params: SbgParams, t: number): number {
  const { alpha, beta } = positiveParams(params, ['alpha', 'beta'] as const);
  const k = periodIndex(t, ['t'], 0);
  return Math.exp(logBeta(alpha, beta + k) - logBeta(alpha, beta));
}
