// Shared checks of the member accumulators. The add step runs on every batch, so it checks the
// envelope and the entries it touches; merge and result check everything by hand, reporting the
// same paths as the exported zod schemas (which keep an own "__proto__" key, a valid customer id,
// through core's recordOf).
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';

/** Checks `{ kind, version: 1 }` and returns the accumulator as a record. */
export function assertEnvelope(acc: unknown, kind: string, path: readonly PathKey[]): Record<string, unknown> {
  if (typeof acc !== 'object' || acc === null || Array.isArray(acc)) {
    throw invalid(`${path.join('.')} must be a ${kind} accumulator object, got ${describe(acc)}`, path);
  }
  const record = acc as Record<string, unknown>;
  if (record['kind'] !== kind) throw invalid(`${path.join('.')}.kind must be '${kind}', got ${describe(record['kind'])}`, [...path, 'kind']);
  if (record['version'] !== 1) throw invalid(`${path.join('.')}.version must be 1, got ${describe(record['version'])}`, [...path, 'version']);
  return record;
}

/** A plain object field (a map keyed by strings) of an accumulator. */
export function mapField(record: Record<string, unknown>, key: string, path: readonly PathKey[]): Record<string, unknown> {
  const value = record[key];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${[...path, key].join('.')} must be an object, got ${describe(value)}`, [...path, key]);
  }
  return value as Record<string, unknown>;
}

/** The own value at `key` (never one inherited from Object.prototype), or undefined. */
export function ownValue(map: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Sets an own enumerable property, also for the key "__proto__" (plain assignment would set the prototype). */
export function setOwn(map: Record<string, unknown>, key: string, value: unknown): void {
  if (Object.hasOwn(map, key)) map[key] = value;
  else Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Sum of two counts, refused past 2^53 − 1 with NOT_SAFE_INTEGER (beyond that sums of integers are no longer exact). */
export function addCounts(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the count ${String(sum)} at ${path.join('.')} is not a safe integer`, { path });
  return sum;
}

/** A non-negative safe integer at `path`. */
export function countAt(value: unknown, path: readonly PathKey[]): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(`${path.join('.')} must be a non-negative safe integer, got ${describe(value)}`, path);
  }
  return value;
}

/** Refuses merging accumulators whose option `key` differs. */
export function sameOption(a: unknown, b: unknown, key: string): void {
  if (a !== b) throw invalid(`b.${key} ${describe(b)} differs from a.${key} ${describe(a)}: accumulators made with different options cannot be merged`, ['b', key]);
}
