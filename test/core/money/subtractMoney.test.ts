import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMoney, negateMoney, subtractMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, halfSafeAmount, usd } from './helpers.js';

describe('subtractMoney', () => {
  it('subtracts minor units, going negative when needed', () => {
    expect(subtractMoney(usd(2000), usd(1999))).toEqual(usd(1));
    expect(subtractMoney(usd(1999), usd(2000))).toEqual(usd(-1));
    expect(Object.is(subtractMoney(usd(5), usd(5)).amountMinor, 0)).toBe(true);
  });

  it('refuses results beyond the safe range', () => {
    expect(subtractMoney(usd(Number.MIN_SAFE_INTEGER + 1), usd(1))).toEqual(usd(Number.MIN_SAFE_INTEGER));
    expectError(() => subtractMoney(usd(Number.MIN_SAFE_INTEGER), usd(1)), 'NOT_SAFE_INTEGER', []);
    expectError(() => subtractMoney(usd(Number.MAX_SAFE_INTEGER), usd(-1)), 'NOT_SAFE_INTEGER', []);
  });

  it('refuses to mix currencies and rejects invalid arguments with a path', () => {
    expectError(() => subtractMoney(usd(1), { amountMinor: 1, currency: 'JPY' }), 'CURRENCY_MISMATCH', ['b', 'currency']);
    expectError(() => subtractMoney(usd(Number.NaN), usd(1)), 'INVALID_INPUT', ['a', 'amountMinor']);
    expectError(() => subtractMoney(usd(1), usd(0.5)), 'NOT_SAFE_INTEGER', ['b', 'amountMinor']);
  });

  it('does not mutate its arguments', () => {
    const a = deepFreeze(usd(10));
    const b = deepFreeze(usd(3));
    expect(subtractMoney(a, b)).toEqual(usd(7));
  });

  it('equals adding the negation, and a - b = -(b - a)', () => {
    fc.assert(
      fc.property(halfSafeAmount, halfSafeAmount, (x, y) => {
        expect(subtractMoney(usd(x), usd(y))).toEqual(addMoney(usd(x), negateMoney(usd(y))));
        expect(subtractMoney(usd(x), usd(y))).toEqual(negateMoney(subtractMoney(usd(y), usd(x))));
      }),
    );
  });
});
