// Gauss hypergeometric function 2F1(a, b; c; z) for 0 ≤ z < 1 by its power series (Abramowitz &
// Stegun 15.1.1). With a, b, c > 0 every term is positive, so the sum has no cancellation and a
// relative error of a few ulps per term; the number of terms grows like log(ε)/log(z) near z = 1.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';

export const MAX_TERMS = 2_000_000;

/** 2F1(a, b; c; z), or NaN when the series needs more than MAX_TERMS terms. */
export function hyp2f1Series(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (Math.abs(term) <= 1e-17 * Math.abs(sum) && (a + n) * z < c + n) return sum;
  }
  return Number.NaN;
}

/** 2F1 that throws NO_CONVERGENCE rather than returning NaN. */
export function hyp2f1(a: number, b: number, c: number, z: number, path: readonly PathKey[]): number {
  const v = hyp2f1Series(a, b, c, z);
  if (Number.isFinite(v)) return v;
  throw new OmnicxError(
    ErrorCode.NO_CONVERGENCE,
    `The hypergeometric series 2F1(${String(a)}, ${String(b)}; ${String(c)}; ${String(z)}) did not converge: the horizon is too long relative to the model's scale`,
    { path },
  );
}
