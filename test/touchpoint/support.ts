// Shared helpers of the touchpoint tests (not a test file itself).
import fc from 'fast-check';
import { expect } from 'vitest';
import type { AttributionResult, TouchpointRating } from '../../src/touchpoint/index.js';

export { expectOmnicxError } from '../support/expectOmnicxError.js';

export const CHANNELS = ['search', 'social', 'email', 'display', 'direct', 'tv'] as const;

export interface ArrayPathRecord {
  readonly path: string[];
  readonly conversions: number;
  readonly nulls: number;
  readonly value: number;
}

/** Random path records over a few channels; integer counts, value only with conversions. */
export const pathRecords = (maxChannels: number = CHANNELS.length): fc.Arbitrary<ArrayPathRecord[]> =>
  fc.array(
    fc
      .record({
        path: fc.array(fc.constantFrom(...CHANNELS.slice(0, maxChannels)), { minLength: 1, maxLength: 6 }),
        conversions: fc.nat(4),
        nulls: fc.nat(4),
        value: fc.nat(500),
      })
      .map((r) => ({ ...r, value: r.conversions === 0 ? 0 : r.value })),
    { minLength: 1, maxLength: 25 },
  );

export function sumCredits(result: AttributionResult): { conversions: number; value: number } {
  let conversions = 0;
  let value = 0;
  for (const credit of Object.values(result.credits)) {
    conversions += credit.conversions;
    value += credit.value;
  }
  return { conversions, value };
}

/** |a − b| ≤ tolerance · max(1, |b|). */
export function expectNear(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected), `${String(actual)} vs ${String(expected)}`).toBeLessThanOrEqual(
    tolerance * Math.max(1, Math.abs(expected)),
  );
}

export function expectSameCredits(a: AttributionResult, b: AttributionResult, tolerance = 1e-9): void {
  expect(Object.keys(a.credits)).toEqual(Object.keys(b.credits));
  for (const [channel, credit] of Object.entries(a.credits)) {
    expectNear(credit.conversions, b.credits[channel]!.conversions, tolerance);
    expectNear(credit.value, b.credits[channel]!.value, tolerance);
  }
}

/** A deterministic shuffle (Fisher–Yates driven by fast-check's seeds). */
export function shuffled<T>(items: readonly T[], seeds: readonly number[]): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (seeds[i % Math.max(1, seeds.length)] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Path records with fractional (weighted) counts and values, and touch times, for exact-merge properties. */
export const weightedPathRecords = (): fc.Arbitrary<AttributionPathWithTimes[]> =>
  fc.array(
    fc
      .record({
        path: fc.array(fc.constantFrom(...CHANNELS), { minLength: 1, maxLength: 6 }),
        conversions: fc.oneof(fc.nat(4), fc.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true })),
        nulls: fc.oneof(fc.nat(4), fc.double({ min: 0, max: 50, noNaN: true, noDefaultInfinity: true })),
        value: fc.oneof(fc.nat(500), fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true })),
        gapsMs: fc.array(fc.nat(30 * 86_400_000), { minLength: 6, maxLength: 6 }),
      })
      .map(({ path, conversions, nulls, value, gapsMs }) => {
        let t = 0;
        const touchedAt = path.map((_, j) => (t += gapsMs[j] ?? 0));
        return { path, conversions, nulls, value: conversions === 0 ? 0 : value, touchedAt };
      }),
    { minLength: 0, maxLength: 25 },
  );

export interface AttributionPathWithTimes extends ArrayPathRecord {
  readonly touchedAt: number[];
}

/** How a property splits rows into shards and merges them: cut points and merge-order seeds. */
export const shardPlan = (): fc.Arbitrary<{ cuts: number[]; seeds: number[] }> =>
  fc.record({ cuts: fc.array(fc.nat(30), { maxLength: 5 }), seeds: fc.array(fc.nat(), { minLength: 1, maxLength: 12 }) });

/** Splits `rows` at the (sorted, clamped) cut points; shards may be empty. */
export function splitRows<T>(rows: readonly T[], cuts: readonly number[]): T[][] {
  const points = cuts.map((c) => Math.min(c, rows.length)).sort((a, b) => a - b);
  const shards: T[][] = [];
  let from = 0;
  for (const p of points) {
    shards.push(rows.slice(from, p));
    from = p;
  }
  shards.push(rows.slice(from));
  return shards;
}

/**
 * Merges accumulators pairwise in an order (and tree) drawn from `seeds`, each operand in either
 * position, passing every intermediate accumulator through JSON.
 */
export function mergeInSomeTree<A>(accs: readonly A[], merge: (a: A, b: A) => A, seeds: readonly number[]): A {
  const pool = accs.map((acc) => JSON.parse(JSON.stringify(acc)) as A);
  let k = 0;
  while (pool.length > 1) {
    const seed = seeds[k++ % seeds.length] ?? 0;
    const i = seed % pool.length;
    const [a] = pool.splice(i, 1);
    const j = Math.floor(seed / 7) % pool.length;
    const [b] = pool.splice(j, 1);
    const merged = seed % 2 === 0 ? merge(a as A, b as A) : merge(b as A, a as A);
    pool.push(JSON.parse(JSON.stringify(merged)) as A);
  }
  return pool[0] as A;
}

/** Ratings on the 1–5 scale, whole or fractional, with weights that may be 0, whole or fractional. */
export const scorecardRatings = (): fc.Arbitrary<TouchpointRating[]> =>
  fc.array(
    fc.record(
      {
        touchpointId: fc.constantFrom('checkout', 'fitting room', 'app'),
        criterion: fc.constantFrom('speed', 'friendliness', 'cleanliness'),
        score: fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 1, max: 5, noNaN: true })),
        weight: fc.oneof(fc.constant(1), fc.constant(0), fc.nat(9), fc.double({ min: 1e-6, max: 1e3, noNaN: true })),
        storeId: fc.constantFrom('s1', 's2'),
      },
      { requiredKeys: ['touchpointId', 'criterion', 'score', 'storeId'] },
    ),
    { maxLength: 40 },
  );
