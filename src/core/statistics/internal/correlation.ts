import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { invalid, type NumericArray } from '../../internal/assert.js';
import { scaledDeviations, summarize } from './summary.js';
import { finiteArray } from './validate.js';

/** Validates a pair of equally long arrays of finite numbers with at least two pairs. */
export function pairedArrays(x: unknown, y: unknown, what: string): readonly [NumericArray, NumericArray] {
  const xs = finiteArray(x, ['x'], 'x');
  const ys = finiteArray(y, ['y'], 'y');
  if (xs.length !== ys.length) {
    throw invalid(`x and y must have the same length, got ${String(xs.length)} and ${String(ys.length)}`, ['y']);
  }
  if (xs.length < 2) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, `${what} needs at least 2 pairs, got ${String(xs.length)}`);
  }
  return [xs, ys];
}

function constant(path: readonly PathKey[], what: string): OmnicxError {
  return new OmnicxError(
    ErrorCode.INSUFFICIENT_DATA,
    `${what} is undefined because ${String(path[0])} has zero variance (all its values are equal)`,
    { path },
  );
}

/**
 * Pearson's r of validated, equally long arrays: Sxy / √(Sxx · Syy) on deviations from the means
 * (two-pass, each array scaled by a power of two), clamped into [−1, 1].
 *
 * The deviations are measured from each mean held as two doubles (see summary.ts), and every sum
 * of products carries the correction of Chan, Golub & LeVeque (1983), extended to the cross
 * product: Sxy = Σ dxᵢ·dyᵢ − (Σ dxᵢ)(Σ dyᵢ)/n, which is exact algebra for deviations from any
 * centre. Deviations from the mean rounded to one double were wrong by up to half an ulp of the
 * mean, which for points a few ulps apart is as large as the deviations: r of
 * ([1, 1 + 2^-52], [0, 1]) came out as 1/√2 instead of 1.
 */
export function pearsonOf(x: NumericArray, y: NumericArray, what: string): number {
  const sx = summarize(x);
  const sy = summarize(y);
  if (sx.scaledSumSquares === 0) throw constant(['x'], what);
  if (sy.scaledSumSquares === 0) throw constant(['y'], what);
  const dx = scaledDeviations(x, sx);
  const dy = scaledDeviations(y, sy);
  const n = dx.length;
  let sumX = 0;
  let sumY = 0;
  let products = 0;
  let squaresX = 0;
  let squaresY = 0;
  for (let i = 0; i < n; i++) {
    const a = dx[i] as number;
    const b = dy[i] as number;
    sumX += a;
    sumY += b;
    products += a * b;
    squaresX += a * a;
    squaresY += b * b;
  }
  // Sxx, Syy and Sxy from the same deviations in the same order, and √(Sxx·Syy) rather than
  // √Sxx·√Syy: exactly proportional data then give exactly ±1.
  const sxy = products - (sumX * sumY) / n;
  const sxx = Math.max(0, squaresX - (sumX * sumX) / n);
  const syy = Math.max(0, squaresY - (sumY * sumY) / n);
  const r = sxy / Math.sqrt(sxx * syy);
  return Math.min(1, Math.max(-1, r));
}
