import { describe, expect, it } from 'vitest';
import { addCesResponse, createCesAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('addCesResponse', () => {
  it('counts the answer on its scale point, in place', () => {
    const acc = createCesAccumulator({ scale: [-2, 2] });
    expect(addCesResponse(acc, -2)).toBe(acc);
    addCesResponse(acc, 2);
    expect(acc.counts).toEqual([1, 0, 0, 0, 1]);
  });

  it('refuses answers off the scale and malformed accumulators', () => {
    expectError(() => addCesResponse(createCesAccumulator(), 8), 'INVALID_INPUT', ['response']);
    expectError(() => addCesResponse({ ...createCesAccumulator(), counts: [0] }, 1), 'INVALID_INPUT', ['acc', 'counts']);
    expectError(() => addCesResponse({ ...createCesAccumulator(), counts: [0, 0, -1, 0, 0, 0, 0] }, 3), 'INVALID_INPUT', [
      'acc',
      'counts',
      2,
    ]);
    expectError(() => addCesResponse({ ...createCesAccumulator(), scale: 'x' } as never, 3), 'INVALID_INPUT', ['acc', 'scale']);
  });
});
