import type { Money } from './Money.js';
import { assertSameCurrency, readMoney } from './internal/read.js';

/**
 * Compares two amounts of the same currency, for sorting (`list.sort(compareMoney)`) and tests.
 *
 * @param a - a valid Money
 * @param b - a valid Money in the same currency as `a`
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @throws {@link OmnicxError} `CURRENCY_MISMATCH` (path `['b', 'currency']`) when the currencies
 *   differ (amounts in different currencies have no order without a rate); `INVALID_INPUT` /
 *   `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['a']` or `['b']`
 *
 * @example
 * ```ts
 * import { compareMoney } from 'omnicx/core';
 * console.log(compareMoney({ amountMinor: 100, currency: 'USD' }, { amountMinor: 250, currency: 'USD' })); // -1
 * console.log(compareMoney({ amountMinor: 250, currency: 'USD' }, { amountMinor: 250, currency: 'USD' })); // 0
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const left = readMoney(a, ['a'], 'a');
  const right = readMoney(b, ['b'], 'b');
  assertSameCurrency(left.currency, right.currency, ['b', 'currency']);
  if (left.amountMinor < right.amountMinor) return -1;
  return left.amountMinor > right.amountMinor ? 1 : 0;
}
