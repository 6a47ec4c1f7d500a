import { describe, expect, it } from 'vitest';
import { moneyFromMinor } from '../../../src/core/money/index.js';
import { expectError } from './helpers.js';

describe('moneyFromMinor', () => {
  it('creates a Money from minor units', () => {
    expect(moneyFromMinor(1999, 'USD')).toEqual({ amountMinor: 1999, currency: 'USD' });
    expect(moneyFromMinor(-5, 'KWD')).toEqual({ amountMinor: -5, currency: 'KWD' });
  });

  it('turns -0 into 0', () => {
    expect(Object.is(moneyFromMinor(-0, 'USD').amountMinor, 0)).toBe(true);
  });

  it('rejects non-numbers and NaN with INVALID_INPUT', () => {
    expectError(() => moneyFromMinor('100' as unknown as number, 'USD'), 'INVALID_INPUT', ['amountMinor']);
    expectError(() => moneyFromMinor(Number.NaN, 'USD'), 'INVALID_INPUT', ['amountMinor']);
  });

  it('rejects fractions, infinities and unsafe integers with NOT_SAFE_INTEGER', () => {
    for (const amount of [1.5, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 2 ** 53, -(2 ** 53)]) {
      expectError(() => moneyFromMinor(amount, 'USD'), 'NOT_SAFE_INTEGER', ['amountMinor']);
    }
  });

  it('rejects unknown and lower-case currencies with UNKNOWN_CURRENCY', () => {
    expectError(() => moneyFromMinor(1, 'XYZ'), 'UNKNOWN_CURRENCY', ['currency']);
    expectError(() => moneyFromMinor(1, 'usd'), 'UNKNOWN_CURRENCY', ['currency']);
    expectError(() => moneyFromMinor(1, null as unknown as string), 'INVALID_INPUT', ['currency']);
  });
});
