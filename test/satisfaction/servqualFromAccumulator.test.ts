import { describe, expect, it } from 'vitest';
import {
  addServqualAnswers,
  createServqualAccumulator,
  servqualFromAccumulator,
  servqualGaps,
  servqualResultSchema,
  type ServqualResponse,
} from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const row = (item: string, dimension: ServqualResponse['dimension'], expectation: number, perception: number): ServqualResponse => ({
  item,
  dimension,
  expectation,
  perception,
});
const ROWS = [
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

describe('servqualFromAccumulator', () => {
  it('reads exactly what servqualGaps gives, with the stored weights and the confidence option, without modifying acc', () => {
    const weights = { tangibles: 1, reliability: 3 };
    const acc = deepFreeze(addServqualAnswers(createServqualAccumulator({ weights }), ROWS));
    const result = servqualFromAccumulator(acc, { confidence: 0.9 });
    expect(result).toEqual(servqualGaps(ROWS, { weights, confidence: 0.9 }));
    expect(servqualResultSchema.safeParse(result).success).toBe(true);
    // A: gaps −2, −1, 0 → SE 1/√3 (as in servqualGaps' hand-computed test); weighted gap ¼·2 + ¾·0 = 0.5
    expect(result.items[0]?.standardError).toBeCloseTo(1 / Math.sqrt(3), 15);
    expect(result.overall).toMatchObject({ n: 9, weightedGap: 0.5 });
  });

  it('reads an empty accumulator as servqualGaps([]) does', () => {
    expect(servqualFromAccumulator(createServqualAccumulator())).toEqual(servqualGaps([]));
  });

  it('refuses weights missing for a dimension with answers at the accumulator path, and malformed accumulators', () => {
    const acc = addServqualAnswers(createServqualAccumulator({ weights: { reliability: 1 } }), ROWS);
    expectError(() => servqualFromAccumulator(acc), 'INVALID_INPUT', ['acc', 'weights', 'tangibles']);
    const zero = addServqualAnswers(createServqualAccumulator({ weights: { reliability: 0, tangibles: 0 } }), ROWS);
    expectError(() => servqualFromAccumulator(zero), 'INVALID_INPUT', ['acc', 'weights']);
    expectError(() => servqualFromAccumulator({ ...createServqualAccumulator(), scale: [1] } as never), 'INVALID_INPUT', ['acc', 'scale']);
    const bad = createServqualAccumulator();
    bad.items.push({ item: 'R1', dimension: 'reliability', n: 2, expectation: 13, perception: 11, squaredGaps: 73 });
    // two answers on 1–7 have at most 2 · 6² = 72 as their sum of squared gaps
    expectError(() => servqualFromAccumulator(bad), 'INVALID_INPUT', ['acc', 'items', 0, 'squaredGaps']);
    expectError(() => servqualFromAccumulator(createServqualAccumulator(), { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('refuses a total number of answers past 2^53 − 1', () => {
    const big = (item: string) => ({ item, dimension: 'empathy' as const, n: 2 ** 52, expectation: 2 ** 52, perception: 2 ** 52, squaredGaps: 0 });
    const acc = { ...createServqualAccumulator(), items: [big('E1'), big('E2')] };
    expectError(() => servqualFromAccumulator(acc), 'NOT_SAFE_INTEGER', ['acc', 'items']);
  });
});
