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

export const DAY = 86_400_000;
/** 2026-01-05T00:00:00Z, a Monday. */
export const MONDAY = Date.UTC(2026, 0, 5);
