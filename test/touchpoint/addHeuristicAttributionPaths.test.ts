import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addHeuristicAttributionPaths,
  attributeHeuristic,
  createHeuristicAttributionAccumulator,
  heuristicAttributionFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

const DAY = 86_400_000;

describe('addHeuristicAttributionPaths', () => {
  it('updates the accumulator in place and returns it', () => {
    const acc = createHeuristicAttributionAccumulator('lastTouch');
    const returned = addHeuristicAttributionPaths(acc, [
      { path: 'search > email', conversions: 2, value: 80 },
      { path: 'social', nulls: 3, conversions: 0 },
    ]);
    expect(returned).toBe(acc);
    expect(acc.channels).toEqual(['search', 'email', 'social']);
    expect(heuristicAttributionFromAccumulator(acc).credits).toEqual({
      email: { conversions: 2, value: 80 },
      search: { conversions: 0, value: 0 },
      social: { conversions: 0, value: 0 },
    });
    expect(acc.totalConversions).toEqual([2]);
    expect(acc.totalValue).toEqual([80]);
  });

  it('takes the columns of encodePaths as records', () => {
    const rows = [
      { path: 'a > b > c', conversions: 1.5, value: 33.3 },
      { path: 'c > a', conversions: 2, nulls: 1, value: 10 },
    ];
    const fromColumns = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('inverseJ'), encodePaths(rows));
    expect(heuristicAttributionFromAccumulator(fromColumns)).toEqual(attributeHeuristic(rows, 'inverseJ'));
  });

  it('decays by touch times, as attributeHeuristic does', () => {
    // One half-life (7 days) apart: weights 1/2 and 1, so search gets 1/3 of 30.
    const rows = [{ path: 'search > email', conversions: 1, value: 30, touchedAt: [0, 7 * DAY] }];
    const acc = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('timeDecay'), rows);
    expect(heuristicAttributionFromAccumulator(acc).credits['search']!.value).toBe(attributeHeuristic(rows, 'timeDecay').credits['search']!.value);
    expect(heuristicAttributionFromAccumulator(acc).credits['search']!.value).toBeCloseTo(10, 12);
  });

  it('leaves the accumulator unchanged when the batch is refused', () => {
    const acc = addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), [{ path: 'a', conversions: 1, value: 5 }]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addHeuristicAttributionPaths(acc, [{ path: 'b', conversions: 1 }, { path: '', conversions: 1 }]), 'INVALID_INPUT', [1, 'conversions']);
    expectOmnicxError(
      () => addHeuristicAttributionPaths(acc, [{ path: 'b', conversions: 1, value: Number.MAX_VALUE }, { path: 'b', conversions: 1, value: Number.MAX_VALUE }]),
      'INVALID_INPUT',
      [],
    );
    expect(acc).toEqual(before);
  });

  it('does not mutate the batch', () => {
    const rows = Object.freeze([Object.freeze({ path: Object.freeze(['a', 'b']), conversions: 1, value: 2, touchedAt: Object.freeze([0, DAY]) })]);
    expect(() => addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('timeDecay'), rows)).not.toThrow();
  });

  it('refuses a malformed accumulator or batch with its path', () => {
    const acc = createHeuristicAttributionAccumulator('timeDecay');
    expectOmnicxError(() => addHeuristicAttributionPaths({ ...acc, version: 2 } as never, []), 'INVALID_INPUT', ['acc', 'version']);
    expectOmnicxError(() => addHeuristicAttributionPaths(acc, [{ path: 'a', conversions: 1 }]), 'INVALID_INPUT', [0, 'touchedAt']);
    expectOmnicxError(() => addHeuristicAttributionPaths(acc, encodePaths([{ path: 'a', conversions: 1 }])), 'INVALID_INPUT', []);
    expectOmnicxError(() => addHeuristicAttributionPaths(acc, [{ path: 'a', conversions: 1, touchedAt: ['yesterday'] }]), 'INVALID_DATE', [0, 'touchedAt', 0]);
    expectOmnicxError(() => addHeuristicAttributionPaths(acc, 7 as never), 'INVALID_INPUT', []);
  });
});
