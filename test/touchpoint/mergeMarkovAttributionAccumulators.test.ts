import { describe, expect, it } from 'vitest';
import {
  addMarkovAttributionPaths,
  attributeMarkov,
  createMarkovAttributionAccumulator,
  markovAttributionFromAccumulator,
  mergeMarkovAttributionAccumulators,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('mergeMarkovAttributionAccumulators', () => {
  it('adds the counts of both, matching channels by name and states by sequence', () => {
    const a = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'b > a', conversions: 1 }]);
    const b = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'a > c', conversions: 0, nulls: 2 }, { path: 'b', conversions: 1 }]);
    const merged = mergeMarkovAttributionAccumulators(a, b);
    expect(merged.channels).toEqual(['b', 'a', 'c']);
    expect(merged.states).toEqual([[], [0], [1], [2]]);
    // start → b: 1 + 1; b → a: 1; start → a: 2; a → c: 2
    expect(merged.transitions).toEqual([
      { from: 0, to: 1, weight: [2] },
      { from: 1, to: 2, weight: [1] },
      { from: 0, to: 2, weight: [2] },
      { from: 2, to: 3, weight: [2] },
    ]);
    expect(merged.journeys).toEqual([4]);
    expect(markovAttributionFromAccumulator(merged)).toEqual(
      attributeMarkov([
        { path: 'b > a', conversions: 1 },
        { path: 'a > c', conversions: 0, nulls: 2 },
        { path: 'b', conversions: 1 },
      ]),
    );
  });

  it('is exact where float addition is not: 0.1 + 0.2 + 0.3 journeys in any grouping', () => {
    const one = (nulls: number) => addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'a', conversions: 1, nulls }]);
    const [x, y, z] = [one(0.1), one(0.2), one(0.3)];
    const left = markovAttributionFromAccumulator(mergeMarkovAttributionAccumulators(mergeMarkovAttributionAccumulators(x, y), z));
    const right = markovAttributionFromAccumulator(mergeMarkovAttributionAccumulators(x, mergeMarkovAttributionAccumulators(z, y)));
    const once = attributeMarkov([0.1, 0.2, 0.3].map((nulls) => ({ path: 'a', conversions: 1, nulls })));
    expect(left).toEqual(once);
    expect(right).toEqual(once);
    // P = 3 / 3.6 from the exact sum of the weights
    expect(once.conversionProbability).toBe(3 / 3.6);
  });

  it('touches neither argument', () => {
    const a = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'a > b', conversions: 1 }]);
    const b = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'a > b', conversions: 2 }]);
    const [ca, cb] = [structuredClone(a), structuredClone(b)];
    const merged = mergeMarkovAttributionAccumulators(Object.freeze(a), Object.freeze(b));
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
    addMarkovAttributionPaths(merged, [{ path: 'a > b', conversions: 5 }]);
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
  });

  it('refuses accumulators of different orders, or malformed ones', () => {
    const a = createMarkovAttributionAccumulator();
    expectOmnicxError(() => mergeMarkovAttributionAccumulators(a, createMarkovAttributionAccumulator({ order: 2 })), 'INVALID_INPUT', ['b', 'order']);
    expectOmnicxError(() => mergeMarkovAttributionAccumulators({ ...a, version: 2 } as never, a), 'INVALID_INPUT', ['a', 'version']);
    expectOmnicxError(() => mergeMarkovAttributionAccumulators(a, { ...a, conversionsFrom: [] }), 'INVALID_INPUT', ['b', 'conversionsFrom']);
  });
});
