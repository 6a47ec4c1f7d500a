// Small helpers shared by the journey accumulators.
import { ErrorCode, OmnicxError, type PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';

/** Sum of two counts, refused past 2^53 − 1 with NOT_SAFE_INTEGER (a merged count must stay exact). */
export function sumCounts(a: number, b: number, path: readonly PathKey[]): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the merged count ${String(sum)} is not a safe integer`, { path });
  return sum;
}

/** Refuses a merge of accumulators whose definitions differ, naming the first differing key. */
export function sameDefinition<T extends Record<string, unknown>>(a: T, b: T, keys: readonly (keyof T & string)[], what: string): void {
  for (const key of keys) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) {
      throw invalid(`b.${key} ${JSON.stringify(b[key])} differs from a.${key} ${JSON.stringify(a[key])}: merge accumulators of the same ${what}`, ['b', key]);
    }
  }
}
