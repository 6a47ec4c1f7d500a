import { expect } from 'vitest';
import { OmnicxError, type ErrorCode, type PathKey } from '../../../src/core/errors/OmnicxError.js';

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

/** 3 600 000 ms. */
export const HOUR = 3_600_000;
/** 86 400 000 ms. */
export const DAY = 86_400_000;
