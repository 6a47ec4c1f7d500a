import { describe, expect, it } from 'vitest';
import { isZeroMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('isZeroMoney', () => {
  it('answers true for [0,-0] and false for [1,-1,Number.MAX_SAFE_INTEGER]', () => {
    for (const amount of [0,-0]) expect(isZeroMoney(usd(amount))).toBe(true);
    for (const amount of [1,-1,Number.MAX_SAFE_INTEGER]) expect(isZeroMoney(usd(amount))).toBe(false);
  });

  it('does not mutate its argument and rejects invalid money', () => {
    expect(typeof isZeroMoney(deepFreeze({ amountMinor: 0, currency: 'JPY' }))).toBe('boolean');
    expectError(() => isZeroMoney(usd(Number.NaN)), 'INVALID_INPUT', ['money', 'amountMinor']);
    expectError(() => isZeroMoney({ amountMinor: 0, currency: 'jpy' }), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });
});
