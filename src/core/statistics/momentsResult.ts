import { optionKeys } from '../internal/optionKeys.js';
import { ErrorCode, OmnicxError } from '../errors/OmnicxError.js';
import type { MomentsAccumulator } from './createMomentsAccumulator.js';
import { assertMoments } from './internal/moments.js';
import { optionalBoolean, readOptions } from './internal/validate.js';
import type { VarianceOptions } from './variance.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<VarianceOptions>({ population: true });

/** The summary read from a {@link MomentsAccumulator} by {@link momentsResult}. */
export interface MomentsResult {
  /** Number of values. */
  readonly n: number;
  /** Their mean. */
  readonly mean: number;
  /**
   * Sample variance M₂/(n − 1), or population variance M₂/n with `{ population: true }`; `null`
   * when n = 1 for the sample variance, which is undefined there.
   */
  readonly variance: number | null;
  /** √variance; `null` exactly when `variance` is. */
  readonly standardDeviation: number | null;
  /** The smallest value. */
  readonly min: number;
  /** The largest value. */
  readonly max: number;
}

/**
 * Reads count, mean, variance, standard deviation and range from a {@link MomentsAccumulator} —
 * the `result` step of the accumulator pattern. The accumulator is not modified.
 *
 * The variance is the sample variance M₂/(n − 1) by default and M₂/n with
 * `{ population: true }`, as in {@link variance}. With a single value the sample variance is
 * undefined: `variance` and `standardDeviation` are then `null` (not NaN, and not an error, since
 * a stream routinely starts with one value).
 *
 * @param acc - an accumulator with at least one value
 * @param options - see {@link VarianceOptions}; `population` defaults to `false`
 * @returns the summary, in the unit of the values (the variance in their square)
 * @throws {@link OmnicxError} `INSUFFICIENT_DATA` when the accumulator is empty; `INVALID_INPUT`
 *   for a malformed accumulator (path `['acc', …]`) or option
 *
 * @example
 * ```ts
 * import { addToMoments, createMomentsAccumulator, momentsResult } from 'omnicx/core';
 * const acc = createMomentsAccumulator();
 * for (const x of [1, 2, 3, 4]) addToMoments(acc, x);
 * const { n, mean, variance, standardDeviation, min, max } = momentsResult(acc);
 * console.log(n, mean, variance, min, max); // 4 2.5 1.6666666666666667 1 4
 * console.log(standardDeviation); // 1.2909944487358056
 * console.log(momentsResult(addToMoments(createMomentsAccumulator(), 7)).variance); // null
 * ```
 */
export function momentsResult(acc: MomentsAccumulator, options?: VarianceOptions): MomentsResult {
  assertMoments(acc, ['acc'], 'acc');
  const population = optionalBoolean(readOptions(options, OPTION_KEYS), 'population', false);
  if (acc.n === 0) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, 'the moments of an empty accumulator are undefined', {
      path: ['acc', 'n'],
    });
  }
  const divisor = population ? acc.n : acc.n - 1;
  const varianceValue = divisor === 0 ? null : acc.m2 / divisor;
  return {
    n: acc.n,
    mean: acc.mean,
    variance: varianceValue,
    standardDeviation: varianceValue === null ? null : Math.sqrt(varianceValue),
    min: acc.min as number,
    max: acc.max as number,
  };
}
