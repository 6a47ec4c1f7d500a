import { normalUpper } from './internal/normal.js';
import { notNaN } from './internal/validate.js';

/**
 * The standard normal distribution function Φ(x) = P(Z ≤ x) for Z ~ N(0, 1).
 *
 * Algorithm: W. J. Cody's rational Chebyshev approximations (Cody 1969, "Rational Chebyshev
 * approximations for the error function", Mathematics of Computation 23(107):631–637; as ANORM in
 * Cody 1993, ACM TOMS Algorithm 715), with the argument splitting of R's `pnorm`. Relative error
 * a few units of 1e-16 (at most 3e-15 against mpmath) over the whole line; the lower tail is
 * computed directly (Φ(−x) = Φ̄(x)), so
 * `normalCdf(-37)` ≈ 5.7e-300 keeps all its digits. For an upper-tail probability use
 * {@link normalSurvival} rather than `1 − normalCdf(x)`.
 *
 * @param x - a z-score (dimensionless); ±Infinity give 0 and 1
 * @returns Φ(x), a probability in [0, 1]
 * @throws {@link OmnicxError} `INVALID_INPUT` when x is not a number or is NaN
 *
 * @example
 * ```ts
 * import { normalCdf } from 'omnicx/core';
 * console.log(normalCdf(0)); // 0.5
 * console.log(normalCdf(1.959963984540054)); // 0.975
 * console.log(normalCdf(-10)); // 7.619853024160527e-24
 * ```
 */
export function normalCdf(x: number): number {
  return normalUpper(-notNaN(x, ['x']));
}
