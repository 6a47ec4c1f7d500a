import { describe, expect, it } from 'vitest';
import { kanoSummary, kanoSummarySchema, type KanoPair } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

const pairs = (functional: KanoPair['functional'], dysfunctional: KanoPair['dysfunctional'], count: number): KanoPair[] =>
  Array.from({ length: count }, () => ({ functional, dysfunctional }));

describe('kanoSummary', () => {
  it('counts categories and computes Berger better/worse coefficients by hand', () => {
    // A = 3, O = 5, M = 2, I = 4, R = 1, Q = 1
    const summary = kanoSummary([
      ...pairs('like', 'neutral', 3),
      ...pairs('like', 'dislike', 5),
      ...pairs('neutral', 'dislike', 2),
      ...pairs('neutral', 'neutral', 4),
      ...pairs('dislike', 'like', 1),
      ...pairs('like', 'like', 1),
    ]);
    expect(kanoSummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.n).toBe(16);
    expect(summary.counts).toEqual({ attractive: 3, oneDimensional: 5, mustBe: 2, indifferent: 4, reverse: 1, questionable: 1 });
    expect(summary.category).toBe('oneDimensional');
    // better = (3 + 5)/(3 + 5 + 2 + 4) = 8/14; worse = −(5 + 2)/14 = −0.5
    expect(summary.better).toBeCloseTo(8 / 14, 15);
    expect(summary.worse).toBe(-0.5);
  });

  it('gives Wilson intervals for better and worse (worse negated, bounds swapped)', () => {
    // A = 3, O = 5, M = 2, I = 4: better = 8/14, worse = −7/14; z = 1.959963984540054
    const summary = kanoSummary([...pairs('like', 'neutral', 3), ...pairs('like', 'dislike', 5), ...pairs('neutral', 'dislike', 2), ...pairs('neutral', 'neutral', 4)]);
    const z = 1.959963984540054;
    const wilson = (x: number, n: number): [number, number] => {
      const p = x / n;
      const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
      const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n)));
      return [centre - half, centre + half];
    };
    const [bLow, bHigh] = wilson(8, 14);
    const [wLow, wHigh] = wilson(7, 14);
    expect(summary.betterInterval).toEqual({ lower: expect.closeTo(bLow, 12) as number, upper: expect.closeTo(bHigh, 12) as number, confidence: 0.95, method: 'wilson' });
    expect(summary.worseInterval).toEqual({ lower: expect.closeTo(-wHigh, 12) as number, upper: expect.closeTo(-wLow, 12) as number, confidence: 0.95, method: 'wilson' });
    // 7 of 14: the Wilson interval is symmetric about ½, so worse's is symmetric about −½
    expect((summary.worseInterval?.lower ?? NaN) + (summary.worseInterval?.upper ?? NaN)).toBeCloseTo(-1, 14);
  });

  it("reproduces Newcombe's (1998) Wilson interval for 81 of 263, 0.2553 to 0.3662, as better and as −worse", () => {
    // better: A + O = 81 of A + O + M + I = 263 (O = 0); worse: O + M = 81 of 263 (A = 0)
    const better = kanoSummary([...pairs('like', 'neutral', 81), ...pairs('neutral', 'neutral', 182)]).betterInterval;
    expect([better?.lower.toFixed(4), better?.upper.toFixed(4)]).toEqual(['0.2553', '0.3662']);
    const worse = kanoSummary([...pairs('neutral', 'dislike', 81), ...pairs('neutral', 'neutral', 182)]).worseInterval;
    expect([worse?.lower.toFixed(4), worse?.upper.toFixed(4)]).toEqual(['-0.3662', '-0.2553']);
  });

  it('honours confidence, and a zero count gives bounds of +0 (not −0)', () => {
    const summary = kanoSummary(pairs('like', 'neutral', 4), { confidence: 0.9 });
    expect(summary.betterInterval).toMatchObject({ upper: 1, confidence: 0.9 });
    expect(Object.is(summary.worseInterval?.upper, 0)).toBe(true);
    expect(kanoSummary([]).betterInterval).toBeNull();
    expect(kanoSummary(pairs('like', 'like', 2)).worseInterval).toBeNull();
    expectError(() => kanoSummary([], { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('breaks ties of the mode as M > O > A > I > R > Q', () => {
    expect(kanoSummary([...pairs('like', 'dislike', 2), ...pairs('neutral', 'dislike', 2)]).category).toBe('mustBe');
    expect(kanoSummary([...pairs('like', 'neutral', 2), ...pairs('like', 'dislike', 2)]).category).toBe('oneDimensional');
    expect(kanoSummary([...pairs('neutral', 'neutral', 1), ...pairs('like', 'neutral', 1)]).category).toBe('attractive');
    expect(kanoSummary([...pairs('dislike', 'like', 1), ...pairs('like', 'like', 1)]).category).toBe('reverse');
  });

  it('returns nulls when nothing is classifiable, and worse = 0 (not −0) without O or M', () => {
    expect(kanoSummary([])).toMatchObject({ n: 0, category: null, better: null, worse: null, betterInterval: null, worseInterval: null });
    expect(kanoSummary(pairs('like', 'like', 2))).toMatchObject({ category: 'questionable', better: null, worse: null });
    expect(Object.is(kanoSummary(pairs('like', 'neutral', 1)).worse, 0)).toBe(true);
  });

  it('refuses a non-array and bad pairs with their path', () => {
    expectError(() => kanoSummary('x' as never), 'INVALID_INPUT', ['answers']);
    expectError(() => kanoSummary([{ functional: 'like' } as never]), 'INVALID_INPUT', ['answers', 0, 'dysfunctional']);
  });
});
