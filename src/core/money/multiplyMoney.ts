import { toDecimal, type DecimalInput } from '../internal/decimal.js';
import type { RoundingMode } from '../rounding/RoundingMode.js';
import type { Money } from './Money.js';
import { roundToSafeInteger, splitDecimal } from './internal/exact.js';
import { readMoney, readRounding } from './internal/read.js';

/** Options of {@link multiplyMoney}. */
export interface MultiplyMoneyOptions {
  /** How to round the exact product to whole minor units; default `'halfEven'` (banker's rounding). */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Multiplies an amount by a decimal rate (a tax rate, a discount, a quantity in kilograms) and
 * rounds the exact product to whole minor units.
 *
 * The product is computed exactly (integer minor units × the rate's decimal digits, no floating
 * point and no intermediate rounding) and rounded once with `options.rounding`, **default
 * `'halfEven'`** (ties to the even neighbour: 125 × 0.1 = 12.5 → 12). Pass the mode your
 * jurisdiction or contract requires, e.g. `'halfUp'` for most VAT rules.
 *
 * @param money - a valid Money
 * @param rate - the multiplier: a decimal string (`'0.2'`, `'1.075'`, `'-1'`) or a finite number
 *   (read through its shortest round-trip form, so `0.1` means 0.1); may be negative or zero
 * @param options - `rounding`, see {@link MultiplyMoneyOptions}
 * @returns a new Money in the same currency (never −0)
 * @throws {@link OmnicxError} `INVALID_INPUT` (path `['rate']`) for a malformed rate, `NaN`,
 *   `±Infinity` or a decimal exponent beyond ±9e15; `INVALID_ROUNDING_MODE` (path `['options', 'rounding']`); `NOT_SAFE_INTEGER`
 *   (path `[]`) when the result exceeds 2^53 − 1 in magnitude; `INVALID_INPUT` /
 *   `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['money']`
 *
 * @example
 * ```ts
 * import { multiplyMoney } from 'omnicx/core';
 * const price = { amountMinor: 1999, currency: 'EUR' };
 * console.log(multiplyMoney(price, '0.2')); // { amountMinor: 400, currency: 'EUR' }
 * // 12.5 cents: halfEven by default gives 12, halfUp gives 13
 * console.log(multiplyMoney({ amountMinor: 125, currency: 'USD' }, '0.1').amountMinor); // 12
 * console.log(multiplyMoney({ amountMinor: 125, currency: 'USD' }, '0.1', { rounding: 'halfUp' }).amountMinor); // 13
 * ```
 */
export function multiplyMoney(money: Money, rate: DecimalInput, options?: MultiplyMoneyOptions): Money {
  const { amountMinor, currency } = readMoney(money, ['money']);
  const { coefficient, exponent } = splitDecimal(toDecimal(rate, ['rate'], 'rate'));
  const rounding = readRounding(options, ['options']);
  const product = roundToSafeInteger(BigInt(amountMinor) * coefficient, exponent, rounding, [], 'the product');
  return { amountMinor: product, currency };
}
