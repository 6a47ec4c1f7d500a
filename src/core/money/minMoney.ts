import { ErrorCode, OmnicxError } from '../errors/OmnicxError.js';
import type { Money } from './Money.js';
import { assertSameCurrency, readArray, readMoney } from './internal/read.js';

/**
 * The smallest of a list of amounts in one currency; on ties, the first one.
 *
 * @param list - at least one valid Money, all in the same currency
 * @returns a new Money equal to the smallest element
 * @throws {@link OmnicxError} `INSUFFICIENT_DATA` (path `['list']`) for an empty list;
 *   `CURRENCY_MISMATCH` (path `['list', i, 'currency']`) for an element in another currency than the
 *   first; `INVALID_INPUT` (path `['list']`) when `list` is not an array; `INVALID_INPUT` /
 *   `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['list', i]` for an invalid element
 *
 * @example
 * ```ts
 * import { minMoney } from 'omnicx/core';
 * const offers = [{ amountMinor: 250, currency: 'USD' }, { amountMinor: 100, currency: 'USD' }];
 * console.log(minMoney(offers)); // { amountMinor: 100, currency: 'USD' }
 * ```
 */
export function minMoney(list: readonly Money[]): Money {
  const items = readArray(list, ['list']);
  const moneys = items.map((item, i) => readMoney(item, ['list', i], `list[${String(i)}]`));
  let best = moneys[0];
  if (best === undefined) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, 'minMoney needs at least one amount', { path: ['list'] });
  }
  for (let i = 1; i < moneys.length; i++) {
    const money = moneys[i] as Money;
    assertSameCurrency(best.currency, money.currency, ['list', i, 'currency']);
    if (money.amountMinor < best.amountMinor) best = money;
  }
  return best;
}
