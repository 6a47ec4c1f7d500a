import { describe, expect, it } from 'vitest';
import { createShapleyAttributionAccumulator, shapleyAttributionAccumulatorSchema } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('createShapleyAttributionAccumulator', () => {
  it('starts empty, with the parsed options', () => {
    const acc = createShapleyAttributionAccumulator();
    expect(acc).toEqual({
      kind: 'shapleyAttribution',
      version: 1,
      options: { value: 'conversions', samples: 10_000, seed: 1 },
      channels: [],
      sets: [],
      totalConversions: [],
      totalValue: [],
    });
    expect(shapleyAttributionAccumulatorSchema.parse(JSON.parse(JSON.stringify(acc)))).toEqual(acc);
  });

  it('refuses bad options with their path', () => {
    expectOmnicxError(() => createShapleyAttributionAccumulator({ value: 'rate' } as never), 'INVALID_INPUT', ['options', 'value']);
    expectOmnicxError(() => createShapleyAttributionAccumulator({ samples: 0 }), 'INVALID_INPUT', ['options', 'samples']);
    expectOmnicxError(() => createShapleyAttributionAccumulator({ seed: 0.5 }), 'INVALID_INPUT', ['options', 'seed']);
  });
});
