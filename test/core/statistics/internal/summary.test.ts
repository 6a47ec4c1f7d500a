import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedMeanOf, meanOf, scaledDeviations, summarize } from '../../../../src/core/statistics/internal/summary.js';

// Exact reference: every finite double is an integer multiple of 2^-1074, so x·2^1074 is a BigInt.
const view = new DataView(new ArrayBuffer(8));
function scaled(x: number): bigint {
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const exponent = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const magnitude = exponent === 0 ? fraction : (fraction | (1n << 52n)) << BigInt(exponent - 1);
  return bits >> 63n === 1n ? -magnitude : magnitude;
}
const abs = (x: bigint): bigint => (x < 0n ? -x : x);
/** ulp(x)·2^1074 for a finite double x (the subnormal spacing at least). */
function ulpScaled(x: number): bigint {
  const a = Math.abs(x);
  if (a < 2 ** -1022) return 1n;
  return 1n << BigInt(Math.floor(Math.log2(a)) - 52 + 1074);
}

/**
 * Checks |computed − exact mean| ≤ ½ ulp(computed) + 4·n·u²·Σ|xᵢ|/n with u = 2^-53: correctly
 * rounded, up to the residual a compensated sum can leave under heavy cancellation (Neumaier
 * 1974). All in exact integer arithmetic at scale 2^1074, multiplied through by n.
 */
function expectAccurate(values: readonly number[], computed: number): void {
  const n = BigInt(values.length);
  let sum = 0n;
  let sumAbs = 0n;
  for (const x of values) {
    const s = scaled(x);
    sum += s;
    sumAbs += abs(s);
  }
  const error = abs(scaled(computed) * n - sum);
  const halfUlp = ulpScaled(computed) / 2n;
  const bound = (halfUlp > 0n ? halfUlp : 1n) * n + ((4n * n * sumAbs) >> 106n) + 1n;
  expect(error <= bound, `mean ${String(computed)} of ${JSON.stringify(values)}: error ${String(error)} > ${String(bound)} (×2^-1074·n)`).toBe(true);
}

describe('checkedMeanOf', () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
  // Huge magnitudes take the scaled fallback; tiny and subnormal ones stay unscaled.
  const mixed = fc.oneof(finite, fc.double({ min: -1e-300, max: 1e-300, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));

  it('is the correctly rounded exact mean, up to the compensated-sum residual, for any finite values (property)', () => {
    fc.assert(
      fc.property(fc.array(mixed, { minLength: 1, maxLength: 60 }), (values) => {
        const computed = checkedMeanOf(values) as number;
        expectAccurate(values, computed);
        expect(Object.is(checkedMeanOf(Float64Array.from(values)), computed)).toBe(true);
      }),
    );
  });

  it('agrees with the scaled mean (meanOf) where the scaling loses nothing (property)', () => {
    const moderate = fc.oneof(fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));
    fc.assert(
      fc.property(fc.array(moderate, { minLength: 1, maxLength: 60 }), (values) => {
        expect(Object.is(checkedMeanOf(values), meanOf(values))).toBe(true);
      }),
    );
  });

  it('rounds the exact mean, not the rounded sum: [0.1, 0.2, 0.3] has mean 0.2', () => {
    // The doubles sum exactly to 0.60000000000000000555…; a third is 0.20000000000000000185…,
    // whose nearest double is 0.2 (0.2000000000000000111…). Dividing the rounded sum
    // 0.59999999999999997780… by 3 gives 0.19999999999999998 instead (R and Python's
    // statistics.mean give 0.2).
    expect(checkedMeanOf([0.1, 0.2, 0.3])).toBe(0.2);
    expect(meanOf([0.1, 0.2, 0.3])).toBe(0.2);
    expectAccurate([0.1, 0.2, 0.3], 0.2);
  });

  it('compensates cancellation: [1e16, 1, −1e16] has mean 1/3, where plain summation gives 0', () => {
    // Plain left-to-right summation: 1e16 + 1 rounds to 1e16 (the ulp there is 2), minus 1e16 = 0.
    expect(checkedMeanOf([1e16, 1, -1e16])).toBe(1 / 3);
  });

  it('keeps a value 2^1880 times smaller than the largest, which the scaled sum flushes to zero', () => {
    const values = [2 ** 990, -(2 ** 990), 2 ** -890];
    expect(checkedMeanOf(values)).toBe(2 ** -890 / 3);
    expectAccurate(values, checkedMeanOf(values) as number);
  });

  it('falls back to the scaled sum when the unscaled one could overflow', () => {
    expect(checkedMeanOf([1e308, 1e308])).toBe(1e308);
    expect(checkedMeanOf([-1.7e308, -1.7e308, 1e308])).toBe(meanOf([-1.7e308, -1.7e308, 1e308]));
    expectAccurate([-1.7e308, -1.7e308, 1e308], checkedMeanOf([-1.7e308, -1.7e308, 1e308]) as number);
  });

  it('reports undefined for a non-finite or non-number element, wherever it is', () => {
    expect(checkedMeanOf([1, Number.NaN, 3])).toBeUndefined();
    expect(checkedMeanOf(new Float64Array([1, 2, Number.POSITIVE_INFINITY]))).toBeUndefined();
    expect(checkedMeanOf([Number.NEGATIVE_INFINITY])).toBeUndefined();
    expect(checkedMeanOf(['5' as unknown as number, 5])).toBeUndefined();
  });
});

describe('summarize', () => {
  it('keeps the part of the mean that rounding to a double drops', () => {
    // 1, 1 + 2^-52: the mean 1 + 2^-53 is a tie between 1 and 1 + 2^-52 and rounds to even (1).
    const s = summarize([1, 1 + 2 ** -52]);
    expect(s.scale).toBe(1);
    expect(s.mean).toBe(1);
    expect([s.scaledMeanHigh, s.scaledMeanLow]).toEqual([1, 2 ** -53]);
    expect(Array.from(scaledDeviations([1, 1 + 2 ** -52], s))).toEqual([-(2 ** -53), 2 ** -53]);
    expect(s.scaledSumSquares).toBe(2 ** -105);
  });

  it('has deviations of exactly 0 for identical values', () => {
    for (const v of [0.1, -7e300, 3e-310, 1 / 3]) {
      const values = Array.from({ length: 7 }, () => v);
      const s = summarize(values);
      expect(s.mean).toBe(v);
      expect(s.scaledMeanLow).toBe(0);
      expect(s.scaledSumSquares).toBe(0);
      expect(scaledDeviations(values, s).every((d) => d === 0)).toBe(true);
    }
  });

  it('holds the exact mean in two parts, up to the compensated-sum residual (property)', () => {
    // |high + low − exact mean| ≤ 2^-50·ulp(high) + 4·n·u²·Σ|xᵢ|/n, in exact integer arithmetic at
    // scale 2^1074, multiplied through by n (values kept where low·scale is not subnormal).
    const moderate = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.integer({ min: 0, max: 63 }).map((k) => 2 ** 52 + k),
      fc.integer({ min: 0, max: 63 }).map((k) => 1 + k * 2 ** -52),
    );
    fc.assert(
      fc.property(fc.array(moderate, { minLength: 1, maxLength: 60 }), (values) => {
        const s = summarize(values);
        const n = BigInt(values.length);
        let sum = 0n;
        let sumAbs = 0n;
        for (const x of values) {
          sum += scaled(x);
          sumAbs += abs(scaled(x));
        }
        const high = s.scaledMeanHigh * s.scale;
        const error = abs((scaled(high) + scaled(s.scaledMeanLow * s.scale)) * n - sum);
        const bound = (ulpScaled(high) >> 50n) * n + ((4n * n * sumAbs) >> 106n) + n;
        expect(error <= bound, `${JSON.stringify(values)}: error ${String(error)} > ${String(bound)}`).toBe(true);
        expect(high).toBe(meanOf(values));
      }),
    );
  });
});

describe('the exact reference', () => {
  it('reads doubles exactly, normal and subnormal', () => {
    expect(scaled(1)).toBe(1n << 1074n);
    expect(scaled(-0.5)).toBe(-(1n << 1073n));
    expect(scaled(Number.MIN_VALUE)).toBe(1n);
    expect(scaled(0)).toBe(0n);
    expect(scaled(3 * 2 ** -1070)).toBe(48n);
  });
});
