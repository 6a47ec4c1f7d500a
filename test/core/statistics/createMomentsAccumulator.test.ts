import { describe, expect, it } from 'vitest';
import { createMomentsAccumulator } from '../../../src/core/statistics/createMomentsAccumulator.js';

describe('createMomentsAccumulator', () => {
  it('creates a fresh, empty, JSON-serialisable accumulator on every call', () => {
    const a = createMomentsAccumulator();
    expect(a).toEqual({ n: 0, mean: 0, m2: 0, min: null, max: null });
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(createMomentsAccumulator()).not.toBe(a);
  });
});
