import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addMarkovAttributionPaths,
  attributeMarkov,
  createMarkovAttributionAccumulator,
  markovAttributionFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('addMarkovAttributionPaths', () => {
  it('counts the transitions in place and returns the accumulator', () => {
    const acc = createMarkovAttributionAccumulator({ order: 2 });
    const returned = addMarkovAttributionPaths(acc, [
      { path: 'a > b > b', conversions: 1, nulls: 2, value: 10 },
      { path: '', conversions: 0, nulls: 4 },
    ]);
    expect(returned).toBe(acc);
    expect(acc.channels).toEqual(['a', 'b']);
    // states: start, (a), (a, b), (b, b); 3 journeys walk start → (a) → (a, b) → (b, b)
    expect(acc.states).toEqual([[], [0], [0, 1], [1, 1]]);
    expect(acc.transitions).toEqual([
      { from: 0, to: 1, weight: [3] },
      { from: 1, to: 2, weight: [3] },
      { from: 2, to: 3, weight: [3] },
    ]);
    expect(acc.conversionsFrom).toEqual([[], [], [], [1]]);
    // the 4 empty journeys leave from start
    expect(acc.nullsFrom).toEqual([[4], [], [], [2]]);
    expect(acc.journeys).toEqual([7]);
    expect(acc.totalValue).toEqual([10]);
  });

  it('takes the columns of encodePaths as records, in batches', () => {
    const rows = [
      { path: 'x > y', conversions: 0.3, nulls: 0.1, value: 7.7 },
      { path: 'y > x > y', conversions: 1, nulls: 2.5, value: 1.1 },
      { path: 'x', conversions: 0, nulls: 0.7 },
    ];
    const acc = createMarkovAttributionAccumulator();
    addMarkovAttributionPaths(acc, encodePaths(rows.slice(0, 1)));
    addMarkovAttributionPaths(acc, rows.slice(1));
    expect(markovAttributionFromAccumulator(acc)).toEqual(attributeMarkov(rows));
  });

  it('leaves the accumulator unchanged when the batch is refused', () => {
    const acc = addMarkovAttributionPaths(createMarkovAttributionAccumulator(), [{ path: 'a', conversions: 1 }]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addMarkovAttributionPaths(acc, [{ path: 'b', conversions: 1 }, { path: 'c', conversions: -1 }]), 'INVALID_INPUT', [1, 'conversions']);
    expectOmnicxError(
      () => addMarkovAttributionPaths(acc, [{ path: 'b', conversions: Number.MAX_VALUE }, { path: 'b', conversions: Number.MAX_VALUE }]),
      'INVALID_INPUT',
      [],
    );
    expect(acc).toEqual(before);
  });

  it('does not mutate the batch', () => {
    const rows = Object.freeze([Object.freeze({ path: Object.freeze(['a', 'b']), conversions: 1, nulls: 1 })]);
    expect(() => addMarkovAttributionPaths(createMarkovAttributionAccumulator(), rows)).not.toThrow();
  });

  it('refuses a malformed accumulator or batch with its path', () => {
    const acc = createMarkovAttributionAccumulator();
    expectOmnicxError(() => addMarkovAttributionPaths({ ...acc, journeys: [NaN] }, []), 'INVALID_INPUT', ['acc', 'journeys', 0]);
    expectOmnicxError(() => addMarkovAttributionPaths(acc, [{ path: '', conversions: 1 }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => addMarkovAttributionPaths(acc, 'a > b' as never), 'INVALID_INPUT', []);
  });
});
