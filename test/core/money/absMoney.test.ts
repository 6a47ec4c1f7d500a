import { describe, expect, it } from 'vitest';
import { absMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('absMoney', () => {
  it('returns the magnitude in the same currency', () => {
    expect(absMoney({ amountMinor: -1250, currency: 'GBP' })).toEqual({ amountMinor: 1250, currency: 'GBP' });
    expect(absMoney(usd(7))).toEqual(usd(7));
    expect(absMoney(usd(Number.MIN_SAFE_INTEGER))).toEqual(usd(Number.MAX_SAFE_INTEGER));
    expect(Object.is(absMoney(usd(-0)).amountMinor, 0)).toBe(true);
  });

  it('does not mutate its argument and rejects invalid money', () => {
    const money = deepFreeze(usd(-5));
    expect(absMoney(money)).toEqual(usd(5));
    expect(money).toEqual(usd(-5));
    expectError(() => absMoney(usd(Number.NEGATIVE_INFINITY)), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
  });
});
