import { describe, expect, it } from 'vitest';
import {
  addScorecardRatings,
  createScorecardAccumulator,
  mergeScorecardAccumulators,
  scorecard,
  scorecardFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

const scale = { min: 1, max: 5 };

describe('mergeScorecardAccumulators', () => {
  it('holds the ratings of both, groups and criteria of a first', () => {
    const a = addScorecardRatings(createScorecardAccumulator({ scale }), [{ touchpointId: 'till', criterion: 'speed', score: 4 }]);
    const b = addScorecardRatings(createScorecardAccumulator({ scale }), [
      { touchpointId: 'door', criterion: 'welcome', score: 5 },
      { touchpointId: 'till', criterion: 'speed', score: 2 },
      { touchpointId: 'till', criterion: 'accuracy', score: 3 },
    ]);
    const merged = mergeScorecardAccumulators(a, b);
    expect(merged.groups.map((g) => [g.key, g.criteria.map((c) => [c.criterion, c.n])])).toEqual([
      ['till', [['speed', 2], ['accuracy', 1]]],
      ['door', [['welcome', 1]]],
    ]);
    // till: speed (75 + 25)/2 = 50, accuracy 50 → 50; door 100
    expect(scorecardFromAccumulator(merged).map((row) => [row.key, row.score, row.rank])).toEqual([
      ['door', 100, 1],
      ['till', 50, 2],
    ]);
  });

  it('is exact where float addition is not: the three shards of 0.1-weighted ratings in any grouping', () => {
    const one = (weight: number, score: number) =>
      addScorecardRatings(createScorecardAccumulator({ scale }), [{ touchpointId: 't', criterion: 'c', score, weight }]);
    const [x, y, z] = [one(0.1, 1.3), one(0.2, 4.9), one(0.3, 2.2)];
    const left = scorecardFromAccumulator(mergeScorecardAccumulators(mergeScorecardAccumulators(x, y), z));
    const right = scorecardFromAccumulator(mergeScorecardAccumulators(x, mergeScorecardAccumulators(z, y)));
    const once = scorecard(
      [
        { touchpointId: 't', criterion: 'c', score: 1.3, weight: 0.1 },
        { touchpointId: 't', criterion: 'c', score: 4.9, weight: 0.2 },
        { touchpointId: 't', criterion: 'c', score: 2.2, weight: 0.3 },
      ],
      { scale },
    );
    expect(left).toEqual(once);
    expect(right).toEqual(once);
  });

  it('treats options with keys in another order as the same options', () => {
    const a = createScorecardAccumulator({ scale, criteria: { a: { weight: 2 }, b: { weight: 3 } } });
    const b = createScorecardAccumulator({ criteria: { b: { weight: 3 }, a: { weight: 2 } }, scale: { max: 5, min: 1 } });
    expect(mergeScorecardAccumulators(a, b).groups).toEqual([]);
  });

  it('touches neither argument', () => {
    const a = addScorecardRatings(createScorecardAccumulator({ scale }), [{ touchpointId: 't', criterion: 'c', score: 2 }]);
    const b = addScorecardRatings(createScorecardAccumulator({ scale }), [{ touchpointId: 't', criterion: 'c', score: 3 }]);
    const [ca, cb] = [structuredClone(a), structuredClone(b)];
    const merged = mergeScorecardAccumulators(Object.freeze(a), Object.freeze(b));
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
    addScorecardRatings(merged, [{ touchpointId: 't', criterion: 'c', score: 5 }]);
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
  });

  it('refuses accumulators with different options, or malformed ones', () => {
    const a = createScorecardAccumulator({ scale });
    expectOmnicxError(() => mergeScorecardAccumulators(a, createScorecardAccumulator({ scale: { min: 0, max: 5 } })), 'INVALID_INPUT', ['b', 'options']);
    expectOmnicxError(() => mergeScorecardAccumulators(a, createScorecardAccumulator({ scale, confidence: 0.9 })), 'INVALID_INPUT', ['b', 'options']);
    expectOmnicxError(() => mergeScorecardAccumulators(a, createScorecardAccumulator({ scale, groupBy: 'storeId' })), 'INVALID_INPUT', ['b', 'options']);
    expectOmnicxError(() => mergeScorecardAccumulators({ ...a, version: 3 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    expectOmnicxError(
      () => mergeScorecardAccumulators(a, { ...a, groups: [{ key: 'k', criteria: [{ criterion: 'c', n: 1.5 } as never] }] }),
      'INVALID_INPUT',
      ['b', 'groups', 0, 'criteria', 0, 'n'],
    );
  });
});
