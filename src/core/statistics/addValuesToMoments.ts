import type { NumericArray } from '../internal/assert.js';
import type { MomentsAccumulator } from './createMomentsAccumulator.js';
import { mergeMoments } from './mergeMoments.js';
import { assertMoments } from './internal/moments.js';
import { scaledVariance, summarize } from './internal/summary.js';
import { finiteArray } from './internal/validate.js';
import { assertWritable } from '../internal/assert.js';

/**
 * Adds a whole batch of values (an array or a typed-array column) to a {@link MomentsAccumulator}
 * — the `add` step of the accumulator pattern for hot paths: the accumulator and the values are
 * validated once, not once per value, so a column of a million values costs a few passes over
 * memory instead of a million validated calls of {@link addToMoments}.
 *
 * **Updates `acc` in place**, like {@link addToMoments}, and returns the same object. The batch's
 * own moments are computed with the corrected two-pass algorithm (as `variance`), then combined
 * with `acc` by Chan, Golub & LeVeque's pairwise update (as {@link mergeMoments}), so the result
 * equals adding the values one by one up to rounding — usually closer to the exact value.
 * An empty batch leaves `acc` unchanged.
 *
 * Accuracy: into an empty accumulator the batch's M₂ is that of {@link variance}, accurate to a
 * few ulps even for values a few ulps apart; merging into a non-empty one has the accuracy of
 * {@link mergeMoments} (up to about 2·ulp(x̄)/σ relative, from the means rounded to doubles).
 *
 * @param acc - the accumulator to update (validated: it may come from JSON)
 * @param values - an array or typed array of finite numbers
 * @returns `acc`, updated
 * @throws {@link OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`) or
 *   when `values` is not an array or typed array of finite numbers (path `['values', index]`)
 *
 * @example
 * ```ts
 * import { addValuesToMoments, createMomentsAccumulator, momentsResult } from 'omnicx/core';
 * const acc = createMomentsAccumulator();
 * addValuesToMoments(acc, new Float64Array([2, 4, 4, 4]));
 * addValuesToMoments(acc, [5, 5, 7, 9]);
 * console.log(acc.n, acc.mean, acc.m2); // 8 5 32
 * console.log(momentsResult(acc, { population: true }).standardDeviation); // 2
 * ```
 */
export function addValuesToMoments(acc: MomentsAccumulator, values: NumericArray): MomentsAccumulator {
  assertWritable(acc, ['acc']);
  assertMoments(acc, ['acc'], 'acc');
  const checked = finiteArray(values, ['values'], 'values');
  if (checked.length === 0) return acc;
  const batch = summarize(checked);
  const merged = mergeMoments(acc, {
    n: batch.n,
    mean: batch.mean,
    m2: scaledVariance(batch, 1),
    min: batch.min,
    max: batch.max,
  });
  acc.n = merged.n;
  acc.mean = merged.mean;
  acc.m2 = merged.m2;
  acc.min = merged.min;
  acc.max = merged.max;
  return acc;
}
