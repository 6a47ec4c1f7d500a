// Shared shape of the maximum-likelihood fits.
import { parseWith } from '../../core/errors/parseWith.js';
import { invalid } from '../../core/internal/assert.js';
import { fitOptionsSchema, type FitDiagnostics, type FitOptions } from '../schemas.js';
import { fitLogParameters } from './optimize.js';

/** Runs the optimiser on named log-parameters and shapes the result. */
export function fitNamed<K extends string>(
  keys: readonly K[],
  logLikelihood: (theta: Float64Array) => number,
  options: FitOptions | undefined,
): Record<K, number> & FitDiagnostics & { readonly standardErrors: Record<K, number> | null } {
  const { maxIterations, tolerance, initial } = parseWith(fitOptionsSchema, options ?? {}, ['options']);
  if (initial !== undefined && initial.length !== keys.length) {
    throw invalid(`options.initial must hold ${String(keys.length)} positive numbers (${keys.join(', ')})`, ['options', 'initial']);
  }
  const start = Float64Array.from(keys, (_, i) => Math.log(initial?.[i] ?? 1));
  const result = fitLogParameters((phi) => -logLikelihood(phi.map(Math.exp)), start, maxIterations, tolerance);
  const out = {} as Record<K, number>;
  const se = {} as Record<K, number>;
  keys.forEach((k, i) => {
    out[k] = Math.exp(result.x[i] as number);
    se[k] = result.standardErrors?.[i] as number;
  });
  return {
    ...out,
    logLikelihood: -result.fx,
    standardErrors: result.standardErrors === undefined ? null : se,
    converged: result.converged,
    ...(result.reason === undefined ? {} : { reason: result.reason }),
    iterations: result.iterations,
  };
}
