import { describe, expect, it } from 'vitest';
import { createSurvivalAccumulator, survivalAccumulatorSchema, survivalCurve, survivalCurveFromAccumulator } from '../../src/members/index.js';

describe('createSurvivalAccumulator', () => {
  it('returns a new empty plain JSON accumulator each time', () => {
    const a = createSurvivalAccumulator();
    expect(a).toEqual({ kind: 'survival', version: 1, counts: {} });
    expect(createSurvivalAccumulator()).not.toBe(a);
    expect(createSurvivalAccumulator().counts).not.toBe(a.counts);
    expect(survivalAccumulatorSchema.parse(a)).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });

  it('reads as the curve of no subjects', () => {
    expect(survivalCurveFromAccumulator(createSurvivalAccumulator())).toEqual(survivalCurve([]));
  });

  it('exports a schema that refuses non-canonical keys and empty entries', () => {
    const ok = { kind: 'survival', version: 1, counts: { '2.5': [1, 0], 0: [0, 3] } };
    expect(survivalAccumulatorSchema.safeParse(ok).success).toBe(true);
    for (const counts of [{ '-0': [1, 0] }, { '1.50': [1, 0] }, { x: [1, 0] }, { '-1': [1, 0] }, { 1: [0, 0] }, { 1: [1] }, { 1: [0.5, 1] }]) {
      expect(survivalAccumulatorSchema.safeParse({ ...ok, counts }).success).toBe(false);
    }
  });
});
