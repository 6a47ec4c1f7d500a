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
