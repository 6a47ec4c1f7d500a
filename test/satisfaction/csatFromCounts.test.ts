import { describe, expect, it } from 'vitest';
import { csatFromCounts } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('csatFromCounts', () => {
  it('reproduces the Wilson interval of Newcombe (1998), 81 of 263: 0.2553 to 0.3662', () => {
    // Newcombe 1998, Statistics in Medicine 17:857–872, Table II, example 81/263, method 3 (score).
    const result = csatFromCounts(81, 263);
    expect(result.score).toBeCloseTo((100 * 81) / 263, 12);
    expect(result.interval?.lower).toBeCloseTo(25.53, 2);
    expect(result.interval?.upper).toBeCloseTo(36.62, 2);
  });

  it('reaches 0 and 100 exactly at the extremes and gives nulls for n = 0', () => {
    expect(csatFromCounts(0, 10).interval?.lower).toBe(0);
    expect(csatFromCounts(10, 10).interval?.upper).toBe(100);
    expect(csatFromCounts(0, 0)).toEqual({ n: 0, satisfied: 0, score: null, interval: null });
  });

  it('refuses impossible counts and bad options', () => {
    expectError(() => csatFromCounts(11, 10), 'INVALID_INPUT', ['satisfied']);
    expectError(() => csatFromCounts(-1, 10), 'INVALID_INPUT', ['satisfied']);
    expectError(() => csatFromCounts(1, 2.5), 'NOT_SAFE_INTEGER', ['n']);
    expectError(() => csatFromCounts(1, 2, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
  });
});
