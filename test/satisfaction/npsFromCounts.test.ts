import { createNpsAccumulator, nps, npsFromCounts } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';
import { describe, expect, it } from 'vitest';

describe('npsFromCounts', () => {
  it('computes the Wald interval of 50 / 30 / 20 by hand', () => {
    // score = 100 · (50 − 20)/100 = 30; SE = 100 · √((0.5 + 0.2 − 0.09)/100) = 100 · √0.0061 = 7.810249676
    // 30 ± 1.959963985 · 7.810249676 = 30 ± 15.30780808 → [14.69219192, 45.30780808]
    const result = npsFromCounts({ promoters: 50, passives: 30, detractors: 20 }, { method: 'wald' });
    expect(result.score).toBe(30);
    expect(result.standardError).toBeCloseTo(7.810249676, 8);
    expect(result.interval?.lower).toBeCloseTo(14.69219192, 7);
    expect(result.interval?.upper).toBeCloseTo(45.30780808, 7);
  });

  it('gives the same result as nps over the answers', () => {
    expect(npsFromCounts({ promoters: 2, passives: 1, detractors: 1 })).toEqual(nps([9, 10, 8, 0]));
  });

  it('accepts an accumulator or a previous result (extra keys are ignored)', () => {
    expect(npsFromCounts(createNpsAccumulator()).score).toBeNull();
    const result = nps([9, 10, 8, 0]);
    expect(npsFromCounts(result)).toEqual(result);
  });

  it('refuses negative, fractional, missing or unsafe counts with their path', () => {
    expectError(() => npsFromCounts({ promoters: -1, passives: 0, detractors: 0 }), 'INVALID_INPUT', ['counts', 'promoters']);
    expectError(() => npsFromCounts({ promoters: 1, passives: 0.5, detractors: 0 }), 'INVALID_INPUT', ['counts', 'passives']);
    expectError(() => npsFromCounts({ promoters: 1, passives: 0 } as never), 'INVALID_INPUT', ['counts', 'detractors']);
    expectError(() => npsFromCounts(null as never), 'INVALID_INPUT', ['counts']);
    expectError(
      () => npsFromCounts({ promoters: Number.MAX_SAFE_INTEGER, passives: 0, detractors: 1 }),
      'NOT_SAFE_INTEGER',
      ['counts'],
    );
    expectError(() => npsFromCounts({ promoters: 1, passives: 0, detractors: 0 }, { confidence: 2 }), 'INVALID_INPUT', [
      'options',
      'confidence',
    ]);
  });
});

describe('Tango interval for a score of 0 at a tiny confidence', () => {
  it('returns the zero-width interval at 0 instead of throwing NO_CONVERGENCE', () => {
    // confidence ≤ 2^-54 makes z = Φ⁻¹(0.5) = 0; today: OmnicxError NO_CONVERGENCE 'the Tango interval did not converge'
    for (const confidence of [5e-17, 1e-40, 5e-324]) {
      const result = npsFromCounts({ promoters: 5, passives: 10, detractors: 5 }, { method: 'tango', confidence });
      expect(result.score).toBe(0);
      expect(Math.abs(result.interval?.lower ?? NaN)).toBeLessThan(1e-12);
      expect(Math.abs(result.interval?.upper ?? NaN)).toBeLessThan(1e-12);
    }
  });
});
