import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

/**
 * The opposite amount in the same currency (a refund of a charge). Always safe: the safe-integer
 * range is symmetric. Zero stays `0` (never −0).
 *
 * @param money - a valid Money
 * @returns a new Money, `−money`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['money']` for an invalid argument
 *
 * @example
 * ```ts
 * import { negateMoney } from 'omnicx/core';
 * console.log(negateMoney({ amountMinor: 1250, currency: 'GBP' })); // { amountMinor: -1250, currency: 'GBP' }
 * ```
 */
export function negateMoney(money: Money): Money {
  const { amountMinor, currency } = readMoney(money, ['money']);
  return { amountMinor: 0 - amountMinor, currency };
}
