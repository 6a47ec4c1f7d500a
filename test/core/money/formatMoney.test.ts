import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, toMajorString, type FormatMoneyOptions } from '../../../src/core/money/index.js';
import { deepFreeze, expectError, safeAmount, usd } from './helpers.js';

// Intl output uses non-breaking spaces in some locales; compare with plain spaces.
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatMoney', () => {
  it('formats in currency style with the currency exponent as decimals', () => {
    expect(formatMoney(usd(123450), 'en-US')).toBe('$1,234.50');
    expect(formatMoney(usd(-5), 'en-US')).toBe('-$0.05');
    expect(formatMoney(usd(0), 'en-US')).toBe('$0.00');
    expect(formatMoney({ amountMinor: 1200, currency: 'JPY' }, 'en-US')).toBe('¥1,200');
    expect(plain(formatMoney({ amountMinor: 123450, currency: 'EUR' }, 'de-DE'))).toBe('1.234,50 €');
    expect(plain(formatMoney({ amountMinor: 1500, currency: 'KWD' }, 'en-US', { currencyDisplay: 'code' }))).toBe('KWD 1.500');
    expect(plain(formatMoney({ amountMinor: 12345, currency: 'CLF' }, 'en-US'))).toBe('CLF 1.2345');
  });

  it('accepts a list of locales', () => {
    expect(formatMoney(usd(100), ['en-US', 'fr-FR'])).toBe('$1.00');
  });

  it('formats beyond 2^53 / 100 exactly, unlike formatting the float', () => {
    // As floats, 90071992547409.91 and 90071992547409.87 are 90071992547409.90625 and
    // 90071992547409.875, which Intl prints as .90 and .88: formatting must not go through a float.
    expect(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(Number.MAX_SAFE_INTEGER / 100)).toBe(
      '$90,071,992,547,409.90',
    );
    expect(formatMoney(usd(Number.MAX_SAFE_INTEGER), 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMoney(usd(Number.MIN_SAFE_INTEGER), 'en-US')).toBe('-$90,071,992,547,409.91');
    expect(formatMoney(usd(9007199254740987), 'en-US')).toBe('$90,071,992,547,409.87');
    fc.assert(
      fc.property(safeAmount, (amountMinor) => {
        const text = formatMoney(usd(amountMinor), 'en-US', { useGrouping: false });
        expect(text.replace('$', '')).toBe(toMajorString(usd(amountMinor)));
      }),
    );
  });

  it('passes the display options through', () => {
    expect(formatMoney(usd(-500), 'en-US', { currencySign: 'accounting' })).toBe('($5.00)');
    expect(formatMoney(usd(500), 'en-US', { signDisplay: 'always' })).toBe('+$5.00');
    expect(formatMoney(usd(-500), 'en-US', { signDisplay: 'negative' })).toBe('-$5.00');
    expect(formatMoney(usd(-500), 'en-US', { signDisplay: 'never' })).toBe('$5.00');
    expect(formatMoney(usd(123456), 'en-US', { useGrouping: false })).toBe('$1234.56');
    expect(formatMoney(usd(100), 'en-US', { currencyDisplay: 'name' })).toBe('1.00 US dollars');
    expect(formatMoney(usd(100), 'en-US', { currencyDisplay: undefined })).toBe('$1.00');
  });

  it('uses the host default locale when none is given', () => {
    expect(formatMoney(usd(100))).toBe(new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(1));
  });

  it('does not mutate its arguments', () => {
    const money = deepFreeze(usd(100));
    const locales = deepFreeze(['en-US']);
    const options = deepFreeze<FormatMoneyOptions>({ currencyDisplay: 'code' });
    expect(plain(formatMoney(money, locales, options))).toBe('USD 1.00');
  });

  it('rejects invalid money, locales and options with a path', () => {
    expectError(() => formatMoney(usd(0.5), 'en-US'), 'NOT_SAFE_INTEGER', ['money', 'amountMinor']);
    expectError(() => formatMoney({ amountMinor: 1, currency: 'usd' }, 'en-US'), 'UNKNOWN_CURRENCY', ['money', 'currency']);
    expectError(() => formatMoney(usd(1), 'not a locale!'), 'INVALID_INPUT', ['locale']);
    expectError(() => formatMoney(usd(1), 42 as never), 'INVALID_INPUT', ['locale']);
    expectError(() => formatMoney(usd(1), ['en-US', 7] as never), 'INVALID_INPUT', ['locale']);
    expectError(() => formatMoney(usd(1), ['en-US', 'x_y_z']), 'INVALID_INPUT', ['locale']);
    expectError(() => formatMoney(usd(1), 'en-US', 'code' as never), 'INVALID_INPUT', ['options']);
    expectError(
      () => formatMoney(usd(1), 'en-US', { currencyDisplay: 'emoji' } as never),
      'INVALID_INPUT',
      ['options', 'currencyDisplay'],
    );
    expectError(
      () => formatMoney(usd(1), 'en-US', { minimumFractionDigits: 0 } as never),
      'INVALID_INPUT',
      ['options', 'minimumFractionDigits'],
    );
    expectError(() => formatMoney(usd(1), 'en-US', { useGrouping: 'yes' } as never), 'INVALID_INPUT', ['options', 'useGrouping']);
  });
});
