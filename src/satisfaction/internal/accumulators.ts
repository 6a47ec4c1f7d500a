// Cheap shape checks of accumulators for the add step, which runs once per answer: a full schema
// parse there would cost more than the update itself. merge and result parse with the schemas.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import {
  kanoCategorySchema,
  servqualDimensionSchema,
  type CesAccumulator,
  type CsatAccumulator,
  type KanoAccumulator,
  type NpsAccumulator,
  type ServqualAccumulator,
} from '../schemas.js';

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

/** Sum of two counts, refused past 2^53 − 1 with NOT_SAFE_INTEGER. */
export function addCounts(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the merged count ${String(sum)} is not a safe integer`, { path });
  return sum;
}

/** Sum of two integers, refused with NOT_SAFE_INTEGER past ±(2^53 − 1) (it could no longer be exact). */
export function addExact(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the sum ${String(sum)} at ${path.join('.')} is not a safe integer`, { path });
  }
  return sum;
}

export function assertKanoAccumulator(acc: unknown, path: readonly PathKey[]): asserts acc is KanoAccumulator {
  assertKind(acc, 'kano', path);
  const counts = acc['counts'];
  if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
    throw invalid(`acc.counts must be an object of the six category counts, got ${describe(counts)}`, [...path, 'counts']);
  }
  for (const category of kanoCategorySchema.options) assertCount(counts as Record<string, unknown>, category, [...path, 'counts']);
}

export function assertServqualAccumulator(acc: unknown, path: readonly PathKey[]): asserts acc is ServqualAccumulator {
  assertKind(acc, 'servqual', path);
  assertScale(acc, path);
  const weights = acc['weights'];
  if (weights !== null && (typeof weights !== 'object' || Array.isArray(weights))) {
    throw invalid(`acc.weights must be null or an object of weights per dimension, got ${describe(weights)}`, [...path, 'weights']);
  }
  if (weights !== null) {
    for (const [key, w] of Object.entries(weights as Record<string, unknown>)) {
      if (!(servqualDimensionSchema.options as readonly string[]).includes(key) || typeof w !== 'number' || !(w >= 0) || !Number.isFinite(w)) {
        throw invalid(`acc.weights.${key} must be a non-negative weight of a SERVQUAL dimension, got ${describe(w)}`, [...path, 'weights', key]);
      }
    }
  }
  if (!Array.isArray(acc['items'])) throw invalid(`acc.items must be an array, got ${describe(acc['items'])}`, [...path, 'items']);
}

/**
 * Checks the items of a SERVQUAL accumulator beyond their shape: unique ids, a known dimension,
 * n ≥ 1 and sums that n answers on the scale can have. Returns the index of each item id.
 */
export function servqualItemIndex(acc: ServqualAccumulator, path: readonly PathKey[]): Map<string, number> {
  const [low, high] = acc.scale;
  const range = high - low;
  const index = new Map<string, number>();
  const dimensions: readonly string[] = servqualDimensionSchema.options;
  // Indexed loop, not forEach(): forEach() skips the holes of a sparse array.
  for (let i = 0; i < acc.items.length; i++) {
    const entry: unknown = acc.items[i];
    const where = [...path, 'items', i];
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) throw invalid(`acc.items[${String(i)}] must be an object, got ${describe(entry)}`, where);
    const e = entry as Record<string, unknown>;
    const item = e['item'];
    if (typeof item !== 'string' || item === '') throw invalid(`acc.items[${String(i)}].item must be a non-empty string, got ${describe(item)}`, [...where, 'item']);
    if (index.has(item)) throw invalid(`acc.items[${String(i)}].item ${JSON.stringify(item)} is listed twice`, [...where, 'item']);
    if (typeof e['dimension'] !== 'string' || !dimensions.includes(e['dimension'])) {
      throw invalid(`acc.items[${String(i)}].dimension must be a SERVQUAL dimension, got ${describe(e['dimension'])}`, [...where, 'dimension']);
    }
    const n = e['n'];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) throw invalid(`acc.items[${String(i)}].n must be a positive safe integer, got ${describe(n)}`, [...where, 'n']);
    for (const key of ['expectation', 'perception'] as const) {
      const sum = e[key];
      if (typeof sum !== 'number' || !Number.isSafeInteger(sum) || sum < n * low || sum > n * high) {
        throw invalid(`acc.items[${String(i)}].${key} must be an integer sum of ${String(n)} answers on the scale, got ${describe(sum)}`, [...where, key]);
      }
    }
    const squares = e['squaredGaps'];
    // Integer gaps d: Σd² ≥ (Σd)²/n (Cauchy–Schwarz) and Σd² ≡ Σd (mod 2), as d² ≡ d.
    const sumGaps = (e['perception'] as number) - (e['expectation'] as number);
    if (
      typeof squares !== 'number' ||
      !Number.isSafeInteger(squares) ||
      squares < 0 ||
      squares > n * range * range ||
      BigInt(n) * BigInt(squares) < BigInt(sumGaps) * BigInt(sumGaps) ||
      (squares - sumGaps) % 2 !== 0
    ) {
      throw invalid(`acc.items[${String(i)}].squaredGaps must be a sum of ${String(n)} squared gaps, got ${describe(squares)}`, [...where, 'squaredGaps']);
    }
    index.set(item, i);
  }
  return index;
}
