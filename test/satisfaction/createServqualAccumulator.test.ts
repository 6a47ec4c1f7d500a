import { describe, expect, it } from 'vitest';
import { createServqualAccumulator, servqualAccumulatorSchema } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

describe('createServqualAccumulator', () => {
  it('keeps the scale and a copy of the weights (null for equal), with no items', () => {
    expect(createServqualAccumulator()).toEqual({ kind: 'servqual', version: 1, scale: [1, 7], weights: null, items: [] });
    const weights = deepFreeze({ reliability: 30, tangibles: 10 });
    const acc = createServqualAccumulator({ scale: [0, 10], weights });
    expect(acc).toEqual({ kind: 'servqual', version: 1, scale: [0, 10], weights: { reliability: 30, tangibles: 10 }, items: [] });
    expect(acc.weights).not.toBe(weights);
    expect(servqualAccumulatorSchema.safeParse(acc).success).toBe(true);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
  });

  it('refuses bad options with their path', () => {
    expectError(() => createServqualAccumulator({ scale: [5, 1] }), 'INVALID_INPUT', ['options', 'scale']);
    expectError(() => createServqualAccumulator({ weights: { tangibles: -1 } }), 'INVALID_INPUT', ['options', 'weights', 'tangibles']);
    expectError(() => createServqualAccumulator({ weights: { price: 1 } as never }), 'INVALID_INPUT', ['options', 'weights', 'price']);
  });
});
