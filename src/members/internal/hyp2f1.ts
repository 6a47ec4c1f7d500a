// Gauss hypergeometric function 2F1(a, b; c; z) for a, b, c > 0 and 0 ≤ z < 1 by its power series (Abramowitz &
// Stegun 15.1.1). With a, b, c > 0 every term is positive, so the sum has no cancellation and a
// relative error of a few ulps per term; the number of terms grows like log(ε)/log(z) near z = 1.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';

// Enough for z up to about 1 − 1.2e-5: the bound on the tail needs about (37 + ln(1/(1−z)))/(1−z)
// terms where the terms shrink like zⁿ (a few milliseconds per million terms).
export const MAX_TERMS = 4_000_000;

/** Terms summed between two checks of the stopping rule. */
const BLOCK = 16;

/**
 * 2F1(a, b; c; z), or NaN when the series needs more than MAX_TERMS terms.
 *
 * Stopping rule: the ratio of term k+1 to term k is z·(a+k)/(c+k)·(b+k)/(k+1), and each of the two
 * fractions moves monotonically towards 1 as k grows, so for every k ≥ m the ratio is at most
 * ρ = z·max(1, (a+m)/(c+m))·max(1, (b+m)/(m+1)). Once ρ < 1 the terms after term m sum to at most
 * term·ρ/(1−ρ), and the series stops when that bound is below 2⁻⁵³ of the sum. Both fractions
 * count: with only the first one, a tiny early term could stop the sum while (b+k)/(k+1) > 1
 * still made the terms grow (2F1(1e-20, 100; 1; 0.5) came out as 1 instead of about 1.3e8).
 */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  return Math.exp(logHyp2f1Series(a, b, c, z));
}

/**
 * ln 2F1(a, b; c; z) by the same series and stopping rule, the running sum rescaled into a
 * logarithm whenever it passes 1e250: for a customer with many repeat purchases (a = r + x,
 * b = b + x in the BG/NBD conditional expectation) the terms first grow like (1 − z)^−(r+x) and
 * overflow a double long before the series needs MAX_TERMS terms (x = 1000, z = 0.77), although
 * the quantity the callers need, (1 − z)^(r+x)·2F1, is moderate. NaN past MAX_TERMS terms.
 */
export function logHyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  let n = 0;
  // The bound is checked after every BLOCK terms (its two divisions per term made the series 2.5–4×
  // slower; summing up to BLOCK − 1 more positive terms only adds what the sum can still hold).
  while (n < MAX_TERMS) {
    const end = Math.min(n + BLOCK, MAX_TERMS);
    for (; n < end; n++) {
      term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
      sum += term;
      if (sum > 1e250) {
        logScale += Math.log(sum);
        term /= sum;
        sum = 1;
      }
    }
    // term is now term n; an overflowing sum cannot converge.
    if (!(Math.abs(sum) < Number.POSITIVE_INFINITY)) return Number.NaN;
    const rho = z * Math.max(1, (a + n) / (c + n)) * Math.max(1, (b + n) / (n + 1));
    if (rho < 1 && (Math.abs(term) * rho) / (1 - rho) <= 2 ** -53 * Math.abs(sum)) return logScale + Math.log(sum);
  }
  return Number.NaN;
}

/** ln 2F1 that throws NO_CONVERGENCE rather than returning NaN. */
export function logHyp2f1(a: number, b: number, c: number, z: number, path: readonly PathKey[]): number {
  const v = logHyp2f1Series(a, b, c, z);
  if (Number.isFinite(v)) return v;
  throw new OmnicxError(
    ErrorCode.NO_CONVERGENCE,
    `The hypergeometric series 2F1(${String(a)}, ${String(b)}; ${String(c)}; ${String(z)}) did not converge: the horizon is too long relative to the model's scale`,
    { path },
  );
}

/** 2F1 that throws NO_CONVERGENCE rather than returning NaN. */
export function hyp2f1(a: number, b: number, c: number, z: number, path: readonly PathKey[]): number {
  return Math.exp(logHyp2f1(a, b, c, z, path));
}
