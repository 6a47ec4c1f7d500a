import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addKanoAnswers,
  createKanoAccumulator,
  kanoAnswerSchema,
  kanoFromAccumulator,
  kanoSummary,
  mergeKanoAccumulators,
  type KanoPair,
} from '../../src/satisfaction/index.js';
import { deepFreeze, expectError, mergeInTree, shuffled, splitAt, viaJson } from './surveyHelpers.js';

const answer = fc.constantFrom(...kanoAnswerSchema.options);
const pair: fc.Arbitrary<KanoPair> = fc.record({ functional: answer, dysfunctional: answer });

describe('mergeKanoAccumulators', () => {
  it('adds the counts into a new object, leaving both inputs alone', () => {
    const a = deepFreeze(addKanoAnswers(createKanoAccumulator(), [{ functional: 'like', dysfunctional: 'dislike' }]));
    const b = deepFreeze(addKanoAnswers(createKanoAccumulator(), [{ functional: 'like', dysfunctional: 'dislike' }, { functional: 'neutral', dysfunctional: 'dislike' }]));
    const merged = mergeKanoAccumulators(a, b);
    expect(merged.counts).toEqual({ attractive: 0, oneDimensional: 2, mustBe: 1, indifferent: 0, reverse: 0, questionable: 0 });
    expect(merged).not.toBe(a);
  });

  it('gives exactly the one-pass result for any split, batching, merge tree, order and JSON round trip (property)', () => {
    fc.assert(
      fc.property(
        fc.array(pair, { maxLength: 120 }),
        fc.array(fc.nat(120), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (answers, cuts, tree, seed, confidence) => {
          const expected = kanoSummary(answers, { confidence });
          // each shard in two batches, stored as JSON in between
          const shards = splitAt(answers, cuts).map((part) => {
            const half = Math.floor(part.length / 2);
            const acc = viaJson(addKanoAnswers(createKanoAccumulator(), part.slice(0, half)));
            return viaJson(addKanoAnswers(acc, part.slice(half)));
          });
          const inOrder = mergeInTree(shards, (a, b) => viaJson(mergeKanoAccumulators(a, b)), tree);
          expect(kanoFromAccumulator(inOrder, { confidence })).toEqual(expected);
          // counts commute: any order of the shards
          const anyOrder = mergeInTree(shuffled(shards, seed), mergeKanoAccumulators, [...tree].reverse());
          expect(kanoFromAccumulator(anyOrder, { confidence })).toEqual(expected);
        },
      ),
    );
  });

  it('refuses malformed accumulators and counts past 2^53 − 1', () => {
    expectError(() => mergeKanoAccumulators({ kind: 'kano' } as never, createKanoAccumulator()), 'INVALID_INPUT', ['a', 'version']);
    expectError(() => mergeKanoAccumulators(createKanoAccumulator(), { ...createKanoAccumulator(), kind: 'nps' } as never), 'INVALID_INPUT', ['b', 'kind']);
    const full = { ...createKanoAccumulator(), counts: { ...createKanoAccumulator().counts, reverse: Number.MAX_SAFE_INTEGER } };
    const one = addKanoAnswers(createKanoAccumulator(), [{ functional: 'dislike', dysfunctional: 'like' }]);
    expectError(() => mergeKanoAccumulators(full, one), 'NOT_SAFE_INTEGER', ['b', 'counts', 'reverse']);
  });
});
