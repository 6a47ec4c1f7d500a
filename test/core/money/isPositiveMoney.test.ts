import { describe, expect, it } from 'vitest';
import { isPositiveMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('isPositiveMoney', () => {
  it('answers true for [1,Number.MAX_SAFE_INTEGER] and false for [0,-0,-1]', () => {
    for (const amount of [1,Number.MAX_SAFE_INTEGER]) expect(isPositiveMoney(usd(amount))).toBe(true);
    for (const amount of [0,-0,-1]) expect(isPositiveMoney(usd(amount))).toBe(false);
  });

  it('does not mutate its argument and rejects invalid money', () => {
    expect(typeof isPositiveMoney(deepFreeze({ amountMinor: 0, currency: 'JPY' }))).toBe('boolean');
    expectError(() => isPositiveMoney(usd(Number.NaN)), 'INVALID_INPUT', ['money', 'amountMinor']);
    expectError(() => isPositiveMoney({ amountMinor: 0, currency: 'jpy' }), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });
});
