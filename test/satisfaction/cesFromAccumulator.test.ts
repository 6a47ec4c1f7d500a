import { describe, expect, it } from 'vitest';
import { cesFromAccumulator, createCesAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('cesFromAccumulator', () => {
  it('reads mean and interval from the histogram', () => {
    // counts on 1–7: two 5s, one 6, one 7 → mean (10 + 6 + 7)/4 = 5.75
    const acc = { ...createCesAccumulator(), counts: [0, 0, 0, 0, 2, 1, 1] };
    expect(cesFromAccumulator(acc, { confidence: 0.9 })).toMatchObject({ n: 4, mean: 5.75, interval: { confidence: 0.9 } });
    expect(cesFromAccumulator(createCesAccumulator()).mean).toBeNull();
  });

  it('refuses a histogram that does not fit the scale', () => {
    expectError(() => cesFromAccumulator({ ...createCesAccumulator(), counts: [1, 2] }), 'INVALID_INPUT', ['acc', 'counts']);
    expectError(() => cesFromAccumulator({ ...createCesAccumulator(), counts: [1, 2, 3, 4, 5, 6, 0.5] }), 'INVALID_INPUT', ['acc', 'counts', 6]);
  });
});
