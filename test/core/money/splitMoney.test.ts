import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateMoney, splitMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

const amounts = (parts: readonly { amountMinor: number }[]): number[] => parts.map((part) => part.amountMinor);

describe('splitMoney', () => {
  it('splits into equal parts, larger ones first', () => {
    expect(amounts(splitMoney(usd(10000), 3))).toEqual([3334, 3333, 3333]);
    expect(amounts(splitMoney(usd(5), 2))).toEqual([3, 2]);
    expect(amounts(splitMoney(usd(2), 4))).toEqual([1, 1, 0, 0]);
    expect(amounts(splitMoney(usd(-5), 2))).toEqual([-3, -2]);
    expect(amounts(splitMoney(usd(42), 1))).toEqual([42]);
  });

  it('never returns -0', () => {
    const parts = splitMoney(usd(-1), 2);
    expect(amounts(parts)).toEqual([-1, 0]);
    expect(Object.is(parts[1]?.amountMinor, 0)).toBe(true);
  });

  it('matches allocateMoney with equal ratios', () => {
    fc.assert(
      fc.property(safeAmount, fc.integer({ min: 1, max: 20 }), (amountMinor, count) => {
        const ratios = Array.from({ length: count }, () => 1);
        expect(splitMoney(usd(amountMinor), count)).toEqual(allocateMoney(usd(amountMinor), ratios));
      }),
    );
  });

  it('does not mutate its argument', () => {
    const money = deepFreeze({ amountMinor: 1001, currency: 'JPY' });
    expect(amounts(splitMoney(money, 2))).toEqual([501, 500]);
  });

  it('rejects bad counts and money with a path', () => {
    expectError(() => splitMoney(usd(1), 0), 'INVALID_INPUT', ['count']);
    expectError(() => splitMoney(usd(1), -2), 'INVALID_INPUT', ['count']);
    expectError(() => splitMoney(usd(1), 2 ** 32), 'INVALID_INPUT', ['count']);
    expectError(() => splitMoney(usd(1), 1.5), 'NOT_SAFE_INTEGER', ['count']);
    expectError(() => splitMoney(usd(1), '3' as never), 'INVALID_INPUT', ['count']);
    expectError(() => splitMoney(usd(1), Number.NaN), 'INVALID_INPUT', ['count']);
    expectError(() => splitMoney(usd(Number.NaN), 2), 'INVALID_INPUT', ['money', 'amountMinor']);
  });
});
