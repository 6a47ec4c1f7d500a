import { describe, expect, it } from 'vitest';
import {
  addHeuristicAttributionPaths,
  attributeHeuristic,
  createHeuristicAttributionAccumulator,
  heuristicAttributionFromAccumulator,
  mergeHeuristicAttributionAccumulators,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('mergeHeuristicAttributionAccumulators', () => {
  it('holds the paths of both, channels of a first', () => {
    const a = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('jShaped'), [{ path: 'x > y > z', conversions: 1, value: 10 }]);
    const b = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('jShaped'), [{ path: 'w > x', conversions: 1, value: 4 }]);
    const merged = mergeHeuristicAttributionAccumulators(a, b);
    expect(merged.channels).toEqual(['x', 'y', 'z', 'w']);
    // x: 20 % of 10 as first of three, 75 % of 4 as last of two = 2 + 3; w: 25 % of 4 = 1
    const result = heuristicAttributionFromAccumulator(merged);
    expect(result.credits['x']!.value).toBe(5);
    expect(result.credits['w']!.value).toBe(1);
    expect(result).toEqual(
      attributeHeuristic(
        [
          { path: 'x > y > z', conversions: 1, value: 10 },
          { path: 'w > x', conversions: 1, value: 4 },
        ],
        'jShaped',
      ),
    );
  });

  it('is exact where float addition is not: (0.1 + 0.2) + 0.3 = 0.1 + (0.2 + 0.3) = 0.6', () => {
    const one = (value: number) => addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'a', conversions: 1, value }]);
    const [x, y, z] = [one(0.1), one(0.2), one(0.3)];
    const left = mergeHeuristicAttributionAccumulators(mergeHeuristicAttributionAccumulators(x, y), z);
    const right = mergeHeuristicAttributionAccumulators(x, mergeHeuristicAttributionAccumulators(y, z));
    expect(heuristicAttributionFromAccumulator(left).credits['a']!.value).toBe(0.6);
    expect(heuristicAttributionFromAccumulator(right).credits['a']!.value).toBe(0.6);
  });

  it('treats the same direct channels in another order as the same options', () => {
    const a = createHeuristicAttributionAccumulator('lastNonDirect', { direct: ['direct', 'seo'] });
    const b = { ...createHeuristicAttributionAccumulator('lastNonDirect'), options: { ...a.options, direct: ['seo', 'direct', 'seo'] } };
    expect(mergeHeuristicAttributionAccumulators(a, b).options.direct).toEqual(['direct', 'seo']);
  });

  it('touches neither argument', () => {
    const a = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'a > b', conversions: 1, value: 0.1 }]);
    const b = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'b > c', conversions: 1, value: 0.2 }]);
    const [ca, cb] = [structuredClone(a), structuredClone(b)];
    const merged = mergeHeuristicAttributionAccumulators(Object.freeze(a), Object.freeze(b));
    expect(a).toEqual(ca);
    expect(b).toEqual(cb);
    addHeuristicAttributionPaths(merged, [{ path: 'a', conversions: 5, value: 5 }]);
    expect(a).toEqual(ca);
  });

  it('refuses accumulators of different models or options, or malformed ones', () => {
    const linear = createHeuristicAttributionAccumulator('linear');
    expectOmnicxError(() => mergeHeuristicAttributionAccumulators(linear, createHeuristicAttributionAccumulator('firstTouch')), 'INVALID_INPUT', ['b', 'model']);
    expectOmnicxError(
      () => mergeHeuristicAttributionAccumulators(linear, createHeuristicAttributionAccumulator('linear', { halfLifeDays: 3 })),
      'INVALID_INPUT',
      ['b', 'options'],
    );
    expectOmnicxError(
      () => mergeHeuristicAttributionAccumulators(linear, createHeuristicAttributionAccumulator('linear', { direct: ['seo'] })),
      'INVALID_INPUT',
      ['b', 'options'],
    );
    expectOmnicxError(() => mergeHeuristicAttributionAccumulators({} as never, linear), 'INVALID_INPUT', ['a', 'kind']);
    expectOmnicxError(() => mergeHeuristicAttributionAccumulators(linear, { ...linear, totalValue: [Infinity] }), 'INVALID_INPUT', ['b', 'totalValue', 0]);
  });
});
