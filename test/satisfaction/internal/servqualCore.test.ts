import { describe, expect, it } from 'vitest';
import { integerSquaredDeviations } from '../../../src/satisfaction/internal/servqualCore.js';

describe('integerSquaredDeviations', () => {
  it('is Σ(d − d̄)² from integer sums: gaps 1, −1, 1, 3 → (4·12 − 4²)/4 = 8', () => {
    expect(integerSquaredDeviations(4, 4, 12)).toBe(8);
    expect(integerSquaredDeviations(3, 6, 12)).toBe(0); // 2, 2, 2
  });

  it('stays exact past 2^53 (BigInt), where the double products round', () => {
    // n = 134 475 530 answers: 171 gaps of −7, the rest −8. n·Σd² − (Σd)² = k(n − k)(h − g)² = 171·(n − 171)
    // exactly, so Σ(d − d̄)² = 171·(n − 171)/n, one rounding.
    const n = 134_475_530;
    const k = 171;
    const sum = (n - k) * -8 + k * -7;
    const squares = (n - k) * 64 + k * 49;
    expect(n * squares).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    const exact = (k * (n - k)) / n;
    expect(integerSquaredDeviations(n, sum, squares)).toBe(exact);
    // the double formula rounds n·Σd² ≈ 8.6e18 and (Σd)² to 1024s: 170.99978358888043 instead of 170.99978255523513
    expect((n * squares - sum * sum) / n).not.toBe(exact);
  });

  it('never returns a negative sum (inconsistent sums from a hand-edited accumulator)', () => {
    expect(integerSquaredDeviations(2, 10, 1)).toBe(0);
    expect(integerSquaredDeviations(2 ** 30, 2 ** 40, 1)).toBe(0);
  });
});
