import { ErrorCode, OmnicxError } from '../errors/OmnicxError.js';
import type { Money } from './Money.js';
import { toSafeInteger } from './internal/exact.js';
import { assertSameCurrency, readArray, readCurrency, readMoney } from './internal/read.js';

/**
 * Adds up a list of amounts in one currency, exactly. Only the final total must be a safe
 * integer: intermediate sums may exceed 2^53 (they are computed as bigints).
 *
 * @param list - valid Money values, all in the same currency
 * @param currency - the expected currency: required for an empty list (whose sum is zero in it),
 *   optional otherwise, where it checks every element
 * @returns a new Money, the total (zero for an empty list)
 * @throws {@link OmnicxError} `CURRENCY_MISMATCH` (path `['list', i, 'currency']`) for an element
 *   in another currency than `currency` or the first element; `INSUFFICIENT_DATA` (path `['list']`)
 *   for an empty list without `currency`; `NOT_SAFE_INTEGER` (path `[]`) when the total exceeds
 *   2^53 − 1 in magnitude; `INVALID_INPUT` (path `['list']`) when `list` is not an array;
 *   `UNKNOWN_CURRENCY` (path `['currency']`); `INVALID_INPUT` / `NOT_SAFE_INTEGER` /
 *   `UNKNOWN_CURRENCY` with a path under `['list', i]` for an invalid element
 *
 * @example
 * ```ts
 * import { sumMoney } from 'omnicx/core';
 * const lines = [{ amountMinor: 1999, currency: 'USD' }, { amountMinor: 501, currency: 'USD' }];
 * console.log(sumMoney(lines)); // { amountMinor: 2500, currency: 'USD' }
 * console.log(sumMoney([], 'USD')); // { amountMinor: 0, currency: 'USD' }
 * ```
 */
export function sumMoney(list: readonly Money[], currency?: string): Money {
  const items = readArray(list, ['list']);
  const expected = currency === undefined ? undefined : readCurrency(currency, ['currency']);
  const moneys = items.map((item, i) => readMoney(item, ['list', i], `list[${String(i)}]`));
  const first = moneys[0];
  const code = expected ?? first?.currency;
  if (code === undefined) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, 'sumMoney of an empty list needs the currency argument', {
      path: ['list'],
    });
  }
  let total = 0n;
  moneys.forEach((money, i) => {
    assertSameCurrency(code, money.currency, ['list', i, 'currency']);
    total += BigInt(money.amountMinor);
  });
  return { amountMinor: toSafeInteger(total, [], 'the total'), currency: code };
}
