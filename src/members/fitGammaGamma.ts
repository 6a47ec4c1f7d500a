import { assertObject, invalid } from '../core/internal/assert.js';
import { logGamma } from '../core/statistics/internal/gamma.js';
import { fitNamed } from './internal/fitResult.js';
import { insufficient } from './internal/options.js';
import type { CustomerSummary, FitDiagnostics, FitOptions, GammaGammaParams } from './schemas.js';

/** A fitted Gamma-Gamma spend model. */
export type GammaGammaFit = GammaGammaParams & FitDiagnostics & { readonly standardErrors: GammaGammaParams | null };

/**
 * Fits the Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV:
 * using iso-value curves for customer base analysis", JMR 42(4); Fader & Hardie 2013, "The
 * Gamma-Gamma model of monetary value") on repeat customers only (frequency > 0), as lifetimes'
 * `GammaGammaFitter` does. Per customer with x repeat periods and mean spend mₓ:
 * ln L = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln v + (px − 1) ln mₓ + px ln x − (px + q) ln(x mₓ + v).
 * Optimisation and standard errors as in `fitBgNbd`. Customers with frequency 0 are skipped.
 *
 * @param summaries - summaries with `frequency` and `monetaryMean` (minor units)
 * @param options - fit options (`initial` is [p, q, v])
 * @returns `{ p, q, v, logLikelihood, standardErrors, converged, reason?, iterations }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when a repeat customer's `monetaryMean` is not positive
 *   (path `['summaries', i, 'monetaryMean']`) or a frequency is invalid; `INSUFFICIENT_DATA` without
 *   repeat customers
 *
 * @example
 * ```ts
 * import { fitGammaGamma } from 'omnicx/members';
 * const fit = fitGammaGamma([
 *   { frequency: 1, recency: 5, T: 10, monetaryMean: 2000 },
 *   { frequency: 3, recency: 8, T: 10, monetaryMean: 3500 },
 *   { frequency: 2, recency: 6, T: 10, monetaryMean: 1500 },
 *   { frequency: 5, recency: 9, T: 10, monetaryMean: 2500 },
 *   { frequency: 1, recency: 2, T: 10, monetaryMean: 6000 },
 *   { frequency: 0, recency: 0, T: 10, monetaryMean: 0 },
 * ], { initial: [5, 5, 5000] });
 * // five customers cannot pin down q and v separately: reported, not returned as if trustworthy
 * console.log(fit.converged); // false
 * console.log(fit.standardErrors); // null
 * ```
 */
export function fitGammaGamma(summaries: readonly CustomerSummary[], options?: FitOptions): GammaGammaFit {
  const listed: unknown = summaries;
  if (!Array.isArray(listed)) throw invalid('summaries must be an array of customer summaries', ['summaries']);
  const xs: number[] = [];
  const ms: number[] = [];
  summaries.forEach((s, i) => {
    assertObject(s, ['summaries', i], `summaries.${String(i)}`);
    const x: unknown = s.frequency;
    const m: unknown = s.monetaryMean;
    if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) throw invalid(`summaries.${String(i)}.frequency must be a non-negative integer`, ['summaries', i, 'frequency']);
    if (x === 0) return;
    if (typeof m !== 'number' || !Number.isFinite(m) || m <= 0) {
      throw invalid(`summaries.${String(i)}.monetaryMean must be positive for a repeat customer (Gamma-Gamma needs positive spend)`, ['summaries', i, 'monetaryMean']);
    }
    xs.push(x);
    ms.push(m);
  });
  if (xs.length === 0) throw insufficient('fitGammaGamma needs at least one repeat customer (frequency > 0)', ['summaries']);
  // v is a scale parameter in the units of the spend: ll(p, q, c·v; c·m) = ll(p, q, v; m) − N ln c.
  // Fitting on spend divided by c = 2^k near its geometric mean keeps ln v near 0 whatever the
  // currency's minor unit (the optimiser reports |ln θ| > 15 as a boundary optimum, and a mean
  // spend of 4e7 minor units, COP 140 000.00 or IDR 500 000.00, puts v there); powers of two scale exactly.
  let sumLn = 0;
  for (const m of ms) sumLn += Math.log(m);
  const k = Math.round(sumLn / ms.length / Math.LN2);
  const c = Math.pow(2, k);
  const lnX = xs.map(Math.log);
  const lnM = ms.map((m) => Math.log(m / c));
  const ll = (theta: Float64Array): number => {
    const p = theta[0] as number;
    const q = theta[1] as number;
    const v = theta[2] as number;
    let total = 0;
    const base = -logGamma(q) + q * Math.log(v);
    for (let i = 0; i < xs.length; i++) {
      const px = p * (xs[i] as number);
      total +=
        logGamma(px + q) - logGamma(px) + base + (px - 1) * (lnM[i] as number) + px * (lnX[i] as number) - (px + q) * Math.log((xs[i] as number) * ((ms[i] as number) / c) + v);
    }
    return total;
  };
  const initial: unknown = (options as { initial?: unknown } | undefined)?.initial;
  const scaledOptions =
    Array.isArray(initial) && initial.length === 3 && typeof initial[2] === 'number' ? { ...options, initial: [initial[0], initial[1], initial[2] / c] } : options;
  const fit = fitNamed(['p', 'q', 'v'], ll, scaledOptions as FitOptions | undefined);
  return {
    ...fit,
    v: fit.v * c,
    logLikelihood: fit.logLikelihood - xs.length * k * Math.LN2,
    standardErrors: fit.standardErrors === null ? null : { ...fit.standardErrors, v: fit.standardErrors.v * c },
  };
}
