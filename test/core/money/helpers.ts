import fc from 'fast-check';
import type { Money } from '../../../src/core/money/index.js';

export { expectOmnicxError as expectError } from '../../support/expectOmnicxError.js';

export const usd = (amountMinor: number): Money => ({ amountMinor, currency: 'USD' });

/** Deep-frozen copy, to prove that a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const safeAmount = fc.maxSafeInteger();
/** Amounts small enough that the sum or difference of two of them is always safe. */
export const halfSafeAmount = fc.integer({ min: -(2 ** 52), max: 2 ** 52 });
