import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCesResponse, ces, cesFromAccumulator, createCesAccumulator, mergeCesAccumulators } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError, splitAt } from './surveyHelpers.js';

describe('mergeCesAccumulators', () => {
  it('adds the histograms into a new object', () => {
    const a = deepFreeze({ ...createCesAccumulator({ scale: [1, 3] }), counts: [1, 2, 3] });
    const b = deepFreeze({ ...createCesAccumulator({ scale: [1, 3] }), counts: [10, 0, 1] });
    expect(mergeCesAccumulators(a, b).counts).toEqual([11, 2, 4]);
  });

  it('gives bit-for-bit the one-pass result for any split of the data (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 200 }), fc.array(fc.nat(200), { maxLength: 6 }), (answers, cuts) => {
        const parts = splitAt(answers, cuts).map((part) => part.reduce(addCesResponse, createCesAccumulator()));
        const forward = parts.reduce(mergeCesAccumulators, createCesAccumulator());
        const backward = [...parts].reverse().reduce(mergeCesAccumulators, createCesAccumulator());
        expect(cesFromAccumulator(forward)).toEqual(ces(answers));
        expect(cesFromAccumulator(backward)).toEqual(ces(answers));
      }),
    );
  });

  it('refuses different scales, malformed histograms and overflowing counts', () => {
    expectError(() => mergeCesAccumulators(createCesAccumulator(), createCesAccumulator({ scale: [1, 5] })), 'INVALID_INPUT', ['b', 'scale']);
    expectError(() => mergeCesAccumulators({ ...createCesAccumulator(), counts: [1] }, createCesAccumulator()), 'INVALID_INPUT', ['a', 'counts']);
    const full = { ...createCesAccumulator(), counts: [Number.MAX_SAFE_INTEGER, 0, 0, 0, 0, 0, 0] };
    expectError(() => mergeCesAccumulators(full, addCesResponse(createCesAccumulator(), 1)), 'NOT_SAFE_INTEGER', ['b', 'counts', 0]);
  });
});
