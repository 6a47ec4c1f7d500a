import type { MomentsAccumulator } from './createMomentsAccumulator.js';
import { assertMoments } from './internal/moments.js';

/**
 * Combines two {@link MomentsAccumulator}s into a new one, as if every value of both had been
 * added to one accumulator — the `merge` step of the accumulator pattern. Pure: neither input is
 * modified. Associative and commutative up to rounding, so partial accumulators from shards,
 * days or workers can be merged in any order.
 *
 * Chan, Golub & LeVeque's pairwise update (Chan et al. 1979, "Updating formulae and a pairwise
 * algorithm for computing sample variances", Stanford CS report STAN-CS-79-773):
 *   n = nₐ + n_b,  δ = x̄_b − x̄ₐ,  x̄ = x̄ₐ + δ·n_b/n,  M₂ = M₂ₐ + M₂_b + δ²·nₐ·n_b/n.
 *
 * Accuracy: δ is taken between the two means rounded to doubles, so the merged M₂ has a relative
 * error of up to about 2·ulp(x̄)/σ (σ the standard deviation, ulp(x̄) the spacing of doubles at
 * the mean; measured against exact arithmetic), as {@link addToMoments}: 2·10⁻⁶ when σ is a
 * million ulps, of order 1 when the values are a few ulps apart. {@link variance} of all the
 * values keeps the part of the mean that rounding drops and is accurate to a few ulps there.
 *
 * @param a - an accumulator
 * @param b - another accumulator
 * @returns a new accumulator holding both
 * @throws {@link OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`)
 *
 * @example
 * ```ts
 * import { addToMoments, createMomentsAccumulator, mergeMoments, momentsResult } from 'omnicx/core';
 * const monday = createMomentsAccumulator();
 * for (const x of [2, 4, 4, 4]) addToMoments(monday, x);
 * const tuesday = createMomentsAccumulator();
 * for (const x of [5, 5, 7, 9]) addToMoments(tuesday, x);
 * const week = momentsResult(mergeMoments(monday, tuesday), { population: true });
 * console.log(week.mean, week.standardDeviation); // 5 2
 * ```
 */
export function mergeMoments(a: MomentsAccumulator, b: MomentsAccumulator): MomentsAccumulator {
  assertMoments(a, ['a'], 'a');
  assertMoments(b, ['b'], 'b');
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  const mean = Number.isFinite(delta)
    ? a.mean + delta * (b.n / n)
    : a.mean * (a.n / n) + b.mean * (b.n / n);
  // δ·(δ·w) rather than δ²·w: the weight w = nₐn_b/n is at least ½, so δ² can overflow (or
  // underflow) where the product does not (δ = 1.5e154 between single values gives 1.125e308).
  const m2 = a.m2 + b.m2 + delta * (delta * ((a.n / n) * b.n));
  return {
    n,
    mean,
    m2,
    min: Math.min(a.min as number, b.min as number),
    max: Math.max(a.max as number, b.max as number),
  };
}
