// The one helper every test folder uses to check a refusal of bad input.
import { expect } from 'vitest';
import { OmnicxError, type ErrorCode, type PathKey } from '../../src/core/errors/OmnicxError.js';

/**
 * Runs `fn`, asserts it throws an OmnicxError with `code`, `path` and a message for people, and
 * returns the error for further checks.
 */
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
  expect(error.message.length).toBeGreaterThan(0);
  return error;
}
