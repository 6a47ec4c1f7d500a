import { describe, expect, it } from 'vitest';
import { addKanoAnswers, createKanoAccumulator, kanoFromAccumulator, kanoSummary, kanoSummarySchema, type KanoPair } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

const pairs = (functional: KanoPair['functional'], dysfunctional: KanoPair['dysfunctional'], count: number): KanoPair[] =>
  Array.from({ length: count }, () => ({ functional, dysfunctional }));

describe('kanoFromAccumulator', () => {
  it('reads the same summary as kanoSummary, with the confidence option, without modifying acc', () => {
    // A = 3, O = 5, M = 2, I = 4, R = 1, Q = 1: better 8/14, worse −0.5, mode O
    const answers = [...pairs('like', 'neutral', 3), ...pairs('like', 'dislike', 5), ...pairs('neutral', 'dislike', 2), ...pairs('neutral', 'neutral', 4), ...pairs('dislike', 'like', 1), ...pairs('like', 'like', 1)];
    const acc = deepFreeze(addKanoAnswers(createKanoAccumulator(), answers));
    const result = kanoFromAccumulator(acc, { confidence: 0.9 });
    expect(result).toEqual(kanoSummary(answers, { confidence: 0.9 }));
    expect(result).toMatchObject({ n: 16, category: 'oneDimensional', worse: -0.5, betterInterval: { confidence: 0.9 } });
    expect(kanoSummarySchema.safeParse(result).success).toBe(true);
    expect(result.counts).not.toBe(acc.counts);
  });

  it('gives n = 0 and nulls for an empty accumulator', () => {
    expect(kanoFromAccumulator(createKanoAccumulator())).toEqual(kanoSummary([]));
    expect(kanoFromAccumulator(createKanoAccumulator())).toMatchObject({ n: 0, category: null, better: null, betterInterval: null });
  });

  it('refuses malformed accumulators and options, and a total past 2^53 − 1', () => {
    expectError(() => kanoFromAccumulator({ ...createKanoAccumulator(), version: 2 } as never), 'INVALID_INPUT', ['acc', 'version']);
    expectError(() => kanoFromAccumulator({ ...createKanoAccumulator(), counts: { attractive: 0.5 } } as never), 'INVALID_INPUT', ['acc', 'counts', 'attractive']);
    expectError(() => kanoFromAccumulator(createKanoAccumulator(), { confidence: 2 }), 'INVALID_INPUT', ['options', 'confidence']);
    const half = 2 ** 52;
    const huge = { ...createKanoAccumulator(), counts: { attractive: half, oneDimensional: half, mustBe: 0, indifferent: 0, reverse: 0, questionable: 0 } };
    expectError(() => kanoFromAccumulator(huge), 'NOT_SAFE_INTEGER', ['acc', 'counts']);
  });
});
