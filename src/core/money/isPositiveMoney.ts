import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

/**
 * Tells whether an amount is above zero.
 *
 * @param money - a valid Money
 * @returns `true` when `amountMinor > 0`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['money']` for an invalid argument
 *
 * @example
 * ```ts
 * import { isPositiveMoney } from 'omnicx/core';
 * console.log(isPositiveMoney({ amountMinor: 1, currency: 'EUR' })); // true
 * console.log(isPositiveMoney({ amountMinor: 0, currency: 'EUR' })); // false
 * ```
 */
export function isPositiveMoney(money: Money): boolean {
  return readMoney(money, ['money']).amountMinor > 0;
}
