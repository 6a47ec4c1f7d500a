// Small option and parameter readers shared by the model functions.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { assertObject, describe, invalid } from '../../core/internal/assert.js';

/** A finite number option within [min, max] (min excluded when `minExclusive`), with a default. */
export function numberOption(
  value: unknown,
  fallback: number | undefined,
  min: number,
  max: number,
  path: readonly PathKey[],
  minExclusive = false,
): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max || (minExclusive && value === min)) {
    const low = minExclusive ? `(${String(min)}` : `[${String(min)}`;
    throw invalid(`${path.join('.')} must be a number in ${low}, ${String(max)}], got ${describe(value)}`, path);
  }
  return value;
}

/** Reads positive finite named parameters of a model. */
export function positiveParams<K extends string>(params: unknown, keys: readonly K[], name = 'params'): Record<K, number> {
  assertObject(params, [name], name);
  const out = {} as Record<K, number>;
  for (const key of keys) {
    const v = params[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) {
      throw invalid(`${name}.${key} must be a positive finite number, got ${describe(v)}`, [name, key]);
    }
    out[key] = v;
  }
  return out;
}

export function insufficient(message: string, path: readonly PathKey[]): OmnicxError {
  return new OmnicxError(ErrorCode.INSUFFICIENT_DATA, message, { path });
}
