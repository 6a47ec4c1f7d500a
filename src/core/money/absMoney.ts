import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

/**
 * The absolute value of an amount, in the same currency.
 *
 * @param money - a valid Money
 * @returns a new Money with `|amountMinor|`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['money']` for an invalid argument
 *
 * @example
 * ```ts
 * import { absMoney } from 'omnicx/core';
 * console.log(absMoney({ amountMinor: -1250, currency: 'GBP' })); // { amountMinor: 1250, currency: 'GBP' }
 * ```
 */
export function absMoney(money: Money): Money {
  const { amountMinor, currency } = readMoney(money, ['money']);
  return { amountMinor: Math.abs(amountMinor), currency };
}
