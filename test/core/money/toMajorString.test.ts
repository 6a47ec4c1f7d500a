import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toMajorString } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount } from './helpers.js';

describe('toMajorString', () => {
  it.each([
    [1235, 'USD', '12.35'],
    [-5, 'USD', '-0.05'],
    [5, 'USD', '0.05'],
    [0, 'USD', '0.00'],
    [-100, 'EUR', '-1.00'],
    [1200, 'JPY', '1200'],
    [-7, 'JPY', '-7'],
    [0, 'JPY', '0'],
    [1, 'KWD', '0.001'],
    [1500, 'KWD', '1.500'],
    [12345, 'CLF', '1.2345'],
    [Number.MAX_SAFE_INTEGER, 'USD', '90071992547409.91'],
    [Number.MIN_SAFE_INTEGER, 'USD', '-90071992547409.91'],
    [Number.MAX_SAFE_INTEGER, 'JPY', '9007199254740991'],
  ])('writes %i %s as %s', (amountMinor, currency, expected) => {
    expect(toMajorString({ amountMinor, currency })).toBe(expected);
  });

  it('writes -0 as an unsigned zero', () => {
    expect(toMajorString({ amountMinor: -0, currency: 'USD' })).toBe('0.00');
  });

  it('always has exactly the exponent as number of decimals and the exact digits', () => {
    fc.assert(
      fc.property(safeAmount, (amountMinor) => {
        const text = toMajorString({ amountMinor, currency: 'KWD' });
        expect(text).toMatch(/^-?\d+\.\d{3}$/);
        expect(BigInt(text.replace('.', ''))).toBe(BigInt(amountMinor));
      }),
    );
  });

  it('does not mutate its argument', () => {
    const money = deepFreeze({ amountMinor: 1, currency: 'USD' });
    expect(toMajorString(money)).toBe('0.01');
  });

  it('rejects invalid money with the path to the bad field', () => {
    expectError(() => toMajorString({ amountMinor: 1.5, currency: 'USD' }), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
    expectError(() => toMajorString({ amountMinor: Number.NaN, currency: 'USD' }), 'INVALID_INPUT', ['money', 'amountMinor']);
    expectError(() => toMajorString({ amountMinor: 1, currency: 'XYZ' }), 'UNKNOWN_CURRENCY', ['money', 'currency']);
    expectError(() => toMajorString(null as never), 'INVALID_INPUT', ['money']);
    expectError(() => toMajorString([1, 'USD'] as never), 'INVALID_INPUT', ['money']);
  });
});
