// Duration KPIs (first response, resolution time) with their uncertainty, from the durations in
// ascending order — so that the one-pass function and an accumulator holding sorted durations
// compute the same numbers from the same array.
import { mean } from '../../core/statistics/mean.js';
import { median } from '../../core/statistics/median.js';
import { quantile } from '../../core/statistics/quantile.js';
import { standardDeviation } from '../../core/statistics/standardDeviation.js';
import { studentTQuantile } from '../../core/statistics/studentTQuantile.js';
import { incompleteBeta } from '../../core/statistics/internal/incompleteBeta.js';
import type { ServiceDurationSummary } from '../schemas.js';

/** P(B ≤ m) for B ~ Binomial(n, ½), 0 ≤ m < n: I_½(n − m, m + 1) (Abramowitz & Stegun 26.5.24). */
function halfBinomialCdf(m: number, n: number): number {
  return incompleteBeta(0.5, 0.5, n - m, m + 1)[0];
}

/**
 * The distribution-free interval [x₍ⱼ₎, x₍ₙ₋ⱼ₊₁₎] for the median of a continuous distribution: it
 * covers the median with probability P(j ≤ B ≤ n − j) = 1 − 2·P(B ≤ j − 1), B ~ Binomial(n, ½)
 * (the number of observations below the median; Conover 1999, Practical Nonparametric Statistics,
 * 3rd ed., §3.2; Hollander & Wolfe 1999, §3.6). j is the largest rank (the narrowest such
 * interval) whose coverage reaches `confidence`; `null` when even [x₍₁₎, x₍ₙ₎], of coverage
 * 1 − 2^(1−n), does not (n ≤ 5 at 95 %).
 */
function medianInterval(sorted: readonly number[], confidence: number): ServiceDurationSummary['medianInterval'] {
  const n = sorted.length;
  // A few ulps of slack: incompleteBeta is not exact, and a confidence equal to an attainable
  // coverage (1 − 22/1024 for [x₍₂₎, x₍₉₎] at n = 10) must select that interval.
  const alpha = (1 - confidence) * (1 + 1e-12);
  if (!(2 * halfBinomialCdf(0, n) <= alpha)) return null;
  // Largest j in [1, ⌊(n + 1)/2⌋] with 2·P(B ≤ j − 1) ≤ α: the tail grows with j, so bisect.
  let lo = 1; // satisfies
  let hi = Math.floor((n + 1) / 2) + 1; // does not (2·P(B ≤ ⌊(n − 1)/2⌋) ≥ 1 > α)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (2 * halfBinomialCdf(mid - 1, n) <= alpha) lo = mid;
    else hi = mid;
  }
  const j = lo;
  const k = n - j + 1;
  return {
    lower: sorted[j - 1] as number,
    upper: sorted[k - 1] as number,
    confidence,
    method: 'orderStatistics',
    lowerRank: j,
    upperRank: k,
    coverage: 1 - 2 * halfBinomialCdf(j - 1, n),
  };
}

/**
 * n, mean, median, p90 (Hyndman–Fan type 7), the standard error of the mean and its Student t
 * interval (n − 1 degrees of freedom; `null` for n < 2; the lower bound is kept at 0 or above,
 * durations being non-negative) and the order-statistics interval of the median.
 */
export function durationSummaryOfSorted(sorted: readonly number[], confidence: number): ServiceDurationSummary {
  const n = sorted.length;
  if (n === 0) {
    return { n: 0, meanMs: null, medianMs: null, p90Ms: null, standardErrorMs: null, meanInterval: null, medianInterval: null };
  }
  const meanMs = mean(sorted);
  const base = { n, meanMs, medianMs: median(sorted), p90Ms: quantile(sorted, 0.9) };
  if (n < 2) return { ...base, standardErrorMs: null, meanInterval: null, medianInterval: null };
  const standardErrorMs = standardDeviation(sorted) / Math.sqrt(n);
  // The lower-tail quantile keeps its digits for confidence levels close to 1.
  const half = standardErrorMs === 0 ? 0 : -studentTQuantile((1 - confidence) / 2, n - 1) * standardErrorMs;
  return {
    ...base,
    standardErrorMs,
    meanInterval: {
      lower: Math.max(0, Math.min(meanMs - half, meanMs)),
      upper: Math.max(meanMs + half, meanMs),
      confidence,
      method: 'studentT',
    },
    medianInterval: medianInterval(sorted, confidence),
  };
}
