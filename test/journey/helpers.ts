export { expectOmnicxError } from '../support/expectOmnicxError.js';

/** Freezes a value and everything in it, so a test fails if a function mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/**
 * Merges accumulators in the tree `shape` describes: each number picks the pair to merge next
 * (any order, any tree), every intermediate accumulator passing through JSON.
 */
export function mergeInTree<A>(accumulators: readonly A[], shape: readonly number[], merge: (a: A, b: A) => A, empty: () => A): A {
  const pool = accumulators.map((acc) => JSON.parse(JSON.stringify(acc)) as A);
  let step = 0;
  while (pool.length > 1) {
    const pick = shape.length === 0 ? 0 : (shape[step++ % shape.length] as number);
    const i = pick % pool.length;
    const j = (i + 1 + (Math.floor(pick / pool.length) % (pool.length - 1))) % pool.length;
    const merged = JSON.parse(JSON.stringify(merge(pool[i] as A, pool[j] as A))) as A;
    pool.splice(Math.max(i, j), 1);
    pool.splice(Math.min(i, j), 1, merged);
  }
  return pool[0] ?? empty();
}

/** Groups items into `parts` lists by the part each key is assigned to, keeping input order. */
export function partitionBy<T>(items: readonly T[], keyOf: (item: T) => string, partOf: (key: string) => number, parts: number): T[][] {
  const out: T[][] = Array.from({ length: parts }, () => []);
  for (const item of items) (out[partOf(keyOf(item)) % parts] as T[]).push(item);
  return out;
}

export { splitAt } from '../support/splitAt.js';
