import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from '../../../src/core/statistics/quantile.js';
import { expectClose, expectOmnicxError } from './support.js';

describe('quantile', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('matches R type 7 (Hyndman & Fan 1996, definition 7)', () => {
    // R: quantile(c(1,2,3,4,5,6,7,8,9,10), c(0.1, 0.25, 0.5, 0.75, 0.9)) → 1.90 3.25 5.50 7.75 9.10
    expect(quantile(oneToTen, 0.1)).toBeCloseTo(1.9, 14);
    expect(quantile(oneToTen, 0.25)).toBe(3.25);
    expect(quantile(oneToTen, 0.5)).toBe(5.5);
    expect(quantile(oneToTen, 0.75)).toBe(7.75);
    expect(quantile(oneToTen, 0.9)).toBeCloseTo(9.1, 14);
    // Hand: n = 4, h = 3·0.4 = 1.2 → x₍₂₎ + 0.2·(x₍₃₎ − x₍₂₎) = 3 + 0.2·2 = 3.4
    expect(quantile([7, 1, 5, 3], 0.4)).toBeCloseTo(3.4, 14);
  });

  it('gives the extremes at p = 0 and 1 and the single value of a one-element sample', () => {
    expect(quantile([4, -2, 9], 0)).toBe(-2);
    expect(quantile([4, -2, 9], 1)).toBe(9);
    expect(quantile([42], 0.3)).toBe(42);
    expect(quantile([5, 5, 5], 0.37)).toBe(5);
  });

  it('sorts a copy: arrays and typed arrays are not mutated', () => {
    const values = [3, 1, 2];
    const typed = new Float64Array([3, 1, 2]);
    expect(quantile(values, 0.5)).toBe(2);
    expect(quantile(typed, 0.5)).toBe(2);
    expect(values).toEqual([3, 1, 2]);
    expect(Array.from(typed)).toEqual([3, 1, 2]);
    expect(quantile(new Int16Array([-5, 10]), 0.5)).toBe(2.5);
  });

  it('interpolates without overflow between extreme neighbours', () => {
    expect(quantile([-Number.MAX_VALUE, Number.MAX_VALUE], 0.5)).toBe(0);
    expectClose(quantile([-Number.MAX_VALUE, Number.MAX_VALUE], 0.75), Number.MAX_VALUE / 2, 1e-15);
  });

  it('rejects p outside [0, 1], bad values and empty input', () => {
    expectOmnicxError(() => quantile([1], -0.1), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => quantile([1], 1.5), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => quantile([1], Number.NaN), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => quantile([1], '0.5' as never), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => quantile([1, Number.NaN], 0.5), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => quantile([], 0.5), 'INSUFFICIENT_DATA', []);
  });

  it('is non-decreasing in p and stays within [min, max] (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [p1, p2] = a <= b ? [a, b] : [b, a];
          const q1 = quantile(values, p1);
          const q2 = quantile(values, p2);
          expect(q1).toBeLessThanOrEqual(q2);
          expect(q1).toBeGreaterThanOrEqual(Math.min(...values));
          expect(q2).toBeLessThanOrEqual(Math.max(...values));
        },
      ),
    );
  });
});
