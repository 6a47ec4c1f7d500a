import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedIndex } from '../../../src/sample/internal/materialise.js';

function reference(at: Float64Array): number[] {
  return Array.from(at, (_, i) => i).sort((a, b) => at[a]! - at[b]! || a - b);
}

describe('sortedIndex', () => {
  it('orders by time and keeps ties in index order', () => {
    const at = Float64Array.from([30, 10, 20, 10, 30, 0]);
    expect([...sortedIndex(at, at.length)]).toEqual([5, 1, 3, 2, 0, 4]);
  });

  it('handles empty input and a crowded bucket', () => {
    expect(sortedIndex(new Float64Array(0), 0).length).toBe(0);
    // Most values in one narrow range force a bucket larger than the insertion-sort limit.
    const at = Float64Array.from({ length: 400 }, (_, i) => (i < 390 ? 1000 + ((i * 7919) % 97) : i * 1e6));
    expect([...sortedIndex(at, at.length)]).toEqual(reference(at));
  });

  it('matches a comparison sort on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2_000 }), { maxLength: 300 }), (values) => {
        const at = Float64Array.from(values);
        expect([...sortedIndex(at, at.length)]).toEqual(reference(at));
      }),
    );
  });
});
