import { describe, expect, it } from 'vitest';
import { createCsatAccumulator, csatAccumulatorSchema } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('createCsatAccumulator', () => {
  it('records the scale and the sorted top boxes, defaulting to the two highest points', () => {
    expect(createCsatAccumulator()).toEqual({ kind: 'csat', version: 1, scale: [1, 5], satisfiedValues: [4, 5], n: 0, satisfied: 0 });
    expect(createCsatAccumulator({ scale: [0, 10], satisfied: [10, 9] }).satisfiedValues).toEqual([9, 10]);
    expect(csatAccumulatorSchema.safeParse(createCsatAccumulator({ scale: [1, 7] })).success).toBe(true);
  });

  it('refuses a top box off the scale', () => {
    expectError(() => createCsatAccumulator({ scale: [1, 5], satisfied: [0] }), 'INVALID_INPUT', ['options', 'satisfied', 0]);
  });
});
