import { normalUpper } from './internal/normal.js';
import { notNaN } from './internal/validate.js';

/**
 * The standard normal survival function Φ̄(x) = 1 − Φ(x) = P(Z > x), computed directly and never
 * as 1 − Φ(x), so it keeps full relative accuracy deep in the upper tail: `normalSurvival(37)` ≈
 * 5.7e-300 is right to about 1e-16 relative (checked against mpmath). The true value drops below the smallest double near
 * x ≈ 38.5, after which the result is 0; use {@link logNormalSurvival} there.
 *
 * Algorithm: W. J. Cody's rational Chebyshev approximations of erfc (Cody 1969, Mathematics of
 * Computation 23(107):631–637; ANORM in Cody 1993, ACM TOMS Algorithm 715), as in R's
 * `pnorm(x, lower.tail = FALSE)`; e^(−x²/2) is formed with x split as x = s + (x − s),
 * s = ⌊16x⌋/16, so that x² carries no rounding error.
 *
 * @param x - a z-score (dimensionless); ±Infinity give 0 and 1
 * @returns P(Z > x), a probability in [0, 1]
 * @throws {@link OmnicxError} `INVALID_INPUT` when x is not a number or is NaN
 *
 * @example
 * ```ts
 * import { normalSurvival } from 'omnicx/core';
 * console.log(normalSurvival(1)); // 0.15865525393145705
 * console.log(normalSurvival(10)); // 7.619853024160527e-24
 * console.log(normalSurvival(37) > 0); // true
 * ```
 */
export function normalSurvival(x: number): number {
  return normalUpper(notNaN(x, ['x']));
}
