// Shared tools of the accumulator tests: arbitrary shards and arbitrary merge trees.
import fc from 'fast-check';

/** Deep-frozen value, to prove that a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** A plan to split n items into shards (not contiguous: any item may go to any shard) and merge them in any tree. */
export interface ShardPlan {
  /** Shard of each item (taken modulo the shard count). */
  readonly shardOf: readonly number[];
  readonly shards: number;
  /** Pairs picked at each merge step (indices modulo the parts left). */
  readonly picks: readonly (readonly [number, number])[];
}

export const shardPlan: fc.Arbitrary<ShardPlan> = fc.record({
  shardOf: fc.array(fc.nat(), { maxLength: 400 }),
  shards: fc.integer({ min: 1, max: 6 }),
  picks: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
});

/** Splits `values` into `plan.shards` shards (some possibly empty). */
export function shard<T>(values: readonly T[], plan: ShardPlan): T[][] {
  const parts = Array.from({ length: plan.shards }, (): T[] => []);
  values.forEach((v, i) => parts[(plan.shardOf[i] ?? i) % plan.shards]?.push(v));
  return parts;
}

/** Merges the accumulators pairwise in the order the plan picks, until one is left. */
export function mergeAll<A>(accs: readonly A[], merge: (a: A, b: A) => A, plan: ShardPlan): A {
  const left = [...accs];
  let step = 0;
  while (left.length > 1) {
    const [p, q] = plan.picks[step++ % Math.max(1, plan.picks.length)] ?? [0, 1];
    const i = p % left.length;
    let j = q % (left.length - 1);
    if (j >= i) j++;
    const merged = merge(left[i] as A, left[j] as A);
    left.splice(Math.max(i, j), 1);
    left.splice(Math.min(i, j), 1, merged);
  }
  return left[0] as A;
}

/** A JSON round trip, as a host storing accumulators would do. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Adds `rows` to a new accumulator in two batches (the add path onto existing entries is exercised too). */
export function accumulate<A, R>(create: () => A, add: (acc: A, rows: readonly R[]) => A, rows: readonly R[]): A {
  const acc = create();
  const half = Math.floor(rows.length / 2);
  add(acc, rows.slice(0, half));
  return add(acc, rows.slice(half));
}
