// The standard normal distribution function by W. J. Cody's rational Chebyshev approximations
// (Cody 1969, "Rational Chebyshev approximations for the error function", Math. Comp. 23:631–637;
// packaged as ANORM in Cody 1993, ACM TOMS Algorithm 715). Coefficients and the argument
// splitting are those of R's `pnorm_both` (src/nmath/pnorm.c), which evaluates the tails
// directly — never as 1 − Φ — so that each tail keeps full relative accuracy down to underflow.

/* eslint-disable no-loss-of-precision -- the coefficients keep the digits printed in the source;
   the parser rounds each to the nearest double, as the reference C and Fortran compilers do. */
const A = [2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
  0.02307344176494017303,
];
const Q = [1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5];

const ONE_OVER_SQRT_2PI = 0.398942280401432677939946059934;
const SQRT_32 = 5.656854249492380195206754896838;
/* eslint-enable no-loss-of-precision */
/** Φ(0.67448975) ≈ 0.75: below it Φ − ½ is approximated directly. */
const CENTRAL = 0.67448975;
/** Beyond this the upper tail is below 1e-4000 and ln of it overflows. */
const HUGE = 1e200;

/** Φ(x) − ½ for |x| ≤ 0.67448975 (an odd rational function of x). */
export function centralPart(x: number): number {
  const xsq = x * x;
  let num = (A[4] as number) * xsq;
  let den = xsq;
  for (let i = 0; i < 3; i++) {
    num = (num + (A[i] as number)) * xsq;
    den = (den + (B[i] as number)) * xsq;
  }
  return (x * (num + (A[3] as number))) / (den + (B[3] as number));
}

/**
 * For y > 0.67448975: ln Φ̄(y) split as −(exponent) + ln(factor), i.e.
 * Φ̄(y) = exp(−s²/2) · exp(−(y − s)(y + s)/2) · factor with s = ⌊16y⌋/16, so that y²/2 is formed
 * without rounding error (Cody's device) and the tail keeps full relative accuracy.
 */
export function tailParts(y: number): { readonly halfSquare: number; readonly rest: number; readonly factor: number } {
  let factor: number;
  if (y <= SQRT_32) {
    let num = (C[8] as number) * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + (C[i] as number)) * y;
      den = (den + (D[i] as number)) * y;
    }
    factor = (num + (C[7] as number)) / (den + (D[7] as number));
  } else {
    // An asymptotic-type rational approximation in 1/y²: Φ̄(y) ≈ φ(y)/y · (1 − R(1/y²)).
    const r = 1 / (y * y);
    let num = (P[5] as number) * r;
    let den = r;
    for (let i = 0; i < 4; i++) {
      num = (num + (P[i] as number)) * r;
      den = (den + (Q[i] as number)) * r;
    }
    const correction = (r * (num + (P[4] as number))) / (den + (Q[4] as number));
    factor = (ONE_OVER_SQRT_2PI - correction) / y;
  }
  const s = Math.trunc(y * 16) / 16;
  return { halfSquare: s * 0.5 * s, rest: (y - s) * (y + s) * 0.5, factor };
}

/** Φ̄(y) = P(Z > y) for y > 0.67448975, without cancellation. */
export function upperTail(y: number): number {
  if (y > HUGE) return 0;
  const { halfSquare, rest, factor } = tailParts(y);
  // Beyond y ≈ 37.6 exp(−s²/2) alone is subnormal: one exponential avoids rounding twice there.
  if (halfSquare > 708) return Math.exp(-halfSquare - rest + Math.log(factor));
  return Math.exp(-halfSquare) * Math.exp(-rest) * factor;
}

/** ln Φ̄(y) for y > 0.67448975; −Infinity only when the true value is below −1.8e308. */
export function logUpperTail(y: number): number {
  if (y > HUGE) return -Infinity;
  const { halfSquare, rest, factor } = tailParts(y);
  return -halfSquare - rest + Math.log(factor);
}

/** P(Z > x) with full relative accuracy on the whole real line (±Infinity allowed). */
export function normalUpper(x: number): number {
  if (x > CENTRAL) return upperTail(x);
  if (x >= -CENTRAL) return 0.5 - centralPart(x);
  return 1 - upperTail(-x);
}

/** ln P(Z > x). */
export function logNormalUpper(x: number): number {
  if (x > CENTRAL) return logUpperTail(x);
  if (x >= -CENTRAL) return Math.log(0.5 - centralPart(x));
  return Math.log1p(-upperTail(-x));
}
