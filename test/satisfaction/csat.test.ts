import fc from 'fast-check';
import { createCsatAccumulator, csat, csatFromCounts, csatResultSchema, satisfactionBy } from '../../src/satisfaction/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { deepFreeze, expectError } from './surveyHelpers.js';
import { describe, expect, it } from 'vitest';

describe('csat', () => {
  it('counts the top two boxes of a 1–5 scale and gives the Wilson interval in percent', () => {
    // 4 of 5 in {4, 5}: 80 %. Wilson, z² = 3.841458821: denominator 1 + z²/5 = 1.768291764,
    // centre (0.8 + z²/10)/1.768291764 = 0.6696552606, half = z·√(0.8·0.2/5 + z²/100)/1.768291764 = 0.2941206308
    // → [0.3755346298, 0.9637758914]
    const result = csat([5, 4, 4, 2, 5]);
    expect(result).toMatchObject({ n: 5, satisfied: 4, score: 80 });
    expect(result.interval?.lower).toBeCloseTo(37.55346298, 6);
    expect(result.interval?.upper).toBeCloseTo(96.37758914, 6);
    expect(result.interval).toMatchObject({ method: 'wilson', confidence: 0.95 });
  });

  it('takes the top two boxes of any scale by default, or the boxes given', () => {
    expect(csat([7, 6, 5, 1], { scale: [1, 7] }).satisfied).toBe(2);
    expect(csat([10, 9, 8, 0], { scale: [0, 10], satisfied: [10] }).satisfied).toBe(1);
    expect(csat([5, 4, 3], { satisfied: [5, 5, 4] }).satisfied).toBe(2); // duplicates count once
    expect(csat(Uint8Array.from([5, 1]))).toEqual(csat([5, 1]));
  });

  it('returns nulls for no answers and never mutates the input', () => {
    expect(csat([])).toEqual({ n: 0, satisfied: 0, score: null, interval: null });
    expect(csat(deepFreeze([5, 1])).score).toBe(50);
  });

  it('refuses answers off the scale, bad top boxes and bad options', () => {
    expectError(() => csat([5, 6]), 'INVALID_INPUT', ['responses', 1]);
    expectError(() => csat([4.5]), 'INVALID_INPUT', ['responses', 0]);
    expectError(() => csat({} as never), 'INVALID_INPUT', ['responses']);
    expectError(() => csat([5], { satisfied: [4, 9] }), 'INVALID_INPUT', ['options', 'satisfied', 1]);
    expectError(() => csat([5], { satisfied: [] }), 'INVALID_INPUT', ['options', 'satisfied']);
    expectError(() => csat([5], { scale: [5, 1] }), 'INVALID_INPUT', ['options', 'scale']);
    expectError(() => csat([5], { scale: [0, 1000] }), 'INVALID_INPUT', ['options', 'scale']);
    expectError(() => csat([5], { confidence: 1.5 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('stays within 0–100 with the interval around the score, as csatFromCounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 200 }), (answers) => {
        const result = csat(answers);
        expect(csatResultSchema.safeParse(result).success).toBe(true);
        expect(csatFromCounts(result.satisfied, result.n)).toEqual(result);
        if (result.score !== null && result.interval !== null) {
          expect(result.interval.lower).toBeLessThanOrEqual(result.score);
          expect(result.interval.upper).toBeGreaterThanOrEqual(result.score);
        }
      }),
    );
  });
});

describe('CSAT default top boxes on a 2-point (no/yes) scale', () => {
  it('does not report 100 % for answers that are all "no"', () => {
    // today: { n: 3, satisfied: 3, score: 100, interval: 43.85–100 } — the default top-2 boxes [0, 1] are the whole scale
    expectOmnicxError(() => csat([0, 0, 0], { scale: [0, 1] }), 'INVALID_INPUT', ['options', 'satisfied']);
    expectOmnicxError(() => createCsatAccumulator({ scale: [0, 1] }), 'INVALID_INPUT', ['options', 'satisfied']);
    expectOmnicxError(() => satisfactionBy([{ k: 'a', score: 0 }], 'k', { kind: 'csat', scale: [0, 1] }), 'INVALID_INPUT', ['metric', 'satisfied']);
  });
  it('still works with explicit top boxes', () => {
    expect(csat([0, 0, 1, 1], { scale: [0, 1], satisfied: [1] }).score).toBe(50);
  });
});
