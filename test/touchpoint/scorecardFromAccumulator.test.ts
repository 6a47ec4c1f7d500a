import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addScorecardRatings,
  createScorecardAccumulator,
  mergeScorecardAccumulators,
  scorecard,
  scorecardFromAccumulator,
  type ScorecardAccumulator,
  type ScorecardOptions,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError, mergeInSomeTree, scorecardRatings, shardPlan, splitRows } from './support.js';

const scale = { min: 1, max: 5 };

const OPTIONS: ScorecardOptions[] = [
  { scale },
  { scale, confidence: 0.8, target: 60 },
  { scale, criteria: { speed: { weight: 2, target: 4 }, cleanliness: { weight: 0 } }, target: 50 },
  { scale, groupBy: 'storeId', groups: { s1: 'north', s2: 'north' } },
  { scale, groupBy: 'criterion' },
];

describe('scorecardFromAccumulator', () => {
  it('reads the hand-computed scorecard from shards merged together', () => {
    const options = { scale, criteria: { speed: { weight: 2, target: 4 } }, target: 50 };
    const a = addScorecardRatings(createScorecardAccumulator(options), [
      { touchpointId: 'checkout', criterion: 'speed', score: 4 },
      { touchpointId: 'fitting room', criterion: 'cleanliness', score: 2 },
    ]);
    const b = addScorecardRatings(createScorecardAccumulator(options), [
      { touchpointId: 'checkout', criterion: 'speed', score: 5 },
      { touchpointId: 'checkout', criterion: 'friendliness', score: 3 },
    ]);
    const [checkout, fitting] = scorecardFromAccumulator(mergeScorecardAccumulators(a, b));
    // checkout: speed (75 + 100)/2 = 87.5 weighs 2, friendliness 50 → 75; SE² = 3/2 · 1250/9
    expect(checkout!.score).toBe(75);
    expect(checkout!.n).toBe(3);
    expect(checkout!.interval!.lower).toBeCloseTo(75 - 4.302652729749464 * Math.sqrt(1250 / 6), 12);
    expect(checkout!.interval!.upper).toBe(100);
    expect(checkout!.criteria).toEqual({ friendliness: { score: 50, n: 1 }, speed: { score: 87.5, n: 2 } });
    expect(fitting).toMatchObject({ key: 'fitting room', score: 25, n: 1, interval: null, target: 50, gap: -25, rank: 2 });
  });

  it('equals scorecard exactly on any split, merged in any order (property)', () => {
    fc.assert(
      fc.property(scorecardRatings(), shardPlan(), fc.constantFrom(...OPTIONS), (ratings, plan, options) => {
        const expected = scorecard(ratings, options);
        const accs = splitRows(ratings, plan.cuts).map((shard) => {
          const acc = createScorecardAccumulator(options);
          const half = Math.floor(shard.length / 2);
          addScorecardRatings(acc, shard.slice(0, half));
          return addScorecardRatings(acc, shard.slice(half));
        });
        const actual = scorecardFromAccumulator(mergeInSomeTree(accs, mergeScorecardAccumulators, plan.seeds));
        // toEqual compares numbers with Object.is: scores, bounds, targets and gaps bit for bit.
        expect(actual).toEqual(expected);
        expect(actual.map((row) => Object.keys(row.criteria))).toEqual(expected.map((row) => Object.keys(row.criteria)));
      }),
    );
  });

  it('gives no rows for an empty accumulator or one with only zero weights', () => {
    const acc = createScorecardAccumulator({ scale });
    expect(scorecardFromAccumulator(acc)).toEqual([]);
    addScorecardRatings(acc, [{ touchpointId: 'a', criterion: 'c', score: 3, weight: 0 }]);
    expect(scorecardFromAccumulator(acc)).toEqual([]);
  });

  it('reads a hand-written accumulator whose partials overlap', () => {
    const acc: ScorecardAccumulator = {
      ...createScorecardAccumulator({ scale }),
      groups: [
        {
          key: 'a',
          criteria: [
            // one rating x = 50, w = 1, with Σw written as 1 + 1e100 − 1e100
            { criterion: 'c', n: 1, weights: [1, 1e100, -1e100], weightedScores: [50], squaredWeights: [1], squaredWeightScores: [50], squaredWeightSquaredScores: [2500] },
          ],
        },
      ],
    };
    expect(scorecardFromAccumulator(acc)[0]).toMatchObject({ key: 'a', score: 50, n: 1 });
  });

  it('does not modify the accumulator', () => {
    const acc = addScorecardRatings(createScorecardAccumulator({ scale }), [
      { touchpointId: 'a', criterion: 'c', score: 2.2 },
      { touchpointId: 'a', criterion: 'c', score: 4.7, weight: 0.3 },
    ]);
    const copy = structuredClone(acc);
    scorecardFromAccumulator(Object.freeze(acc));
    expect(acc).toEqual(copy);
  });

  it('refuses a malformed accumulator with the path of the bad field', () => {
    const acc = createScorecardAccumulator({ scale });
    const cell = { criterion: 'c', n: 1, weights: [1], weightedScores: [50], squaredWeights: [1], squaredWeightScores: [50], squaredWeightSquaredScores: [2500] };
    expectOmnicxError(() => scorecardFromAccumulator({ ...acc, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => scorecardFromAccumulator({ ...acc, options: { scale: { min: 5, max: 1 } } } as never), 'INVALID_INPUT', ['acc', 'options', 'scale']);
    expectOmnicxError(
      () => scorecardFromAccumulator({ ...acc, groups: [{ key: 'a', criteria: [cell] }, { key: 'a', criteria: [] }] }),
      'INVALID_INPUT',
      ['acc', 'groups', 1, 'key'],
    );
    expectOmnicxError(
      () => scorecardFromAccumulator({ ...acc, groups: [{ key: 'a', criteria: [cell, cell] }] }),
      'INVALID_INPUT',
      ['acc', 'groups', 0, 'criteria', 1, 'criterion'],
    );
    expectOmnicxError(
      () => scorecardFromAccumulator({ ...acc, groups: [{ key: 'a', criteria: [{ ...cell, n: -1 }] }] }),
      'INVALID_INPUT',
      ['acc', 'groups', 0, 'criteria', 0, 'n'],
    );
  });
});
