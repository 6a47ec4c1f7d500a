import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean } from '../../../src/core/statistics/mean.js';
import { ANSCOMBE, expectClose, expectOmnicxError } from './support.js';

describe('mean', () => {
  it('matches hand-computed means of arrays and typed arrays', () => {
    expect(mean([1, 2, 3, 4])).toBe(2.5);
    expect(mean([-3])).toBe(-3);
    expect(mean(new Float64Array([1, 2, 3, 4.5]))).toBe(2.625);
    expect(mean(new Int32Array([1, 2, 3, 4]))).toBe(2.5);
    expect(mean(new Uint8Array([255, 1]))).toBe(128);
    expect(mean(new Float32Array([0.5, 1.5]))).toBe(1);
  });

  it('reproduces Anscombe (1973): mean of x = 9 and mean of y ≈ 7.50 in every data set', () => {
    // Anscombe's table: "mean of the x's = 9.0, mean of the y's = 7.5" for all four sets.
    expect(mean(ANSCOMBE.x)).toBe(9);
    // Exact means of the printed data, by hand: 82.51/11, 82.51/11, 82.50/11, 82.51/11.
    expectClose(mean(ANSCOMBE.y1), 82.51 / 11, 1e-15);
    expectClose(mean(ANSCOMBE.y2), 82.51 / 11, 1e-15);
    expectClose(mean(ANSCOMBE.y3), 7.5, 1e-15);
    expectClose(mean(ANSCOMBE.y4), 82.51 / 11, 1e-15);
  });

  it('does not lose digits to cancellation (compensated summation)', () => {
    // Σ = 1 exactly; a naive left-to-right sum gives 0 because 1e100 absorbs the 1.
    expect(mean([1e100, 1, -1e100])).toBeCloseTo(1 / 3, 15);
    expect(mean([0.1, 0.2, 0.3, -0.6])).toBeLessThan(1e-17);
  });

  it('never overflows for finite input and stays within [min, max]', () => {
    expect(mean([1e308, 1e308])).toBe(1e308);
    expect(mean([Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE])).toBe(Number.MAX_VALUE);
    expectClose(mean([1e308, 1e308, -1e308]), 1e308 / 3, 1e-15);
    expect(mean([5e-324, 5e-324])).toBe(5e-324);
    expect(mean([0, 0, 0])).toBe(0);
  });

  it('meets the NIST StRD certified means of the NumAcc data sets to the last place', () => {
    // NIST Statistical Reference Datasets, univariate summary statistics, "NumAcc1"–"NumAcc4"
    // (https://www.itl.nist.gov/div898/strd/univ/homepage.html): a first value, then 500 pairs
    // around it; certified means 10000002, 1.2, 1000000.2 and 10000000.2.
    const numAcc = (first: number, low: number, high: number): number[] => [
      first,
      ...Array.from({ length: 500 }, () => [low, high]).flat(),
    ];
    expect(mean([10000001, 10000003, 10000002])).toBe(10000002);
    expect(mean(numAcc(1.2, 1.1, 1.3))).toBe(1.2);
    // One unit in the last place (1.2e-10 and 1.9e-9) from the certified value at most.
    expectClose(mean(numAcc(1000000.2, 1000000.1, 1000000.3)), 1000000.2, 2.3e-16);
    expectClose(mean(numAcc(10000000.2, 10000000.1, 10000000.3)), 10000000.2, 2.3e-16);
  });

  it('rejects non-arrays, non-finite elements and empty input', () => {
    expectOmnicxError(() => mean('1,2' as never), 'INVALID_INPUT', []);
    expectOmnicxError(() => mean(new BigInt64Array(2) as never), 'INVALID_INPUT', []);
    const message = expectOmnicxError(() => mean([1, Number.NaN]), 'INVALID_INPUT', [1]);
    expect(message).toBe('values[1] must be a finite number, got NaN');
    expectOmnicxError(() => mean(new Float64Array([Infinity])), 'INVALID_INPUT', [0]);
    expectOmnicxError(() => mean([1, '2'] as never), 'INVALID_INPUT', [1]);
    // eslint-disable-next-line no-sparse-arrays -- a hole reads as undefined
    expectOmnicxError(() => mean([1, , 3] as never), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => mean([]), 'INSUFFICIENT_DATA', []);
  });

  it('lies between the minimum and maximum (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 50 }), (values) => {
        const m = mean(values);
        expect(Number.isFinite(m)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});
