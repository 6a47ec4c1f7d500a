import { ErrorCode, OmnicxError, type PathKey } from '../core/errors/OmnicxError.js';
import { describe, invalid, type NumericArray } from '../core/internal/assert.js';
import { pearson } from '../core/statistics/pearson.js';
import { spearman } from '../core/statistics/spearman.js';
import { symmetricEigen } from './internal/symmetricEigen.js';
import { answerArray } from './internal/surveyInput.js';
import type { KeyDriversResult } from './schemas.js';

function finiteVaried(values: unknown, path: readonly PathKey[], name: string): NumericArray {
  const array = answerArray(values, path, name);
  let varied = false;
  for (let i = 0; i < array.length; i++) {
    const v = array[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalid(`${[...path, i].join('.')} must be a finite number, got ${describe(v)}`, [...path, i]);
    }
    if (v !== array[0]) varied = true;
  }
  if (!varied && array.length > 0) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, `${path.join('.')} has the same value for every respondent: it has no variance to correlate`, {
      path,
    });
  }
  return array;
}

/**
 * Derived importance of satisfaction drivers: how strongly each attribute rating (staff, speed,
 * price, product quality, …) goes with overall satisfaction across respondents — the "importance"
 * axis of an importance–performance map, derived from the data instead of asked.
 *
 * For each attribute:
 * - `pearson` and `spearman`: its correlation with overall satisfaction (Spearman is robust to
 *   the unequal spacing of rating-scale points);
 * - `standardizedWeight`: the standardised multiple-regression coefficient β = R⁻¹ r (R the
 *   attributes' correlation matrix, r their correlations with the overall rating), which can be
 *   unstable or even negative when attributes are correlated, as ratings usually are;
 * - `relativeWeight`: Johnson's (2000) relative weight ("A heuristic method for estimating the
 *   relative weight of predictor variables in multiple regression", Multivariate Behavioral
 *   Research 35(1):1–19). With R = QΛQᵀ, Λ* = QΛ^½Qᵀ links the attributes to their closest
 *   orthogonal counterparts, β* = Λ*⁻¹ r regresses the overall rating on those, and
 *   ε_j = Σ_k (Λ*_jk)² (β*_k)². The weights are non-negative and sum to the model R² = βᵀr; they
 *   approximate the general dominance weights of Budescu (1993) at a fraction of the cost;
 * - `relativeWeightShare`: 100 · ε_j / R² (0 when R² = 0).
 *
 * Drivers are sorted by relative weight, largest first (ties keep the input order). The
 * eigen-decomposition uses the cyclic Jacobi method.
 *
 * @param overall - the overall satisfaction of each respondent (finite numbers, any scale)
 * @param attributes - attribute name → ratings by the same respondents, in the same order
 * @returns `n`, `rSquared` and the `drivers`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array or non-finite rating (path
 *   `['overall', i]` or `['attributes', name, i]`), lengths that differ (path
 *   `['attributes', name]`), no attribute (path `['attributes']`) or perfectly collinear
 *   attributes (path `['attributes']`); `INSUFFICIENT_DATA` for fewer than 3 respondents (path
 *   `['overall']`) or a rating that never varies (path `['overall']` or `['attributes', name]`)
 *
 * @example
 * ```ts
 * import { keyDrivers } from 'omnicx/satisfaction';
 * // Two uncorrelated attributes: each relative weight is its squared correlation.
 * const result = keyDrivers([2, 4, 4, 6], { staff: [1, 2, 1, 2], speed: [1, 1, 2, 2] });
 * console.log([result.rSquared, result.drivers.map((d) => d.relativeWeight)]); // [1, [0.5, 0.5]]
 * console.log(result.drivers[0]?.pearson.toFixed(4)); // '0.7071'
 * ```
 */
export function keyDrivers(overall: NumericArray, attributes: Readonly<Record<string, NumericArray>>): KeyDriversResult {
  const y = finiteVaried(overall, ['overall'], 'overall');
  if (typeof attributes !== 'object' || (attributes as unknown) === null || Array.isArray(attributes)) {
    throw invalid(`attributes must be an object of name → ratings, got ${describe(attributes)}`, ['attributes']);
  }
  const names = Object.keys(attributes);
  if (names.length === 0) throw invalid('attributes must name at least one attribute', ['attributes']);
  const n = y.length;
  if (n < 3) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, `key-driver analysis needs at least 3 respondents, got ${String(n)}`, {
      path: ['overall'],
    });
  }
  const columns = names.map((name) => {
    const column = finiteVaried(attributes[name], ['attributes', name], name);
    if (column.length !== n) {
      throw invalid(`attributes.${name} has ${String(column.length)} ratings, overall has ${String(n)}`, ['attributes', name]);
    }
    return column;
  });

  const p = names.length;
  const r = columns.map((x) => pearson(x, y));
  const rho = columns.map((x) => spearman(x, y));
  const matrix = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    matrix[i * p + i] = 1;
    for (let j = i + 1; j < p; j++) {
      const rij = pearson(columns[i] as NumericArray, columns[j] as NumericArray);
      matrix[i * p + j] = rij;
      matrix[j * p + i] = rij;
    }
  }
  const { values, vectors } = symmetricEigen(matrix, p);
  // The eigenvalues of a p×p correlation matrix sum to p; one near zero means collinearity.
  if (values.some((lambda) => lambda <= 1e-10 * p)) {
    throw invalid('attributes are perfectly (or almost perfectly) collinear: drop or combine the redundant ones', ['attributes']);
  }
  const q = (i: number, k: number): number => vectors[i * p + k] as number;
  // M_f = Q f(Λ) Qᵀ for f = √λ, 1/√λ, 1/λ.
  const apply = (f: (lambda: number) => number): Float64Array => {
    const out = new Float64Array(p * p);
    for (let i = 0; i < p; i++) {
      for (let j = 0; j < p; j++) {
        let sum = 0;
        for (let k = 0; k < p; k++) sum += q(i, k) * f(values[k] as number) * q(j, k);
        out[i * p + j] = sum;
      }
    }
    return out;
  };
  const times = (m: Float64Array, vector: readonly number[]): number[] =>
    Array.from({ length: p }, (_, i) => vector.reduce((sum, value, j) => sum + (m[i * p + j] as number) * value, 0));
  const root = apply(Math.sqrt);
  const betaStar = times(apply((lambda) => 1 / Math.sqrt(lambda)), r);
  const beta = times(apply((lambda) => 1 / lambda), r);
  const weights = names.map((_, j) => {
    let sum = 0;
    for (let k = 0; k < p; k++) sum += (root[j * p + k] as number) ** 2 * (betaStar[k] as number) ** 2;
    return sum;
  });
  const rSquared = Math.min(1, Math.max(0, beta.reduce((sum, b, j) => sum + b * (r[j] as number), 0)));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const drivers = names.map((attribute, j) => ({
    attribute,
    pearson: r[j] as number,
    spearman: rho[j] as number,
    standardizedWeight: beta[j] as number,
    relativeWeight: weights[j] as number,
    relativeWeightShare: total === 0 ? 0 : Math.min(100, (100 * (weights[j] as number)) / total),
  }));
  drivers.sort((a, b) => b.relativeWeight - a.relativeWeight);
  return { n, rSquared, drivers };
}
