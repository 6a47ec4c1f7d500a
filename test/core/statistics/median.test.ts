import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median } from '../../../src/core/statistics/median.js';
import { quantile } from '../../../src/core/statistics/quantile.js';
import { expectOmnicxError } from './support.js';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median(new Uint16Array([10, 20]))).toBe(15);
    // R: median(c(1, 2, 3, 4, 100)) = 3 — insensitive to the outlier
    expect(median([100, 1, 2, 3, 4])).toBe(3);
  });

  it('does not mutate its input', () => {
    const values = [3, 2, 1];
    median(values);
    expect(values).toEqual([3, 2, 1]);
  });

  it('rejects bad and empty input', () => {
    expectOmnicxError(() => median([]), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => median([1, -Infinity]), 'INVALID_INPUT', [1]);
    expectOmnicxError(() => median({ length: 1 }), 'INVALID_INPUT', []);
  });

  it('equals the 0.5 quantile (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 30 }), (values) => {
        expect(median(values)).toBe(quantile(values, 0.5));
      }),
    );
  });
});
