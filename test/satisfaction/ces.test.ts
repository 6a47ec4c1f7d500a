import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ces, cesResultSchema } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

describe('ces', () => {
  it('computes mean, sd and the Student t interval by hand', () => {
    // [5, 6, 7, 6]: mean 6, Σd² = 1 + 0 + 1 + 0 = 2, sd = √(2/3) = 0.8164965809, SE = 0.4082482905
    // t(0.975, 3) = 3.182446305 (R: qt(0.975, 3)); half = 1.299228264; [4.700771736, 7.299228264] → upper clamped to 7
    const result = ces([5, 6, 7, 6]);
    expect(result.mean).toBe(6);
    expect(result.sd).toBeCloseTo(0.8164965809, 10);
    expect(result.standardError).toBeCloseTo(0.4082482905, 10);
    expect(result.interval?.lower).toBeCloseTo(4.700771736, 8);
    expect(result.interval?.upper).toBe(7);
    expect(result.interval).toMatchObject({ method: 'studentT', confidence: 0.95 });
  });

  it('gives an unclamped interval inside the scale', () => {
    // [3, 4, 5] on 1–7: mean 4, sd 1, SE 1/√3 = 0.5773502692; t(0.95, 2) = 2.91998558 (90 %)
    // half = 1.685848; [2.314152, 5.685848]
    const result = ces([3, 4, 5], { confidence: 0.9 });
    expect(result.interval?.lower).toBeCloseTo(4 - 2.91998558 / Math.sqrt(3), 7);
    expect(result.interval?.upper).toBeCloseTo(4 + 2.91998558 / Math.sqrt(3), 7);
  });

  it('returns nulls, never NaN, for fewer than two answers', () => {
    expect(ces([])).toEqual({ n: 0, mean: null, sd: null, standardError: null, interval: null });
    expect(ces([4])).toEqual({ n: 1, mean: 4, sd: null, standardError: null, interval: null });
    expect(ces([4, 4]).interval).toMatchObject({ lower: 4, upper: 4 });
  });

  it('works on other scales and typed arrays without touching the input', () => {
    expect(ces(Int8Array.from([1, 5]), { scale: [1, 5] }).mean).toBe(3);
    expect(ces(deepFreeze([2, 4])).mean).toBe(3);
  });

  it('refuses answers off the scale and bad options', () => {
    expectError(() => ces([1, 8]), 'INVALID_INPUT', ['responses', 1]);
    expectError(() => ces([0]), 'INVALID_INPUT', ['responses', 0]);
    expectError(() => ces([2.5]), 'INVALID_INPUT', ['responses', 0]);
    expectError(() => ces([2], { scale: [1, 1] }), 'INVALID_INPUT', ['options', 'scale']);
    expectError(() => ces([2], { scale: [1.5, 7] as never }), 'INVALID_INPUT', ['options', 'scale', 0]);
  });

  it('keeps the mean and the interval on the scale (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 100 }), fc.double({ min: 0.5, max: 0.999, noNaN: true }), (answers, confidence) => {
        const result = ces(answers, { confidence });
        expect(cesResultSchema.safeParse(result).success).toBe(true);
        if (result.mean !== null) {
          expect(result.mean).toBeGreaterThanOrEqual(1);
          expect(result.mean).toBeLessThanOrEqual(7);
        }
        if (result.interval !== null && result.mean !== null) {
          expect(result.interval.lower).toBeGreaterThanOrEqual(1);
          expect(result.interval.upper).toBeLessThanOrEqual(7);
          expect(result.interval.lower).toBeLessThanOrEqual(result.mean);
          expect(result.interval.upper).toBeGreaterThanOrEqual(result.mean);
        }
      }),
    );
  });
});
