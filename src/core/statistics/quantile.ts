import type { NumericArray } from '../internal/assert.js';
import { quantileOfSorted, sortedCopy } from './internal/sorted.js';
import { finiteArray, probability, requireLength } from './internal/validate.js';

/**
 * The p-quantile of the values by definition 7 of Hyndman & Fan (1996, "Sample quantiles in
 * statistical packages", The American Statistician 50(4):361–365), the default of R's
 * `quantile()`, NumPy's `'linear'` method and Excel's `PERCENTILE.INC`: with the values sorted
 * ascending as x₁ ≤ … ≤ xₙ and h = (n − 1)·p + 1,
 *   Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎).
 *
 * Q(0) is the minimum and Q(1) the maximum; Q is continuous and non-decreasing in p (the
 * interpolated value is clamped between its two neighbours so rounding cannot break this). The
 * input is copied into a Float64Array and sorted; it is never modified.
 *
 * @param values - an array or typed array of finite numbers
 * @param p - the probability, from 0 to 1
 * @returns the quantile, in the unit of the values
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array, a non-finite element (path
 *   `[index]`) or p outside [0, 1] (path `['p']`); `INSUFFICIENT_DATA` for an empty array
 *
 * @example
 * ```ts
 * import { quantile } from 'omnicx/core';
 * const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
 * console.log(quantile(values, 0.1)); // 1.9
 * console.log(quantile(values, 0.25)); // 3.25
 * console.log(quantile(values, 1)); // 10
 * ```
 */
export function quantile(values: NumericArray, p: number): number {
  const checked = finiteArray(values, [], 'values');
  const probabilityValue = probability(p, ['p']);
  requireLength(checked, 1, [], 'a quantile');
  return quantileOfSorted(sortedCopy(checked), probabilityValue);
}
