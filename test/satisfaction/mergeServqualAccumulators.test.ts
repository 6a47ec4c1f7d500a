import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addServqualAnswers,
  createServqualAccumulator,
  mergeServqualAccumulators,
  servqualFromAccumulator,
  servqualGaps,
  type ServqualDimension,
  type ServqualResponse,
  type ServqualResult,
} from '../../src/satisfaction/index.js';
import { deepFreeze, expectError, mergeInTree, shuffled, splitAt, viaJson } from './surveyHelpers.js';

/** Items with a fixed dimension each (two share reliability, so a dimension averages items). */
const ITEMS: readonly (readonly [string, ServqualDimension])[] = [
  ['R1', 'reliability'],
  ['R2', 'reliability'],
  ['T1', 'tangibles'],
  ['S1', 'responsiveness'],
  ['E1', 'empathy'],
];
const response: fc.Arbitrary<ServqualResponse> = fc
  .record({ item: fc.nat(ITEMS.length - 1), expectation: fc.integer({ min: 1, max: 7 }), perception: fc.integer({ min: 1, max: 7 }) })
  .map(({ item, expectation, perception }) => {
    const [id, dimension] = ITEMS[item] as readonly [string, ServqualDimension];
    return { item: id, dimension, expectation, perception };
  });
const byItem = (result: ServqualResult): ServqualResult => ({ ...result, items: [...result.items].sort((a, b) => (a.item < b.item ? -1 : 1)) });

describe('mergeServqualAccumulators', () => {
  it('adds the sums item by item into a new accumulator: a’s items, then b’s new ones', () => {
    const a = deepFreeze(addServqualAnswers(createServqualAccumulator(), [{ item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 }]));
    const b = deepFreeze(
      addServqualAnswers(createServqualAccumulator(), [
        { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
        { item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 },
      ]),
    );
    expect(mergeServqualAccumulators(a, b).items).toEqual([
      { item: 'R1', dimension: 'reliability', n: 2, expectation: 13, perception: 11, squaredGaps: 4 },
      { item: 'T1', dimension: 'tangibles', n: 1, expectation: 5, perception: 6, squaredGaps: 1 },
    ]);
  });

  it('gives exactly the one-pass result for any split, batching, merge tree and JSON round trip; in any order, up to the order of items (property)', () => {
    fc.assert(
      fc.property(
        fc.array(response, { maxLength: 120 }),
        fc.array(fc.nat(120), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.nat(),
        fc.option(fc.record({ reliability: fc.integer({ min: 1, max: 50 }), tangibles: fc.nat(50), responsiveness: fc.nat(50), empathy: fc.nat(50) }), { nil: undefined }),
        fc.double({ min: 0.5, max: 0.999, noNaN: true }),
        (answers, cuts, tree, seed, weights, confidence) => {
          const options = weights === undefined ? {} : { weights };
          // only weight-0 dimensions answered: both refuse alike
          if (answers.length > 0 && weights !== undefined && answers.every((r) => (weights as Record<string, number>)[r.dimension] === 0)) {
            expectError(() => servqualGaps(answers, options), 'INVALID_INPUT', ['options', 'weights']);
            expectError(() => servqualFromAccumulator(addServqualAnswers(createServqualAccumulator(options), answers)), 'INVALID_INPUT', ['acc', 'weights']);
            return;
          }
          const expected = servqualGaps(answers, { ...options, confidence });
          // each shard in two batches, stored as JSON in between
          const shards = splitAt(answers, cuts).map((part) => {
            const half = Math.floor(part.length / 2);
            const acc = viaJson(addServqualAnswers(createServqualAccumulator(options), part.slice(0, half)));
            return viaJson(addServqualAnswers(acc, part.slice(half)));
          });
          const inOrder = mergeInTree(shards, (a, b) => viaJson(mergeServqualAccumulators(a, b)), tree);
          expect(servqualFromAccumulator(viaJson(inOrder), { confidence })).toEqual(expected);
          // in another order only the list of items is permuted: every number is the same
          const anyOrder = mergeInTree(shuffled(shards, seed), mergeServqualAccumulators, [...tree].reverse());
          expect(byItem(servqualFromAccumulator(anyOrder, { confidence }))).toEqual(byItem(expected));
        },
      ),
    );
  });

  it('refuses different scales or weights, an item under two dimensions, malformed accumulators and sums past 2^53 − 1', () => {
    const plain = createServqualAccumulator();
    expectError(() => mergeServqualAccumulators(plain, createServqualAccumulator({ scale: [1, 5] })), 'INVALID_INPUT', ['b', 'scale']);
    expectError(() => mergeServqualAccumulators(plain, createServqualAccumulator({ weights: { reliability: 1 } })), 'INVALID_INPUT', ['b', 'weights']);
    expectError(
      () => mergeServqualAccumulators(createServqualAccumulator({ weights: { reliability: 1 } }), createServqualAccumulator({ weights: { reliability: 2 } })),
      'INVALID_INPUT',
      ['b', 'weights'],
    );
    // the same weights given in another key order do merge
    expect(() =>
      mergeServqualAccumulators(createServqualAccumulator({ weights: { reliability: 1, empathy: 2 } }), createServqualAccumulator({ weights: { empathy: 2, reliability: 1 } })),
    ).not.toThrow();
    const r1 = addServqualAnswers(createServqualAccumulator(), [{ item: 'X', dimension: 'reliability', expectation: 7, perception: 5 }]);
    const e1 = addServqualAnswers(createServqualAccumulator(), [{ item: 'X', dimension: 'empathy', expectation: 7, perception: 5 }]);
    expectError(() => mergeServqualAccumulators(r1, e1), 'INVALID_INPUT', ['b', 'items', 0, 'dimension']);
    expectError(() => mergeServqualAccumulators({ ...plain, kind: 'ces' } as never, plain), 'INVALID_INPUT', ['a', 'kind']);
    expectError(() => mergeServqualAccumulators(plain, { ...plain, items: [{ item: 'X' }] } as never), 'INVALID_INPUT', ['b', 'items', 0, 'dimension']);
    const big = { ...plain, items: [{ item: 'X', dimension: 'empathy' as const, n: 2 ** 52, expectation: 2 ** 52, perception: 2 ** 52, squaredGaps: 0 }] };
    expectError(() => mergeServqualAccumulators(big, big), 'NOT_SAFE_INTEGER', ['b', 'items', 0, 'n']);
  });
});
