import type { NumericArray } from '../internal/assert.js';
import { quantileOfSorted, sortedCopy } from './internal/sorted.js';
import { finiteArray, requireLength } from './internal/validate.js';

/**
 * The median: the middle value of the sorted values, or the mean of the two middle values when
 * there is an even number of them. This is {@link quantile} at p = 0.5 (every Hyndman & Fan
 * definition from 5 to 9 agrees there).
 *
 * The input is copied and sorted; it is never modified.
 *
 * @param values - an array or typed array of finite numbers
 * @returns the median, in the unit of the values
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array or a non-finite element (path
 *   `[index]`); `INSUFFICIENT_DATA` for an empty array
 *
 * @example
 * ```ts
 * import { median } from 'omnicx/core';
 * console.log(median([5, 1, 3])); // 3
 * console.log(median([4, 1, 3, 2])); // 2.5
 * ```
 */
export function median(values: NumericArray): number {
  const checked = finiteArray(values, [], 'values');
  requireLength(checked, 1, [], 'the median');
  return quantileOfSorted(sortedCopy(checked), 0.5);
}
