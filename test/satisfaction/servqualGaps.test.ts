import { studentTQuantile } from '../../src/core/index.js';
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
    // Uncertainty: T1 gaps 1, 0 and R1 gaps −3, −2 each have sd = √((0.5² + 0.5²)/1) = √0.5, SE = √0.5/√2 = 0.5;
    // t(0.975, 1) = 12.706204736174707 (R: qt(0.975, 1)), half-width 6.3531…, clamped to the gap range ±(7 − 1).
    // R2 and E1 have one answer: no SE, and so neither reliability nor empathy nor the overall gaps have one.
    const t1 = 12.706204736174707;
    expect(result.items).toEqual([
      { item: 'T1', dimension: 'tangibles', n: 2, expectation: 5.5, perception: 6, gap: 0.5, standardError: 0.5,
        interval: { lower: expect.closeTo(0.5 - 0.5 * t1, 12) as number, upper: 6, confidence: 0.95, method: 'studentT', degreesOfFreedom: 1 } },
      { item: 'R1', dimension: 'reliability', n: 2, expectation: 7, perception: 4.5, gap: -2.5, standardError: 0.5,
        interval: { lower: -6, upper: expect.closeTo(-2.5 + 0.5 * t1, 12) as number, confidence: 0.95, method: 'studentT', degreesOfFreedom: 1 } },
      { item: 'R2', dimension: 'reliability', n: 1, expectation: 6, perception: 6, gap: 0, standardError: null, interval: null },
      { item: 'E1', dimension: 'empathy', n: 1, expectation: 6, perception: 5, gap: -1, standardError: null, interval: null },
    ]);
    // reliability = mean of its items: E = (7 + 6)/2 = 6.5, P = (4.5 + 6)/2 = 5.25, gap −1.25
    // tangibles has one item: its SE, and Welch–Satterthwaite ν = v²/(v²/1) = 1
    expect(result.dimensions).toEqual([
      { dimension: 'tangibles', items: 1, n: 2, expectation: 5.5, perception: 6, gap: 0.5, weight: 1 / 3, standardError: 0.5,
        interval: { lower: expect.closeTo(0.5 - 0.5 * t1, 12) as number, upper: 6, confidence: 0.95, method: 'welchSatterthwaite', degreesOfFreedom: 1 } },
      { dimension: 'reliability', items: 2, n: 3, expectation: 6.5, perception: 5.25, gap: -1.25, weight: 1 / 3, standardError: null, interval: null },
      { dimension: 'empathy', items: 1, n: 1, expectation: 6, perception: 5, gap: -1, weight: 1 / 3, standardError: null, interval: null },
    ]);
    expect(result.overall).toMatchObject({ unweightedStandardError: null, unweightedInterval: null, weightedStandardError: null, weightedInterval: null });
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
    expect(servqualGaps([])).toEqual({
      items: [],
      dimensions: [],
      overall: {
        n: 0,
        unweightedGap: null,
        weightedGap: null,
        unweightedStandardError: null,
        unweightedInterval: null,
        weightedStandardError: null,
        weightedInterval: null,
      },
    });
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

describe('servqualGaps uncertainty', () => {
  const row = (item: string, dimension: ServqualResponse['dimension'], expectation: number, perception: number): ServqualResponse => ({
    item,
    dimension,
    expectation,
    perception,
  });
  // A (reliability): gaps −2, −1, 0 → mean −1, sd² = (1 + 0 + 1)/2 = 1, SE = 1/√3
  // B (reliability): gaps 1, −1, 1, 3 → mean 1, sd² = (0 + 4 + 0 + 4)/3 = 8/3, SE = √(8/3)/2 = √(2/3)
  // C (tangibles): gaps 2, 2 → sd 0, SE 0
  const rows = [
    row('A', 'reliability', 7, 5),
    row('A', 'reliability', 6, 5),
    row('A', 'reliability', 7, 7),
    row('B', 'reliability', 5, 6),
    row('B', 'reliability', 5, 4),
    row('B', 'reliability', 5, 6),
    row('B', 'reliability', 4, 7),
    row('C', 'tangibles', 3, 5),
    row('C', 'tangibles', 4, 6),
  ];
  const t975 = (df: number): number => -studentTQuantile(0.025, df);

  it('gives each item its Student t interval with n − 1 degrees of freedom', () => {
    const result = servqualGaps(deepFreeze(rows));
    expect(servqualResultSchema.safeParse(result).success).toBe(true);
    const [a, b, c] = result.items;
    expect(a?.standardError).toBeCloseTo(1 / Math.sqrt(3), 15);
    // R: t.test(c(-2, -1, 0))$conf.int = -3.484138 1.484138 (t(0.975, 2) = 4.302653)
    expect(a?.interval).toEqual({ lower: expect.closeTo(-3.484138, 6) as number, upper: expect.closeTo(1.484138, 6) as number, confidence: 0.95, method: 'studentT', degreesOfFreedom: 2 });
    expect(b?.standardError).toBeCloseTo(Math.sqrt(2 / 3), 15);
    expect(b?.interval?.upper).toBeCloseTo(1 + t975(3) * Math.sqrt(2 / 3), 12);
    expect(c).toMatchObject({ standardError: 0, interval: { lower: 2, upper: 2, degreesOfFreedom: 1 } });
  });

  it('combines independent item gaps for dimensions and overall, with Welch–Satterthwaite degrees of freedom', () => {
    const result = servqualGaps(rows, { weights: { tangibles: 1, reliability: 3 } });
    const reliability = result.dimensions.find((d) => d.dimension === 'reliability');
    // gap (−1 + 1)/2 = 0; SE = √(1/3 + 2/3)/2 = 0.5; ν = (1/3 + 2/3)² / ((1/3)²/2 + (2/3)²/3) = 1/(1/18 + 4/27) = 54/11
    expect(reliability?.gap).toBe(0);
    expect(reliability?.standardError).toBeCloseTo(0.5, 15);
    expect(reliability?.interval?.degreesOfFreedom).toBeCloseTo(54 / 11, 13);
    expect(reliability?.interval?.method).toBe('welchSatterthwaite');
    expect(reliability?.interval?.upper).toBeCloseTo(0.5 * t975(54 / 11), 12);
    // unweighted overall = (2 + 0)/2 = 1 with coefficients C ½, A ¼, B ¼: SE² = (1/16)(1/3 + 2/3) = 1/16, SE 0.25;
    // C's SE is 0, so ν is reliability's 54/11 again
    expect(result.overall.unweightedGap).toBe(1);
    expect(result.overall.unweightedStandardError).toBeCloseTo(0.25, 15);
    expect(result.overall.unweightedInterval?.degreesOfFreedom).toBeCloseTo(54 / 11, 13);
    expect(result.overall.unweightedInterval?.lower).toBeCloseTo(1 - 0.25 * t975(54 / 11), 12);
    // weighted ¼ · 2 + ¾ · 0 = 0.5 with coefficients A, B = ¾/2 = 0.375: SE = 0.375 · 1 = 0.375
    expect(result.overall.weightedGap).toBe(0.5);
    expect(result.overall.weightedStandardError).toBeCloseTo(0.375, 15);
    expect(result.overall.weightedInterval?.upper).toBeCloseTo(0.5 + 0.375 * t975(54 / 11), 12);
  });

  it("matches R's Welch t-test on the sleep data (Student 1908): a two-item dimension is half the difference's spread", () => {
    // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, 95 % CI -3.3654832 0.2054832.
    // The dimension gap (ḡ₁ + ḡ₂)/2 has half the standard error of ḡ₂ − ḡ₁, the same ν and half the CI width.
    const g1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    const g2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];
    const answers = [...g1.map((g) => row('X', 'empathy', 4, 4 + g)), ...g2.map((g) => row('Y', 'empathy', 4, 4 + g))];
    const [dimension] = servqualGaps(answers, { scale: [0, 10] }).dimensions;
    expect(dimension?.gap).toBeCloseTo((0.75 + 2.33) / 2, 12);
    expect(((2.33 - 0.75) / (2 * (dimension?.standardError ?? NaN))).toFixed(4)).toBe('1.8608');
    expect(dimension?.interval?.degreesOfFreedom.toFixed(3)).toBe('17.776');
    const half = (0.2054832 + 3.3654832) / 4;
    expect(dimension?.interval?.lower).toBeCloseTo(1.54 - half, 6);
    expect(dimension?.interval?.upper).toBeCloseTo(1.54 + half, 6);
  });

  it('uses the confidence option, and fractional answers give the same spread as the integer formula', () => {
    const at99 = servqualGaps(rows, { confidence: 0.99 }).items[0];
    expect(at99?.interval?.confidence).toBe(0.99);
    // R: qt(0.995, 2) = 9.924843
    expect(at99?.interval?.upper).toBeCloseTo(-1 + 9.924843 / Math.sqrt(3), 5);
    // the same answers halved (fractional, so summed by the two-pass formula): B's SE halves
    const halved = servqualGaps(rows.map((r) => ({ ...r, expectation: r.expectation / 2, perception: r.perception / 2 })));
    expect(halved.items[1]?.standardError).toBeCloseTo(Math.sqrt(2 / 3) / 2, 15);
    expectError(() => servqualGaps(rows, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('does not depend on the order in which items first appear', () => {
    const forward = servqualGaps(rows);
    const backward = servqualGaps([...rows].reverse());
    expect(backward.dimensions).toEqual(forward.dimensions);
    expect(backward.overall).toEqual(forward.overall);
    expect([...backward.items].sort((x, y) => (x.item < y.item ? -1 : 1))).toEqual(forward.items);
    // item means 1, 1 and 3/7: (1 + 1) + 3/7 = 2.4285714285714284 but (3/7 + 1) + 1 = 2.428571428571429 —
    // summed in first-appearance order the dimension's perception would depend on which item came first
    const perceptions = (first: string): number | undefined => {
      const answers = [
        ...[1, 1, 1].map((p) => row('a', 'assurance', 5, p)),
        ...[1, 1, 1].map((p) => row('b', 'assurance', 5, p)),
        ...[1, 1, 1, 0, 0, 0, 0].map((p) => row('c', 'assurance', 5, p)),
      ];
      return servqualGaps([...answers.filter((r) => r.item === first), ...answers.filter((r) => r.item !== first)], { scale: [0, 10] })
        .dimensions[0]?.perception;
    };
    expect(perceptions('c')).toBe(perceptions('a'));
    expect(perceptions('a')).toBe((1 + 1 + 3 / 7) / 3);
  });
});
