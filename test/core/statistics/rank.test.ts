import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rank } from '../../../src/core/statistics/rank.js';
import { expectOmnicxError } from './support.js';

describe('rank', () => {
  it('ranks from 1 and averages ties (R: rank(c(10, 30, 20, 20)) = 1 4 2.5 2.5)', () => {
    expect(rank([10, 30, 20, 20])).toEqual([1, 4, 2.5, 2.5]);
    expect(rank([3, 1, 2])).toEqual([3, 1, 2]);
    expect(rank([5, 5, 5])).toEqual([2, 2, 2]);
    expect(rank(new Float64Array([-0, 0, -1]))).toEqual([2.5, 2.5, 1]);
    expect(rank([])).toEqual([]);
  });

  it('returns a plain array and leaves the input alone', () => {
    const values = [2, 1];
    const ranks = rank(values);
    expect(Array.isArray(ranks)).toBe(true);
    expect(values).toEqual([2, 1]);
  });

  it('rejects non-finite values', () => {
    expectOmnicxError(() => rank([1, Number.NaN]), 'INVALID_INPUT', [1]);
  });

  it('sums to n(n + 1)/2 and preserves order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }), (values) => {
        const ranks = rank(values);
        const n = values.length;
        expect(ranks.reduce((a, b) => a + b, 0)).toBe((n * (n + 1)) / 2);
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < n; j++) {
            if (values[i]! < values[j]!) expect(ranks[i]!).toBeLessThan(ranks[j]!);
            if (values[i] === values[j]) expect(ranks[i]).toBe(ranks[j]);
          }
        }
      }),
    );
  });
});
