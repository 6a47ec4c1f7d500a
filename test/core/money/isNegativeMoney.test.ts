import { describe, expect, it } from 'vitest';
import { isNegativeMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('isNegativeMoney', () => {
  it('answers true for [-1,Number.MIN_SAFE_INTEGER] and false for [0,-0,1]', () => {
    for (const amount of [-1,Number.MIN_SAFE_INTEGER]) expect(isNegativeMoney(usd(amount))).toBe(true);
    for (const amount of [0,-0,1]) expect(isNegativeMoney(usd(amount))).toBe(false);
  });

  it('does not mutate its argument and rejects invalid money', () => {
    expect(typeof isNegativeMoney(deepFreeze({ amountMinor: 0, currency: 'JPY' }))).toBe('boolean');
    expectError(() => isNegativeMoney(usd(Number.NaN)), 'INVALID_INPUT', ['money', 'amountMinor']);
    expectError(() => isNegativeMoney({ amountMinor: 0, currency: 'jpy' }), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });
});
