// Student's t distribution through the regularized incomplete beta function:
//   P(T > t) = ½ · I_x(ν/2, ½),  x = ν / (ν + t²),  t ≥ 0
// (Abramowitz & Stegun 26.7.1 with 26.5.27), with closed forms for ν = 1 (Cauchy) and ν = 2.
import { logBeta } from './gamma.js';
import { incompleteBeta, incompleteBetaHalfLargeA } from './incompleteBeta.js';
import { normalUpper } from './normal.js';

/**
 * Above this many degrees of freedom the t distribution is taken to be the normal one. The
 * difference in a tail is about t⁴/(4ν) relative (Abramowitz & Stegun 26.7.5), below 1e-16 for
 * every t where the normal tail is still a normal double (t < 37.5).
 */
export const NORMAL_DF = 1e23;

/** Beyond this |t|, t² would overflow: the tail is its leading asymptotic term. */
const LARGE_T = 1e150;

/** ln(1 + t²/ν) without overflow for large t. */
export function log1pSquareRatio(t: number, df: number): number {
  if (t > LARGE_T) return 2 * Math.log(t) - Math.log(df) + Math.log1p(df / t / t);
  return Math.log1p((t * t) / df);
}

/** P(T > t) for t ≥ 0 (t may be +Infinity), with full relative accuracy in the tail. */
export function studentUpper(t: number, df: number): number {
  if (df > NORMAL_DF) return normalUpper(t);
  if (df === 1) {
    // Cauchy: P(T > t) = ½ − atan(t)/π = atan(1/t)/π for t > 0.
    return t > 1 ? Math.atan(1 / t) / Math.PI : 0.5 - Math.atan(t) / Math.PI;
  }
  if (df === 2) {
    // P(T > t) = ½ (1 − t/√(2 + t²)) = 1 / (s (s + t)) with s = √(2 + t²).
    const s = t > LARGE_T ? t : Math.sqrt(2 + t * t);
    return 1 / s / (s + t);
  }
  const a = df / 2;
  if (t > LARGE_T) {
    // I_x(a, ½) ≈ x^a / (a B(a, ½)) as x = ν/(ν + t²) → 0; the next term is O(x) < 1e-270.
    return 0.5 * Math.exp(-a * log1pSquareRatio(t, df) - Math.log(a) - logBeta(a, 0.5));
  }
  // P(T > t) = ½ − t·f(0) + O(t³) with the density f(0) < 1/√(2π) < 0.4 for every ν, so below
  // t = 1e-17 the tail rounds to ½ (and t²/ν, which may underflow, is never formed).
  if (t < 1e-17) return 0.5;
  const t2 = t * t;
  const x = df / (df + t2);
  const y = t2 / (df + t2);
  // The continued fraction loses about log₁₀(a) digits for large a when x is near 1; there the
  // asymptotic expansion in 1/a is accurate (both checked against mpmath to ~1e-13 relative).
  const tail = a >= 50 && y <= 0.5 ? incompleteBetaHalfLargeA(x, y, a) : incompleteBeta(x, y, a, 0.5)[0];
  return Math.min(0.5, 0.5 * tail); // P(T > t) ≤ ½ for t ≥ 0, whatever the rounding
}

/** ln of the t density at t ≥ 0: −(ν + 1)/2 · ln(1 + t²/ν) − ½ ln ν − ln B(ν/2, ½). */
export function logStudentDensity(t: number, df: number): number {
  return -0.5 * (df + 1) * log1pSquareRatio(t, df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5);
}
