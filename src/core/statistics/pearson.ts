import type { NumericArray } from '../internal/assert.js';
import { pairedArrays, pearsonOf } from './internal/correlation.js';

/**
 * Pearson's product-moment correlation coefficient
 *   r = Σ (xᵢ − x̄)(yᵢ − ȳ) / √(Σ (xᵢ − x̄)² · Σ (yᵢ − ȳ)²),
 * computed in two passes on deviations from the means (no Σxy − n·x̄ȳ cancellation), each array
 * scaled by a power of two so that no product overflows; the result is clamped into [−1, 1].
 * Each mean is held as the sum of two doubles, so deviations stay exact where they are only a
 * few ulps (e.g. `pearson([1, 1 + 2 ** -52], [0, 1])` is 1, not 1/√2 as from the rounded mean),
 * and the sums carry the correction of Chan, Golub & LeVeque (1983).
 *
 * A constant array has no variance and r is undefined (0/0): rather than return NaN this throws
 * `INSUFFICIENT_DATA`, whose path (`['x']` or `['y']`) names the constant array.
 *
 * @param x - an array or typed array of finite numbers
 * @param y - as many finite numbers, paired with x by position
 * @returns r, from −1 to 1 (dimensionless)
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array or non-finite element (path
 *   `['x', index]` or `['y', index]`) or arrays of different lengths (path `['y']`);
 *   `INSUFFICIENT_DATA` for fewer than 2 pairs or a constant array
 *
 * @example
 * ```ts
 * import { pearson } from 'omnicx/core';
 * console.log(pearson([1, 2, 3, 4], [2, 4, 6, 8])); // 1
 * // Anscombe (1973), data set I: r ≈ 0.816
 * const x = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
 * const y = [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68];
 * console.log(pearson(x, y).toFixed(3)); // 0.816
 * ```
 */
export function pearson(x: NumericArray, y: NumericArray): number {
  const [xs, ys] = pairedArrays(x, y, "Pearson's correlation");
  return pearsonOf(xs, ys, "Pearson's correlation");
}
