import { optionKeys } from '../internal/optionKeys.js';
import { OmnicxError } from '../errors/OmnicxError.js';
import { describe, invalid, type NumericArray } from '../internal/assert.js';
import { createRandom, type RandomState } from './createRandom.js';
import { quantileOfSorted } from './internal/sorted.js';
import { scaledStandardDeviation, summarize } from './internal/summary.js';
import { confidenceOption, finiteArray, readOptions, requireLength } from './internal/validate.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<BootstrapOptions>({ seed: true, resamples: true, confidence: true });

/**
 * A statistic to bootstrap: a function of a sample, such as {@link mean} or {@link median}. It
 * receives a Float64Array that is reused for every resample — copy it if you keep it.
 */
export type BootstrapStatistic = (resample: Float64Array) => number;

/** Options of {@link bootstrap}. */
export interface BootstrapOptions {
  /** Seed of the generator ({@link createRandom}): an integer or a saved state. Required, so results are reproducible. */
  readonly seed: number | RandomState;
  /** Number of bootstrap resamples B, an integer from 2 to 10 000 000. Default 2000. */
  readonly resamples?: number;
  /** The confidence level of the interval, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/** The result of {@link bootstrap}. */
export interface BootstrapResult {
  /** The statistic of the original sample. */
  readonly estimate: number;
  /** Lower bound of the percentile interval: the α/2 quantile of the bootstrap replicates. */
  readonly lower: number;
  /** Upper bound of the percentile interval: the 1 − α/2 quantile of the bootstrap replicates. */
  readonly upper: number;
  /** The bootstrap standard error: the standard deviation (divisor B − 1) of the replicates. */
  readonly standardError: number;
  /** The confidence level used. */
  readonly confidence: number;
  /** The number of resamples used. */
  readonly resamples: number;
  /** How the interval was computed. */
  readonly method: 'percentile';
}

function finiteStatistic(value: unknown, replicate: number | null): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const where = replicate === null ? 'the original sample' : `resample ${String(replicate)}`;
    throw invalid(`statistic must return a finite number, got ${describe(value)} for ${where}`, ['statistic']);
  }
  return value;
}

/**
 * The nonparametric bootstrap (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
 * Chapman & Hall): draws B resamples of the sample with replacement, evaluates the statistic on
 * each, and reports the bootstrap standard error (their standard deviation, eq. 6.6) and the
 * percentile confidence interval (chapter 13): the α/2 and 1 − α/2 quantiles of the B replicates,
 * α = 1 − confidence, taken with {@link quantile}'s definition 7. The percentile interval is
 * transformation-respecting but can under-cover for small samples and skewed statistics; use
 * B ≥ 1000 for intervals (the default is 2000).
 *
 * Deterministic: the resamples are drawn with {@link createRandom}(`seed`), so the same seed,
 * sample and statistic always give the same result.
 *
 * @param sample - an array or typed array of at least 2 finite numbers
 * @param statistic - the statistic, called B + 1 times (see {@link BootstrapStatistic})
 * @param options - see {@link BootstrapOptions}; `seed` is required
 * @returns the estimate, interval and standard error, in the unit of the statistic
 * @throws {@link OmnicxError} `INVALID_INPUT` for a non-array or a non-finite element (path
 *   `[index]`), a statistic that is not a function or returns a non-finite value (path
 *   `['statistic']`), or bad options (path `['options', …]`); `INSUFFICIENT_DATA` for fewer than
 *   2 values; and whatever the statistic itself throws
 *
 * @example
 * ```ts
 * import { bootstrap, mean } from 'omnicx/core';
 * // Efron & Tibshirani (1993), Table 2.1: survival times of the 7 treated mice
 * const result = bootstrap([94, 197, 16, 38, 99, 141, 23], mean, { seed: 1 });
 * console.log(result.estimate.toFixed(2)); // 86.86
 * console.log(result.standardError > 20 && result.standardError < 27); // true
 * console.log(result.lower < result.estimate && result.estimate < result.upper); // true
 * ```
 */
export function bootstrap(sample: NumericArray, statistic: BootstrapStatistic, options: BootstrapOptions): BootstrapResult {
  const values = finiteArray(sample, [], 'sample');
  if (typeof (statistic as unknown) !== 'function') {
    throw invalid(`statistic must be a function, got ${describe(statistic)}`, ['statistic']);
  }
  const read = readOptions(options, OPTION_KEYS);
  const confidence = confidenceOption(read);
  const resamples = read['resamples'] ?? 2000;
  if (typeof resamples !== 'number' || !Number.isInteger(resamples) || resamples < 2 || resamples > 10_000_000) {
    throw invalid(`options.resamples must be an integer from 2 to 10000000, got ${describe(resamples)}`, [
      'options',
      'resamples',
    ]);
  }
  if (read['seed'] === undefined) {
    throw invalid('options.seed is required so that the bootstrap is reproducible', ['options', 'seed']);
  }
  let random;
  try {
    random = createRandom(read['seed'] as number | RandomState);
  } catch (error) {
    // createRandom throws only OmnicxError; re-anchor its path under options.
    const cause = error as OmnicxError;
    throw new OmnicxError(cause.code, `options.${cause.message}`, { path: ['options', ...cause.path], cause });
  }
  requireLength(values, 2, [], 'the bootstrap');

  const n = values.length;
  const estimate = finiteStatistic(statistic(new Float64Array(values)), null);
  const buffer = new Float64Array(n);
  const replicates = new Float64Array(resamples);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) buffer[i] = values[random.int(n)] as number;
    replicates[b] = finiteStatistic(statistic(buffer), b);
  }
  const standardError = scaledStandardDeviation(summarize(replicates), resamples - 1);
  replicates.sort();
  const alpha = 1 - confidence;
  return {
    estimate,
    lower: quantileOfSorted(replicates, alpha / 2),
    upper: quantileOfSorted(replicates, 1 - alpha / 2),
    standardError,
    confidence,
    resamples,
    method: 'percentile',
  };
}
