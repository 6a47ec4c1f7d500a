// Shared parts of the fulfilment-KPI accumulator: the full read (merge and result) and the cheap
// envelope check of the add step, which must not read a million held ids to add a thousand.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { FulfilmentKpisAccumulator } from '../schemas.js';
import { FULFILMENT_COUNT_KEYS } from './fulfilmentCounts.js';
import { fulfilmentAccumulatorIssue } from './fulfilmentInvariants.js';

/**
 * The whole accumulator, checked by hand (a schema over a million ids costs 0.5 s, this pass a
 * few ms): exactly what `fulfilmentKpisAccumulatorSchema` accepts — the envelope, every id
 * a non-empty string, every cycle time a non-negative finite number, then the shared rules.
 * Returns a copy of the known fields (unknown keys dropped, as the schema drops them).
 */
export function readFulfilmentAccumulator(acc: unknown, path: readonly PathKey[]): FulfilmentKpisAccumulator {
  assertFulfilmentEnvelope(acc, path);
  const checkAll = (key: 'orderIds' | 'cycleTimesMs', valid: (x: unknown) => boolean, what: string): void => {
    const list = acc[key] as readonly unknown[];
    for (let i = 0; i < list.length; i++) {
      if (!valid(list[i])) throw invalid(`${[...path, key, i].join('.')} must be ${what}, got ${describe(list[i])}`, [...path, key, i]);
    }
  };
  checkAll('orderIds', isId, 'a non-empty string');
  checkAll('cycleTimesMs', isCycleTime, 'a non-negative finite number');
  const copy = { kind: 'fulfilmentKpis', version: 1, orderIds: acc.orderIds, cycleTimesMs: acc.cycleTimesMs } as FulfilmentKpisAccumulator;
  for (const key of FULFILMENT_COUNT_KEYS) copy[key] = acc[key];
  const issue = fulfilmentAccumulatorIssue(copy);
  if (issue !== undefined) throw invalid(`${[...path, ...issue.path].join('.')}: ${issue.message}`, [...path, ...issue.path]);
  return copy;
}

/**
 * The envelope only: an object of the right kind and version, every count a non-negative safe
 * integer, `orderIds` and `cycleTimesMs` arrays. O(1); the lists are checked where add touches them.
 */
export function assertFulfilmentEnvelope(acc: unknown, path: readonly PathKey[]): asserts acc is FulfilmentKpisAccumulator {
  if (typeof acc !== 'object' || acc === null || Array.isArray(acc)) {
    throw invalid(`acc must be a fulfilment-KPI accumulator object, got ${describe(acc)}`, path);
  }
  const record = acc as Record<string, unknown>;
  if (record['kind'] !== 'fulfilmentKpis') throw invalid(`acc.kind must be 'fulfilmentKpis', got ${describe(record['kind'])}`, [...path, 'kind']);
  if (record['version'] !== 1) throw invalid(`acc.version must be 1, got ${describe(record['version'])}`, [...path, 'version']);
  for (const key of FULFILMENT_COUNT_KEYS) {
    const value = record[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw invalid(`acc.${key} must be a non-negative safe integer, got ${describe(value)}`, [...path, key]);
    }
  }
  for (const key of ['orderIds', 'cycleTimesMs']) {
    if (!Array.isArray(record[key])) throw invalid(`acc.${key} must be an array, got ${describe(record[key])}`, [...path, key]);
  }
}

/** Sum of two counts, refused past 2^53 − 1 with NOT_SAFE_INTEGER (as every accumulator refuses it). */
export function addCount(a: number, b: number, key: string, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `${key} would reach ${String(sum)}, past 2^53 − 1, where counts are no longer exact`, { path });
  return sum;
}

export const lessString = (a: string, b: string): boolean => a < b;
export const lessNumber = (a: number, b: number): boolean => a < b;
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
export const isId = (x: unknown): x is string => typeof x === 'string' && x !== '';
export const isCycleTime = (x: unknown): x is number => typeof x === 'number' && x >= 0 && x !== Infinity;
