import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addMarkovAttributionPaths,
  attributeMarkov,
  createMarkovAttributionAccumulator,
  markovAttributionFromAccumulator,
  mergeMarkovAttributionAccumulators,
  type MarkovAttributionAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError, mergeInSomeTree, pathRecords, shardPlan, splitRows, weightedPathRecords } from './support.js';

const issue = [
  { path: 'GoogleAds', conversions: 2 },
  { path: 'Mailing', conversions: 1 },
  { path: 'GoogleAds > Mailing', conversions: 1 },
  { path: 'GoogleAds', conversions: 0, nulls: 1 },
];

describe('markovAttributionFromAccumulator', () => {
  it('solves the hand case of the issue from shards (P = 0.8, RE 0.75 and 0.5, credits 2.4 and 1.6)', () => {
    const a = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), issue.slice(0, 2));
    const b = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), issue.slice(2));
    const result = markovAttributionFromAccumulator(mergeMarkovAttributionAccumulators(b, a));
    expect(result.conversionProbability).toBeCloseTo(0.8, 15);
    expect(result.removalEffects['GoogleAds']).toBeCloseTo(0.75, 15);
    expect(result.removalEffects['Mailing']).toBeCloseTo(0.5, 15);
    expect(result.credits['GoogleAds']!.conversions).toBeCloseTo(2.4, 14);
    expect(result.credits['Mailing']!.conversions).toBeCloseTo(1.6, 14);
    expect(result).toEqual(attributeMarkov(issue));
  });

  it('equals attributeMarkov exactly on any split, merged in any order, at orders 1 to 3 (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(weightedPathRecords(), pathRecords()),
        shardPlan(),
        fc.integer({ min: 1, max: 3 }),
        fc.boolean(),
        (records, plan, order, encode) => {
          const expected = attributeMarkov(records, { order });
          const accs = splitRows(records, plan.cuts).map((shard) => {
            const acc = createMarkovAttributionAccumulator({ order });
            const half = Math.floor(shard.length / 2);
            for (const batch of [shard.slice(0, half), shard.slice(half)]) addMarkovAttributionPaths(acc, encode ? encodePaths(batch) : batch);
            return acc;
          });
          const actual = markovAttributionFromAccumulator(mergeInSomeTree(accs, mergeMarkovAttributionAccumulators, plan.seeds));
          // toEqual compares numbers with Object.is: P, every removal effect and credit bit for bit.
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('gives attributeMarkov of nothing for an empty accumulator', () => {
    expect(markovAttributionFromAccumulator(createMarkovAttributionAccumulator({ order: 2 }))).toEqual(attributeMarkov([], { order: 2 }));
  });

  it('does not modify the accumulator', () => {
    const acc = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), issue);
    const copy = structuredClone(acc);
    markovAttributionFromAccumulator(Object.freeze(acc));
    expect(acc).toEqual(copy);
  });

  it('refuses a malformed accumulator with the path of the bad field', () => {
    const acc: MarkovAttributionAccumulator = addMarkovAttributionPaths(createMarkovAttributionAccumulator({ order: 2 }), [{ path: 'a > b', conversions: 1 }]);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, order: 0 }), 'INVALID_INPUT', ['acc', 'order']);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, channels: ['a', 'a'] }), 'INVALID_INPUT', ['acc', 'channels', 1]);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, states: [[0], ...acc.states.slice(1)] }), 'INVALID_INPUT', ['acc', 'states', 0]);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, states: [...acc.states, [0, 1, 0]] }), 'INVALID_INPUT', ['acc', 'states', 3]);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, states: [...acc.states, [5]] }), 'INVALID_INPUT', ['acc', 'states', 3, 0]);
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, states: [...acc.states, [0]] }), 'INVALID_INPUT', ['acc', 'states', 3]);
    expectOmnicxError(
      () => markovAttributionFromAccumulator({ ...acc, transitions: [...acc.transitions, { from: 0, to: 9, weight: [1] }] }),
      'INVALID_INPUT',
      ['acc', 'transitions', 2, 'to'],
    );
    expectOmnicxError(
      () => markovAttributionFromAccumulator({ ...acc, transitions: [...acc.transitions, acc.transitions[0]!] }),
      'INVALID_INPUT',
      ['acc', 'transitions', 2],
    );
    expectOmnicxError(() => markovAttributionFromAccumulator({ ...acc, nullsFrom: [] }), 'INVALID_INPUT', ['acc', 'nullsFrom']);
  });
});
