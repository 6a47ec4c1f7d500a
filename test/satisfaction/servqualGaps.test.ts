import { kanoSummary, servqualGaps, servqualResultSchema, type KanoPair, type ServqualResponse } from '../../src/satisfaction/index.js';
import { expectOmnicxError } from './expectOmnicxError.js';
import { deepFreeze, expectError } from './surveyHelpers.js';
import { describe, expect, it } from 'vitest';

const RESPONSES: ServqualResponse[] = [
  { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
  { item: 'T1', dimension: 'tangibles', expectation: 6, perception: 6 },
  { item: 'R1', dimension: 'reliability', expectation: 7, perception: 4 },
  { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
  { item: 'R2', dimension: 'reliability', expectation: 6, perception: 6 },
  { item: 'E1', dimension: 'empathy', expectation: 6, perception: 5 },
];

describe('servqualGaps', () => {
  it('computes item and dimension means and gaps by hand', () => {
    const result = servqualGaps(deepFreeze(RESPONSES));
    expect(servqualResultSchema.safeParse(result).success).toBe(true);
    // T1: E = 5.5, P = 6, gap 0.5; R1: E = 7, P = 4.5, gap −2.5; R2: gap 0; E1: gap −1
    expect(result.items).toEqual([
      { item: 'T1', dimension: 'tangibles', n: 2, expectation: 5.5, perception: 6, gap: 0.5 },
      { item: 'R1', dimension: 'reliability', n: 2, expectation: 7, perception: 4.5, gap: -2.5 },
      { item: 'R2', dimension: 'reliability', n: 1, expectation: 6, perception: 6, gap: 0 },
      { item: 'E1', dimension: 'empathy', n: 1, expectation: 6, perception: 5, gap: -1 },
    ]);
    // reliability = mean of its items: E = (7 + 6)/2 = 6.5, P = (4.5 + 6)/2 = 5.25, gap −1.25
    expect(result.dimensions).toEqual([
      { dimension: 'tangibles', items: 1, n: 2, expectation: 5.5, perception: 6, gap: 0.5, weight: 1 / 3 },
      { dimension: 'reliability', items: 2, n: 3, expectation: 6.5, perception: 5.25, gap: -1.25, weight: 1 / 3 },
      { dimension: 'empathy', items: 1, n: 1, expectation: 6, perception: 5, gap: -1, weight: 1 / 3 },
    ]);
    // unweighted = (0.5 − 1.25 − 1)/3 = −0.5833…
    expect(result.overall.n).toBe(6);
    expect(result.overall.unweightedGap).toBeCloseTo(-1.75 / 3, 14);
    expect(result.overall.weightedGap).toBeCloseTo(-1.75 / 3, 14);
  });

  it('weights the dimensions by normalised importance points', () => {
    // weights 20 / 50 / 30 of 100: 0.2 · 0.5 + 0.5 · (−1.25) + 0.3 · (−1) = 0.1 − 0.625 − 0.3 = −0.825
    const result = servqualGaps(RESPONSES, { weights: { tangibles: 20, reliability: 50, empathy: 30, assurance: 99 } });
    expect(result.overall.weightedGap).toBeCloseTo(-0.825, 14);
    expect(result.dimensions.map((d) => d.weight)).toEqual([0.2, 0.5, 0.3]);
  });

  it('returns empty lists and null gaps without answers', () => {
    expect(servqualGaps([])).toEqual({ items: [], dimensions: [], overall: { n: 0, unweightedGap: null, weightedGap: null } });
  });

  it('refuses bad answers, inconsistent items and unusable weights with their path', () => {
    expectError(() => servqualGaps('x' as never), 'INVALID_INPUT', ['responses']);
    expectError(() => servqualGaps([{ ...RESPONSES[0]!, dimension: 'price' as never }]), 'INVALID_INPUT', ['responses', 0, 'dimension']);
    expectError(() => servqualGaps([{ ...RESPONSES[0]!, perception: 8 }]), 'INVALID_INPUT', ['responses', 0, 'perception']);
    expectError(() => servqualGaps([{ ...RESPONSES[0]!, expectation: 0 }]), 'INVALID_INPUT', ['responses', 0, 'expectation']);
    expectError(() => servqualGaps([RESPONSES[0]!, { ...RESPONSES[1]!, dimension: 'empathy' }]), 'INVALID_INPUT', [
      'responses',
      1,
      'dimension',
    ]);
    expectError(() => servqualGaps(RESPONSES, { weights: { tangibles: 1, reliability: 1 } }), 'INVALID_INPUT', [
      'options',
      'weights',
      'empathy',
    ]);
    expectError(() => servqualGaps(RESPONSES, { weights: { tangibles: 0, reliability: 0, empathy: 0 } }), 'INVALID_INPUT', [
      'options',
      'weights',
    ]);
    expectError(() => servqualGaps(RESPONSES, { weights: { tangibles: -1 } }), 'INVALID_INPUT', ['options', 'weights', 'tangibles']);
  });
});

describe('sparse arrays in kanoSummary and servqualGaps', () => {
  it('kanoSummary refuses a hole like an undefined answer instead of skipping it and counting it in n', () => {
    // eslint-disable-next-line no-sparse-arrays
    const answers = [, { functional: 'like', dysfunctional: 'dislike' }] as unknown as KanoPair[];
    // today: { n: 2, counts: { oneDimensional: 1, … }, better: 1, worse: -1 } — n counts an answer that is not there
    expectOmnicxError(() => kanoSummary(answers), 'INVALID_INPUT', ['answers', 0]);
    expectOmnicxError(() => kanoSummary([undefined] as unknown as KanoPair[]), 'INVALID_INPUT', ['answers', 0]); // already so
  });
  it('servqualGaps refuses a hole instead of skipping it and counting it in overall.n', () => {
    // eslint-disable-next-line no-sparse-arrays
    const rows = [, { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 }] as unknown as ServqualResponse[];
    // today: overall.n = 2 with one item answered once
    expectOmnicxError(() => servqualGaps(rows), 'INVALID_INPUT', ['responses', 0]);
    expectOmnicxError(() => servqualGaps(new Array(2) as ServqualResponse[]), 'INVALID_INPUT', ['responses', 0]);
  });
});

describe('servqualGaps weights', () => {
  const rows: ServqualResponse[] = [
    { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
    { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
  ];
  it('normalises large weights without overflowing: equal weights give the unweighted gap', () => {
    const result = servqualGaps(rows, { weights: { reliability: 1e308, tangibles: 1e308 } });
    // today: weights 0 and 0, weightedGap 0 (1e308 + 1e308 = Infinity)
    expect(result.dimensions.map((d) => d.weight)).toEqual([0.5, 0.5]);
    expect(result.overall.weightedGap).toBe(-0.5);
  });
  it('gives the same weights as for small numbers in the same ratio', () => {
    const big = servqualGaps(rows, { weights: { reliability: 3e307, tangibles: 1.7e308 } });
    const small = servqualGaps(rows, { weights: { reliability: 3, tangibles: 17 } });
    expect(big.overall.weightedGap).toBeCloseTo(small.overall.weightedGap ?? NaN, 12);
  });
});
