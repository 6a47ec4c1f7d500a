import { CURRENCY_EXPONENTS, type CurrencyCode } from './currencies.js';

/**
 * Tells whether a value is an active ISO 4217 code with a minor unit, i.e. a key of
 * {@link CURRENCY_EXPONENTS}. Never throws.
 *
 * Codes are exactly three upper-case letters, as ISO 4217 writes them: `'usd'` and `' USD'` are
 * not codes (normalise user input with `trim().toUpperCase()` yourself if you want leniency).
 * Withdrawn codes (`'HRK'`, `'ANG'`, `'BGN'`, …) and codes without a minor unit (`'XAU'`,
 * `'XXX'`, …) are not codes either.
 *
 * @param code - any value
 * @returns `true` when `code` is a string in the table; narrows it to {@link CurrencyCode}
 *
 * @example
 * ```ts
 * import { isCurrencyCode } from 'omnicx/core';
 * console.log(isCurrencyCode('JPY')); // true
 * console.log(isCurrencyCode('jpy')); // false
 * console.log(isCurrencyCode('XYZ')); // false
 * ```
 */
export function isCurrencyCode(code: unknown): code is CurrencyCode {
  return typeof code === 'string' && Object.hasOwn(CURRENCY_EXPONENTS, code);
}
