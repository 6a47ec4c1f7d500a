// The NPS estimate, standard error and the three intervals, on counts.
import { ErrorCode, OmnicxError } from '../../core/errors/OmnicxError.js';
import { normalQuantile } from '../../core/statistics/normalQuantile.js';
import type { NpsMethod, NpsResult } from '../schemas.js';

/** z = Φ⁻¹(1 − α/2), from the lower tail so that confidence levels near 1 keep their digits. */
export function criticalZ(confidence: number): number {
  return -normalQuantile((1 - confidence) / 2);
}

/** √((p_P + p_D − (p_P − p_D)²)/n): the multinomial standard error of p_P − p_D (proportion scale). */
export function npsStandardError(promoters: number, detractors: number, n: number): number {
  const pP = promoters / n;
  const pD = detractors / n;
  const d = pP - pD;
  // pP + pD ≥ |pP − pD| ≥ (pP − pD)², so the variance is ≥ 0 up to rounding; clamp the rounding.
  return Math.sqrt(Math.max(0, (pP + pD - d * d) / n));
}

/**
 * Tango's score statistic for H₀: π_P − π_D = δ (Tango 1998, Statistics in Medicine 17:891–908,
 * eq. 3, with b = promoters, c = detractors: an NPS is the difference of the two discordant cells of
 * a paired 2×2 table, passives being the concordant ones):
 *   T(δ) = (b − c − nδ) / √(n (2 q̃ + δ(1 − δ))),
 * where q̃ is the maximum likelihood estimate of π_D under H₀, the root of 2n q² + B q + C = 0 with
 *   B = −b − c + (2n − b + c) δ,  C = −c δ (1 − δ),  q̃ = (√(B² − 4·2n·C) − B) / (2·2n),
 * taken in the cancellation-free form −2C / (B + √…) when B > 0.
 */
export function tangoStatistic(b: number, c: number, n: number, delta: number): number {
  const a = 2 * n;
  const bq = -b - c + (2 * n - b + c) * delta;
  const cq = -c * delta * (1 - delta);
  const root = Math.sqrt(Math.max(0, bq * bq - 4 * a * cq));
  const q = bq > 0 ? (-2 * cq) / (bq + root) : (root - bq) / (2 * a);
  const numerator = b - c - n * delta;
  const variance = n * (2 * q + delta * (1 - delta));
  if (numerator === 0) return 0;
  if (!(variance > 0)) return numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/**
 * δ in (from, to) where the decreasing function T(δ) crosses `level`, by bisection to the last
 * bit. T(from) > level > T(to) is guaranteed by the callers (T is +∞ at −1⁺ and −∞ at 1⁻ unless
 * the sample sits on that boundary, which the callers handle).
 */
function bisect(b: number, c: number, n: number, level: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  // About 60 steps usually; up to ~1 075 when the crossing is at δ = 0 (a score of 0 with z = 0, i.e.
  // confidence ≤ 2^-54), where the bisection runs down through the subnormals toward 0.
  for (let i = 0; i < 1200; i++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) return mid;
    if (tangoStatistic(b, c, n, mid) > level) lo = mid;
    else hi = mid;
  }
  /* v8 ignore next 2 -- a guard: bisection of a double interval ends in about 60 steps */
  throw new OmnicxError(ErrorCode.NO_CONVERGENCE, 'the Tango interval did not converge');
}

/** The Tango score interval {δ : |T(δ)| ≤ z} on the proportion scale. */
export function tangoInterval(b: number, c: number, n: number, z: number): [number, number] {
  const estimate = (b - c) / n;
  const lower = c === n ? -1 : bisect(b, c, n, z, -1, estimate);
  const upper = b === n ? 1 : bisect(b, c, n, -z, estimate, 1);
  return [lower, upper];
}

/**
 * The NPS result of validated counts. `score`, `standardError` and the interval are in NPS points
 * (proportions × 100); the interval is clamped to [−100, 100] and always contains the score.
 */
export function npsResult(
  promoters: number,
  passives: number,
  detractors: number,
  method: NpsMethod,
  confidence: number,
): NpsResult {
  const n = promoters + passives + detractors;
  if (!Number.isSafeInteger(n)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the sample size ${String(n)} is not a safe integer`, {
      path: ['counts'],
    });
  }
  const counts = { n, promoters, passives, detractors };
  if (n === 0) return { ...counts, score: null, standardError: null, interval: null };
  const standardError = npsStandardError(promoters, detractors, n);
  const z = criticalZ(confidence);
  let lower: number;
  let upper: number;
  if (method === 'tango') {
    [lower, upper] = tangoInterval(promoters, detractors, n, z);
  } else {
    // Adjusted Wald (Rocks 2016): ¾ promoter and ¾ detractor and 3/2 passive pseudo-answers.
    const [p, d, m] = method === 'adjustedWald' ? [promoters + 0.75, detractors + 0.75, n + 3] : [promoters, detractors, n];
    const centre = (p - d) / m;
    const half = z * npsStandardError(p, d, m);
    lower = centre - half;
    upper = centre + half;
  }
  // One rounding for the score: 100·(P − D)/n is exact whenever the score is a whole number.
  const score = (100 * (promoters - detractors)) / n;
  // The adjusted centre can pull a bound past the observed score for tiny n near ±100; moving the
  // bound to the score only widens the interval.
  return {
    ...counts,
    score,
    standardError: standardError * 100,
    interval: {
      lower: Math.max(-100, Math.min(lower * 100, score)),
      upper: Math.min(100, Math.max(upper * 100, score)),
      confidence,
      method,
    },
  };
}
