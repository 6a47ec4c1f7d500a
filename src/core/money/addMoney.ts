import type { Money } from './Money.js';
import { toSafeInteger } from './internal/exact.js';
import { assertSameCurrency, readMoney } from './internal/read.js';

/**
 * Adds two amounts of the same currency, exactly (integer minor units).
 *
 * @param a - a valid Money
 * @param b - a valid Money in the same currency as `a`
 * @returns a new Money, `a + b`
 * @throws {@link OmnicxError} `CURRENCY_MISMATCH` (path `['b', 'currency']`) when the currencies
 *   differ; `NOT_SAFE_INTEGER` (path `[]`) when the sum exceeds 2^53 − 1 in magnitude;
 *   `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['a']` or `['b']`
 *   for an invalid argument
 *
 * @example
 * ```ts
 * import { addMoney } from 'omnicx/core';
 * const total = addMoney({ amountMinor: 1999, currency: 'USD' }, { amountMinor: 501, currency: 'USD' });
 * console.log(total); // { amountMinor: 2500, currency: 'USD' }
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  const left = readMoney(a, ['a'], 'a');
  const right = readMoney(b, ['b'], 'b');
  assertSameCurrency(left.currency, right.currency, ['b', 'currency']);
  const amountMinor = toSafeInteger(BigInt(left.amountMinor) + BigInt(right.amountMinor), [], 'the sum');
  return { amountMinor, currency: left.currency };
}
