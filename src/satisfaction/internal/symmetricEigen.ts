// Eigen-decomposition of a small symmetric matrix by the cyclic Jacobi method (Golub & Van Loan,
// "Matrix Computations", 4th ed., §8.5): plane rotations zero the off-diagonal entries one at a
// time until they are negligible. Accurate to working precision for the small, well-scaled
// correlation matrices of key-driver analysis (a handful to a few dozen attributes).
import { ErrorCode, OmnicxError } from '../../core/errors/OmnicxError.js';

export interface Eigen {
  /** Eigenvalues λ₀ … λₚ₋₁ (unordered). */
  readonly values: Float64Array;
  /** Eigenvectors as columns: vectors[i·p + k] is component i of eigenvector k. */
  readonly vectors: Float64Array;
}

/** `matrix` is p×p, row-major, symmetric; it is copied, never modified. */
export function symmetricEigen(matrix: Float64Array, p: number): Eigen {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(p * p);
  for (let i = 0; i < p; i++) v[i * p + i] = 1;
  const at = (i: number, j: number): number => a[i * p + j] as number;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < p; i++) {
      diagonal += at(i, i) * at(i, i);
      for (let j = i + 1; j < p; j++) off += at(i, j) * at(i, j);
    }
    if (off <= 1e-32 * diagonal) {
      const values = new Float64Array(p);
      for (let i = 0; i < p; i++) values[i] = at(i, i);
      return { values, vectors: v };
    }
    for (let i = 0; i < p - 1; i++) {
      for (let j = i + 1; j < p; j++) {
        const aij = at(i, j);
        if (aij === 0) continue;
        // The rotation angle θ with tan 2θ = 2a_ij/(a_jj − a_ii), taken as the smaller root t = tan θ.
        const theta = (at(j, j) - at(i, i)) / (2 * aij);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < p; k++) {
          const aki = at(k, i);
          const akj = at(k, j);
          a[k * p + i] = c * aki - s * akj;
          a[k * p + j] = s * aki + c * akj;
        }
        for (let k = 0; k < p; k++) {
          const aik = at(i, k);
          const ajk = at(j, k);
          a[i * p + k] = c * aik - s * ajk;
          a[j * p + k] = s * aik + c * ajk;
        }
        for (let k = 0; k < p; k++) {
          const vki = v[k * p + i] as number;
          const vkj = v[k * p + j] as number;
          v[k * p + i] = c * vki - s * vkj;
          v[k * p + j] = s * vki + c * vkj;
        }
      }
    }
  }
  /* v8 ignore next 2 -- a guard: Jacobi sweeps converge quadratically, in well under 100 */
  throw new OmnicxError(ErrorCode.NO_CONVERGENCE, 'the eigen-decomposition of the correlation matrix did not converge');
}
