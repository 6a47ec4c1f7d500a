import { describe, expect, it } from 'vitest';
import { addToMoments } from '../../../src/core/statistics/addToMoments.js';
import { createMomentsAccumulator } from '../../../src/core/statistics/createMomentsAccumulator.js';
import { momentsResult } from '../../../src/core/statistics/momentsResult.js';
import { ANSCOMBE, expectClose, expectOmnicxError } from './support.js';

describe('momentsResult', () => {
  it('reports n, mean, sample variance, standard deviation and range', () => {
    const acc = createMomentsAccumulator();
    for (const x of ANSCOMBE.x) addToMoments(acc, x);
    // Anscombe (1973): mean of x = 9, variance of x = 11 (Welford's update rounds in the last bits).
    const result = momentsResult(acc);
    expect(result.n).toBe(11);
    expectClose(result.mean, 9, 1e-15);
    expectClose(result.variance!, 11, 1e-15);
    expectClose(result.standardDeviation!, Math.sqrt(11), 1e-15);
    expect([result.min, result.max]).toEqual([4, 14]);
    expectClose(momentsResult(acc, { population: true }).variance!, 10, 1e-15);
  });

  it('matches the two-pass variance of Anscombe’s y (≈ 4.127)', () => {
    const acc = createMomentsAccumulator();
    for (const y of ANSCOMBE.y1) addToMoments(acc, y);
    expectClose(momentsResult(acc).variance!, 4.127269090909091, 1e-13);
  });

  it('returns null variance for a single value (sample) and 0 (population)', () => {
    const acc = addToMoments(createMomentsAccumulator(), 4);
    expect(momentsResult(acc)).toEqual({ n: 1, mean: 4, variance: null, standardDeviation: null, min: 4, max: 4 });
    expect(momentsResult(acc, { population: true }).standardDeviation).toBe(0);
  });

  it('does not modify the accumulator', () => {
    const acc = addToMoments(addToMoments(createMomentsAccumulator(), 1), 2);
    const copy = { ...acc };
    momentsResult(acc);
    expect(acc).toEqual(copy);
  });

  it('throws INSUFFICIENT_DATA when empty and INVALID_INPUT when malformed', () => {
    expectOmnicxError(() => momentsResult(createMomentsAccumulator()), 'INSUFFICIENT_DATA', ['acc', 'n']);
    expectOmnicxError(() => momentsResult(undefined as never), 'INVALID_INPUT', ['acc']);
    expectOmnicxError(
      () => momentsResult(addToMoments(createMomentsAccumulator(), 1), { population: 0 } as never),
      'INVALID_INPUT',
      ['options', 'population'],
    );
  });
});
