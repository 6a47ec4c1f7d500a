import { describe, expect, it } from 'vitest';
import { addNpsScore, createNpsAccumulator, npsFromAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('npsFromAccumulator', () => {
  it('reads the score of the answers added, with nulls while empty', () => {
    // 2 promoters, 1 passive, 1 detractor: 100 · (2 − 1)/4 = 25
    const acc = [10, 9, 8, 2].reduce(addNpsScore, createNpsAccumulator());
    const result = npsFromAccumulator(acc, { method: 'wald', confidence: 0.9 });
    expect(result).toMatchObject({ n: 4, score: 25, interval: { method: 'wald', confidence: 0.9 } });
    expect(npsFromAccumulator(createNpsAccumulator())).toMatchObject({ n: 0, score: null, standardError: null, interval: null });
    expect(acc).toEqual({ kind: 'nps', version: 1, promoters: 2, passives: 1, detractors: 1 });
  });

  it('refuses a malformed accumulator or bad options', () => {
    expectError(() => npsFromAccumulator({ kind: 'ces' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectError(() => npsFromAccumulator(createNpsAccumulator(), { method: 'score' as never }), 'INVALID_INPUT', ['options', 'method']);
  });
});
