import { describe, expect, it } from 'vitest';
import { addKanoAnswers, createKanoAccumulator, type KanoPair } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

describe('addKanoAnswers', () => {
  it('counts each pair in its category, in place, and returns acc', () => {
    const acc = createKanoAccumulator();
    const answers: KanoPair[] = deepFreeze([
      { functional: 'like', dysfunctional: 'dislike' }, // O
      { functional: 'like', dysfunctional: 'neutral' }, // A
      { functional: 'neutral', dysfunctional: 'dislike' }, // M
      { functional: 'neutral', dysfunctional: 'neutral' }, // I
      { functional: 'dislike', dysfunctional: 'like' }, // R
      { functional: 'like', dysfunctional: 'like' }, // Q
      { functional: 'like', dysfunctional: 'dislike' }, // O
    ]);
    expect(addKanoAnswers(acc, answers)).toBe(acc);
    expect(acc.counts).toEqual({ attractive: 1, oneDimensional: 2, mustBe: 1, indifferent: 1, reverse: 1, questionable: 1 });
    addKanoAnswers(acc, []);
    expect(acc.counts.oneDimensional).toBe(2);
  });

  it('leaves acc unchanged when the batch has a bad pair, wherever it is', () => {
    const acc = addKanoAnswers(createKanoAccumulator(), [{ functional: 'like', dysfunctional: 'dislike' }]);
    const before = JSON.stringify(acc);
    expectError(() => addKanoAnswers(acc, [{ functional: 'like', dysfunctional: 'dislike' }, { functional: 'like' } as never]), 'INVALID_INPUT', [
      'answers',
      1,
      'dysfunctional',
    ]);
    // eslint-disable-next-line no-sparse-arrays
    expectError(() => addKanoAnswers(acc, [{ functional: 'like', dysfunctional: 'dislike' }, ,] as never), 'INVALID_INPUT', ['answers', 1]);
    expectError(() => addKanoAnswers(acc, 'x' as never), 'INVALID_INPUT', ['answers']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses malformed and frozen accumulators, and counts past 2^53 − 1 with NOT_SAFE_INTEGER (acc unchanged)', () => {
    const pair: KanoPair = { functional: 'like', dysfunctional: 'neutral' };
    expectError(() => addKanoAnswers({ kind: 'ces' } as never, [pair]), 'INVALID_INPUT', ['acc', 'kind']);
    expectError(() => addKanoAnswers({ ...createKanoAccumulator(), counts: null } as never, [pair]), 'INVALID_INPUT', ['acc', 'counts']);
    const bad = createKanoAccumulator();
    (bad.counts as Record<string, unknown>)['mustBe'] = -1;
    expectError(() => addKanoAnswers(bad, [pair]), 'INVALID_INPUT', ['acc', 'counts', 'mustBe']);
    expectError(() => addKanoAnswers(deepFreeze(createKanoAccumulator()), [pair]), 'INVALID_INPUT', ['acc']);
    const full = createKanoAccumulator();
    full.counts.attractive = Number.MAX_SAFE_INTEGER;
    expectError(() => addKanoAnswers(full, [{ functional: 'like', dysfunctional: 'dislike' }, pair]), 'NOT_SAFE_INTEGER', ['acc', 'counts', 'attractive']);
    expect(full.counts.oneDimensional).toBe(0);
  });
});
