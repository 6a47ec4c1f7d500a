import type { Money } from './Money.js';
import { readMoney } from './internal/read.js';

/**
 * Creates a {@link Money} from an integer amount of minor units, after checking both fields.
 *
 * @param amountMinor - minor units (cents, yen, fils…): a safe integer, may be negative
 * @param currency - an active ISO 4217 code, upper-case
 * @returns a new `{ amountMinor, currency }` (−0 becomes 0)
 * @throws {@link OmnicxError} `INVALID_INPUT` (path `['amountMinor']`) for a non-number or `NaN`,
 *   `NOT_SAFE_INTEGER` (path `['amountMinor']`) for a fraction, `±Infinity` or |n| ≥ 2^53,
 *   `UNKNOWN_CURRENCY` (path `['currency']`) for an unknown or lower-case code
 *
 * @example
 * ```ts
 * import { moneyFromMinor } from 'omnicx/core';
 * console.log(moneyFromMinor(1999, 'USD')); // { amountMinor: 1999, currency: 'USD' }
 * ```
 */
export function moneyFromMinor(amountMinor: number, currency: string): Money {
  return readMoney({ amountMinor, currency }, [], 'money');
}
