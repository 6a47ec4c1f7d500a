import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from '../../../src/core/errors/OmnicxError.js';
import { addToMoments } from '../../../src/core/statistics/addToMoments.js';
import { addValuesToMoments } from '../../../src/core/statistics/addValuesToMoments.js';
import { createMomentsAccumulator } from '../../../src/core/statistics/createMomentsAccumulator.js';
import { momentsResult } from '../../../src/core/statistics/momentsResult.js';
import { standardDeviation } from '../../../src/core/statistics/standardDeviation.js';
import { variance } from '../../../src/core/statistics/variance.js';
import { expectClose, expectOmnicxError } from './support.js';

describe('addValuesToMoments', () => {
  it('adds a batch in place and returns the accumulator', () => {
    const acc = createMomentsAccumulator();
    expect(addValuesToMoments(acc, new Float64Array([2, 4, 4, 4]))).toBe(acc);
    // Hand: mean 3.5, Σ(x − 3.5)² = 2.25 + 3 · 0.25 = 3
    expect(acc).toEqual({ n: 4, mean: 3.5, m2: 3, min: 2, max: 4 });
    addValuesToMoments(acc, [5, 5, 7, 9]);
    // All eight: mean 40 / 8 = 5, Σ(x − 5)² = 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32
    expect(acc).toEqual({ n: 8, mean: 5, m2: 32, min: 2, max: 9 });
  });

  it('leaves the accumulator unchanged for an empty batch', () => {
    const acc = addToMoments(createMomentsAccumulator(), 7);
    addValuesToMoments(acc, []);
    expect(acc).toEqual({ n: 1, mean: 7, m2: 0, min: 7, max: 7 });
    expect(addValuesToMoments(createMomentsAccumulator(), new Int32Array(0))).toEqual(createMomentsAccumulator());
  });

  it('avoids the cancellation of Σx² − n·x̄² on large offsets', () => {
    // Wikipedia, "Algorithms for calculating variance": 1e9 + (4, 7, 13, 16) has variance 30.
    const acc = addValuesToMoments(createMomentsAccumulator(), [4, 7, 13, 16].map((x) => 1e9 + x));
    expect(momentsResult(acc).variance).toBe(30);
  });

  it('gives the finite M₂ of one pass when the batch mean is far from the accumulator mean', () => {
    // M₂ of [0, 1.5e154] is 1.125e308 < Number.MAX_VALUE; the merge squared δ = 1.5e154 first.
    const acc = addValuesToMoments(addToMoments(createMomentsAccumulator(), 0), [1.5e154]);
    expectClose(acc.m2, 1.125e308, 1e-12);
    expectClose(momentsResult(acc).standardDeviation as number, standardDeviation([0, 1.5e154]), 1e-12);
  });

  it('keeps the exact M₂ of a batch a few ulps apart, as variance does', () => {
    // 1, 1 + 2^-52: mean 1 + 2^-53 (rounds to 1), deviations ∓2^-53, M₂ = 2^-105.
    const acc = addValuesToMoments(createMomentsAccumulator(), [1, 1 + 2 ** -52]);
    expect(acc).toEqual({ n: 2, mean: 1, m2: 2 ** -105, min: 1, max: 1 + 2 ** -52 });
    expect(momentsResult(acc).variance).toBe(variance([1, 1 + 2 ** -52]));
  });

  it('works on an accumulator read back from JSON', () => {
    const acc = JSON.parse(JSON.stringify(addValuesToMoments(createMomentsAccumulator(), [1, 3]))) as ReturnType<typeof createMomentsAccumulator>;
    addValuesToMoments(acc, [5]);
    expect(acc).toEqual({ n: 3, mean: 3, m2: 8, min: 1, max: 5 });
  });

  it('agrees with adding the values one by one, in any split into batches (property)', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 30 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const batched = createMomentsAccumulator();
        const single = createMomentsAccumulator();
        for (const batch of batches) {
          addValuesToMoments(batched, Float64Array.from(batch));
          for (const x of batch) addToMoments(single, x);
        }
        expect(batched.n).toBe(single.n);
        expect(batched.min).toBe(single.min);
        expect(batched.max).toBe(single.max);
        // Both are accurate to a few ulps of the spread; compare on that scale.
        const spread = Math.max(1, (single.max ?? 0) - (single.min ?? 0));
        expect(Math.abs(batched.mean - single.mean)).toBeLessThanOrEqual(1e-12 * spread);
        if (single.m2 > 1e-6) expectClose(batched.m2, single.m2, 1e-9);
        else expect(batched.m2).toBeLessThanOrEqual(1e-6);
      }),
    );
  });

  it('rejects a malformed accumulator or a bad value, naming the path', () => {
    expectOmnicxError(() => addValuesToMoments({ n: -1, mean: 0, m2: 0, min: null, max: null }, [1]), ErrorCode.INVALID_INPUT, ['acc', 'n']);
    expectOmnicxError(() => addValuesToMoments(createMomentsAccumulator(), [1, Number.NaN]), ErrorCode.INVALID_INPUT, ['values', 1]);
    expectOmnicxError(() => addValuesToMoments(createMomentsAccumulator(), 'x' as unknown as number[]), ErrorCode.INVALID_INPUT, ['values']);
    // Nothing is changed when the batch is refused.
    const acc = addToMoments(createMomentsAccumulator(), 2);
    expectOmnicxError(() => addValuesToMoments(acc, [3, Number.POSITIVE_INFINITY]), ErrorCode.INVALID_INPUT, ['values', 1]);
    expect(acc).toEqual({ n: 1, mean: 2, m2: 0, min: 2, max: 2 });
  });
});
