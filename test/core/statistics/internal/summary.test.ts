import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedMeanOf, meanOf } from '../../../../src/core/statistics/internal/summary.js';

describe('checkedMeanOf', () => {
  it('gives bit for bit the scaled compensated mean (meanOf) for any finite values (property)', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    // Magnitudes near the overflow range take the fallback; tiny and subnormal ones stay unscaled.
    const mixed = fc.oneof(finite, fc.double({ min: -1e-300, max: 1e-300, noNaN: true }), fc.integer({ min: -1000, max: 1000 }));
    fc.assert(
      fc.property(fc.array(mixed, { minLength: 1, maxLength: 60 }), (values) => {
        expect(Object.is(checkedMeanOf(values), meanOf(values))).toBe(true);
        expect(Object.is(checkedMeanOf(Float64Array.from(values)), meanOf(values))).toBe(true);
      }),
    );
  });

  it('compensates cancellation: [1e16, 1, −1e16] has mean 1/3, where plain summation gives 0', () => {
    // Plain left-to-right summation: 1e16 + 1 rounds to 1e16 (the ulp there is 2), minus 1e16 = 0.
    expect(checkedMeanOf([1e16, 1, -1e16])).toBe(1 / 3);
  });

  it('falls back to the scaled sum when the unscaled one could overflow', () => {
    expect(checkedMeanOf([1e308, 1e308])).toBe(1e308);
    expect(checkedMeanOf([-1.7e308, -1.7e308, 1e308])).toBe(meanOf([-1.7e308, -1.7e308, 1e308]));
  });

  it('reports undefined for a non-finite or non-number element, wherever it is', () => {
    expect(checkedMeanOf([1, Number.NaN, 3])).toBeUndefined();
    expect(checkedMeanOf(new Float64Array([1, 2, Number.POSITIVE_INFINITY]))).toBeUndefined();
    expect(checkedMeanOf([Number.NEGATIVE_INFINITY])).toBeUndefined();
    expect(checkedMeanOf(['5' as unknown as number, 5])).toBeUndefined();
  });
});
