import { describe, invalid } from '../core/internal/assert.js';
import { fitNamed } from './internal/fitResult.js';
import { sbgLogLikelihood } from './internal/sbg.js';
import type { FitDiagnostics, FitOptions, SbgParams } from './schemas.js';

/** A fitted shifted-beta-geometric model. */
export type SbgFit = SbgParams & FitDiagnostics & { readonly standardErrors: SbgParams | null };

/**
 * Fits the shifted-beta-geometric (sBG) model of contractual retention (Fader & Hardie 2007, "How
 * to project customer retention", Journal of Interactive Marketing 21(1)) by maximum likelihood on
 * the numbers of customers alive at the start of each period: survivors[0] is the cohort size,
 * survivors[t] the number still active after t renewal opportunities. The likelihood is
 * Σₜ (nₜ₋₁ − nₜ) ln P(T = t) + n_last ln S(last), with P and S from their eqs. 1–3.
 *
 * @param survivors - non-increasing non-negative integers, at least two, the first positive
 * @param options - fit options (`initial` is [alpha, beta])
 * @returns `{ alpha, beta, logLikelihood, standardErrors, converged, reason?, iterations }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when `survivors` is too short, holds a non-integer or
 *   negative count, starts at 0, or increases (path `['survivors', t]`)
 *
 * @example
 * ```ts
 * import { fitShiftedBetaGeometric } from 'omnicx/members';
 * // "Regular" customers, Fader & Hardie (2007) Table 1: α = 0.704, β = 1.182
 * const fit = fitShiftedBetaGeometric([1000, 631, 468, 382, 326, 289, 262, 241]);
 * console.log(Number(fit.alpha.toFixed(3))); // 0.704
 * console.log(Number(fit.beta.toFixed(3))); // 1.182
 * ```
 */
export function fitShiftedBetaGeometric(survivors: readonly number[], options?: FitOptions): SbgFit {
  const listed: unknown = survivors;
  if (!Array.isArray(listed) || survivors.length < 2) {
    throw invalid(`survivors must be an array of at least two counts, got ${describe(listed)}`, ['survivors']);
  }
  survivors.forEach((n, t) => {
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) throw invalid(`survivors.${String(t)} must be a non-negative integer`, ['survivors', t]);
    if (t === 0 && n === 0) throw invalid('survivors.0 (the cohort size) must be positive', ['survivors', 0]);
    if (t > 0 && n > (survivors[t - 1] as number)) throw invalid(`survivors.${String(t)} exceeds the previous count: survivor counts cannot increase`, ['survivors', t]);
  });
  return fitNamed(['alpha', 'beta'], (p) => sbgLogLikelihood(survivors, p[0] as number, p[1] as number), options);
}
