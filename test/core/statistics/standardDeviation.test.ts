import { describe, expect, it } from 'vitest';
import { standardDeviation } from '../../../src/core/statistics/standardDeviation.js';
import { expectClose, expectOmnicxError } from './support.js';

describe('standardDeviation', () => {
  it('is the square root of the variance', () => {
    // Wikipedia, "Standard deviation": the eight values 2, 4, 4, 4, 5, 5, 7, 9 have σ = 2.
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9], { population: true })).toBe(2);
    expect(standardDeviation([2, 4, 4, 4, 5, 5, 7, 9])).toBe(Math.sqrt(32 / 7));
    expect(standardDeviation([1, 2, 3, 4])).toBe(Math.sqrt(5 / 3));
    expect(standardDeviation([4], { population: true })).toBe(0);
  });

  it('stays finite where the variance overflows or underflows', () => {
    expectClose(standardDeviation([-1e200, 1e200]), Math.SQRT2 * 1e200, 1e-15);
    expectClose(standardDeviation([1e-200, 3e-200]), Math.SQRT2 * 1e-200, 1e-15);
    expectClose(standardDeviation([Number.MAX_VALUE, -Number.MAX_VALUE]), Math.SQRT2 * Number.MAX_VALUE, 1e-15);
  });

  it('meets the NIST StRD certified values of the NumAcc data sets', () => {
    // NIST Statistical Reference Datasets, univariate summary statistics, "NumAcc1"–"NumAcc4"
    // (https://www.itl.nist.gov/div898/strd/univ/homepage.html), certified sample sd 1 and 0.1.
    // NumAcc2–4 hold a first value and then 500 pairs around it. Their decimals are not doubles,
    // so the sd of the values as stored differs from 0.1 in the 16th (NumAcc2), 10th (NumAcc3)
    // and 9th (NumAcc4) digit; the second check is against that exact sd (Python fractions, rounded
    // to the nearest double).
    const numAcc = (first: number, low: number, high: number): number[] => [
      first,
      ...Array.from({ length: 500 }, () => [low, high]).flat(),
    ];
    expect(standardDeviation([10000001, 10000003, 10000002])).toBe(1);
    const cases: [number[], number, number][] = [
      [numAcc(1.2, 1.1, 1.3), 1e-14, 0.09999999999999998],
      [numAcc(1000000.2, 1000000.1, 1000000.3), 1e-9, 0.1000000000349246],
      [numAcc(10000000.2, 10000000.1, 10000000.3), 1e-8, 0.10000000055879354],
    ];
    for (const [values, certifiedTolerance, exact] of cases) {
      const sd = standardDeviation(values);
      expectClose(sd, 0.1, certifiedTolerance);
      expectClose(sd, exact, 1e-14);
    }
  });

  it('rejects too few values and bad options', () => {
    expectOmnicxError(() => standardDeviation([1]), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => standardDeviation([], { population: true }), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => standardDeviation([1, Infinity]), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => standardDeviation([1, 2], { population: 'yes' } as never), 'INVALID_INPUT', [
      'options',
      'population',
    ]);
  });
});
