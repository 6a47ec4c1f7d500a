import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

/**
 * Value equality of two amounts: same currency and same number of minor units. Unlike
 * {@link compareMoney}, different currencies are not an error: they are simply not equal.
 *
 * @param a - a valid Money
 * @param b - a valid Money
 * @returns `true` when both fields are equal
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path
 *   under `['a']` or `['b']` for an invalid argument
 *
 * @example
 * ```ts
 * import { equalsMoney } from 'omnicx/core';
 * console.log(equalsMoney({ amountMinor: 100, currency: 'USD' }, { amountMinor: 100, currency: 'USD' })); // true
 * console.log(equalsMoney({ amountMinor: 100, currency: 'USD' }, { amountMinor: 100, currency: 'CAD' })); // false
 * ```
 */
export function equalsMoney(a: Money, b: Money): boolean {
  const left = readMoney(a, ['a'], 'a');
  const right = readMoney(b, ['b'], 'b');
  return left.currency === right.currency && left.amountMinor === right.amountMinor;
}
