// Cheap shape checks of accumulators for the add step, which runs once per answer: a full schema
// parse there would cost more than the update itself. merge and result parse with the schemas.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { CesAccumulator, CsatAccumulator, NpsAccumulator } from '../schemas.js';

function assertKind(acc: unknown, kind: string, path: readonly PathKey[]): asserts acc is Record<string, unknown> {
  if (typeof acc !== 'object' || acc === null || Array.isArray(acc)) {
    throw invalid(`acc must be a ${kind} accumulator object, got ${describe(acc)}`, path);
  }
  const record = acc as Record<string, unknown>;
  if (record['kind'] !== kind) {
    throw invalid(`acc.kind must be '${kind}', got ${describe(record['kind'])}`, [...path, 'kind']);
  }
  if (record['version'] !== 1) {
    throw invalid(`acc.version must be 1, got ${describe(record['version'])}`, [...path, 'version']);
  }
}

function assertCount(record: Record<string, unknown>, key: string, path: readonly PathKey[]): void {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(`acc.${key} must be a non-negative safe integer, got ${describe(value)}`, [...path, key]);
  }
}

function assertScale(record: Record<string, unknown>, path: readonly PathKey[]): readonly [number, number] {
  const scale = record['scale'];
  if (
    !Array.isArray(scale) ||
    scale.length !== 2 ||
    !Number.isInteger(scale[0]) ||
    !Number.isInteger(scale[1]) ||
    !((scale[0] as number) < (scale[1] as number))
  ) {
    throw invalid(`acc.scale must be [lowest, highest], got ${describe(scale)}`, [...path, 'scale']);
  }
  return scale as [number, number];
}

export function assertNpsAccumulator(acc: unknown, path: readonly PathKey[]): asserts acc is NpsAccumulator {
  assertKind(acc, 'nps', path);
  assertCount(acc, 'promoters', path);
  assertCount(acc, 'passives', path);
  assertCount(acc, 'detractors', path);
}

export function assertCsatAccumulator(acc: unknown, path: readonly PathKey[]): asserts acc is CsatAccumulator {
  assertKind(acc, 'csat', path);
  assertScale(acc, path);
  assertCount(acc, 'n', path);
  assertCount(acc, 'satisfied', path);
  if (!Array.isArray(acc['satisfiedValues'])) {
    throw invalid(`acc.satisfiedValues must be an array, got ${describe(acc['satisfiedValues'])}`, [...path, 'satisfiedValues']);
  }
}

/** Also checks that `counts` has one entry per point of the scale. */
export function assertCesAccumulator(acc: unknown, path: readonly PathKey[]): asserts acc is CesAccumulator {
  assertKind(acc, 'ces', path);
  const [low, high] = assertScale(acc, path);
  const counts = acc['counts'];
  if (!Array.isArray(counts) || counts.length !== high - low + 1) {
    throw invalid(`acc.counts must be an array of ${String(high - low + 1)} counts, one per point of the scale`, [
      ...path,
      'counts',
    ]);
  }
}

/** Sum of two counts, refused past 2^53 − 1. */
export function addCounts(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw invalid(`the merged count ${String(sum)} is not a safe integer`, path);
  return sum;
}
