import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addShapleyAttributionPaths,
  attributeShapley,
  createShapleyAttributionAccumulator,
  mergeShapleyAttributionAccumulators,
  shapleyAttributionFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError, mergeInSomeTree, pathRecords, shardPlan, splitRows, weightedPathRecords } from './support.js';

describe('shapleyAttributionFromAccumulator', () => {
  it('reads the hand-computed conversion-rate game from shards (φ(a) = 3/4, φ(b) = −1/4)', () => {
    const options = { value: 'conversionRate' } as const;
    const a = addShapleyAttributionPaths(createShapleyAttributionAccumulator(options), [{ path: 'a', conversions: 1 }]);
    const b = addShapleyAttributionPaths(createShapleyAttributionAccumulator(options), [{ path: 'b', conversions: 0, nulls: 1 }]);
    const result = shapleyAttributionFromAccumulator(mergeShapleyAttributionAccumulators(b, a));
    expect(result.shapleyValues).toEqual({ a: 0.75, b: -0.25 });
    expect(result.credits['a']).toEqual({ conversions: 1.5, value: 0 });
    expect(result.credits['b']!.conversions).toBe(-0.5);
    expect(result).toEqual(
      attributeShapley(
        [
          { path: 'a', conversions: 1 },
          { path: 'b', conversions: 0, nulls: 1 },
        ],
        options,
      ),
    );
  });

  it('equals attributeShapley exactly on any split, merged in any order, for both games (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(weightedPathRecords(), pathRecords()),
        shardPlan(),
        fc.constantFrom<'conversions' | 'conversionRate'>('conversions', 'conversionRate'),
        fc.boolean(),
        (records, plan, value, encode) => {
          const expected = attributeShapley(records, { value });
          const accs = splitRows(records, plan.cuts).map((shard) => {
            const acc = createShapleyAttributionAccumulator({ value });
            const half = Math.floor(shard.length / 2);
            for (const batch of [shard.slice(0, half), shard.slice(half)]) addShapleyAttributionPaths(acc, encode ? encodePaths(batch) : batch);
            return acc;
          });
          const actual = shapleyAttributionFromAccumulator(mergeInSomeTree(accs, mergeShapleyAttributionAccumulators, plan.seeds));
          // toEqual compares numbers with Object.is: every Shapley value and credit bit for bit.
          expect(actual).toEqual(expected);
        },
      ),
    );
  });

  it('samples the same orders as attributeShapley above 20 channels', () => {
    const channels = Array.from({ length: 22 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const records = channels.flatMap((c, i) => [
      { path: [c, channels[(i + 5) % 22]!], conversions: i % 3, nulls: 2 },
      { path: [channels[(i * 7) % 22]!], conversions: 1, nulls: i % 4 },
    ]);
    const options = { value: 'conversionRate', samples: 50, seed: 9 } as const;
    const acc = (rows: typeof records) => addShapleyAttributionPaths(createShapleyAttributionAccumulator(options), rows);
    const merged = mergeShapleyAttributionAccumulators(acc(records.slice(30)), acc(records.slice(0, 30)));
    const result = shapleyAttributionFromAccumulator(merged);
    expect(result.exact).toBe(false);
    expect(result.samples).toBe(50);
    expect(result).toEqual(attributeShapley(records, options));
    expect(result).toEqual(attributeShapley(records.slice().reverse(), options));
  });

  it('groups channel sets of a dictionary above 52 channels as attributeShapley does', () => {
    const channels = Array.from({ length: 60 }, (_, i) => `ch${String(i)}`);
    const records = channels.map((c, i) => ({ path: [c, channels[(i * 13) % 60]!, channels[59 - i]!], conversions: 1 + (i % 2), nulls: 1, value: 0.1 * i }));
    const acc = (rows: typeof records) => addShapleyAttributionPaths(createShapleyAttributionAccumulator(), rows);
    const merged = mergeShapleyAttributionAccumulators(acc(records.slice(17)), acc(records.slice(0, 17)));
    expect(shapleyAttributionFromAccumulator(merged)).toEqual(attributeShapley(records));
    expect(attributeShapley(records.slice().reverse())).toEqual(attributeShapley(records));
  });

  it('gives attributeShapley of nothing for an empty accumulator', () => {
    expect(shapleyAttributionFromAccumulator(createShapleyAttributionAccumulator())).toEqual(attributeShapley([]));
  });

  it('does not modify the accumulator', () => {
    const acc = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a > b', conversions: 1, value: 0.3 }]);
    const copy = structuredClone(acc);
    shapleyAttributionFromAccumulator(Object.freeze(acc));
    expect(acc).toEqual(copy);
  });

  it('refuses a malformed accumulator with the path of the bad field', () => {
    const acc = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a > b', conversions: 1 }]);
    const set = acc.sets[0]!;
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, channels: ['a', 'a'] }), 'INVALID_INPUT', ['acc', 'channels', 1]);
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, sets: [set, set] }), 'INVALID_INPUT', ['acc', 'sets', 1]);
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, sets: [{ ...set, channels: [1, 0] }] }), 'INVALID_INPUT', ['acc', 'sets', 0, 'channels', 1]);
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, sets: [{ ...set, channels: [0, 7] }] }), 'INVALID_INPUT', ['acc', 'sets', 0, 'channels', 1]);
    expectOmnicxError(() => shapleyAttributionFromAccumulator({ ...acc, options: { ...acc.options, samples: 0 } }), 'INVALID_INPUT', ['acc', 'options', 'samples']);
  });
});
