// Input validation shared by the statistics functions. Messages name the argument the caller
// wrote (`values[3]`, `x[0]`, `options.confidence`) and paths point at the bad element.
import { ErrorCode, OmnicxError, type PathKey } from '../../errors/OmnicxError.js';
import { assertNumericArray, describe, invalid, type NumericArray } from '../../internal/assert.js';

function where(path: readonly PathKey[]): string {
  return path.map((key) => String(key)).join('.');
}

/**
 * Checks that `values` is an array or typed array of finite numbers and returns it typed.
 * An element error carries the path `[...path, index]`.
 */
export function finiteArray(values: unknown, path: readonly PathKey[], name: string): NumericArray {
  assertNumericArray(values, path, name);
  const n = values.length;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw invalid(`${name}[${String(i)}] must be a finite number, got ${describe(v)}`, [...path, i]);
    }
  }
  return values;
}

/** Throws INSUFFICIENT_DATA when fewer than `minimum` values were given. */
export function requireLength(values: NumericArray, minimum: number, path: readonly PathKey[], what: string): void {
  if (values.length < minimum) {
    throw new OmnicxError(
      ErrorCode.INSUFFICIENT_DATA,
      `${what} needs at least ${String(minimum)} value${minimum === 1 ? '' : 's'}, got ${String(values.length)}`,
      { path },
    );
  }
}

/** Reads an optional options object (core's, shared with the journey functions). */
export { readOptions } from '../../internal/optionKeys.js';

export function optionalBoolean(options: Readonly<Record<string, unknown>>, key: string, fallback: boolean): boolean {
  const value = options[key];
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    throw invalid(`options.${key} must be a boolean, got ${describe(value)}`, ['options', key]);
  }
  return value;
}

/** A confidence level strictly between 0 and 1 (0.95 by default). */
export function confidenceOption(options: Readonly<Record<string, unknown>>, fallback = 0.95): number {
  const value = options['confidence'];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value >= 1) {
    throw invalid(`options.confidence must be a number strictly between 0 and 1, got ${describe(value)}`, [
      'options',
      'confidence',
    ]);
  }
  return value;
}

/** A probability in [0, 1]. */
export function probability(value: unknown, path: readonly PathKey[]): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    throw invalid(`${where(path)} must be a probability from 0 to 1, got ${describe(value)}`, path);
  }
  return value;
}

/** Any number except NaN (±Infinity allowed: distribution functions have limits there). */
export function notNaN(value: unknown, path: readonly PathKey[]): number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw invalid(`${where(path)} must be a number, got ${describe(value)}`, path);
  }
  return value;
}

/** Degrees of freedom: a positive number, possibly fractional; Infinity means the normal limit. */
export function degreesOfFreedom(value: unknown, path: readonly PathKey[] = ['df']): number {
  if (typeof value !== 'number' || Number.isNaN(value) || value <= 0) {
    throw invalid(`df must be a positive number of degrees of freedom, got ${describe(value)}`, path);
  }
  return value;
}
