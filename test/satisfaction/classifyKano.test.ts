import { describe, expect, it } from 'vitest';
import { classifyKano, kanoAnswerSchema, type KanoCategory } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('classifyKano', () => {
  it('reproduces the 5×5 evaluation table of Berger et al. (1993)', () => {
    // Rows: functional like, mustBe, neutral, liveWith, dislike; columns: dysfunctional, same order.
    const expected: KanoCategory[][] = [
      ['questionable', 'attractive', 'attractive', 'attractive', 'oneDimensional'],
      ['reverse', 'indifferent', 'indifferent', 'indifferent', 'mustBe'],
      ['reverse', 'indifferent', 'indifferent', 'indifferent', 'mustBe'],
      ['reverse', 'indifferent', 'indifferent', 'indifferent', 'mustBe'],
      ['reverse', 'reverse', 'reverse', 'reverse', 'questionable'],
    ];
    const answers = kanoAnswerSchema.options;
    expect(answers.map((f) => answers.map((d) => classifyKano(f, d)))).toEqual(expected);
  });

  it('refuses unknown answers with their path', () => {
    expectError(() => classifyKano('love' as never, 'dislike'), 'INVALID_INPUT', ['functional']);
    expectError(() => classifyKano('like', undefined as never), 'INVALID_INPUT', ['dysfunctional']);
  });
});
