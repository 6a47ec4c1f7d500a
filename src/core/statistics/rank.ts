import type { NumericArray } from '../internal/assert.js';
import { averageRanks } from './internal/ranks.js';
import { finiteArray } from './internal/validate.js';

/**
 * The ranks of the values, 1 for the smallest, with tied values sharing the average of the ranks
 * they occupy ("fractional ranking", as R's `rank(x)` with its default `ties.method = "average"`).
 * The ranks always sum to n(n + 1)/2. `-0` and `0` are tied.
 *
 * @param values - an array or typed array of finite numbers (may be empty)
 * @returns the rank of each value, in input order, as a new array
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array or a non-finite element (path
 *   `[index]`)
 *
 * @example
 * ```ts
 * import { rank } from 'omnicx/core';
 * console.log(rank([10, 30, 20, 20])); // [ 1, 4, 2.5, 2.5 ]
 * ```
 */
export function rank(values: NumericArray): number[] {
  return Array.from(averageRanks(finiteArray(values, [], 'values')));
}
