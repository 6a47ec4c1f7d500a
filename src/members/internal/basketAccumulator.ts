// Reading basket accumulators (checked by hand, with the paths of the other accumulators).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';
import type { BasketAccumulator } from '../schemas.js';
import { addCounts, assertEnvelope, mapField } from './accumulators.js';
import { isBasketKey } from './basketKey.js';

/** Checks the envelope and that `baskets` is an object; returns the baskets map. */
export function basketMap(acc: unknown, path: readonly PathKey[]): Record<string, unknown> {
  return mapField(assertEnvelope(acc, 'baskets', path), 'baskets', path);
}

/** The count of one basket key, validated with its key. */
export function readBasketCount(key: string, value: unknown, path: readonly PathKey[]): number {
  if (!isBasketKey(key)) throw invalid(`${path.join('.')}: the key ${describe(key)} is not JSON of distinct non-empty items sorted by code unit`, path);
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    throw invalid(`${path.join('.')} must be a positive safe integer, got ${describe(value)}`, path);
  }
  return value;
}

/** Every basket with its count, and the total number of baskets. */
export function readBasketAccumulator(acc: unknown, path: readonly PathKey[]): { counts: Map<string, number>; total: number } {
  const baskets = basketMap(acc, path);
  const counts = new Map<string, number>();
  let total = 0;
  for (const key of Object.keys(baskets)) {
    const at = [...path, 'baskets', key];
    const count = readBasketCount(key, baskets[key], at);
    counts.set(key, count);
    total = addCounts(total, count, at);
  }
  return { counts, total };
}

export function basketAccumulatorOf(counts: Iterable<[string, number]>): BasketAccumulator {
  return { kind: 'baskets', version: 1, baskets: Object.fromEntries(counts) };
}

/** Validates baskets as frequentItemsets does (same messages and paths) and returns their keys. */
export function basketKeysOf(baskets: unknown, key: (items: string[]) => string): string[] {
  if (!Array.isArray(baskets)) throw invalid(`baskets must be an array of item arrays, got ${describe(baskets)}`, ['baskets']);
  const list = baskets as readonly unknown[];
  // A for loop, not map: a hole in a sparse array is read (and refused) as undefined.
  const keys: string[] = new Array<string>(list.length);
  for (let i = 0; i < list.length; i++) {
    const basket = list[i];
    if (!Array.isArray(basket) || basket.length === 0) {
      throw invalid(`baskets.${String(i)} must be a non-empty array of item names, got ${describe(basket)}`, ['baskets', i]);
    }
    const items = basket as readonly unknown[];
    for (let j = 0; j < items.length; j++) {
      const item = items[j];
      if (typeof item !== 'string' || item === '') {
        throw invalid(`baskets.${String(i)}.${String(j)} must be a non-empty string, got ${describe(item)}`, ['baskets', i, j]);
      }
    }
    keys[i] = key(items as string[]);
  }
  return keys;
}
