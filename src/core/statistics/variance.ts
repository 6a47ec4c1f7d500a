import { optionKeys } from '../internal/optionKeys.js';
import type { NumericArray } from '../internal/assert.js';
import { scaledVariance, summarize } from './internal/summary.js';
import { finiteArray, optionalBoolean, readOptions, requireLength } from './internal/validate.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<VarianceOptions>({ population: true });

/** Options of {@link variance} and {@link standardDeviation}. */
export interface VarianceOptions {
  /**
   * Divide by n (the variance of the values as a whole population) instead of n − 1 (the
   * unbiased estimate from a sample, Bessel's correction). Default `false`.
   */
  readonly population?: boolean;
}

/**
 * The variance of the values: the sample variance s² = Σ (xᵢ − x̄)² / (n − 1) by default, or the
 * population variance σ² = Σ (xᵢ − x̄)² / n with `{ population: true }`.
 *
 * Computed with the corrected two-pass algorithm of Chan, Golub & LeVeque (1983, "Algorithms for
 * computing the sample variance: analysis and recommendations", The American Statistician
 * 37(3):242–247), which does not suffer the cancellation of the textbook Σx² − n·x̄² formula,
 * over values scaled by a power of two so that squares neither overflow nor underflow. The result
 * is `Infinity` only when the true variance exceeds the largest double (≈ 1.8e308).
 *
 * @param values - an array or typed array of finite numbers
 * @param options - see {@link VarianceOptions}
 * @returns the variance, in the squared unit of the values
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array, a non-finite element (path
 *   `[index]`) or a malformed option; `INSUFFICIENT_DATA` for fewer than 2 values (sample) or
 *   no value (population)
 *
 * @example
 * ```ts
 * import { variance } from 'omnicx/core';
 * console.log(variance([2, 4, 4, 4, 5, 5, 7, 9])); // 4.571428571428571
 * console.log(variance([2, 4, 4, 4, 5, 5, 7, 9], { population: true })); // 4
 * ```
 */
export function variance(values: NumericArray, options?: VarianceOptions): number {
  const checked = finiteArray(values, [], 'values');
  const population = optionalBoolean(readOptions(options, OPTION_KEYS), 'population', false);
  requireLength(checked, population ? 1 : 2, [], population ? 'the population variance' : 'the sample variance');
  const summary = summarize(checked);
  return scaledVariance(summary, population ? summary.n : summary.n - 1);
}
