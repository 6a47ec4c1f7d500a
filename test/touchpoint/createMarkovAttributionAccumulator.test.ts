import { describe, expect, it } from 'vitest';
import { createMarkovAttributionAccumulator, markovAttributionAccumulatorSchema } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('createMarkovAttributionAccumulator', () => {
  it('starts with start as its only state, order 1 by default', () => {
    const acc = createMarkovAttributionAccumulator();
    expect(acc).toEqual({
      kind: 'markovAttribution',
      version: 1,
      order: 1,
      channels: [],
      states: [[]],
      transitions: [],
      conversionsFrom: [[]],
      nullsFrom: [[]],
      journeys: [],
      totalConversions: [],
      totalValue: [],
    });
    expect(markovAttributionAccumulatorSchema.parse(JSON.parse(JSON.stringify(acc)))).toEqual(acc);
    expect(createMarkovAttributionAccumulator({ order: 3 }).order).toBe(3);
  });

  it('refuses a bad order with its path', () => {
    expectOmnicxError(() => createMarkovAttributionAccumulator({ order: 0 }), 'INVALID_INPUT', ['options', 'order']);
    expectOmnicxError(() => createMarkovAttributionAccumulator({ order: 1.5 }), 'INVALID_INPUT', ['options', 'order']);
    expectOmnicxError(() => createMarkovAttributionAccumulator({ depth: 2 } as never), 'INVALID_INPUT', ['options', 'depth']);
  });
});
