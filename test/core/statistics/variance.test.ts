import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { variance } from '../../../src/core/statistics/variance.js';
import { ANSCOMBE, expectClose, expectOmnicxError } from './support.js';

describe('variance', () => {
  it('gives the sample (n − 1) variance by default and the population variance on request', () => {
    // Hand-computed: the deviations of [2, 4, 4, 4, 5, 5, 7, 9] from 5 square to 32.
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9])).toBe(32 / 7);
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9], { population: true })).toBe(4);
    expect(variance([2, 4, 4, 4, 5, 5, 7, 9], { population: false })).toBe(32 / 7);
    expect(variance(new Float64Array([1, 3]))).toBe(2);
    expect(variance([7], { population: true })).toBe(0);
    expect(variance([3, 3, 3])).toBe(0);
  });

  it('reproduces Anscombe (1973): variance of x = 11 and of y ≈ 4.12', () => {
    expect(variance(ANSCOMBE.x)).toBe(11);
    // Σ(y − ȳ)² of set I is 41.27269 (hand/mpmath: 41.272690909…), so s² = 4.127269090909…
    expectClose(variance(ANSCOMBE.y1), 4.127269090909091, 1e-14);
    expectClose(variance(ANSCOMBE.y3), 4.12262, 1e-14);
  });

  it('avoids catastrophic cancellation on large offsets', () => {
    // Wikipedia, "Algorithms for calculating variance": 1e9 + (4, 7, 13, 16) has variance 30;
    // the textbook Σx² − n·x̄² formula returns garbage here.
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
    expect(variance([1e15 + 4, 1e15 + 7, 1e15 + 13, 1e15 + 16])).toBe(30);
  });

  it('is exact for values a few ulps apart whose mean is not a double (hand-checked)', () => {
    // 1, 1 + 2^-52: mean 1 + 2^-53 (not a double), deviations ∓2^-53, Σd² = 2·2^-106 = 2^-105.
    expect(variance([1, 1 + 2 ** -52])).toBe(2 ** -105); // sample: Σd²/(n − 1)
    expect(variance([1, 1 + 2 ** -52], { population: true })).toBe(2 ** -106); // Σd²/n
    // 2^52 + (0, 1, 1): mean 2^52 + 2/3 (rounds to 2^52 + 1), deviations −2/3, 1/3, 1/3, Σd² = 2/3.
    expectClose(variance([2 ** 52, 2 ** 52 + 1, 2 ** 52 + 1]), 1 / 3, 2 ** -52);
    expectClose(variance([2 ** 52, 2 ** 52 + 1, 2 ** 52 + 1], { population: true }), 2 / 9, 2 ** -52);
    // 1e16 + (0, 2, 4): mean 1e16 + 2, Σd² = 8.
    expect(variance([1e16, 1e16 + 2, 1e16 + 4])).toBe(4);
  });

  it('is within about an ulp on ordinary data at an offset (exact reference; found in review)', () => {
    // Values in [2^29, 2^30) are integers times 2^-23: with aᵢ = xᵢ·2^23 (exact BigInts) the sample
    // variance is (n·Σa² − (Σa)²) / (n(n − 1)·2^46), computed exactly, then rounded once.
    const exact = (xs: readonly number[]): number => {
      const a = xs.map((x) => BigInt(x * 2 ** 23));
      const n = BigInt(xs.length);
      const sum = a.reduce((s, v) => s + v, 0n);
      const squares = a.reduce((s, v) => s + v * v, 0n);
      const scaled = ((n * squares - sum * sum) * 2n ** 64n) / (n * (n - 1n) * 2n ** 46n);
      return Number(scaled) / 2 ** 64;
    };
    // Deviations from the mean in two parts rounded each of them: 3 ulps off here, 1 before.
    const sample = [1000000000.069015, 1000000000.929643, 1000000000.509815, 1000000000.452875, 1000000000.465996, 1000000000.986918];
    expectClose(variance(sample), exact(sample), 1.5 * 2 ** -52);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 23 - 1 }), { minLength: 2, maxLength: 60 }), (fractions) => {
        if (new Set(fractions).size < 2) return;
        const xs = fractions.map((f) => 1e9 + f * 2 ** -23);
        expectClose(variance(xs), exact(xs), 1.5 * 2 ** -52);
      }),
    );
  });

  it('is accurate to a few ulps for values clustered at a large offset (property)', () => {
    // xᵢ = (M + kᵢ)·2^e: the variance is 2^2e·(n·Σk² − (Σk)²)/(n(n − 1)), the numerator an exact
    // integer, so the reference is rounded once.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 63 }), { minLength: 2, maxLength: 40 }),
        fc.bigInt({ min: 2n ** 50n, max: 2n ** 53n - 4096n }),
        fc.integer({ min: -60, max: 60 }),
        (k, m, e) => {
          if (new Set(k).size < 2) return;
          const n = k.length;
          const sum = k.reduce((s, v) => s + v, 0);
          const squares = k.reduce((s, v) => s + v * v, 0);
          const exact = ((n * squares - sum * sum) / (n * (n - 1))) * 2 ** (2 * e);
          const x = k.map((ki) => (Number(m) + ki) * 2 ** e);
          expectClose(variance(x), exact, 8 * 2 ** -53);
        },
      ),
    );
  });

  it('neither overflows nor underflows spuriously', () => {
    expectClose(variance([1e150, 3e150]), 2e300, 1e-15);
    expect(variance([-1e200, 1e200])).toBe(Infinity); // the true value 2e400 exceeds the largest double
    expectClose(variance([1e-160, 3e-160]), 2e-320, 1e-3); // subnormal result, few significant bits
  });

  it('rejects bad input with codes and paths', () => {
    expectOmnicxError(() => variance([1]), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => variance([], { population: true }), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => variance([1, Number.NaN]), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => variance([1, 2], 'population' as never), 'INVALID_INPUT', ['options']);
    expectOmnicxError(() => variance([1, 2], null as never), 'INVALID_INPUT', ['options']);
    expectOmnicxError(() => variance([1, 2], [] as never), 'INVALID_INPUT', ['options']);
    expectOmnicxError(() => variance([1, 2], { population: 1 } as never), 'INVALID_INPUT', ['options', 'population']);
  });

  it('is never negative, is shift invariant and scales with the square (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: -1000, max: 1000 }),
        (values, shift) => {
          const v = variance(values);
          expect(v).toBeGreaterThanOrEqual(0);
          const scale = Math.max(...values.map(Math.abs), 1) ** 2;
          expect(Math.abs(variance(values.map((x) => x + shift)) - v)).toBeLessThanOrEqual(1e-9 * scale);
          expect(Math.abs(variance(values.map((x) => 2 * x)) - 4 * v)).toBeLessThanOrEqual(1e-9 * scale);
        },
      ),
    );
  });
});
