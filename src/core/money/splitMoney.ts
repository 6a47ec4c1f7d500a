import { assertSafeInteger, invalid } from '../internal/assert.js';
import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

const MAX_PARTS = 2 ** 32 - 1; // the longest array JavaScript allows

/**
 * Splits an amount into `count` equal parts that sum exactly to it: the parts differ by at most one
 * minor unit and the larger ones come first (the same result as {@link allocateMoney} with
 * `count` equal ratios). A negative amount is split symmetrically.
 *
 * @param money - a valid Money
 * @param count - the number of parts: an integer from 1 to 2^32 − 1
 * @returns `count` new Money values in the same currency
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` (path `['count']`) for a count
 *   that is not a positive integer or is too large; `INVALID_INPUT` / `NOT_SAFE_INTEGER` /
 *   `UNKNOWN_CURRENCY` with a path under `['money']`
 *
 * @example
 * ```ts
 * import { splitMoney } from 'omnicx/core';
 * const instalments = splitMoney({ amountMinor: 10000, currency: 'USD' }, 3);
 * console.log(instalments.map((part) => part.amountMinor)); // [ 3334, 3333, 3333 ]
 * ```
 */
export function splitMoney(money: Money, count: number): Money[] {
  const { amountMinor, currency } = readMoney(money, ['money']);
  assertSafeInteger(count, ['count'], 'count');
  if (count < 1 || count > MAX_PARTS) {
    throw invalid(`count must be an integer from 1 to 2^32 - 1, got ${String(count)}`, ['count']);
  }
  const whole = Math.abs(amountMinor);
  const base = Math.floor(whole / count);
  const extra = whole - base * count; // fewer than count parts get one more unit
  const sign = amountMinor < 0 ? -1 : 1;
  const parts: Money[] = [];
  for (let i = 0; i < count; i++) {
    const value = (i < extra ? base + 1 : base) * sign;
    parts.push({ amountMinor: value === 0 ? 0 : value, currency });
  }
  return parts;
}
