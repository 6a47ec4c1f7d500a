import { describe, expect, it } from 'vitest';
import { addScorecardRatings, createScorecardAccumulator, scorecard, scorecardFromAccumulator } from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

const scale = { min: 1, max: 5 };

describe('addScorecardRatings', () => {
  it('updates the accumulator in place with exact sums, and returns it', () => {
    const acc = createScorecardAccumulator({ scale });
    const returned = addScorecardRatings(acc, [
      { touchpointId: 'till', criterion: 'speed', score: 5, weight: 3 },
      { touchpointId: 'till', criterion: 'speed', score: 1 },
      { touchpointId: 'till', criterion: 'speed', score: 3, weight: 0 },
    ]);
    expect(returned).toBe(acc);
    // x = 100 (w 3) and 0 (w 1); the zero weight is not counted
    expect(acc.groups).toEqual([
      {
        key: 'till',
        criteria: [
          { criterion: 'speed', n: 2, weights: [4], weightedScores: [300], squaredWeights: [10], squaredWeightScores: [900], squaredWeightSquaredScores: [90_000] },
        ],
      },
    ]);
    expect(scorecardFromAccumulator(acc)[0]!.score).toBe(75);
  });

  it('maps groups and groups by store as scorecard does', () => {
    const ratings = [
      { touchpointId: 'till', criterion: 'speed', score: 4, storeId: 's1' },
      { touchpointId: 'door', criterion: 'welcome', score: 2, storeId: 's2' },
    ];
    const options = { scale, groupBy: 'storeId' as const, groups: { s1: 'north', s2: 'south' } };
    const acc = addScorecardRatings(createScorecardAccumulator(options), ratings);
    expect(acc.groups.map((g) => g.key)).toEqual(['north', 'south']);
    expect(scorecardFromAccumulator(acc)).toEqual(scorecard(ratings, options));
  });

  it('leaves the accumulator unchanged when the batch is refused', () => {
    const acc = addScorecardRatings(createScorecardAccumulator({ scale, groupBy: 'storeId' }), [{ touchpointId: 'a', criterion: 'c', score: 3, storeId: 's' }]);
    const before = structuredClone(acc);
    expectOmnicxError(
      () =>
        addScorecardRatings(acc, [
          { touchpointId: 'a', criterion: 'c', score: 4, storeId: 's' },
          { touchpointId: 'a', criterion: 'c', score: 4 },
        ]),
      'INVALID_INPUT',
      [1, 'storeId'],
    );
    expect(acc).toEqual(before);
  });

  it('does not mutate the batch', () => {
    const ratings = Object.freeze([Object.freeze({ touchpointId: 'a', criterion: 'c', score: 2 })]);
    expect(() => addScorecardRatings(createScorecardAccumulator({ scale }), ratings)).not.toThrow();
  });

  it('refuses a malformed accumulator or rating with its path', () => {
    const acc = createScorecardAccumulator({ scale });
    expectOmnicxError(() => addScorecardRatings({ ...acc, groups: 'none' } as never, []), 'INVALID_INPUT', ['acc', 'groups']);
    expectOmnicxError(() => addScorecardRatings(acc, [{ touchpointId: 'a', criterion: 'c', score: 7 }]), 'INVALID_INPUT', [0, 'score']);
    expectOmnicxError(() => addScorecardRatings(acc, [{ touchpointId: 'a', criterion: '', score: 3 }]), 'INVALID_INPUT', [0, 'criterion']);
    expectOmnicxError(() => addScorecardRatings(acc, [{ touchpointId: 'a', criterion: 'c', score: 3, weight: 1e300 }]), 'INVALID_INPUT', [0, 'weight']);
  });
});
