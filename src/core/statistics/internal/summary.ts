// One place for the sums behind mean, variance, standard deviation and Pearson's r.
//
// Values are scaled by a power of two chosen from the largest magnitude (exact, no rounding), so
// that neither the sum (1e308 + 1e308) nor the squares (1e200², 1e-200²) overflow or underflow.
// The sum uses Neumaier's compensated summation (Neumaier 1974, an improved Kahan–Babuška sum),
// and the squared deviations use the corrected two-pass algorithm of Chan, Golub & LeVeque
// (1983, "Algorithms for computing the sample variance", The American Statistician 37(3)):
//   S = Σ dᵢ² − (Σ dᵢ)² / n   with dᵢ = xᵢ − x̄,
// whose second term removes most of the rounding error left in x̄.
//
// The mean is also kept as an unevaluated sum of two doubles, x̄ ≈ hi + lo (Dekker 1971,
// double-length arithmetic). Rounding x̄ to one double moves it by up to half an ulp, e, as large
// as the deviations themselves when the values lie a few ulps apart (x = 1, 1 + 2^-52 has
// x̄ = 1 + 2^-53, which rounds to 1). For S the correction term above removes e exactly enough,
// and the deviations xᵢ − hi are exact wherever xᵢ is near hi (Sterbenz's lemma), so S uses
// them; subtracting lo as well would round each deviation (measured: the variance of values near
// 1e9 three ulps off instead of one). Pearson's cross product Σ dxᵢ·dyᵢ has no such term (r of
// those two points against [0, 1] came out as 1/√2), so its deviations are (xᵢ − hi) − lo.
import type { NumericArray } from '../../internal/assert.js';

/** Moments of a validated, non-empty array of finite numbers. */
export interface Summary {
  readonly n: number;
  /** The mean rounded to a double (`scaledMeanHigh · scale`). */
  readonly mean: number;
  /**
   * The mean in units of `scale` as an unevaluated sum scaledMeanHigh + scaledMeanLow, where
   * scaledMeanHigh is the rounded mean and scaledMeanLow (below an ulp of it) the rest, so that
   * the sum is the exact mean to about 2^-104 relative (plus the compensated sum's residual).
   */
  readonly scaledMeanHigh: number;
  readonly scaledMeanLow: number;
  readonly min: number;
  readonly max: number;
  /** A power of two; deviations below are measured in units of it. */
  readonly scale: number;
  /** Σ ((xᵢ − mean) / scale)², so that Σ (xᵢ − mean)² = scaledSumSquares · scale². */
  readonly scaledSumSquares: number;
}

/** A power of two close to `magnitude` (1 for zero), kept where its reciprocal is finite. */
export function powerOfTwoScale(magnitude: number): number {
  if (magnitude === 0) return 1;
  const exponent = Math.min(1023, Math.max(-1000, Math.floor(Math.log2(magnitude))));
  return 2 ** exponent;
}

interface Range {
  readonly min: number;
  readonly max: number;
}

function range(values: NumericArray): Range {
  let min = Infinity;
  let max = -Infinity;
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i] as number;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/** Veltkamp's splitting constant 2^27 + 1 (Dekker 1971). */
const SPLITTER = 134_217_729;

/** x · 2^e in two exact steps (each factor stays a finite power of two). */
function timesPowerOfTwo(x: number, e: number): number {
  const half = Math.trunc(e / 2);
  return x * 2 ** half * 2 ** (e - half);
}

/**
 * (sum + compensation) / n for a compensated sum, with one correction step so that the quotient
 * of the exact sum is correctly rounded except within a hair of a tie: q = fl(hi / n), then the
 * remainder hi + lo − q·n is formed exactly (TwoSum for hi + lo, Dekker's TwoProduct for q·n;
 * Dekker 1971, "A floating-point technique for extending the available precision") and q + r / n
 * returned. Rounding the sum first and dividing after can be one ulp off: the mean of
 * [0.1, 0.2, 0.3] would be 0.19999999999999998 instead of 0.2. The work is done on hi and lo
 * scaled by a power of two near 1/|hi| (exact), so the products can neither overflow nor
 * underflow; only a subnormal result is rounded twice.
 *
 * Returns the rounded quotient and what rounding it left out: [fl(q + t), t − (fl(q + t) − q)]
 * with t = fl(r / n), the second an exact error term (Dekker's Fast2Sum, |t| ≤ ulp(q) ≤ |q|).
 */
function compensatedQuotientParts(sum: number, compensation: number, n: number): [number, number] {
  const total = sum + compensation;
  if (total === 0) return [total / n, 0];
  const virtual = total - sum;
  const exponent = -Math.floor(Math.log2(Math.abs(total)));
  const hi = timesPowerOfTwo(total, exponent);
  const lo = timesPowerOfTwo(sum - (total - virtual) + (compensation - virtual), exponent);
  const q = hi / n;
  const product = q * n;
  let c = SPLITTER * q;
  const qHigh = c - (c - q);
  const qLow = q - qHigh;
  c = SPLITTER * n;
  const nHigh = c - (c - n);
  const nLow = n - nHigh;
  const productError = qHigh * nHigh - product + qHigh * nLow + qLow * nHigh + qLow * nLow;
  const remainder = hi - product - productError + lo;
  const tail = remainder / n;
  const rounded = q + tail;
  return [timesPowerOfTwo(rounded, -exponent), timesPowerOfTwo(tail - (rounded - q), -exponent)];
}

/** The rounded quotient of {@link compensatedQuotientParts}. */
function compensatedQuotient(sum: number, compensation: number, n: number): number {
  return compensatedQuotientParts(sum, compensation, n)[0];
}

/**
 * The mean in units of `scale`, by compensated summation, as the rounded mean clamped into
 * [min, max] and the rest of the exact mean (exactly 0 when all values are equal).
 */
function scaledMeanParts(values: NumericArray, inverse: number, { min, max }: Range): [number, number] {
  const n = values.length;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const v = (values[i] as number) * inverse;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  const [high, low] = compensatedQuotientParts(sum, compensation, n);
  const lower = min * inverse;
  const upper = max * inverse;
  // Identical values: their mean is exactly the value, and every deviation must be exactly 0.
  if (lower === upper) return [lower, 0];
  // Rounding can push the mean one ulp outside the values; the true mean never is. The clamped
  // high part is within an ulp or two of the rounded one, so the difference is exact (Sterbenz).
  if (high < lower) return [lower, Math.max(0, high - lower + low)];
  if (high > upper) return [upper, Math.min(0, high - upper + low)];
  return [high, low];
}

/** The arithmetic mean of a validated, non-empty array. */
export function meanOf(values: NumericArray): number {
  const r = range(values);
  const scale = powerOfTwoScale(Math.max(Math.abs(r.min), Math.abs(r.max)));
  return scaledMeanParts(values, 1 / scale, r)[0] * scale;
}

/** Partial sums stay below this when n · max |xᵢ| does, so no unscaled step can overflow. */
const UNSCALED_LIMIT = 2 ** 1000;

/**
 * The mean of a non-empty array or typed array in one pass that also validates, or `undefined`
 * when some element is not a finite number (the caller then finds it for the error message).
 *
 * The sum is compensated with Knuth's branch-free TwoSum (Knuth, TAOCP vol. 2, §4.2.2), whose
 * error terms are exact — including under gradual underflow — so it computes what {@link meanOf}
 * computes on values scaled by a power of two, without the scaling (which can flush values
 * ~2^2000 times smaller than the largest to zero). When n · max |xᵢ| could reach the overflow
 * range it falls back to {@link meanOf}. Error bound (tested against exact arithmetic): about
 * 2 ulp of the mean plus 4·n·u²·Σ|xᵢ|/n, u = 2^-53 (Neumaier 1974).
 */
export function checkedMeanOf(values: NumericArray): number | undefined {
  const n = values.length;
  let sum = 0;
  let compensation = 0;
  let min = Infinity;
  let max = -Infinity;
  let poison = 0;
  for (let i = 0; i < n; i++) {
    const x = values[i];
    if (typeof x !== 'number') return undefined;
    poison += x - x; // NaN once any element is NaN or ±Infinity
    if (x < min) min = x;
    if (x > max) max = x;
    const t = sum + x;
    const virtual = t - sum;
    compensation += sum - (t - virtual) + (x - virtual);
    sum = t;
  }
  if (poison !== 0) return undefined;
  if (Math.max(-min, max) * n >= UNSCALED_LIMIT || !Number.isFinite(sum + compensation)) return meanOf(values);
  // Rounding can push the mean of identical values one ulp outside them; the true mean never is.
  return Math.min(max, Math.max(min, compensatedQuotient(sum, compensation, n)));
}

/** Mean, extremes and the (scaled) sum of squared deviations of a validated, non-empty array. */
export function summarize(values: NumericArray): Summary {
  const r = range(values);
  const scale = powerOfTwoScale(Math.max(Math.abs(r.min), Math.abs(r.max)));
  const inverse = 1 / scale;
  const [meanHigh, meanLow] = scaledMeanParts(values, inverse, r);
  const n = values.length;
  let sum = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    // From the rounded mean: the correction term below removes its error, and these deviations
    // are exact wherever xᵢ is near the mean (Sterbenz); subtracting the low part as well would
    // round each of them (variance of values near 1e9 three ulps off instead of one).
    const d = (values[i] as number) * inverse - meanHigh;
    sum += d;
    squares += d * d;
  }
  const scaledSumSquares = Math.max(0, squares - (sum * sum) / n);
  return {
    n,
    mean: meanHigh * scale,
    scaledMeanHigh: meanHigh,
    scaledMeanLow: meanLow,
    min: r.min,
    max: r.max,
    scale,
    scaledSumSquares,
  };
}

/** Σ (xᵢ − mean)² / divisor, multiplied back in an order that avoids spurious overflow. */
export function scaledVariance(summary: Summary, divisor: number): number {
  return ((summary.scaledSumSquares / divisor) * summary.scale) * summary.scale;
}

/** √(Σ (xᵢ − mean)² / divisor). */
export function scaledStandardDeviation(summary: Summary, divisor: number): number {
  return Math.sqrt(summary.scaledSumSquares / divisor) * summary.scale;
}

/**
 * Scaled deviations (xᵢ − mean) / scale from the two-part mean, for Pearson's r, whose cross
 * product has no correction that removes the rounded mean's error from both factors.
 */
export function scaledDeviations(values: NumericArray, summary: Summary): Float64Array {
  const n = values.length;
  const inverse = 1 / summary.scale;
  const { scaledMeanHigh: high, scaledMeanLow: low } = summary;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (values[i] as number) * inverse - high - low;
  return out;
}
