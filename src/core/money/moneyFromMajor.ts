import { toDecimal, type DecimalInput } from '../internal/decimal.js';
import type { RoundingMode } from '../rounding/RoundingMode.js';
import type { Money } from './Money.js';
import { roundToSafeInteger, splitDecimal } from './internal/exact.js';
import { exponentOf, readCurrency, readRounding } from './internal/read.js';

/** Options of {@link moneyFromMajor}. */
export interface MoneyFromMajorOptions {
  /**
   * How to round when the value has more decimals than the currency's exponent (`'12.345'` USD).
   * Default `'halfEven'` (banker's rounding). Values that fit are never rounded.
   */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Converts an amount in major units (dollars, euros, yen) to {@link Money} in integer minor units,
 * in exact decimal arithmetic: `'12.34'` USD → 1234 cents, `'1200'` JPY → 1200 yen,
 * `'1.5'` KWD → 1500 fils.
 *
 * When the value has more decimals than the currency's exponent ({@link currencyExponent}) it is
 * rounded with `options.rounding`, **default `'halfEven'`** (ties to the even neighbour, so
 * `'0.125'` USD → 12 cents and `'0.135'` → 14); pass `'halfUp'` for the schoolbook rule.
 *
 * @param major - the amount in major units: a decimal string (`'12.345'`, `'-0.05'`, `'1e3'`) or a
 *   finite number (read through its shortest round-trip form, so `0.1` means 0.1)
 * @param currency - an active ISO 4217 code, upper-case
 * @param options - `rounding`, see {@link MoneyFromMajorOptions}
 * @returns a new Money (never −0)
 * @throws {@link OmnicxError} `INVALID_INPUT` (path `['major']`) for a malformed string, `NaN`,
 *   `±Infinity` or a decimal exponent beyond ±9e15; `UNKNOWN_CURRENCY` (path `['currency']`); `INVALID_ROUNDING_MODE`
 *   (path `['options', 'rounding']`); `NOT_SAFE_INTEGER` (path `['major']`) when the minor amount
 *   would exceed 2^53 − 1 in magnitude
 *
 * @example
 * ```ts
 * import { moneyFromMajor } from 'omnicx/core';
 * console.log(moneyFromMajor('12.34', 'USD')); // { amountMinor: 1234, currency: 'USD' }
 * // halfEven by default: 12.5 cents is a tie, 12 is the even neighbour
 * console.log(moneyFromMajor('0.125', 'USD').amountMinor); // 12
 * console.log(moneyFromMajor('0.125', 'USD', { rounding: 'halfUp' }).amountMinor); // 13
 * console.log(moneyFromMajor(1200, 'JPY').amountMinor); // 1200
 * ```
 */
export function moneyFromMajor(major: DecimalInput, currency: string, options?: MoneyFromMajorOptions): Money {
  const code = readCurrency(currency, ['currency']);
  const rounding = readRounding(options, ['options']);
  const { coefficient, exponent } = splitDecimal(toDecimal(major, ['major'], 'major'));
  const amountMinor = roundToSafeInteger(coefficient, exponent + exponentOf(code), rounding, ['major'], 'major');
  return { amountMinor, currency: code };
}
