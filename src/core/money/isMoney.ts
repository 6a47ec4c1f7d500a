import type { Money } from './Money.js';
import { isCurrencyCode } from './isCurrencyCode.js';

/**
 * Tells whether a value is a valid {@link Money}: an object whose `amountMinor` is a safe integer
 * and whose `currency` is an active ISO 4217 code. Never throws; extra keys are allowed.
 *
 * @param value - any value
 * @returns `true` when every money function would accept `value`
 *
 * @example
 * ```ts
 * import { isMoney } from 'omnicx/core';
 * console.log(isMoney({ amountMinor: 500, currency: 'EUR' })); // true
 * console.log(isMoney({ amountMinor: 5.5, currency: 'EUR' })); // false
 * console.log(isMoney({ amountMinor: 500, currency: 'eur' })); // false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const candidate = value as { amountMinor?: unknown; currency?: unknown };
  return Number.isSafeInteger(candidate.amountMinor) && isCurrencyCode(candidate.currency);
}
