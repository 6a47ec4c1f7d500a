import { describe, expect, it } from 'vitest';
import { tangoStatistic } from '../../../src/satisfaction/internal/npsCore.js';

describe('tangoStatistic', () => {
  it('is 0 at the observed difference and decreasing in δ', () => {
    // b = 5, c = 2, n = 10: δ̂ = 0.3
    expect(tangoStatistic(5, 2, 10, 0.3)).toBe(0);
    expect(tangoStatistic(5, 2, 10, 0.1)).toBeGreaterThan(tangoStatistic(5, 2, 10, 0.2));
  });

  it('equals the hand-computed score statistic at δ = 0 (McNemar’s z)', () => {
    // δ = 0: B = −b − c, C = 0, q̃ = (b + c)/(2n); T = (b − c)/√(b + c) = 3/√7
    expect(tangoStatistic(5, 2, 10, 0)).toBeCloseTo(3 / Math.sqrt(7), 14);
  });

  it('is infinite where the null variance vanishes at the boundary', () => {
    expect(tangoStatistic(5, 2, 10, 1)).toBe(-Infinity);
    expect(tangoStatistic(5, 2, 10, -1)).toBe(Infinity);
  });
});
