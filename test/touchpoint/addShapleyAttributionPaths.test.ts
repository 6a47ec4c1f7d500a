import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import {
  addShapleyAttributionPaths,
  attributeShapley,
  createShapleyAttributionAccumulator,
  shapleyAttributionFromAccumulator,
} from '../../src/touchpoint/index.js';
import { expectOmnicxError } from './support.js';

describe('addShapleyAttributionPaths', () => {
  it('groups journeys by channel set in place and returns the accumulator', () => {
    const acc = createShapleyAttributionAccumulator();
    const returned = addShapleyAttributionPaths(acc, [
      { path: 'search > email > search', conversions: 2, value: 90 },
      { path: 'email > search', conversions: 1, nulls: 3, value: 10 },
      { path: '', conversions: 0, nulls: 5 },
      { path: 'tv', conversions: 0, nulls: 0 },
    ]);
    expect(returned).toBe(acc);
    // tv has no journeys: listed as a channel, but in no set
    expect(acc.channels).toEqual(['search', 'email', 'tv']);
    expect(acc.sets).toEqual([
      { channels: [0, 1], conversions: [3], value: [100], journeys: [6] },
      { channels: [], conversions: [], value: [], journeys: [5] },
    ]);
    expect(shapleyAttributionFromAccumulator(acc).credits['tv']).toEqual({ conversions: 0, value: 0 });
  });

  it('takes the columns of encodePaths as records', () => {
    const rows = [
      { path: 'a > b', conversions: 0.5, nulls: 0.25, value: 3.3 },
      { path: 'b', conversions: 1, nulls: 2, value: 1.1 },
    ];
    const acc = addShapleyAttributionPaths(createShapleyAttributionAccumulator({ value: 'conversionRate' }), encodePaths(rows));
    expect(shapleyAttributionFromAccumulator(acc)).toEqual(attributeShapley(rows, { value: 'conversionRate' }));
  });

  it('leaves the accumulator unchanged when the batch is refused', () => {
    const acc = addShapleyAttributionPaths(createShapleyAttributionAccumulator(), [{ path: 'a', conversions: 1 }]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addShapleyAttributionPaths(acc, [{ path: 'b', conversions: 1 }, { path: 'b', conversions: 0, value: 3 }]), 'INVALID_INPUT', [1, 'value']);
    expectOmnicxError(
      () => addShapleyAttributionPaths(acc, [{ path: 'b', conversions: Number.MAX_VALUE }, { path: 'b', conversions: Number.MAX_VALUE }]),
      'INVALID_INPUT',
      [],
    );
    expect(acc).toEqual(before);
  });

  it('does not mutate the batch', () => {
    const rows = Object.freeze([Object.freeze({ path: Object.freeze(['a', 'b']), conversions: 1, nulls: 1 })]);
    expect(() => addShapleyAttributionPaths(createShapleyAttributionAccumulator(), rows)).not.toThrow();
  });

  it('refuses a malformed accumulator or batch with its path', () => {
    const acc = createShapleyAttributionAccumulator();
    expectOmnicxError(() => addShapleyAttributionPaths({ ...acc, sets: {} } as never, []), 'INVALID_INPUT', ['acc', 'sets']);
    expectOmnicxError(() => addShapleyAttributionPaths(acc, [{ path: 'a', conversions: Infinity }]), 'INVALID_INPUT', [0, 'conversions']);
    expectOmnicxError(() => addShapleyAttributionPaths(acc, null as never), 'INVALID_INPUT', []);
  });
});
