import { assertFiniteNumber, assertWritable } from '../internal/assert.js';
import type { MomentsAccumulator } from './createMomentsAccumulator.js';
import { assertMoments } from './internal/moments.js';

/**
 * Adds one value to a {@link MomentsAccumulator} — the `add` step of the accumulator pattern.
 *
 * **Updates `acc` in place** (so that a loop over millions of values allocates nothing) and
 * returns the same object. Use {@link mergeMoments} for a pure combination.
 *
 * Welford's (1962) online update, in the form given by Knuth (TAOCP vol. 2, §4.2.2):
 *   n ← n + 1,  δ = x − x̄,  x̄ ← x̄ + δ/n,  M₂ ← M₂ + δ·(x − x̄new),
 * which avoids the cancellation of accumulating Σx and Σx². If δ overflows (values near ±1e308)
 * the mean is updated as x̄·(1 − 1/n) + x/n and M₂ becomes +Infinity, the correctly rounded value.
 *
 * Accuracy: the accumulator holds the mean as one double, and its rounding enters every update,
 * so M₂ has a relative error of up to about 2·ulp(x̄)/σ (σ the standard deviation, ulp(x̄) the
 * spacing of doubles at the mean; measured against exact arithmetic): 2·10⁻⁶ when σ is a
 * million ulps, but of order 1 when the values are a few ulps apart: adding 1e16, 1e16 + 2 and
 * 1e16 + 4 (the ulp there is 2) gives M₂ = 12 instead of 8.
 * {@link variance}, and {@link addValuesToMoments} on an empty accumulator, keep the part of the
 * mean that rounding drops and are accurate to a few ulps there.
 *
 * @param acc - the accumulator to update (validated: it may come from JSON)
 * @param x - a finite number
 * @returns `acc`, updated
 * @throws {@link OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or a
 *   non-finite x (path `['x']`)
 *
 * @example
 * ```ts
 * import { addToMoments, createMomentsAccumulator } from 'omnicx/core';
 * const acc = addToMoments(addToMoments(createMomentsAccumulator(), 1), 3);
 * console.log(acc); // { n: 2, mean: 2, m2: 2, min: 1, max: 3 }
 * ```
 */
export function addToMoments(acc: MomentsAccumulator, x: number): MomentsAccumulator {
  assertWritable(acc, ['acc']);
  assertMoments(acc, ['acc'], 'acc');
  assertFiniteNumber(x, ['x'], 'x');
  const n = acc.n + 1;
  const delta = x - acc.mean;
  if (Number.isFinite(delta)) {
    const mean = acc.mean + delta / n;
    acc.m2 += delta * (x - mean);
    acc.mean = mean;
  } else {
    acc.mean = acc.mean - acc.mean / n + x / n;
    acc.m2 = Infinity;
  }
  acc.n = n;
  acc.min = acc.min === null || x < acc.min ? x : acc.min;
  acc.max = acc.max === null || x > acc.max ? x : acc.max;
  return acc;
}
