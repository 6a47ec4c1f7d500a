import { invalid } from '../internal/assert.js';
import { toDecimal, type DecimalInput } from '../internal/decimal.js';
import type { RoundingMode } from '../rounding/RoundingMode.js';
import type { Money } from './Money.js';
import { roundToSafeInteger, splitDecimal } from './internal/exact.js';
import { exponentOf, readCurrency, readMoney, readRounding } from './internal/read.js';

/** Options of {@link convertMoney}. */
export interface ConvertMoneyOptions {
  /** How to round the converted amount to whole minor units of the target currency; default `'halfEven'`. */
  readonly rounding?: RoundingMode | undefined;
}

/**
 * Converts an amount to another currency at an exchange rate you supply (omnicx has no rates of
 * its own), taking care of the two currencies' minor-unit exponents:
 * `target minor units = money major units × rate × 10^exponent(to)`, computed exactly and rounded
 * once with `options.rounding`, **default `'halfEven'`**.
 *
 * @param money - a valid Money in the source currency
 * @param to - the target ISO 4217 code, upper-case
 * @param rate - units of `to` for one major unit of `money.currency` (for USD → JPY at
 *   1 USD = 151.37 JPY, `'151.37'`): a positive decimal string or finite number
 * @param options - `rounding`, see {@link ConvertMoneyOptions}
 * @returns a new Money in `to` (never −0)
 * @throws {@link OmnicxError} `UNKNOWN_CURRENCY` (path `['to']`); `INVALID_INPUT` (path `['rate']`)
 *   for a malformed, zero or negative rate or one with a decimal exponent beyond ±9e15;
 *   `INVALID_ROUNDING_MODE` (path `['options', 'rounding']`);
 *   `NOT_SAFE_INTEGER` (path `[]`) when the result exceeds 2^53 − 1 in magnitude; `INVALID_INPUT` /
 *   `NOT_SAFE_INTEGER` / `UNKNOWN_CURRENCY` with a path under `['money']`
 *
 * @example
 * ```ts
 * import { convertMoney } from 'omnicx/core';
 * // USD 12.34 at 151.37 JPY per USD = 1867.9058 JPY
 * console.log(convertMoney({ amountMinor: 1234, currency: 'USD' }, 'JPY', '151.37')); // { amountMinor: 1868, currency: 'JPY' }
 * // JPY 1000 at 0.0066 USD per JPY = 6.60 USD
 * console.log(convertMoney({ amountMinor: 1000, currency: 'JPY' }, 'USD', '0.0066')); // { amountMinor: 660, currency: 'USD' }
 * ```
 */
export function convertMoney(money: Money, to: string, rate: DecimalInput, options?: ConvertMoneyOptions): Money {
  const source = readMoney(money, ['money']);
  const target = readCurrency(to, ['to']);
  const decimalRate = toDecimal(rate, ['rate'], 'rate');
  if (!decimalRate.isPositive() || decimalRate.isZero()) {
    throw invalid(`rate must be a positive number of ${target} per ${source.currency}, got ${decimalRate.toString()}`, ['rate']);
  }
  const rounding = readRounding(options, ['options']);
  const { coefficient, exponent } = splitDecimal(decimalRate);
  const scale = exponent + exponentOf(target) - exponentOf(source.currency);
  const amountMinor = roundToSafeInteger(BigInt(source.amountMinor) * coefficient, scale, rounding, [], 'the converted amount');
  return { amountMinor, currency: target };
}
