import type { Money } from './Money.js';
import { readCurrency } from './internal/read.js';

/**
 * Zero in a currency: `{ amountMinor: 0, currency }`, the neutral element of {@link addMoney}.
 *
 * @param currency - an active ISO 4217 code, upper-case
 * @throws {@link OmnicxError} `UNKNOWN_CURRENCY` (path `['currency']`) for an unknown code,
 *   `INVALID_INPUT` for a non-string
 *
 * @example
 * ```ts
 * import { zeroMoney } from 'omnicx/core';
 * console.log(zeroMoney('EUR')); // { amountMinor: 0, currency: 'EUR' }
 * ```
 */
export function zeroMoney(currency: string): Money {
  return { amountMinor: 0, currency: readCurrency(currency, ['currency']) };
}
