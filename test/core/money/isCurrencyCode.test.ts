import { describe, expect, it } from 'vitest';
import { isCurrencyCode } from '../../../src/core/money/index.js';

describe('isCurrencyCode', () => {
  it('accepts active upper-case ISO 4217 codes', () => {
    for (const code of ['USD', 'EUR', 'JPY', 'KWD', 'CLF', 'XCG', 'ZWG']) expect(isCurrencyCode(code)).toBe(true);
  });

  it('rejects lower-case, padded and unknown codes without throwing', () => {
    for (const code of ['usd', 'Usd', ' USD', 'USD ', 'XYZ', 'US', 'USDD', '']) expect(isCurrencyCode(code)).toBe(false);
  });

  it('rejects withdrawn codes and codes without a minor unit', () => {
    for (const code of ['HRK', 'ANG', 'BGN', 'XAU', 'XXX', 'XTS']) expect(isCurrencyCode(code)).toBe(false);
  });

  it('rejects inherited object keys and non-strings', () => {
    for (const value of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 840, null, undefined, {}, ['USD']]) {
      expect(isCurrencyCode(value)).toBe(false);
    }
  });
});
