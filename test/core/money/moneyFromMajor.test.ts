import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RoundingMode } from '../../../src/core/rounding/RoundingMode.js';
import { CURRENCY_CODES, moneyFromMajor, toMajorString } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount } from './helpers.js';

describe('moneyFromMajor', () => {
  it('converts exact decimal strings and numbers to minor units', () => {
    expect(moneyFromMajor('12.34', 'USD')).toEqual({ amountMinor: 1234, currency: 'USD' });
    expect(moneyFromMajor('-0.05', 'USD')).toEqual({ amountMinor: -5, currency: 'USD' });
    expect(moneyFromMajor(19.99, 'EUR')).toEqual({ amountMinor: 1999, currency: 'EUR' });
    expect(moneyFromMajor(0.1, 'EUR').amountMinor).toBe(10);
    expect(moneyFromMajor('1200', 'JPY').amountMinor).toBe(1200);
    expect(moneyFromMajor('1.5', 'KWD').amountMinor).toBe(1500);
    expect(moneyFromMajor('1.2345', 'CLF').amountMinor).toBe(12345);
    expect(moneyFromMajor('1e3', 'USD').amountMinor).toBe(100000);
    expect(moneyFromMajor('.5', 'USD').amountMinor).toBe(50);
    expect(moneyFromMajor(' 7 ', 'USD').amountMinor).toBe(700);
  });

  it('handles the largest safe amounts exactly', () => {
    expect(moneyFromMajor('90071992547409.91', 'USD').amountMinor).toBe(Number.MAX_SAFE_INTEGER);
    expect(moneyFromMajor('-90071992547409.91', 'USD').amountMinor).toBe(Number.MIN_SAFE_INTEGER);
    expect(moneyFromMajor('9007199254740991', 'JPY').amountMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  // Hand-computed: 0.125 USD = 12.5 cents, 0.135 = 13.5, 0.124 = 12.4, 0.126 = 12.6; see the RoundingMode table.
  const table: readonly [RoundingMode, readonly number[]][] = [
    ['halfEven', [12, 14, -12, 12, 13, -13]],
    ['halfUp', [13, 14, -13, 12, 13, -13]],
    ['halfDown', [12, 13, -12, 12, 13, -13]],
    ['up', [13, 14, -13, 13, 13, -13]],
    ['down', [12, 13, -12, 12, 12, -12]],
    ['ceil', [13, 14, -12, 13, 13, -12]],
    ['floor', [12, 13, -13, 12, 12, -13]],
  ];
  it.each(table)('rounds 0.125, 0.135, -0.125, 0.124, 0.126, -0.126 USD with %s', (rounding, expected) => {
    const inputs = ['0.125', '0.135', '-0.125', '0.124', '0.126', '-0.126'];
    expect(inputs.map((major) => moneyFromMajor(major, 'USD', { rounding }).amountMinor)).toEqual(expected);
  });

  it('defaults to halfEven when options or rounding are left out', () => {
    expect(moneyFromMajor('0.125', 'USD').amountMinor).toBe(12);
    expect(moneyFromMajor('0.135', 'USD', {}).amountMinor).toBe(14);
    expect(moneyFromMajor('2.5', 'JPY').amountMinor).toBe(2);
    expect(moneyFromMajor('1.0005', 'KWD').amountMinor).toBe(1000);
  });

  it('never rounds through an intermediate precision', () => {
    // 0.125 followed by 70 zeros and a 1 is above the tie: halfEven must go up (a 60-digit
    // intermediate rounding would have made it an exact tie and gone down to 12).
    expect(moneyFromMajor(`0.125${'0'.repeat(70)}1`, 'USD').amountMinor).toBe(13);
    expect(moneyFromMajor('1e-900000000', 'USD', { rounding: 'up' }).amountMinor).toBe(1);
    expect(moneyFromMajor('1e-900000000', 'USD').amountMinor).toBe(0);
  });

  it('never returns -0', () => {
    expect(Object.is(moneyFromMajor('-0.001', 'USD').amountMinor, 0)).toBe(true);
    expect(Object.is(moneyFromMajor(-0, 'USD').amountMinor, 0)).toBe(true);
  });

  it('rejects malformed values with INVALID_INPUT at path major', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '12,34', '', 'abc', '1.2.3', null, {}]) {
      expectError(() => moneyFromMajor(value as string, 'USD'), 'INVALID_INPUT', ['major']);
    }
    // Exponents beyond decimal.js's ±9e15 read as Infinity (a SyntaxError escaped) or as 0 (so
    // ceil gave 0 for a positive value).
    expectError(() => moneyFromMajor('-1e9000000000000001', 'USD'), 'INVALID_INPUT', ['major']);
    expectError(() => moneyFromMajor('1e-9000000000000001', 'USD', { rounding: 'ceil' }), 'INVALID_INPUT', ['major']);
  });

  it('rejects results beyond the safe-integer range with NOT_SAFE_INTEGER', () => {
    expectError(() => moneyFromMajor('90071992547409.92', 'USD'), 'NOT_SAFE_INTEGER', ['major']);
    expectError(() => moneyFromMajor('1e300', 'USD'), 'NOT_SAFE_INTEGER', ['major']);
    expectError(() => moneyFromMajor(-1e20, 'JPY'), 'NOT_SAFE_INTEGER', ['major']);
    // A huge exponent is reported in exponent form, not spelt out (which ran out of memory).
    const error = expectError(() => moneyFromMajor('1e100000', 'USD'), 'NOT_SAFE_INTEGER', ['major']);
    expect(error.message.length).toBeLessThan(200);
    expectError(() => moneyFromMajor('-1e1000000000', 'USD'), 'NOT_SAFE_INTEGER', ['major']);
  });

  it('rejects unknown currencies and rounding modes', () => {
    expectError(() => moneyFromMajor('1', 'XYZ'), 'UNKNOWN_CURRENCY', ['currency']);
    expectError(() => moneyFromMajor('1', 'usd'), 'UNKNOWN_CURRENCY', ['currency']);
    expectError(
      () => moneyFromMajor('1', 'USD', { rounding: 'HALF_UP' as RoundingMode }),
      'INVALID_ROUNDING_MODE',
      ['options', 'rounding'],
    );
    expectError(() => moneyFromMajor('1', 'USD', 'halfUp' as never), 'INVALID_INPUT', ['options']);
    expectError(() => moneyFromMajor('1', 'USD', null as never), 'INVALID_INPUT', ['options']);
  });

  it('does not mutate its options', () => {
    const options = deepFreeze({ rounding: 'halfUp' as const });
    expect(moneyFromMajor('0.125', 'USD', options).amountMinor).toBe(13);
    expect(options).toEqual({ rounding: 'halfUp' });
  });

  it('inverts toMajorString for every currency and safe amount', () => {
    fc.assert(
      fc.property(safeAmount, fc.constantFrom(...CURRENCY_CODES), (amountMinor, currency) => {
        const money = { amountMinor, currency };
        expect(moneyFromMajor(toMajorString(money), currency)).toEqual(money);
      }),
    );
  });
});
