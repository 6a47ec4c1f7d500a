import type { NumericArray } from '../../internal/assert.js';

/** An ascending Float64Array copy of validated finite values; the input is never touched. */
export function sortedCopy(values: NumericArray): Float64Array {
  // The Float64Array constructor copies arrays and typed arrays natively, and its sort compares
  // numerically (no string conversion) without a JavaScript comparator.
  return new Float64Array(values).sort();
}

/**
 * Quantile of an ascending, non-empty array by Hyndman & Fan (1996) definition 7, the default of
 * R's `quantile()`: h = (n − 1)·p, Q(p) = x₍⌊h⌋₎ + (h − ⌊h⌋)·(x₍⌊h⌋+1₎ − x₍⌊h⌋₎) with 0-based
 * indices. The result is clamped into the bracketing pair so that it is monotone in p even after
 * rounding, and the interpolation falls back to a convex combination when the difference would
 * overflow.
 */
export function quantileOfSorted(sorted: Float64Array, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const fraction = h - lo;
  if (fraction === 0 || lo + 1 >= n) return below;
  const above = sorted[lo + 1] as number;
  const gap = above - below;
  const value = Number.isFinite(gap) ? below + fraction * gap : (1 - fraction) * below + fraction * above;
  return Math.min(above, Math.max(below, value));
}
