import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney, negateMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

const amounts = (parts: readonly { amountMinor: number }[]): number[] => parts.map((part) => part.amountMinor);

describe('allocateMoney', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [5, [1, 1], [3, 2]],
    [5, [1, 1, 1], [2, 2, 1]],
    [1, [1, 1, 1], [1, 0, 0]],
    [100, [0, 1, 1], [0, 50, 50]],
    [1, [0, 1], [0, 1]],
    [10, ['0.7', '0.3'], [7, 3]],
    [1000, [1, 2, 3], [167, 333, 500]], // 166.67, 333.33, 500: the leftover unit goes to the largest remainder
    [300, [0.1, '0.2'], [100, 200]],
    [0, [1, 2], [0, 0]],
    [7, [5], [7]],
    [100, ['1e-1000', '1e1000'], [0, 100]],
    [3, [4, 1, 4], [2, 0, 1]], // shares 4/3, 1/3, 4/3: equal remainders, so the lowest index wins
  ] as const)('allocates %i in %j as %j', (amountMinor, ratios, expected) => {
    expect(amounts(allocateMoney(usd(amountMinor), ratios))).toEqual(expected);
  });

  it('allocates negative amounts symmetrically', () => {
    expect(amounts(allocateMoney(usd(-100), [1, 1, 1]))).toEqual([-34, -33, -33]);
    const zeros = allocateMoney(usd(-1), [0, 1, 1]);
    expect(amounts(zeros)).toEqual([0, -1, 0]);
    expect(Object.is(zeros[0]?.amountMinor, 0)).toBe(true);
  });

  it('keeps the currency and returns new objects', () => {
    const money = { amountMinor: 1000, currency: 'JPY' };
    const parts = allocateMoney(money, ['1e-3', '1e-3']);
    expect(parts).toEqual([
      { amountMinor: 500, currency: 'JPY' },
      { amountMinor: 500, currency: 'JPY' },
    ]);
    expect(parts[0]).not.toBe(money);
  });

  it('handles the largest safe amount exactly', () => {
    const parts = allocateMoney(usd(Number.MAX_SAFE_INTEGER), [1, 1]);
    expect(amounts(parts)).toEqual([4503599627370496, 4503599627370495]);
  });

  it('handles long ratio lists', () => {
    const parts = allocateMoney(usd(1_000_001), Array.from({ length: 200_000 }, () => 1));
    expect(parts).toHaveLength(200_000);
    expect(parts[0]?.amountMinor).toBe(6);
    expect(parts[1]?.amountMinor).toBe(5);
  });

  it('accepts -0 as a zero ratio', () => {
    expect(amounts(allocateMoney(usd(100), ['-0', 1]))).toEqual([0, 100]);
  });

  const ratio = fc.oneof(
    fc.nat({ max: 1000 }),
    fc.tuple(fc.nat({ max: 99 }), fc.nat({ max: 999 })).map(([whole, fraction]) => `${String(whole)}.${String(fraction)}`),
  );
  const ratios = fc.array(ratio, { minLength: 1, maxLength: 12 }).filter((list) => list.some((r) => Number(r) > 0));

  it('returns parts that sum to the whole, each within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(safeAmount, ratios, (amountMinor, list) => {
        const parts = amounts(allocateMoney(usd(amountMinor), list));
        expect(parts).toHaveLength(list.length);
        expect(parts.reduce((sum, part) => sum + BigInt(part), 0n)).toBe(BigInt(amountMinor));
        // Exact share of part i is amount × w_i / W with w_i = ratio_i × 1000 (ratios have ≤ 3 decimals).
        const weights = list.map((r) => BigInt(Math.round(Number(r) * 1000)));
        const total = weights.reduce((sum, w) => sum + w, 0n);
        parts.forEach((part, i) => {
          const error = BigInt(part) * total - BigInt(amountMinor) * (weights[i] ?? 0n);
          expect(error < total && -error < total).toBe(true);
          if (weights[i] === 0n) expect(part).toBe(0);
        });
      }),
    );
  });

  it('allocates -amount as the negation of allocating amount', () => {
    fc.assert(
      fc.property(safeAmount, ratios, (amountMinor, list) => {
        expect(allocateMoney(usd(-amountMinor), list)).toEqual(allocateMoney(usd(amountMinor), list).map(negateMoney));
      }),
    );
  });

  it('does not mutate its arguments', () => {
    const money = deepFreeze(usd(100));
    const list = deepFreeze([1, '2', 3]);
    expect(amounts(allocateMoney(money, list))).toEqual([17, 33, 50]);
    expect(list).toEqual([1, '2', 3]);
  });

  it('rejects bad ratio lists with a path', () => {
    expectError(() => allocateMoney(usd(100), 3 as never), 'INVALID_INPUT', ['ratios']);
    expectError(() => allocateMoney(usd(100), []), 'INVALID_INPUT', ['ratios']);
    expectError(() => allocateMoney(usd(100), [0, 0, '0.0']), 'INVALID_INPUT', ['ratios']);
    expectError(() => allocateMoney(usd(100), [1, -1]), 'INVALID_INPUT', ['ratios', 1]);
    expectError(() => allocateMoney(usd(100), [1, '-0.5']), 'INVALID_INPUT', ['ratios', 1]);
    expectError(() => allocateMoney(usd(100), [1, Number.NaN]), 'INVALID_INPUT', ['ratios', 1]);
    expectError(() => allocateMoney(usd(100), [Number.POSITIVE_INFINITY]), 'INVALID_INPUT', ['ratios', 0]);
    expectError(() => allocateMoney(usd(100), ['abc']), 'INVALID_INPUT', ['ratios', 0]);
    expectError(() => allocateMoney(usd(100), [1, '1e1001']), 'INVALID_INPUT', ['ratios', 1]);
    expectError(() => allocateMoney(usd(100), ['1e-1001', 1]), 'INVALID_INPUT', ['ratios', 0]);
  });

  it('rejects bad money with a path', () => {
    expectError(() => allocateMoney(usd(0.5), [1]), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
    expectError(() => allocateMoney({ amountMinor: 1, currency: 'XYZ' }, [1]), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });
});
