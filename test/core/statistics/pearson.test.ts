import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pearson } from '../../../src/core/statistics/pearson.js';
import { ANSCOMBE, expectClose, expectOmnicxError } from './support.js';

describe('pearson', () => {
  it("reproduces Anscombe's (1973) r = 0.816 for all four data sets", () => {
    // Anscombe (1973) reports r = 0.82 (r² = 0.67) for every set; to three decimals it is 0.816.
    // Full precision by mpmath (two-pass sums at 60 digits on the printed data):
    expectClose(pearson(ANSCOMBE.x, ANSCOMBE.y1), 0.8164205163448398, 1e-15);
    expectClose(pearson(ANSCOMBE.x, ANSCOMBE.y2), 0.8162365060002428, 1e-15);
    expectClose(pearson(ANSCOMBE.x, ANSCOMBE.y3), 0.8162867394895982, 1e-15);
    expectClose(pearson(ANSCOMBE.x4, ANSCOMBE.y4), 0.8165214368885029, 1e-15);
    expect(pearson(ANSCOMBE.x, ANSCOMBE.y1).toFixed(3)).toBe('0.816');
  });

  it('is exactly ±1 for exact linear relations and 0 for a symmetric pattern', () => {
    expect(pearson([1, 2, 3, 4], [2, 4, 6, 8])).toBe(1);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBe(-1);
    expect(pearson([5, 7], [1, 0])).toBe(-1);
    // Hand: x = −1, 0, 1 against y = 1, 0, 1 has Σ dx·dy = 0
    expect(pearson([-1, 0, 1], [1, 0, 1])).toBe(0);
    expect(pearson(new Float32Array([1, 2, 3]), new Int8Array([1, 2, 4]))).toBeCloseTo(0.9819805060619657, 15);
  });

  it('is ±1 for two distinct points, even one ulp apart', () => {
    // x = 1, 1 + 2^-52 has the mean 1 + 2^-53, which is not a double (it rounds to 1); its
    // deviations are exactly ∓2^-53. Measured from the rounded mean they would be 0 and 2^-52,
    // and r came out as 1/√2.
    expect(pearson([1, 1 + 2 ** -52], [0, 1])).toBe(1);
    expect(pearson([1, 1 + 2 ** -52], [1, 0])).toBe(-1);
    expect(pearson([0, 1], [1 + 2 ** -52, 1])).toBe(-1);
    expect(pearson([1 + 2 ** -52, 1], [1 - 2 ** -53, 1])).toBe(-1);
  });

  it('is ±1 for exactly collinear points whose mean is not a double (hand-checked)', () => {
    // x = 1 + 2^-52·y exactly; x̄ = 1 + 2^-52/3, between doubles.
    expect(pearson([1, 1, 1 + 2 ** -52], [0, 0, 1])).toBe(1);
    // The ulp at 2^52 is 1: x = 2^52 + (0, 1, 1) has x̄ = 2^52 + 2/3, which rounds to 2^52 + 1.
    expect(pearson([2 ** 52, 2 ** 52 + 1, 2 ** 52 + 1], [0, 1, 1])).toBe(1);
    // The ulp at 1e16 is 2: x = 1e16 + (0, 2, 2, 2) has x̄ = 1e16 + 1.5, which rounds to 1e16 + 2.
    expect(pearson([1e16, 1e16 + 2, 1e16 + 2, 1e16 + 2], [5, 4, 4, 4])).toBe(-1);
    // x̄ = 1e16 + 2 is a double here; r = 1 before and after the fix.
    expect(pearson([1e16, 1e16 + 2, 1e16 + 4], [1, 2, 3])).toBe(1);
  });

  it('is ±1 up to the rounding of its sums for exact affine data clustered at a large offset (property)', () => {
    // xᵢ = (M + kᵢ)·2^e and yᵢ = (C + A·kᵢ)·2^f are exact doubles and exactly affine in each other
    // (y = C·2^f + A·2^(f−e)·(x − M·2^e)), with M and C up to 2^53 so that the means round.
    const offset = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 53n - 4096n }), fc.bigInt({ min: 2n ** 51n, max: 2n ** 53n - 4096n }));
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 2, maxLength: 40 }),
        offset,
        offset,
        fc.integer({ min: -64, max: 64 }).filter((a) => a !== 0),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: -60, max: 60 }),
        fc.boolean(),
        (k, m, c, a, e, f, negate) => {
          if (new Set(k).size < 2) return;
          const x = k.map((ki) => (Number(m) + ki) * 2 ** e);
          const sign = negate ? -1 : 1;
          const y = k.map((ki) => sign * (Number(c) + a * ki) * 2 ** f);
          // What is left is the rounding of sums of n products, as for the same k without offset
          // (up to about n units of 2^-53 below 1); deviations from the rounded mean gave |r| as
          // low as 1/√2 here.
          const tolerance = 2 * (k.length + 4) * 2 ** -53;
          const r = pearson(x, y);
          expect(Math.sign(r)).toBe(Math.sign(a) * sign);
          expect(Math.abs(r)).toBeGreaterThanOrEqual(1 - tolerance);
          expect(Math.abs(pearson(y, x))).toBeGreaterThanOrEqual(1 - tolerance);
        },
      ),
    );
  });

  it('is unaffected by scale, even at the edges of the double range', () => {
    const r = pearson([1, 2, 3], [1, 2, 4]);
    expectClose(pearson([1e200, 2e200, 3e200], [1, 2, 4]), r, 1e-15);
    expectClose(pearson([1e-200, 2e-200, 3e-200], [1e300, 2e300, 4e300]), r, 1e-15);
    expect(pearson([Number.MAX_VALUE, -Number.MAX_VALUE], [1, 0])).toBe(1);
  });

  it('throws INSUFFICIENT_DATA, never NaN, when one variable is constant', () => {
    const message = expectOmnicxError(() => pearson([2, 2, 2], [1, 2, 3]), 'INSUFFICIENT_DATA', ['x']);
    expect(message).toContain('zero variance');
    expectOmnicxError(() => pearson([1, 2, 3], [5, 5, 5]), 'INSUFFICIENT_DATA', ['y']);
    expectOmnicxError(() => pearson([1], [1]), 'INSUFFICIENT_DATA', []);
  });

  it('rejects mismatched lengths and bad elements with their paths', () => {
    expectOmnicxError(() => pearson([1, 2, 3], [1, 2]), 'INVALID_INPUT', ['y']);
    expectOmnicxError(() => pearson([1, Number.NaN], [1, 2]), 'INVALID_INPUT', ['x', 1]);
    expectOmnicxError(() => pearson([1, 2], [Infinity, 2]), 'INVALID_INPUT', ['y', 0]);
    expectOmnicxError(() => pearson(null as never, [1, 2]), 'INVALID_INPUT', ['x']);
  });

  it('lies in [−1, 1], is symmetric and invariant under positive affine maps (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: -1000, max: 1000 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          if (new Set(x).size < 2 || new Set(y).size < 2) return;
          const r = pearson(x, y);
          expect(Math.abs(r)).toBeLessThanOrEqual(1);
          expect(pearson(y, x)).toBeCloseTo(r, 14);
          expect(pearson(x.map((v) => 3 * v + 7), y)).toBeCloseTo(r, 12);
        },
      ),
    );
  });
});
