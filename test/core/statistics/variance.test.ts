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
