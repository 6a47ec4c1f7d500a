import * as z from 'zod';
import { readonlyOf } from '../internal/readonlyOf.js';
import { isCurrencyCode } from './isCurrencyCode.js';

/**
 * zod schema of an active ISO 4217 currency code with a minor unit (see
 * {@link CURRENCY_EXPONENTS}): exactly three upper-case letters, present in the table.
 *
 * @example
 * ```ts
 * import { currencyCodeSchema } from 'omnicx/core';
 * console.log(currencyCodeSchema.safeParse('EUR').success); // true
 * console.log(currencyCodeSchema.safeParse('eur').success); // false
 * ```
 */
// A plain predicate (not the type guard) keeps the inferred type `string`, as the Money type promises.
export const currencyCodeSchema = z.string().refine((code: string): boolean => isCurrencyCode(code), {
  error: 'Expected an active ISO 4217 currency code such as "USD" (upper-case)',
});

/**
 * zod schema of {@link Money}: an integer amount of minor units (cents for USD, yen for JPY, fils
 * for KWD) and an active ISO 4217 code. `amountMinor` must be a safe integer
 * (|n| ≤ 2^53 − 1); floats, `NaN` and `Infinity` are rejected. Parsed values are frozen and unknown
 * keys are dropped.
 *
 * Use it at a boundary (with `safeParse`, or `parseWith` for an {@link OmnicxError} with code
 * `INVALID_INPUT`); the money functions check their arguments themselves and throw
 * `NOT_SAFE_INTEGER` or `UNKNOWN_CURRENCY` where the schema only says "invalid".
 *
 * @example
 * ```ts
 * import { moneySchema } from 'omnicx/core';
 * console.log(moneySchema.safeParse({ amountMinor: 1250, currency: 'USD' }).success); // true
 * console.log(moneySchema.safeParse({ amountMinor: 12.5, currency: 'USD' }).success); // false
 * ```
 */
export const moneySchema = readonlyOf(
  z.object({
    /** The amount in minor units of `currency`: a safe integer, negative for refunds and debts. */
    amountMinor: z.int(),
    /** An active ISO 4217 code, upper-case. */
    currency: currencyCodeSchema,
  }));

/**
 * An amount of money: `amountMinor` minor units (a safe integer, never a float) of the ISO 4217
 * currency `currency`. `{ amountMinor: 1999, currency: 'USD' }` is USD 19.99;
 * `{ amountMinor: 1999, currency: 'JPY' }` is ¥1,999. The type is `z.infer` of {@link moneySchema}.
 *
 * @example
 * ```ts
 * import type { Money } from 'omnicx/core';
 * const price: Money = { amountMinor: 1999, currency: 'USD' };
 * console.log(price.amountMinor); // 1999
 * ```
 */
export type Money = z.infer<typeof moneySchema>;
