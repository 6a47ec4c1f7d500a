import { exponentOf, readCurrency } from './internal/read.js';

/**
 * The number of decimal places of a currency's minor unit, from ISO 4217 list one (see
 * {@link CURRENCY_EXPONENTS} for the source): an amount of `n` minor units is `n / 10^exponent`
 * major units.
 *
 * @param code - an active ISO 4217 code, upper-case (`'USD'`, not `'usd'`)
 * @returns 0, 2, 3 or 4
 * @throws {@link OmnicxError} `UNKNOWN_CURRENCY` (path `['code']`) for a string that is not an
 *   active code with a minor unit, `INVALID_INPUT` for a non-string
 *
 * @example
 * ```ts
 * import { currencyExponent } from 'omnicx/core';
 * console.log(currencyExponent('USD')); // 2
 * console.log(currencyExponent('JPY')); // 0
 * console.log(currencyExponent('KWD')); // 3
 * console.log(currencyExponent('CLF')); // 4
 * ```
 */
export function currencyExponent(code: string): number {
  return exponentOf(readCurrency(code, ['code']));
}
