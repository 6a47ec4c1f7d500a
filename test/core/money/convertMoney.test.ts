import { describe, expect, it } from 'vitest';
import { convertMoney } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, usd } from './helpers.js';

describe('convertMoney', () => {
  it('converts between currencies with different exponents (hand-computed)', () => {
    // USD 12.34 × 151.37 = JPY 1867.9058 → 1868
    expect(convertMoney(usd(1234), 'JPY', '151.37')).toEqual({ amountMinor: 1868, currency: 'JPY' });
    // JPY 1000 × 0.0066 = USD 6.60
    expect(convertMoney({ amountMinor: 1000, currency: 'JPY' }, 'USD', '0.0066')).toEqual(usd(660));
    // KWD 1.500 × 3.25 = USD 4.875: a tie, halfEven → 4.88, halfDown → 4.87
    expect(convertMoney({ amountMinor: 1500, currency: 'KWD' }, 'USD', '3.25').amountMinor).toBe(488);
    expect(convertMoney({ amountMinor: 1500, currency: 'KWD' }, 'USD', '3.25', { rounding: 'halfDown' }).amountMinor).toBe(487);
    // EUR 10.00 × 0.0266 = CLF 0.266 → 0.2660 (4 decimals)
    expect(convertMoney({ amountMinor: 1000, currency: 'EUR' }, 'CLF', 0.0266).amountMinor).toBe(2660);
    // USD -5.00 × 0.92 = EUR -4.60
    expect(convertMoney(usd(-500), 'EUR', '0.92')).toEqual({ amountMinor: -460, currency: 'EUR' });
    // Same currency at rate 1 is the identity
    expect(convertMoney(usd(12345), 'USD', 1)).toEqual(usd(12345));
  });

  it('never returns -0 and refuses results beyond the safe range', () => {
    expect(Object.is(convertMoney(usd(-1), 'JPY', '0.4').amountMinor, 0)).toBe(true);
    expectError(() => convertMoney({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'JPY' }, 'USD', 1), 'NOT_SAFE_INTEGER', []);
    const error = expectError(() => convertMoney({ amountMinor: 1, currency: 'USD' }, 'EUR', '1e100000'), 'NOT_SAFE_INTEGER', []);
    expect(error.message.length).toBeLessThan(200);
  });

  it('rejects zero, negative and malformed rates', () => {
    for (const rate of [0, '0', '-0', -1.5, Number.NaN, 'one']) {
      expectError(() => convertMoney(usd(1), 'EUR', rate), 'INVALID_INPUT', ['rate']);
    }
  });

  it('rejects rates beyond the exponent range of decimal arithmetic instead of misreading them', () => {
    // Beyond 1e±9e15 decimal.js reads the string as Infinity (a SyntaxError escaped from the
    // bigint conversion) or 0 ("rate must be positive, got 0" for a positive rate).
    expectError(() => convertMoney(usd(1), 'EUR', '1e9000000000000001'), 'INVALID_INPUT', ['rate']);
    expectError(() => convertMoney(usd(1), 'EUR', '1e-9000000000000001'), 'INVALID_INPUT', ['rate']);
  });

  it('rounds a converted amount far below one minor unit by its sign and the mode', () => {
    // 1 cent × 1e-8999999999999999 is 1e-9000000000000001 yen, below decimal.js's smallest
    // exponent: it was read as 0, so rounding up gave 0 instead of 1.
    const tiny = '1e-8999999999999999';
    expect(convertMoney(usd(1), 'JPY', tiny, { rounding: 'up' }).amountMinor).toBe(1);
    expect(convertMoney(usd(-1), 'JPY', tiny, { rounding: 'floor' }).amountMinor).toBe(-1);
    expect(convertMoney(usd(-1), 'JPY', tiny, { rounding: 'ceil' }).amountMinor).toBe(0);
    expect(convertMoney(usd(1), 'JPY', tiny, { rounding: 'halfUp' }).amountMinor).toBe(0);
  });

  it('rejects unknown target currencies, bad options and bad money', () => {
    expectError(() => convertMoney(usd(1), 'eur', 1), 'UNKNOWN_CURRENCY', ['to']);
    expectError(() => convertMoney(usd(1), 'XAU', 1), 'UNKNOWN_CURRENCY', ['to']);
    expectError(() => convertMoney(usd(1), 'EUR', 1, { rounding: 'HALF_EVEN' as never }), 'INVALID_ROUNDING_MODE', [
      'options',
      'rounding',
    ]);
    expectError(() => convertMoney({ amountMinor: 1, currency: 'XYZ' }, 'EUR', 1), 'UNKNOWN_CURRENCY', ['money', 'currency']);
  });

  it('does not mutate its arguments', () => {
    const money = deepFreeze(usd(100));
    expect(convertMoney(money, 'EUR', '0.5', deepFreeze({ rounding: 'up' as const })).amountMinor).toBe(50);
    expect(money).toEqual(usd(100));
  });
});
