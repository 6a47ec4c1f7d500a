import { optionKeys } from '../internal/optionKeys.js';
import { ErrorCode, OmnicxError } from '../errors/OmnicxError.js';
import { describe, invalid } from '../internal/assert.js';
import { normalQuantile } from './normalQuantile.js';
import { confidenceOption, readOptions } from './internal/validate.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<WilsonIntervalOptions>({ confidence: true });

/** Options of {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** The confidence level, strictly between 0 and 1. Default 0.95. */
  readonly confidence?: number;
}

/** A two-sided confidence interval for a proportion, as returned by {@link wilsonInterval}. */
export interface ProportionInterval {
  /** Lower bound, a proportion in [0, 1]. */
  readonly lower: number;
  /** Upper bound, a proportion in [0, 1]. */
  readonly upper: number;
  /** The confidence level used, e.g. 0.95. */
  readonly confidence: number;
  /** How the interval was computed. */
  readonly method: 'wilson';
}

function count(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw invalid(`${name} must be a finite number from 0 to 2^53 − 1, got ${describe(value)}`, [name]);
  }
  return value;
}

/**
 * The Wilson score interval for a binomial proportion (Wilson 1927, "Probable inference, the law of
 * succession, and statistical inference", JASA 22:209–212; method 3 of Newcombe 1998, "Two-sided
 * confidence intervals for the single proportion: comparison of seven methods", Statistics in
 * Medicine 17:857–872): the set of p for which the score test does not reject,
 *   (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n),  p̂ = successes/n,
 * with z = Φ⁻¹(1 − α/2) from {@link normalQuantile}. Unlike the Wald interval it never leaves
 * [0, 1], never has zero width, and keeps close to nominal coverage for small n or p̂ near 0 or 1.
 *
 * The bound nearer 0 is computed from the product of the two roots, lower = p̂²/((1 + z²/n)·upper)
 * (and symmetrically near 1), so neither bound loses digits to cancellation; `lower` is exactly 0
 * when successes = 0 and `upper` exactly 1 when successes = n. Counts need not be integers
 * (effective counts from weighted surveys are accepted).
 *
 * @param successes - the number of successes, from 0 to n
 * @param n - the number of trials, positive
 * @param options - see {@link WilsonIntervalOptions}; `confidence` defaults to 0.95
 * @returns the interval and how it was computed
 * @throws {@link OmnicxError} `INSUFFICIENT_DATA` when n = 0 (path `['n']`); `INVALID_INPUT` for a
 *   negative, non-finite or unsafe count, successes > n (path `['successes']`) or a confidence not
 *   strictly between 0 and 1 (path `['options', 'confidence']`)
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'omnicx/core';
 * const { lower, upper } = wilsonInterval(81, 263);
 * console.log(lower.toFixed(4), upper.toFixed(4)); // 0.2553 0.3662
 * console.log(wilsonInterval(0, 10).upper.toFixed(4)); // 0.2775
 * console.log(wilsonInterval(9, 10, { confidence: 0.99 }).method); // wilson
 * ```
 */
export function wilsonInterval(successes: number, n: number, options?: WilsonIntervalOptions): ProportionInterval {
  const s = count(successes, 'successes');
  const total = count(n, 'n');
  const confidence = confidenceOption(readOptions(options, OPTION_KEYS));
  if (total === 0) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, 'a proportion needs at least one trial, got n = 0', { path: ['n'] });
  }
  if (s > total) {
    throw invalid(`successes must not exceed n, got ${String(s)} of ${String(total)}`, ['successes']);
  }
  // The lower tail keeps full accuracy when the confidence is very close to 1.
  const z = -normalQuantile((1 - confidence) / 2);
  const z2 = z * z;
  const failures = total - s;
  const denominator = total + z2;
  const half = (z * Math.sqrt((s * failures) / total + z2 / 4)) / denominator;
  const upperRaw = (s + z2 / 2) / denominator + half;
  const lowerComplement = (failures + z2 / 2) / denominator + half; // 1 − lower
  const estimate = s / total;
  // Each bound is taken from whichever expression does not cancel: directly when it is below ½,
  // otherwise as 1 minus the product-of-roots form of its distance from 1.
  const lowerValue =
    lowerComplement < 0.5 ? 1 - lowerComplement : (s * s) / (total * denominator * upperRaw);
  const upperValue =
    upperRaw < 0.5 ? upperRaw : 1 - (failures * failures) / (total * denominator * lowerComplement);
  // The limits at 0 and n are exact (and stay so when z is tiny and both forms degenerate).
  const lower = s === 0 ? 0 : Math.min(estimate, lowerValue);
  const upper = failures === 0 ? 1 : Math.max(estimate, upperValue);
  return { lower, upper, confidence, method: 'wilson' };
}
