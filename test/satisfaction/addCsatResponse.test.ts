import { describe, expect, it } from 'vitest';
import { addCsatResponse, createCsatAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('addCsatResponse', () => {
  it('counts every answer and the satisfied ones, in place', () => {
    const acc = createCsatAccumulator();
    expect(addCsatResponse(acc, 5)).toBe(acc);
    addCsatResponse(acc, 3);
    expect(acc).toMatchObject({ n: 2, satisfied: 1 });
  });

  it('refuses answers off the scale and malformed accumulators', () => {
    expectError(() => addCsatResponse(createCsatAccumulator(), 6), 'INVALID_INPUT', ['response']);
    expectError(() => addCsatResponse(createCsatAccumulator(), 4.5), 'INVALID_INPUT', ['response']);
    expectError(() => addCsatResponse({ ...createCsatAccumulator(), scale: [5, 1] }, 3), 'INVALID_INPUT', ['acc', 'scale']);
    expectError(() => addCsatResponse({ ...createCsatAccumulator(), satisfiedValues: 4 } as never, 3), 'INVALID_INPUT', [
      'acc',
      'satisfiedValues',
    ]);
    expectError(() => addCsatResponse({ ...createCsatAccumulator(), n: -1 }, 3), 'INVALID_INPUT', ['acc', 'n']);
    expectError(() => addCsatResponse({ ...createCsatAccumulator(), n: Number.MAX_SAFE_INTEGER }, 3), 'NOT_SAFE_INTEGER', ['acc', 'n']);
  });
});
