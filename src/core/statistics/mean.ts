import { assertNumericArray, type NumericArray } from '../internal/assert.js';
import { checkedMeanOf, meanOf } from './internal/summary.js';
import { finiteArray, requireLength } from './internal/validate.js';

/**
 * The arithmetic mean x̄ = (1/n)·Σ xᵢ.
 *
 * The sum is compensated (Neumaier 1974; TwoSum), scaled by a power of two only when it could
 * overflow, and divided with one exact correction step (Dekker 1971), so the result is the
 * correctly rounded mean of the values as given — `mean([0.1, 0.2, 0.3])` is `0.2`, where
 * summing then dividing gives 0.19999999999999998 — except within a hair of a rounding tie or
 * under extreme cancellation (then off by the sum's residual, about n·2⁻¹⁰⁶·Σ|xᵢ|/n). It never
 * overflows for finite input (`mean([1e308, 1e308])` is `1e308`).
 *
 * @param values - an array or typed array of finite numbers, in any unit
 * @returns the mean, in the unit of the values
 * @throws {@link OmnicxError} `INVALID_INPUT` when `values` is not an array or typed array or an
 *   element is not a finite number (path `[index]`); `INSUFFICIENT_DATA` when it is empty
 *
 * @example
 * ```ts
 * import { mean } from 'omnicx/core';
 * console.log(mean([1, 2, 3, 4])); // 2.5
 * console.log(mean(new Float64Array([1, 2, 3, 4.5]))); // 2.625
 * console.log(mean([0.1, 0.2, 0.3])); // 0.2
 * console.log(mean([1e308, 1e308])); // 1e+308
 * ```
 */
export function mean(values: NumericArray): number {
  assertNumericArray(values, [], 'values');
  requireLength(values, 1, [], 'the mean');
  // One pass validates and sums; only a bad element sends us back to name it in the error.
  return checkedMeanOf(values) ?? meanOf(finiteArray(values, [], 'values'));
}
