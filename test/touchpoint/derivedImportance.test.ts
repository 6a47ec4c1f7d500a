import { ErrorCode } from '../../src/core/index.js';
import { derivedImportance } from '../../src/touchpoint/index.js';
import { expectNear, expectOmnicxError } from './support.js';
import { describe, expect, it } from 'vitest';

describe('derivedImportance', () => {
  const overall = [9, 7, 8, 4, 6];

  it('is the correlation of each touchpoint score with overall satisfaction', () => {
    // checkout: dx = 1.6, .6, .6, −2.4, −.4; dy = 2.2, .2, 1.2, −2.8, −.8
    // Σdxdy = 11.4, Σdx² = 9.2, Σdy² = 14.8 → r = 11.4/√136.16 = 0.97697
    const result = derivedImportance(overall, { checkout: [5, 4, 4, 1, 3], mirror: [1, 3, 2, 6, 4] });
    expectNear(result['checkout']!, 11.4 / Math.sqrt(9.2 * 14.8), 1e-14);
    expectNear(result['mirror']!, -1, 1e-14);
    expect(Object.keys(result)).toEqual(['checkout', 'mirror']);
  });

  it('uses ranks with the spearman method', () => {
    // monotone but not linear: ρ = 1 where r < 1
    const result = derivedImportance([1, 2, 3, 4], { app: [1, 10, 100, 1000] }, { method: 'spearman' });
    expect(result['app']).toBe(1);
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => derivedImportance(overall, { a: [1, 2] }), 'INVALID_INPUT', ['touchpointScores', 'a']);
    expectOmnicxError(() => derivedImportance(overall, { a: [1, 2, 3, 4, NaN] }), 'INVALID_INPUT', ['touchpointScores', 'a', 4]);
    expectOmnicxError(() => derivedImportance([1, 'x' as never], {}), 'INVALID_INPUT', ['overall', 1]);
    expectOmnicxError(() => derivedImportance(overall, { flat: [3, 3, 3, 3, 3] }), 'INSUFFICIENT_DATA', ['touchpointScores', 'flat']);
    expectOmnicxError(() => derivedImportance([2, 2, 2], { a: [1, 2, 3] }), 'INSUFFICIENT_DATA', ['overall']);
    expectOmnicxError(() => derivedImportance([2], { a: [1] }), 'INSUFFICIENT_DATA', ['overall']);
    expectOmnicxError(() => derivedImportance(overall, {}, { method: 'kendall' as never }), 'INVALID_INPUT', ['options', 'method']);
  });
});

describe('derivedImportance checks overall itself', () => {
  it('refuses fewer than 2 respondents with the path of overall, with or without touchpoints', () => {
    expectOmnicxError(() => derivedImportance([], {}), ErrorCode.INSUFFICIENT_DATA, ['overall']);
    expectOmnicxError(() => derivedImportance([4], {}), ErrorCode.INSUFFICIENT_DATA, ['overall']);
    expectOmnicxError(() => derivedImportance([4], { checkout: [5] }), ErrorCode.INSUFFICIENT_DATA, ['overall']);
  });

  it('refuses a constant overall even without touchpoints', () => {
    expectOmnicxError(() => derivedImportance([3, 3, 3], {}), ErrorCode.INSUFFICIENT_DATA, ['overall']);
  });
});
