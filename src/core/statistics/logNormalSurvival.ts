import { logNormalUpper } from './internal/normal.js';
import { notNaN } from './internal/validate.js';

/**
 * The natural logarithm of the standard normal survival function, ln Φ̄(x) = ln P(Z > x), for
 * z-scores so large that Φ̄(x) itself underflows (x > 38.5), as with the p-values of very large
 * samples.
 *
 * For x > 0.674 it is assembled in logarithms from Cody's approximation (see
 * {@link normalSurvival}): ln Φ̄(x) = −x²/2 + ln R(x), where for x > √32 R is a rational function
 * of 1/x² that reproduces the asymptotic expansion
 * Φ̄(x) ~ φ(x)/x · (1 − 1/x² + 3/x⁴ − …) (Abramowitz & Stegun 26.2.12), so it stays accurate to
 * about 1e-15 relative for any x; for x < −0.674, ln Φ̄(x) = log1p(−Φ̄(−x)). The result is
 * −Infinity only when the true value is below −1.8e308 (x > 1.9e154).
 *
 * @param x - a z-score (dimensionless); +Infinity gives −Infinity and −Infinity gives 0
 * @returns ln P(Z > x), a number ≤ 0
 * @throws {@link OmnicxError} `INVALID_INPUT` when x is not a number or is NaN
 *
 * @example
 * ```ts
 * import { logNormalSurvival } from 'omnicx/core';
 * console.log(logNormalSurvival(0)); // -0.6931471805599453
 * console.log(logNormalSurvival(40)); // -804.6084420137538
 * ```
 */
export function logNormalSurvival(x: number): number {
  return logNormalUpper(notNaN(x, ['x']));
}
