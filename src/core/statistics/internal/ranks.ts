import type { NumericArray } from '../../internal/assert.js';
import { sortedCopy } from './sorted.js';

/** Number of elements of the ascending array below `value` (strict) or at most `value`. */
function bound(sorted: Float64Array, value: number, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const probe = sorted[mid] as number;
    if (probe < value || (inclusive && probe === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * 1-based ranks of validated finite values, ties sharing the mean of the ranks they span
 * (the "average" or "fractional" ranking, R's `rank(ties.method = "average")`).
 *
 * A value with `below` smaller values and `atMost` values ≤ it occupies ranks below + 1 … atMost,
 * whose mean is (below + 1 + atMost)/2; both counts come from binary searches in a sorted copy, so
 * the work is one native sort plus O(n log n) comparisons.
 */
export function averageRanks(values: NumericArray): Float64Array {
  const sorted = sortedCopy(values);
  const n = values.length;
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    ranks[i] = (bound(sorted, value, false) + 1 + bound(sorted, value, true)) / 2;
  }
  return ranks;
}
