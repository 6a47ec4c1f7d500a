import type { Money } from './Money.js';
import { toSafeInteger } from './internal/exact.js';
import { assertSameCurrency, readMoney } from './internal/read.js';

/**
 * Subtracts `b` from `a` (same currency), exactly (integer minor units). The result may be
 * negative.
 *
 * @param a - a valid Money
 * @param b - a valid Money in the same currency as `a`
 * @returns a new Money, `a − b`
 * @throws {@link OmnicxError} `CURRENCY_MISMATCH` (path `['b', 'currency']`) when the currencies
 *   differ; `NOT_SAFE_INTEGER` (path `[]`) when the difference exceeds 2^53 − 1 in magnitude;
 *   `INVALID_INPUT` / `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['a']` or `['b']`
 *   for an invalid argument
 *
 * @example
 * ```ts
 * import { subtractMoney } from 'omnicx/core';
 * const change = subtractMoney({ amountMinor: 2000, currency: 'EUR' }, { amountMinor: 1999, currency: 'EUR' });
 * console.log(change); // { amountMinor: 1, currency: 'EUR' }
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  const left = readMoney(a, ['a'], 'a');
  const right = readMoney(b, ['b'], 'b');
  assertSameCurrency(left.currency, right.currency, ['b', 'currency']);
  const amountMinor = toSafeInteger(BigInt(left.amountMinor) - BigInt(right.amountMinor), [], 'the difference');
  return { amountMinor, currency: left.currency };
}
