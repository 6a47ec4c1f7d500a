import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spearman } from '../../../src/core/statistics/spearman.js';
import { expectOmnicxError } from './support.js';

describe('spearman', () => {
  it('equals 1 − 6Σd²/(n(n² − 1)) without ties (hand-computed)', () => {
    // ranks x = 1..5, ranks y = 2,1,4,3,5: d = −1,1,−1,1,0, Σd² = 4, ρ = 1 − 24/120 = 0.8
    expect(spearman([1, 2, 3, 4, 5], [20, 10, 40, 30, 50])).toBeCloseTo(0.8, 15);
    expect(spearman([1, 2, 3, 4], [1, 8, 27, 64])).toBe(1);
    expect(spearman([1, 2, 3, 4], [10, 9, 2, 1])).toBe(-1);
  });

  it('averages tied ranks, then takes Pearson on the ranks (hand-computed)', () => {
    // x = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4; y = 1, 3, 2, 4 → ranks 1, 3, 2, 4; both means 2.5.
    // Σdx·dy = 2.25 + 0 + 0 + 2.25 = 4.5, Σdx² = 4.5, Σdy² = 5 → ρ = 4.5/√22.5 = 3/√10
    // (R: cor(c(1,2,2,3), c(1,3,2,4), method = "spearman") = 0.9486833)
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 15);
    // Ties in both: x = 1, 1, 2, 3 → ranks 1.5, 1.5, 3, 4 → dx = −1, −1, 0.5, 1.5 (Σdx² = 4.5);
    // y = 1, 2, 2, 3 → ranks 1, 2.5, 2.5, 4 → dy = −1.5, 0, 0, 1.5 (Σdy² = 4.5);
    // Σdx·dy = 1.5 + 0 + 0 + 2.25 = 3.75 → ρ = 3.75/4.5 = 5/6
    expect(spearman([1, 1, 2, 3], [1, 2, 2, 3])).toBeCloseTo(5 / 6, 15);
  });

  it('is invariant under strictly increasing transformations (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 })), {
          minLength: 2,
          maxLength: 30,
        }),
        (pairs) => {
          const x = pairs.map((p) => p[0]);
          const y = pairs.map((p) => p[1]);
          if (new Set(x).size < 2 || new Set(y).size < 2) return;
          const rho = spearman(x, y);
          expect(Math.abs(rho)).toBeLessThanOrEqual(1);
          expect(spearman(x.map((v) => Math.exp(v / 10)), y.map((v) => v ** 3))).toBeCloseTo(rho, 12);
        },
      ),
    );
  });

  it('throws rather than return NaN when every value of a variable is tied', () => {
    expectOmnicxError(() => spearman([4, 4, 4], [1, 2, 3]), 'INSUFFICIENT_DATA', ['x']);
    expectOmnicxError(() => spearman([1, 2, 3], [0, 0, 0]), 'INSUFFICIENT_DATA', ['y']);
    expectOmnicxError(() => spearman([1], [2]), 'INSUFFICIENT_DATA', []);
    expectOmnicxError(() => spearman([1, 2], [1]), 'INVALID_INPUT', ['y']);
    expectOmnicxError(() => spearman([1, 2], [1, Number.NaN]), 'INVALID_INPUT', ['y', 1]);
  });
});
