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

  it('breaks ties of the mode as M > O > A > I > R > Q', () => {
    expect(kanoSummary([...pairs('like', 'dislike', 2), ...pairs('neutral', 'dislike', 2)]).category).toBe('mustBe');
    expect(kanoSummary([...pairs('like', 'neutral', 2), ...pairs('like', 'dislike', 2)]).category).toBe('oneDimensional');
    expect(kanoSummary([...pairs('neutral', 'neutral', 1), ...pairs('like', 'neutral', 1)]).category).toBe('attractive');
    expect(kanoSummary([...pairs('dislike', 'like', 1), ...pairs('like', 'like', 1)]).category).toBe('reverse');
  });

  it('returns nulls when nothing is classifiable, and worse = 0 (not −0) without O or M', () => {
    expect(kanoSummary([])).toMatchObject({ n: 0, category: null, better: null, worse: null });
    expect(kanoSummary(pairs('like', 'like', 2))).toMatchObject({ category: 'questionable', better: null, worse: null });
    expect(Object.is(kanoSummary(pairs('like', 'neutral', 1)).worse, 0)).toBe(true);
  });

  it('refuses a non-array and bad pairs with their path', () => {
    expectError(() => kanoSummary('x' as never), 'INVALID_INPUT', ['answers']);
    expectError(() => kanoSummary([{ functional: 'like' } as never]), 'INVALID_INPUT', ['answers', 0, 'dysfunctional']);
  });
});
