import { bgNbdLogLikelihood } from './internal/bgNbd.js';
import { readTriples } from './internal/compress.js';
import { fitNamed } from './internal/fitResult.js';
import { insufficient } from './internal/options.js';
import type { BgNbdParams, CompressedSummary, CustomerSummary, FitDiagnostics, FitOptions, SummaryTriple } from './schemas.js';

/** A fitted BG/NBD model: parameters, standard errors (null when not available) and diagnostics. */
export type BgNbdFit = BgNbdParams & FitDiagnostics & { readonly standardErrors: BgNbdParams | null };

/**
 * Fits the BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2)) by maximum likelihood.
 *
 * The likelihood (their eq. 6, arranged as in lifetimes' `BetaGeoFitter`) is evaluated on
 * compressed `(frequency, recency, T)` triples with the log-gamma terms computed once per distinct
 * frequency, so a million customers cost a few thousand terms per evaluation. Parameters are
 * optimised on the log scale (Nelder–Mead with restarts, then Newton steps with a
 * central-difference Hessian); standard errors come from the inverse Hessian of the negative
 * log-likelihood (delta method from the log scale). Unlike lifetimes, no penaliser is applied.
 * `alpha` is in the summaries' period unit. A fit that does not converge, whose optimum lies on the
 * boundary (a parameter → 0 or ∞) or whose Hessian is not positive definite is returned with
 * `converged: false` and a `reason`; its standard errors are then `null`.
 *
 * @param summaries - summaries or weighted triples (see `compressSummaries`), in lifetimes' conventions
 * @param options - `maxIterations` (default 2000), `tolerance` (default 1e-10), `initial` ([r, α, a, b], default 1s)
 * @returns `{ r, alpha, a, b, logLikelihood, standardErrors, converged, reason?, iterations }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an invalid summary (path `['summaries', i, field]`)
 *   or option; `INSUFFICIENT_DATA` when there are no summaries or no repeat purchase at all
 *
 * @example
 * ```ts
 * import { fitBgNbd } from 'omnicx/members';
 * const fit = fitBgNbd([
 *   { frequency: 0, recency: 0, T: 30, weight: 50 },
 *   { frequency: 1, recency: 10, T: 30, weight: 20 },
 *   { frequency: 3, recency: 25, T: 30, weight: 15 },
 *   { frequency: 6, recency: 29, T: 30, weight: 10 },
 *   { frequency: 2, recency: 4, T: 30, weight: 5 },
 * ]);
 * console.log(fit.converged); // true
 * console.log(Number(fit.logLikelihood.toFixed(2))); // -521.29
 * ```
 */
export function fitBgNbd(summaries: readonly (CustomerSummary | CompressedSummary | SummaryTriple)[], options?: FitOptions): BgNbdFit {
  const d = readTriples(summaries);
  if (d.total === 0) throw insufficient('fitBgNbd needs at least one customer', ['summaries']);
  if (!d.x.some((x) => x > 0)) throw insufficient('fitBgNbd needs at least one repeat purchase (all frequencies are 0)', ['summaries']);
  return fitNamed(['r', 'alpha', 'a', 'b'], (p) => bgNbdLogLikelihood(d, p[0] as number, p[1] as number, p[2] as number, p[3] as number), options);
}
