import { describe, expect, it } from 'vitest';
import { ErrorCode, OmnicxError, isOmnicxError } from '../../../src/core/errors/OmnicxError.js';

describe('OmnicxError', () => {
  it('carries a stable code, a path, issues and a message', () => {
    const error = new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, 'too big', { path: ['lines', 2, 'quantity'] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('OmnicxError');
    expect(error.code).toBe('NOT_SAFE_INTEGER');
    expect(error.path).toEqual(['lines', 2, 'quantity']);
    expect(error.issues).toEqual([]);
    expect(error.message).toBe('too big');
  });

  it('defaults to an empty path and keeps the cause', () => {
    const cause = new RangeError('inner');
    const error = new OmnicxError(ErrorCode.INVALID_INPUT, 'outer', { cause });
    expect(error.path).toEqual([]);
    expect(error.cause).toBe(cause);
    expect(new OmnicxError(ErrorCode.INVALID_INPUT, 'x').cause).toBeUndefined();
  });

  it('exports every code as a constant equal to its name', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
    expect(Object.keys(ErrorCode)).toEqual([
      'INVALID_INPUT',
      'CURRENCY_MISMATCH',
      'UNKNOWN_CURRENCY',
      'UNKNOWN_TIME_ZONE',
      'NOT_SAFE_INTEGER',
      'INVALID_DATE',
      'INVALID_ROUNDING_MODE',
      'INSUFFICIENT_DATA',
      'NO_CONVERGENCE',
    ]);
  });
});

describe('isOmnicxError', () => {
  it('recognises instances, with or without a code filter', () => {
    const error = new OmnicxError(ErrorCode.CURRENCY_MISMATCH, 'x');
    expect(isOmnicxError(error)).toBe(true);
    expect(isOmnicxError(error, 'CURRENCY_MISMATCH')).toBe(true);
    expect(isOmnicxError(error, 'INVALID_INPUT')).toBe(false);
  });

  it('recognises look-alikes from another bundle by name and code', () => {
    const foreign = { name: 'OmnicxError', code: 'INVALID_DATE', message: 'x', path: [] };
    expect(isOmnicxError(foreign)).toBe(true);
    expect(isOmnicxError(foreign, 'INVALID_DATE')).toBe(true);
    expect(isOmnicxError(foreign, 'INVALID_INPUT')).toBe(false);
    expect(isOmnicxError({ name: 'OmnicxError', code: 'NOPE' })).toBe(false);
    expect(isOmnicxError({ name: 'Error', code: 'INVALID_DATE' })).toBe(false);
    expect(isOmnicxError({ name: 'OmnicxError', code: 42 })).toBe(false);
  });

  it('rejects non-objects and plain errors', () => {
    expect(isOmnicxError(null)).toBe(false);
    expect(isOmnicxError('INVALID_INPUT')).toBe(false);
    expect(isOmnicxError(new Error('x'))).toBe(false);
  });
});
