import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addHeuristicAttributionPaths,
  attributeHeuristic,
  createHeuristicAttributionAccumulator,
  heuristicAttributionFromAccumulator,
  heuristicModelSchema,
  mergeHeuristicAttributionAccumulators,
  type HeuristicAttributionAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError, mergeInSomeTree, shardPlan, splitRows, weightedPathRecords } from './support.js';

const OPTIONS = [{}, { direct: ['email', 'direct'] }, { halfLifeDays: 2.5 }, { positionWeights: { first: 0.3, last: 0.5 } }] as const;

describe('heuristicAttributionFromAccumulator', () => {
  it('reads hand-computed credits from shards merged together', () => {
    // linear: 'search > email' (2 conversions, 100) gives 1 and 50 to each; 'email > social > email'
    // (3 conversions, 30) gives 1 and 10 per touch: email 2 and 20, social 1 and 10.
    const a = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'search > email', conversions: 2, value: 100 }]);
    const b = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [
      { path: 'email > social > email', conversions: 3, value: 30 },
      { path: 'tv', conversions: 0, nulls: 7 },
    ]);
    expect(heuristicAttributionFromAccumulator(mergeHeuristicAttributionAccumulators(a, b))).toEqual({
      model: 'linear',
      totalConversions: 5,
      totalValue: 130,
      credits: {
        email: { conversions: 3, value: 70 },
        search: { conversions: 1, value: 50 },
        social: { conversions: 1, value: 10 },
        tv: { conversions: 0, value: 0 },
      },
    });
  });

  it('rounds each credit once from the exact sum, as the one-pass function does', () => {
    // 0.1 + 0.2 + 0.3 summed left to right is 0.6000000000000001; the exact sum rounds to 0.6.
    const rows = [0.1, 0.2, 0.3].map((value) => ({ path: 'search', conversions: 1, value }));
    const acc = createHeuristicAttributionAccumulator('firstTouch');
    for (const row of rows) addHeuristicAttributionPaths(acc, [row]);
    const result = heuristicAttributionFromAccumulator(acc);
    expect(result.credits['search']!.value).toBe(0.6);
    expect(result.totalValue).toBe(0.6);
    expect(attributeHeuristic(rows, 'firstTouch')).toEqual(result);
    expect(attributeHeuristic(rows.slice().reverse(), 'firstTouch')).toEqual(result);
  });

  it('equals attributeHeuristic exactly on any split, merged in any order, for every model (property)', () => {
    fc.assert(
      fc.property(
        weightedPathRecords(),
        shardPlan(),
        fc.constantFrom(...heuristicModelSchema.options),
        fc.constantFrom(...OPTIONS),
        fc.boolean(),
        (records, plan, model, options, encode) => {
          const expected = attributeHeuristic(records, model, options);
          const accs = splitRows(records, plan.cuts).map((shard) => {
            const acc = createHeuristicAttributionAccumulator(model, options);
            // Half the shards go in as two batches, the columns of encodePaths when the model allows.
            const half = Math.floor(shard.length / 2);
            for (const batch of [shard.slice(0, half), shard.slice(half)]) {
              addHeuristicAttributionPaths(acc, encode && model !== 'timeDecay' ? encodePaths(batch) : batch);
            }
            return acc;
          });
          const merged = mergeInSomeTree(accs, mergeHeuristicAttributionAccumulators, plan.seeds);
          const actual = heuristicAttributionFromAccumulator(merged);
          expect(actual).toEqual(expected);
          // Exactly: toEqual compares numbers with Object.is.
          for (const [channel, credit] of Object.entries(expected.credits)) {
            expect(actual.credits[channel]!.conversions).toBe(credit.conversions);
            expect(actual.credits[channel]!.value).toBe(credit.value);
          }
        },
      ),
    );
  });

  it('gives attributeHeuristic of nothing for an empty accumulator', () => {
    expect(heuristicAttributionFromAccumulator(createHeuristicAttributionAccumulator('lastTouch'))).toEqual(attributeHeuristic([], 'lastTouch'));
  });

  it('reads a hand-written accumulator whose partials overlap', () => {
    const acc: HeuristicAttributionAccumulator = {
      ...createHeuristicAttributionAccumulator('linear'),
      channels: ['a'],
      conversions: [[0.1, 0.2, 0.3]],
      values: [[1, 1e100, -1e100]],
      totalConversions: [0.1, 0.2, 0.3],
      totalValue: [1, 1e100, -1e100],
    };
    const result = heuristicAttributionFromAccumulator(acc);
    expect(result.credits['a']).toEqual({ conversions: 0.6, value: 1 });
    expect(result.totalValue).toBe(1);
  });

  it('does not modify the accumulator', () => {
    const acc = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'a > b', conversions: 1, value: 0.3 }]);
    const copy = structuredClone(acc);
    heuristicAttributionFromAccumulator(Object.freeze(acc));
    expect(acc).toEqual(copy);
  });

  it('refuses a malformed accumulator with the path of the bad field', () => {
    const acc = createHeuristicAttributionAccumulator('linear');
    expectOmnicxError(() => heuristicAttributionFromAccumulator({ ...acc, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => heuristicAttributionFromAccumulator({ ...acc, channels: ['a'] }), 'INVALID_INPUT', ['acc', 'conversions']);
    expectOmnicxError(
      () => heuristicAttributionFromAccumulator({ ...acc, channels: ['a', 'a'], conversions: [[], []], values: [[], []] }),
      'INVALID_INPUT',
      ['acc', 'channels', 1],
    );
    expectOmnicxError(
      () => heuristicAttributionFromAccumulator({ ...acc, channels: ['a'], conversions: [[NaN]], values: [[]] }),
      'INVALID_INPUT',
      ['acc', 'conversions', 0, 0],
    );
    expectOmnicxError(() => heuristicAttributionFromAccumulator(null as never), 'INVALID_INPUT', ['acc']);
  });
});
