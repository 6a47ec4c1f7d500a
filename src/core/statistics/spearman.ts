import type { NumericArray } from '../internal/assert.js';
import { pairedArrays, pearsonOf } from './internal/correlation.js';
import { averageRanks } from './internal/ranks.js';

/**
 * Spearman's rank correlation coefficient ρ (Spearman 1904): Pearson's r of the ranks of x and
 * the ranks of y, tied values taking the average of their ranks (see {@link rank}). With ties this
 * is the standard tie-corrected ρ (as R's `cor(x, y, method = "spearman")`); without ties it
 * equals 1 − 6·Σ dᵢ² / (n(n² − 1)).
 *
 * If every value of x (or of y) is tied, the ranks have no variance and ρ is undefined: this
 * throws `INSUFFICIENT_DATA` with the path of the constant array rather than return NaN.
 *
 * @param x - an array or typed array of finite numbers
 * @param y - as many finite numbers, paired with x by position
 * @returns ρ, from −1 to 1 (dimensionless)
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array or non-finite element (path
 *   `['x', index]` or `['y', index]`) or arrays of different lengths (path `['y']`);
 *   `INSUFFICIENT_DATA` for fewer than 2 pairs or an all-tied array
 *
 * @example
 * ```ts
 * import { spearman } from 'omnicx/core';
 * console.log(spearman([1, 2, 3, 4], [1, 8, 27, 64])); // 1
 * console.log(spearman([1, 2, 2, 3], [1, 3, 2, 4])); // 0.9486832980505138
 * ```
 */
export function spearman(x: NumericArray, y: NumericArray): number {
  const [xs, ys] = pairedArrays(x, y, "Spearman's correlation");
  return pearsonOf(averageRanks(xs), averageRanks(ys), "Spearman's correlation");
}
