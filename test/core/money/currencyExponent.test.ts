import { describe, expect, it } from 'vitest';
import { currencyExponent } from '../../../src/core/money/index.js';
import { expectError } from './helpers.js';

describe('currencyExponent', () => {
  // Reference: ISO 4217 list one (SIX), column "Minor unit".
  it.each([
    ['JPY', 0], ['USD', 2], ['KWD', 3], ['BHD', 3], ['CLF', 4], ['UYW', 4], ['ISK', 0], ['KRW', 0], ['VND', 0],
    ['EUR', 2], ['GBP', 2], ['CNY', 2], ['TND', 3], ['JOD', 3], ['OMR', 3], ['IQD', 3], ['LYD', 3], ['CLP', 0],
    ['XAF', 0], ['XOF', 0], ['XPF', 0], ['UGX', 0], ['UYI', 0], ['CHF', 2], ['INR', 2], ['IDR', 2], ['HUF', 2],
    ['XCG', 2], ['ZWG', 2], ['SLE', 2], ['VED', 2], ['XAD', 2], ['MGA', 2], ['MRU', 2],
  ] as const)('gives %s an exponent of %i', (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it('rejects an unknown code with UNKNOWN_CURRENCY at path code', () => {
    const error = expectError(() => currencyExponent('XYZ'), 'UNKNOWN_CURRENCY', ['code']);
    expect(error.message).toContain('"XYZ"');
  });

  it('rejects lower-case codes and suggests the upper-case one', () => {
    const error = expectError(() => currencyExponent('usd'), 'UNKNOWN_CURRENCY', ['code']);
    expect(error.message).toContain("did you mean 'USD'");
    expectError(() => currencyExponent(' EUR'), 'UNKNOWN_CURRENCY', ['code']);
  });

  it('gives no hint when the upper-cased text is not a code either', () => {
    const error = expectError(() => currencyExponent('abc'), 'UNKNOWN_CURRENCY', ['code']);
    expect(error.message).not.toContain('did you mean');
  });

  it('rejects withdrawn codes, N.A. codes and inherited object keys', () => {
    for (const code of ['HRK', 'BGN', 'ANG', 'XAU', 'XXX', 'toString', '__proto__']) {
      expectError(() => currencyExponent(code), 'UNKNOWN_CURRENCY', ['code']);
    }
  });

  it('rejects a non-string with INVALID_INPUT', () => {
    expectError(() => currencyExponent(840 as unknown as string), 'INVALID_INPUT', ['code']);
    expectError(() => currencyExponent(undefined as unknown as string), 'INVALID_INPUT', ['code']);
  });
});
