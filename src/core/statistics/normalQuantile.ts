import { probability } from './internal/validate.js';

// Wichura (1988), Algorithm AS 241 "The percentage points of the normal distribution", Applied
// Statistics 37(3):477–484, routine PPND16 (coefficients as published; the same as R's qnorm).
/* eslint-disable no-loss-of-precision -- the coefficients keep the digits printed in the source;
   the parser rounds each to the nearest double, as the reference C and Fortran compilers do. */
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125, 45921.953931549871457,
  67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
];
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867, 39307.89580009271061,
  28729.085735721942674, 5226.495278852854561,
];
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504, 1.27045825245236838258,
  0.24178072517745061177, 0.0227238449892691845833, 7.7454501427834140764e-4,
];
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
];
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123, 0.026532189526576123093,
  0.0012426609473880784386, 2.71155556874348757815e-5, 2.01033439929228813265e-7,
];
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525, 7.868691311456132591e-4,
  1.8463183175100546818e-5, 1.4215117583164458887e-7, 2.04426310338993978564e-15,
];
/* eslint-enable no-loss-of-precision */

function poly(coefficients: readonly number[], r: number): number {
  let value = coefficients[7] as number;
  for (let i = 6; i >= 0; i--) value = value * r + (coefficients[i] as number);
  return value;
}

/**
 * The standard normal quantile function Φ⁻¹(p): the z with P(Z ≤ z) = p.
 *
 * Algorithm: Wichura (1988), Algorithm AS 241 (PPND16), Applied Statistics 37(3):477–484 — three
 * rational approximations, in p − ½ for 0.075 ≤ p ≤ 0.925 and in √(−ln min(p, 1 − p)) in the
 * tails, with relative accuracy about 1e-16 (measured against mpmath: within 7e-16, i.e. a few
 * ulps, from p = 5e-324 to 1 − 2⁻⁵³). The operations follow R's `qnorm` in the same order, so
 * the results agree with R bit for bit. Small p keep their accuracy (`normalQuantile(1e-300)` is
 * right); for an upper quantile with a tiny tail probability q use `−normalQuantile(q)` rather
 * than `normalQuantile(1 − q)`.
 *
 * @param p - a probability from 0 to 1; 0 gives −Infinity and 1 gives +Infinity
 * @returns the quantile z (dimensionless)
 * @throws {@link OmnicxError} `INVALID_INPUT` when p is not a number in [0, 1]
 *
 * @example
 * ```ts
 * import { normalQuantile } from 'omnicx/core';
 * console.log(normalQuantile(0.975).toPrecision(16)); // 1.959963984540054
 * console.log(normalQuantile(0.5)); // 0
 * console.log(normalQuantile(1e-10)); // -6.361340902404056
 * ```
 */
export function normalQuantile(p: number): number {
  const value = probability(p, ['p']);
  if (value === 0) return -Infinity;
  if (value === 1) return Infinity;
  const q = value - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r); // in R's order of operations, so results agree bit for bit
  }
  // 1 − p is exact for p ≥ ½ (Sterbenz), so the upper tail loses nothing here.
  const r = Math.sqrt(-Math.log(q < 0 ? value : 1 - value));
  const z = r <= 5 ? poly(C, r - 1.6) / poly(D, r - 1.6) : poly(E, r - 5) / poly(F, r - 5);
  return q < 0 ? -z : z;
}
