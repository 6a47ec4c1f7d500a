import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

describe('compareMoney', () => {
  it('returns -1, 0 or 1', () => {
    expect(compareMoney(usd(100), usd(250))).toBe(-1);
    expect(compareMoney(usd(250), usd(250))).toBe(0);
    expect(compareMoney(usd(250), usd(100))).toBe(1);
    expect(compareMoney(usd(-1), usd(0))).toBe(-1);
    expect(compareMoney(usd(-0), usd(0))).toBe(0);
  });

  it('sorts a list of amounts', () => {
    const sorted = [usd(3), usd(-1), usd(2)].sort(compareMoney);
    expect(sorted).toEqual([usd(-1), usd(2), usd(3)]);
  });

  it('is antisymmetric and agrees with the order of the amounts', () => {
    fc.assert(
      fc.property(safeAmount, safeAmount, (x, y) => {
        const result = compareMoney(usd(x), usd(y));
        expect(compareMoney(usd(y), usd(x))).toBe(-result || 0);
        expect(result).toBe(Math.sign(x - y) || 0);
      }),
    );
  });

  it('refuses to compare different currencies and rejects invalid money', () => {
    expectError(() => compareMoney(usd(1), { amountMinor: 1, currency: 'CAD' }), 'CURRENCY_MISMATCH', ['b', 'currency']);
    expectError(() => compareMoney(usd(Number.NaN), usd(1)), 'INVALID_INPUT', ['a', 'amountMinor']);
    expectError(() => compareMoney(usd(1), undefined as never), 'INVALID_INPUT', ['b']);
  });

  it('does not mutate its arguments', () => {
    expect(compareMoney(deepFreeze(usd(1)), deepFreeze(usd(2)))).toBe(-1);
  });
});
