import type * as z from 'zod';

/**
 * Stable error codes carried by every {@link OmnicxError}.
 *
 * Codes never change meaning between releases, so hosts can switch on them; the message is for
 * people and may be reworded.
 *
 * @example
 * ```ts
 * import { ErrorCode } from 'omnicx/core';
 * console.log(ErrorCode.CURRENCY_MISMATCH); // 'CURRENCY_MISMATCH'
 * ```
 */
export const ErrorCode = {
  /** The input has the wrong shape or type, or a value outside its allowed range. */
  INVALID_INPUT: 'INVALID_INPUT',
  /** Two amounts in different currencies were combined. */
  CURRENCY_MISMATCH: 'CURRENCY_MISMATCH',
  /** A currency code is not in the ISO 4217 table. */
  UNKNOWN_CURRENCY: 'UNKNOWN_CURRENCY',
  /** A time zone is not a valid IANA time zone name. */
  UNKNOWN_TIME_ZONE: 'UNKNOWN_TIME_ZONE',
  /** An integer quantity (minor units, points, counts) is not a safe integer. */
  NOT_SAFE_INTEGER: 'NOT_SAFE_INTEGER',
  /** A date-time could not be read as an instant (invalid, or a string without an offset). */
  INVALID_DATE: 'INVALID_DATE',
  /** A rounding mode is not one of {@link RoundingMode}. */
  INVALID_ROUNDING_MODE: 'INVALID_ROUNDING_MODE',
  /** A computation needs at least some data and got too little (e.g. the mean of nothing). */
  INSUFFICIENT_DATA: 'INSUFFICIENT_DATA',
  /** A numerical method did not converge. */
  NO_CONVERGENCE: 'NO_CONVERGENCE',
} as const;

/** One of the {@link ErrorCode} values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A key in a path to a bad field: a property name or an array index. */
export type PathKey = string | number;

/** Options of the {@link OmnicxError} constructor. */
export interface OmnicxErrorOptions {
  /** Keys from the argument down to the bad field, e.g. `['lines', 2, 'quantity']`. */
  readonly path?: readonly PathKey[];
  /** The zod issues when the error comes from a schema. */
  readonly issues?: readonly z.core.$ZodIssue[];
  /** The underlying error, if any. */
  readonly cause?: unknown;
}

/**
 * The one error type omnicx throws for invalid input.
 *
 * Business refusals (not enough points, no stock) are returned as data and never thrown; an
 * `OmnicxError` always means the caller passed something that cannot be computed on.
 *
 * @example
 * ```ts
 * import { OmnicxError, addMoney } from 'omnicx/core';
 * try {
 *   addMoney({ amountMinor: 100, currency: 'USD' }, { amountMinor: 100, currency: 'EUR' });
 * } catch (error) {
 *   if (error instanceof OmnicxError) console.log(error.code, error.path); // CURRENCY_MISMATCH [ 'b', 'currency' ]
 * }
 * ```
 */
export class OmnicxError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode;
  /** Keys from the argument down to the bad field; empty when the whole argument is at fault. */
  readonly path: readonly PathKey[];
  /** The zod issues when the error comes from a schema; empty otherwise. */
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(code: ErrorCode, message: string, options: OmnicxErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'OmnicxError';
    this.code = code;
    this.path = options.path ?? [];
    this.issues = options.issues ?? [];
  }
}

/**
 * Tells whether a value is an {@link OmnicxError}, optionally with a given code. Works across
 * bundles (checks the name and code rather than relying on `instanceof` alone).
 *
 * @example
 * ```ts
 * import { isOmnicxError, toInstant } from 'omnicx/core';
 * try {
 *   toInstant('2026-01-01T10:00:00');
 * } catch (error) {
 *   console.log(isOmnicxError(error, 'INVALID_DATE')); // true
 * }
 * ```
 */
export function isOmnicxError(value: unknown, code?: ErrorCode): value is OmnicxError {
  if (value instanceof OmnicxError) return code === undefined || value.code === code;
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { name?: unknown; code?: unknown };
  return (
    candidate.name === 'OmnicxError' &&
    typeof candidate.code === 'string' &&
    Object.values<string>(ErrorCode).includes(candidate.code) &&
    (code === undefined || candidate.code === code)
  );
}
