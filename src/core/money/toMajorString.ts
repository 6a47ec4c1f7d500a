import type { Money } from './Money.js';
import { majorString } from './internal/majorString.js';
import { exponentOf, readMoney } from './internal/read.js';

/**
 * Writes a {@link Money} as a plain decimal string in major units with exactly as many decimals
 * as the currency's exponent: no grouping, no symbol, `'-'` for negatives, exact for every safe
 * amount (computed on the digits, never through floating point). The inverse of
 * {@link moneyFromMajor}; use {@link formatMoney} for display.
 *
 * @param money - a valid Money
 * @returns e.g. `'12.35'` (USD), `'-0.05'` (USD), `'1200'` (JPY), `'1.500'` (KWD)
 * @throws {@link OmnicxError} `INVALID_INPUT`, `NOT_SAFE_INTEGER` or `UNKNOWN_CURRENCY` with a path
 *   under `['money']` for an invalid argument
 *
 * @example
 * ```ts
 * import { toMajorString } from 'omnicx/core';
 * console.log(toMajorString({ amountMinor: 1235, currency: 'USD' })); // '12.35'
 * console.log(toMajorString({ amountMinor: -5, currency: 'USD' })); // '-0.05'
 * console.log(toMajorString({ amountMinor: 1200, currency: 'JPY' })); // '1200'
 * console.log(toMajorString({ amountMinor: 1500, currency: 'KWD' })); // '1.500'
 * ```
 */
export function toMajorString(money: Money): string {
  const { amountMinor, currency } = readMoney(money, ['money']);
  return majorString(amountMinor, exponentOf(currency));
}

