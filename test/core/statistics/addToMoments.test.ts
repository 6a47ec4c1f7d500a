import { describe, expect, it } from 'vitest';
import { addToMoments } from '../../../src/core/statistics/addToMoments.js';
import { addValuesToMoments } from '../../../src/core/statistics/addValuesToMoments.js';
import { createMomentsAccumulator } from '../../../src/core/statistics/createMomentsAccumulator.js';
import { momentsResult } from '../../../src/core/statistics/momentsResult.js';
import { expectOmnicxError } from './support.js';

describe('addToMoments', () => {
  it('updates the accumulator in place and returns it (Welford)', () => {
    const acc = createMomentsAccumulator();
    const returned = addToMoments(acc, 1);
    expect(returned).toBe(acc);
    addToMoments(acc, 3);
    // Hand: mean 2, Σ(x − 2)² = 1 + 1 = 2
    expect(acc).toEqual({ n: 2, mean: 2, m2: 2, min: 1, max: 3 });
    addToMoments(acc, -4);
    expect(acc.min).toBe(-4);
    expect(acc.max).toBe(3);
  });

  it('avoids the cancellation of Σx² − n·x̄² on large offsets', () => {
    // Wikipedia, "Algorithms for calculating variance": 1e9 + (4, 7, 13, 16) has variance 30.
    const acc = createMomentsAccumulator();
    for (const x of [4, 7, 13, 16]) addToMoments(acc, 1e9 + x);
    expect(momentsResult(acc).variance).toBe(30);
  });

  it('holds the mean as one double, as documented: values a few ulps apart lose accuracy', () => {
    // The ulp at 1e16 is 2. Hand: after 1e16 + 2 the mean 1e16 + 1 ties and rounds to even
    // (1e16), M₂ = 2·2 = 4; after 1e16 + 4, δ = 4, the mean 1e16 + 4/3 rounds to 1e16 + 2 and
    // M₂ += 4·2 = 12. The exact M₂ is 8 (deviations −2, 0, 2), which the batch path keeps.
    const values = [1e16, 1e16 + 2, 1e16 + 4];
    const acc = createMomentsAccumulator();
    for (const x of values) addToMoments(acc, x);
    expect(acc.m2).toBe(12);
    expect(addValuesToMoments(createMomentsAccumulator(), values).m2).toBe(8);
  });

  it('keeps a finite mean when the update would overflow, with M₂ = +Infinity', () => {
    const acc = createMomentsAccumulator();
    addToMoments(acc, -Number.MAX_VALUE);
    addToMoments(acc, Number.MAX_VALUE);
    expect(acc.mean).toBe(0);
    expect(acc.m2).toBe(Infinity);
    expect(momentsResult(acc).variance).toBe(Infinity);
  });

  it('accepts an accumulator that went through JSON', () => {
    const acc = addToMoments(createMomentsAccumulator(), 5);
    const revived = JSON.parse(JSON.stringify(acc)) as typeof acc;
    expect(addToMoments(revived, 7)).toEqual({ n: 2, mean: 6, m2: 2, min: 5, max: 7 });
  });

  it('rejects non-finite values and malformed accumulators', () => {
    expectOmnicxError(() => addToMoments(createMomentsAccumulator(), Number.NaN), 'INVALID_INPUT', ['x']);
    expectOmnicxError(() => addToMoments(createMomentsAccumulator(), Infinity), 'INVALID_INPUT', ['x']);
    expectOmnicxError(() => addToMoments(null as never, 1), 'INVALID_INPUT', ['acc']);
    expectOmnicxError(() => addToMoments([] as never, 1), 'INVALID_INPUT', ['acc']);
    const good = { n: 2, mean: 1, m2: 2, min: 0, max: 2 };
    expectOmnicxError(() => addToMoments({ ...good, n: -1 }, 1), 'INVALID_INPUT', ['acc', 'n']);
    expectOmnicxError(() => addToMoments({ ...good, n: 1.5 }, 1), 'INVALID_INPUT', ['acc', 'n']);
    expectOmnicxError(() => addToMoments({ ...good, mean: Number.NaN }, 1), 'INVALID_INPUT', ['acc', 'mean']);
    expectOmnicxError(() => addToMoments({ ...good, m2: -1 }, 1), 'INVALID_INPUT', ['acc', 'm2']);
    expectOmnicxError(() => addToMoments({ ...good, m2: null } as never, 1), 'INVALID_INPUT', ['acc', 'm2']);
    expectOmnicxError(() => addToMoments({ ...good, min: null }, 1), 'INVALID_INPUT', ['acc', 'min']);
    expectOmnicxError(() => addToMoments({ ...good, max: -1 }, 1), 'INVALID_INPUT', ['acc', 'max']);
    expectOmnicxError(() => addToMoments({ ...good, max: 'x' } as never, 1), 'INVALID_INPUT', ['acc', 'max']);
    expectOmnicxError(() => addToMoments({ n: 0, mean: 1, m2: 0, min: null, max: null }, 1), 'INVALID_INPUT', ['acc']);
    expectOmnicxError(() => addToMoments({ n: 0, mean: 0, m2: 0, min: 0, max: null }, 1), 'INVALID_INPUT', ['acc']);
  });
});
