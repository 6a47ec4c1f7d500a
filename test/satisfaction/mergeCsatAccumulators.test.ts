import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCsatResponse,
  createCsatAccumulator,
  csat,
  csatFromAccumulator,
  mergeCsatAccumulators,
} from '../../src/satisfaction/index.js';
import { expectError, splitAt } from './surveyHelpers.js';

describe('mergeCsatAccumulators', () => {
  it('gives the one-pass result for any split of the data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 6 }), (answers, cuts) => {
        const options = { scale: [1, 7] as [number, number], satisfied: [6, 7] };
        const parts = splitAt(answers, cuts).map((part) => part.reduce(addCsatResponse, createCsatAccumulator(options)));
        const merged = parts.reduce(mergeCsatAccumulators, createCsatAccumulator(options));
        expect(csatFromAccumulator(merged)).toEqual(csat(answers, options));
        expect(csatFromAccumulator(JSON.parse(JSON.stringify(merged)) as typeof merged)).toEqual(csat(answers, options));
      }),
    );
  });

  it('refuses to merge different scales or top boxes', () => {
    expectError(() => mergeCsatAccumulators(createCsatAccumulator(), createCsatAccumulator({ scale: [1, 7] })), 'INVALID_INPUT', [
      'b',
      'scale',
    ]);
    expectError(() => mergeCsatAccumulators(createCsatAccumulator(), createCsatAccumulator({ satisfied: [5] })), 'INVALID_INPUT', [
      'b',
      'satisfiedValues',
    ]);
    expectError(() => mergeCsatAccumulators({} as never, createCsatAccumulator()), 'INVALID_INPUT', ['a', 'kind']);
  });
});
