// Fast validation helpers for hot paths, where running a zod schema per element would dominate
// the cost. Each throws OmnicxError with a stable code and the path to the bad value.
import { ErrorCode, OmnicxError, type PathKey } from '../errors/OmnicxError.js';

/** Short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return 'a Date';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function label(path: readonly PathKey[], fallback: string): string {
  return path.length === 0 ? fallback : path.join('.');
}

export function invalid(message: string, path: readonly PathKey[] = []): OmnicxError {
  return new OmnicxError(ErrorCode.INVALID_INPUT, message, { path });
}

export function assertFiniteNumber(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw invalid(`${label(path, name)} must be a finite number, got ${describe(value)}`, path);
  }
}

export function assertNonNegativeNumber(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is number {
  assertFiniteNumber(value, path, name);
  if (value < 0) throw invalid(`${label(path, name)} must not be negative, got ${String(value)}`, path);
}

export function assertSafeInteger(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw invalid(`${label(path, name)} must be an integer, got ${describe(value)}`, path);
  }
  if (!Number.isSafeInteger(value)) {
    throw new OmnicxError(
      ErrorCode.NOT_SAFE_INTEGER,
      `${label(path, name)} must be a safe integer (|n| ≤ 2^53 − 1), got ${String(value)}`,
      { path },
    );
  }
}

export function assertNonNegativeSafeInteger(
  value: unknown,
  path: readonly PathKey[],
  name = 'value',
): asserts value is number {
  assertSafeInteger(value, path, name);
  if (value < 0) throw invalid(`${label(path, name)} must not be negative, got ${String(value)}`, path);
}

export function assertString(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is string {
  if (typeof value !== 'string') throw invalid(`${label(path, name)} must be a string, got ${describe(value)}`, path);
}

export function assertProbability(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is number {
  assertFiniteNumber(value, path, name);
  if (value <= 0 || value >= 1) {
    throw invalid(`${label(path, name)} must be strictly between 0 and 1, got ${String(value)}`, path);
  }
}

/**
 * A column of numbers: a plain array or any typed array (`Float64Array`, `Int8Array`, …). Hot
 * paths read it with an indexed loop and never copy it unless they must sort.
 *
 * @example
 * ```ts
 * import { mean, type NumericArray } from 'omnicx/core';
 * const column: NumericArray = new Float64Array([1, 2, 3]);
 * console.log(mean(column)); // 2
 * ```
 */
export type NumericArray = readonly number[] | ArrayLike<number>;

/** Accepts arrays and typed arrays; rejects everything else. */
export function assertNumericArray(value: unknown, path: readonly PathKey[], name = 'values'): asserts value is NumericArray {
  if (Array.isArray(value)) return;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    if (value instanceof BigInt64Array || value instanceof BigUint64Array) {
      throw invalid(`${label(path, name)} must hold numbers, not bigints`, path);
    }
    return;
  }
  throw invalid(`${label(path, name)} must be an array or a typed array, got ${describe(value)}`, path);
}

/** Checks every element of an array is a finite number (typed float arrays may hold NaN). */
export function assertFiniteNumbers(values: NumericArray, path: readonly PathKey[], name = 'values'): void {
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      const where = path.length === 0 ? `${name}[${String(i)}]` : [...path, i].join('.');
      throw invalid(`${where} must be a finite number, got ${describe(v)}`, [...path, i]);
    }
  }
}

export function assertObject(value: unknown, path: readonly PathKey[], name = 'value'): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${label(path, name)} must be an object, got ${describe(value)}`, path);
  }
}

/**
 * Checks a caller-supplied error path (the optional `path` argument of boundary helpers such as
 * `toInstant`): an array of strings and numbers.
 */
export function assertPath(value: unknown, name = 'path'): asserts value is readonly PathKey[] {
  if (!Array.isArray(value) || !value.every((key) => typeof key === 'string' || typeof key === 'number')) {
    throw invalid(`${name} must be an array of property names and indices, got ${describe(value)}`, [name]);
  }
}

/**
 * Refuses an accumulator that `add…` cannot update in place: frozen, sealed or not extensible, as
 * immer and Redux stores leave state (deeply frozen, so the envelope is too). Without it, a
 * strict-mode assignment would throw a TypeError. Only the envelope is checked (O(1): add… on
 * one value at a time stays cheap); an accumulator frozen only in part is the caller's doing.
 */
export function assertWritable(acc: unknown, path: readonly PathKey[]): void {
  if (typeof acc === 'object' && acc !== null && !Object.isExtensible(acc)) {
    throw invalid(`${label(path, 'acc')} cannot be updated in place (it is frozen or sealed, as immer or a Redux store leaves state): pass a writable copy, e.g. structuredClone(acc)`, path);
  }
}
