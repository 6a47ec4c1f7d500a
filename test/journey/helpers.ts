import { expect } from 'vitest';
import { OmnicxError, type ErrorCode, type PathKey } from '../../src/core/errors/OmnicxError.js';

/** Runs `fn`, asserts it throws an OmnicxError with `code` and `path`, and returns the error. */
export function expectOmnicxError(fn: () => unknown, code: ErrorCode, path: readonly PathKey[]): OmnicxError {
  let caught: unknown = undefined;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(OmnicxError);
  const error = caught as OmnicxError;
  expect({ code: error.code, path: error.path }).toEqual({ code, path });
  return error;
}

/** Freezes a value and everything in it, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;
