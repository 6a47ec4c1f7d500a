import { readTriples } from './internal/compress.js';
import { fitNamed } from './internal/fitResult.js';
import { insufficient } from './internal/options.js';
import { paretoNbdLogLikelihood, paretoPairs } from './internal/paretoNbd.js';
import type { CompressedSummary, CustomerSummary, FitDiagnostics, FitOptions, ParetoNbdParams, SummaryTriple } from './schemas.js';

/** A fitted Pareto/NBD model: parameters, standard errors (null when not available) and diagnostics. */
export type ParetoNbdFit = ParetoNbdParams & FitDiagnostics & { readonly standardErrors: ParetoNbdParams | null };

/**
 * Fits the Pareto/NBD model (Schmittlein, Morrison & Colombo 1987, "Counting your customers: who
 * are they and what will they do next?", Management Science 33(1)) by maximum likelihood. While
 * alive a customer buys at Poisson rate λ ~ gamma(r, α); lifetimes are exponential with rate
 * μ ~ gamma(s, β).
 *
 * The likelihood is that of Fader, Hardie & Lee (2005), "A note on deriving the Pareto/NBD model
 * and related expressions", with the Gaussian hypergeometric function taken in the
 * parameterisation whose argument lies in [0, 1) (chosen by comparing α and β, as the note does),
 * evaluated in log space: power series below ½, Euler's transformation and Gauss's continued
 * fraction above, Euler's integral by tanh-sinh quadrature within 1e-5 of 1. It is evaluated on compressed `(frequency, recency, T)` triples, with the 2F1
terms computed once per distinct (frequency, recency) and (frequency, T) pair. Optimisation,
 * standard errors and the `converged`/`reason` diagnostics are exactly those of `fitBgNbd`.
 * `alpha` and `beta` are in the summaries' period unit.
 *
 * @param summaries - summaries or weighted triples (see `compressSummaries`), in lifetimes' conventions
 * @param options - `maxIterations` (default 2000), `tolerance` (default 1e-10), `initial` ([r, α, s, β], default 1s)
 * @returns `{ r, alpha, s, beta, logLikelihood, standardErrors, converged, reason?, iterations }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an invalid summary (path `['summaries', i, field]`)
 *   or option; `INSUFFICIENT_DATA` when there are no summaries or no repeat purchase at all
 *
 * @example
 * ```ts
 * import { fitParetoNbd } from 'omnicx/members';
 * const fit = fitParetoNbd([
 *   { frequency: 0, recency: 0, T: 30, weight: 50 },
 *   { frequency: 1, recency: 10, T: 30, weight: 20 },
 *   { frequency: 3, recency: 25, T: 30, weight: 15 },
 *   { frequency: 6, recency: 29, T: 30, weight: 10 },
 *   { frequency: 2, recency: 4, T: 30, weight: 5 },
 * ]);
 * console.log(fit.converged); // true
 * console.log(Number(fit.logLikelihood.toFixed(2))); // -520.23
 * ```
 */
export function fitParetoNbd(summaries: readonly (CustomerSummary | CompressedSummary | SummaryTriple)[], options?: FitOptions): ParetoNbdFit {
  const d = readTriples(summaries);
  if (d.total === 0) throw insufficient('fitParetoNbd needs at least one customer', ['summaries']);
  if (!d.x.some((x) => x > 0)) throw insufficient('fitParetoNbd needs at least one repeat purchase (all frequencies are 0)', ['summaries']);
  const pairs = paretoPairs(d);
  return fitNamed(['r', 'alpha', 's', 'beta'], (p) => paretoNbdLogLikelihood(d, p[0] as number, p[1] as number, p[2] as number, p[3] as number, pairs), options);
}
