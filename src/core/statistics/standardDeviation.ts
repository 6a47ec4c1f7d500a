import { optionKeys } from '../internal/optionKeys.js';
import type { NumericArray } from '../internal/assert.js';
import { scaledStandardDeviation, summarize } from './internal/summary.js';
import { finiteArray, optionalBoolean, readOptions, requireLength } from './internal/validate.js';
import type { VarianceOptions } from './variance.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<VarianceOptions>({ population: true });

/**
 * The standard deviation, the square root of {@link variance}: the sample standard deviation
 * s = √(Σ (xᵢ − x̄)² / (n − 1)) by default, or σ = √(Σ (xᵢ − x̄)² / n) with
 * `{ population: true }`.
 *
 * Same algorithm as {@link variance} (corrected two-pass, Chan, Golub & LeVeque 1983); the scale
 * is applied after the square root, so the result is finite for every finite input, e.g.
 * `standardDeviation([-1e200, 1e200])` is about 1.414e200 although the variance overflows.
 *
 * @param values - an array or typed array of finite numbers
 * @param options - see {@link VarianceOptions}; `population` defaults to `false`
 * @returns the standard deviation, in the unit of the values
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array, a non-finite element (path
 *   `[index]`) or a malformed option; `INSUFFICIENT_DATA` for fewer than 2 values (sample) or
 *   no value (population)
 *
 * @example
 * ```ts
 * import { standardDeviation } from 'omnicx/core';
 * console.log(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { population: true })); // 2
 * console.log(standardDeviation([1, 2, 3, 4])); // 1.2909944487358056
 * ```
 */
export function standardDeviation(values: NumericArray, options?: VarianceOptions): number {
  const checked = finiteArray(values, [], 'values');
  const population = optionalBoolean(readOptions(options, OPTION_KEYS), 'population', false);
  requireLength(
    checked,
    population ? 1 : 2,
    [],
    population ? 'the population standard deviation' : 'the sample standard deviation',
  );
  const summary = summarize(checked);
  return scaledStandardDeviation(summary, population ? summary.n : summary.n - 1);
}
