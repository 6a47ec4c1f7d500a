import { describe, expect, it } from 'vitest';
import {
  addShapleyAttributionPaths,
  attributeShapley,
  createShapleyAttributionAccumulator,
  mergeShapleyAttributionAccumulators,
  shapleyAttributionFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('mergeShapleyAttributionAccumulators', () => {
  it('adds the sets of both, matched by channel names', () => {
    const a = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'b > a', conversions: 1, value: 8 }]);
    const b = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a > b > a', conversions: 3, value: 4 }, { path: 'c', conversions: 1 }]);
    const merged = mergeShapleyAttributionAccumulators(a, b);
    expect(merged.channels).toEqual(['b', 'a', 'c']);
    expect(merged.sets).toEqual([
      { channels: [0, 1], conversions: [4], value: [12], journeys: [4] },
      { channels: [2], conversions: [1], value: [], journeys: [1] },
    ]);
    // {a, b} shares 4 conversions and 12 of value equally; c keeps its own
    expect(shapleyAttributionFromAccumulator(merged).credits).toEqual({
      a: { conversions: 2, value: 6 },
      b: { conversions: 2, value: 6 },
      c: { conversions: 1, value: 0 },
    });
  });

  it('is exact where float addition is not: 0.1 + 0.2 + 0.3 in any grouping', () => {
    const one = (value: number) => addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a > b > c', conversions: 1, value }]);
    const [x, y, z] = [one(0.1), one(0.2), one(0.3)];
    const left = shapleyAttributionFromAccumulator(mergeShapleyAttributionAccumulators(mergeShapleyAttributionAccumulators(x, y), z));
    const right = shapleyAttributionFromAccumulator(mergeShapleyAttributionAccumulators(x, mergeShapleyAttributionAccumulators(z, y)));
    const once = attributeShapley([0.1, 0.2, 0.3].map((value) => ({ path: 'a > b > c', conversions: 1, value })));
    expect(left).toEqual(once);
    expect(right).toEqual(once);
    expect(once.credits['a']!.value).toBe(0.6 / 3);
  });

  it('touches neither argument', () => {
    const a = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a', conversions: 1 }]);
    const b = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a', conversions: 2 }]);
    const [ca, cb] = [structuredClone(a), structuredClone(b)];
    const merged = mergeShapleyAttributionAccumulators(Object.freeze(a), Object.freeze(b));
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
    addShapleyAttributionPaths(merged, [{ path: 'a', conversions: 5 }]);
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
  });

  it('refuses accumulators with different options, or malformed ones', () => {
    const a = createShapleyAttributionAccumulator();
    expectOmnicxError(() => mergeShapleyAttributionAccumulators(a, createShapleyAttributionAccumulator({ value: 'conversionRate' })), 'INVALID_INPUT', ['b', 'options']);
    expectOmnicxError(() => mergeShapleyAttributionAccumulators(a, createShapleyAttributionAccumulator({ seed: 2 })), 'INVALID_INPUT', ['b', 'options']);
    expectOmnicxError(() => mergeShapleyAttributionAccumulators({ ...a, version: 0 } as never, a), 'INVALID_INPUT', ['a', 'version']);
  });
});
