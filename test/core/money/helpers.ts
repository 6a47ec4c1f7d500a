import fc from 'fast-check';
import { expect } from 'vitest';
import { OmnicxError, type ErrorCode, type PathKey } from '../../../src/core/errors/OmnicxError.js';
import type { Money } from '../../../src/core/money/index.js';

/** Runs `fn`, expects an OmnicxError and checks its code and path; returns it for further checks. */
export function expectError(fn: () => unknown, code: ErrorCode, path: readonly PathKey[]): OmnicxError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OmnicxError);
  const error = caught as OmnicxError;
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}

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
