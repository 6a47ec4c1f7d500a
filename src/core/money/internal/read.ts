// Validation of money arguments for the money area. Every reader throws OmnicxError with a stable
// code and the path to the bad field; none of them mutates or keeps its input.
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { assertObject, assertSafeInteger, describe, invalid } from '../../internal/assert.js';
import { decimalRounding } from '../../internal/decimal.js';
import type { RoundingMode } from '../../rounding/RoundingMode.js';
import { CURRENCY_EXPONENTS } from '../currencies.js';
import { isCurrencyCode } from '../isCurrencyCode.js';
import type { Money } from '../Money.js';
import { assertKnownKeys } from '../../internal/optionKeys.js';

/** The one key of the money functions' options. */
const ROUNDING_OPTION: readonly string[] = Object.freeze(['rounding']);

/** The rounding mode used when a money function's `options.rounding` is left out. */
export const DEFAULT_ROUNDING: RoundingMode = 'halfEven';

/** Reads an ISO 4217 code at a non-empty path: INVALID_INPUT when not a string, UNKNOWN_CURRENCY when not in the table. */
export function readCurrency(value: unknown, path: readonly PathKey[]): string {
  if (isCurrencyCode(value)) return value;
  if (typeof value !== 'string') {
    throw invalid(`${path.join('.')} must be an ISO 4217 currency code, got ${describe(value)}`, path);
  }
  const upper = value.trim().toUpperCase();
  const hint = upper !== value && isCurrencyCode(upper) ? ` (codes are upper-case: did you mean '${upper}'?)` : '';
  throw new OmnicxError(
    ErrorCode.UNKNOWN_CURRENCY,
    `${path.join('.')} must be an active ISO 4217 currency code, got ${describe(value)}${hint}`,
    { path },
  );
}

/** The minor-unit exponent of a code already checked by {@link readCurrency}. */
export function exponentOf(currency: string): number {
  return CURRENCY_EXPONENTS[currency as keyof typeof CURRENCY_EXPONENTS];
}

/** Reads a Money argument and returns a fresh plain copy holding only the two fields. */
export function readMoney(value: unknown, path: readonly PathKey[], name = 'money'): Money {
  assertObject(value, path, name);
  const amountMinor = value['amountMinor'];
  assertSafeInteger(amountMinor, [...path, 'amountMinor'], `${name}.amountMinor`);
  const currency = readCurrency(value['currency'], [...path, 'currency']);
  return { amountMinor: amountMinor === 0 ? 0 : amountMinor, currency };
}

/** Throws CURRENCY_MISMATCH at `path` (the `currency` field of the later argument). */
export function assertSameCurrency(expected: string, actual: string, path: readonly PathKey[]): void {
  if (actual === expected) return;
  throw new OmnicxError(
    ErrorCode.CURRENCY_MISMATCH,
    `cannot combine ${expected} with ${actual}: ${path.join('.')} must be ${expected}, got ${actual}`,
    { path },
  );
}

/**
 * Reads the rounding mode from an optional options object: `undefined` options or an `undefined`
 * `rounding` give {@link DEFAULT_ROUNDING}; anything else must be a RoundingMode. `rounding` is
 * the only key (of MultiplyMoneyOptions, MoneyFromMajorOptions and ConvertMoneyOptions).
 */
export function readRounding(options: unknown, path: readonly PathKey[]): ReturnType<typeof decimalRounding> {
  if (options === undefined) return decimalRounding(DEFAULT_ROUNDING);
  assertObject(options, path, 'options');
  assertKnownKeys(options, ROUNDING_OPTION, path);
  const mode = options['rounding'];
  return decimalRounding(mode === undefined ? DEFAULT_ROUNDING : mode, [...path, 'rounding']);
}

/** Reads a list argument at a non-empty path: INVALID_INPUT unless it is an array. */
export function readArray(value: unknown, path: readonly PathKey[]): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(`${path.join('.')} must be an array, got ${describe(value)}`, path);
  return value;
}
