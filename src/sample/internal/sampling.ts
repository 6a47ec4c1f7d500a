// Sampling helpers on top of the seeded generator from core/statistics.
import type { Random } from '../../core/statistics/createRandom.js';

/** Cumulative distribution of non-negative weights, normalised so that the last entry is 1. */
export function cumulative(weights: readonly number[]): Float64Array {
  const cdf = new Float64Array(weights.length);
  let sum = 0;
  for (let i = 0; i < weights.length; i++) {
    sum += weights[i] as number;
    cdf[i] = sum;
  }
  for (let i = 0; i < cdf.length; i++) cdf[i] = (cdf[i] as number) / sum;
  cdf[cdf.length - 1] = 1;
  return cdf;
}

/** An index drawn from a cumulative distribution (binary search). */
export function pickIndex(random: Random, cdf: Float64Array): number {
  const u = random.next();
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) > u) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** A uniform integer in [lo, hi]. */
export function intBetween(random: Random, lo: number, hi: number): number {
  return lo + Math.floor(random.next() * (hi - lo + 1));
}

/** An exponential variate with the given mean. */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random.next());
}

/** Number of failures before the first success, capped. */
export function geometric(random: Random, success: number, cap: number): number {
  let n = 0;
  while (n < cap && random.next() >= success) n++;
  return n;
}

export function clamp(value: number, lo: number, hi: number): number {
  return value < lo ? lo : value > hi ? hi : value;
}

/** Rounds degrees to four decimals (about 11 m), enough for sourcing distances. */
export function roundDegrees(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
