// Review pins for the members and touchpoint accumulators: adversarial splits, merge trees and JSON
// round trips equal the one-pass functions bit for bit; exact sums over the whole double range;
// malformed accumulators refused with OmnicxError; failed adds leave the accumulator unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePaths } from '../../src/core/index.js';
import { OmnicxError } from '../../src/core/errors/OmnicxError.js';
import {
  addBaskets,
  addCohortTransactions,
  addCustomerSummaryTransactions,
  addRfmTransactions,
  addSurvivalSubjects,
  cohortRetention,
  cohortRetentionFromAccumulator,
  createBasketAccumulator,
  createCohortRetentionAccumulator,
  createCustomerSummaryAccumulator,
  createRfmAccumulator,
  createSurvivalAccumulator,
  customerSummary,
  customerSummaryFromAccumulator,
  frequentItemsets,
  frequentItemsetsFromAccumulator,
  mergeBasketAccumulators,
  mergeCohortRetentionAccumulators,
  mergeCustomerSummaryAccumulators,
  mergeRfmAccumulators,
  mergeSurvivalAccumulators,
  rfm,
  rfmFromAccumulator,
  survivalCurve,
  survivalCurveFromAccumulator,
} from '../../src/members/index.js';
import {
  addExact,
  addExactAt,
  createExactSums,
  mergeExact,
  partialsAt,
  roundedSum,
} from '../../src/touchpoint/internal/exactSum.js';
import {
  addHeuristicAttributionPaths,
  addMarkovAttributionPaths,
  addScorecardRatings,
  addShapleyAttributionPaths,
  attributeHeuristic,
  attributeMarkov,
  attributeShapley,
  createHeuristicAttributionAccumulator,
  createMarkovAttributionAccumulator,
  createScorecardAccumulator,
  createShapleyAttributionAccumulator,
  heuristicAttributionFromAccumulator,
  markovAttributionFromAccumulator,
  mergeHeuristicAttributionAccumulators,
  mergeMarkovAttributionAccumulators,
  mergeScorecardAccumulators,
  mergeShapleyAttributionAccumulators,
  scorecard,
  scorecardFromAccumulator,
  shapleyAttributionFromAccumulator,
  type HeuristicModel,
} from '../../src/touchpoint/index.js';
import { mergeAll, shard, shardPlan, viaJson, type ShardPlan } from './accumulatorHelpers.js';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '1e3', ' ', 'a', 'b'] as const;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

/**
 * Deep equality, numbers by Object.is (bit for bit but NaN, -0 told from 0), own keys in order.
 * (Not toStrictEqual: it compares `x.constructor`, which here may be a channel or customer key.)
 */
function differences(a: unknown, b: unknown, path: string, out: string[]): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (!Object.is(a, b)) out.push(`${path}: ${String(a)} vs ${String(b)}`);
    return;
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) {
    if (a !== b) out.push(`${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
    return;
  }
  if (Array.isArray(a) !== Array.isArray(b)) out.push(`${path}: array vs object`);
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) out.push(`${path}: keys ${JSON.stringify(ka)} vs ${JSON.stringify(kb)}`);
  for (const k of ka) differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
}
function expectSame(actual: unknown, expected: unknown): void {
  const out: string[] = [];
  differences(actual, expected, '', out);
  expect(out).toEqual([]);
}

/** add each shard to a fresh accumulator, JSON round trip everything, merge in the plan's tree. */
function viaShards<A, R>(
  rows: readonly R[],
  plan: ShardPlan,
  create: () => A,
  add: (acc: A, rows: R[]) => A,
  merge: (a: A, b: A) => A,
): A {
  const accs = shard(rows, plan).map((part) => viaJson(add(create(), part)));
  return viaJson(mergeAll(accs, (a, b) => viaJson(merge(a, b)), plan));
}

const transaction = fc.record({
  customerId: fc.constantFrom(...NAMES),
  at: fc.oneof(fc.integer({ min: T0 - 800 * DAY, max: T0 + 400 * DAY }), fc.constantFrom('2024-03-31T01:30:00Z', '2024-10-27T00:30:00Z')),
  amountMinor: fc.constantFrom(0, 1, 99, 2 ** 40),
});

describe('members accumulators (review pins)', () => {
  it('cohort retention, RFM and customer summary equal the one-pass functions on any split, tree and JSON round trip', () => {
    const byId = <T extends { customerId?: string | undefined }>(rows: readonly T[]): T[] =>
      rows.slice().sort((a, b) => {
        const x = a.customerId ?? '';
        const y = b.customerId ?? '';
        return x < y ? -1 : x > y ? 1 : 0;
      });
    fc.assert(
      fc.property(
        fc.array(transaction, { maxLength: 30 }),
        shardPlan,
        fc.constantFrom('month', 'week'),
        fc.constantFrom('UTC', 'Europe/London', 'Australia/Lord_Howe'),
        (rows, plan, period, timeZone) => {
          const cohort = { period, timeZone } as const;
          expectSame(
            cohortRetentionFromAccumulator(viaShards(rows, plan, () => createCohortRetentionAccumulator(cohort), addCohortTransactions, mergeCohortRetentionAccumulators)),
            cohortRetention(rows, cohort),
          );
          const asOf = T0 + 500 * DAY;
          expectSame(
            rfmFromAccumulator(viaShards(rows, plan, () => createRfmAccumulator({ asOf, bins: 3 }), addRfmTransactions, mergeRfmAccumulators)),
            byId(rfm(rows, { asOf, bins: 3 })),
          );
          expectSame(
            customerSummaryFromAccumulator(
              viaShards(rows, plan, () => createCustomerSummaryAccumulator({ asOf, timeZone }), addCustomerSummaryTransactions, mergeCustomerSummaryAccumulators),
            ),
            byId(customerSummary(rows, { asOf, timeZone })),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('survival and frequent itemsets equal the one-pass functions on any split (-0, huge and tiny durations, odd item names)', () => {
    const subject = fc.record({ duration: fc.constantFrom(0, -0, 0.5, 1, 3, 1e21, 5e-324, Number.MAX_VALUE), churned: fc.boolean() });
    const basket = fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(subject, { maxLength: 25 }), fc.array(basket, { maxLength: 25 }), shardPlan, fc.constantFrom(1e-9, 0.2, 0.5, 1), (subjects, baskets, plan, minSupport) => {
        expectSame(survivalCurveFromAccumulator(viaShards(subjects, plan, createSurvivalAccumulator, addSurvivalSubjects, mergeSurvivalAccumulators)), survivalCurve(subjects));
        const acc = viaShards(baskets, plan, createBasketAccumulator, addBaskets, mergeBasketAccumulators);
        expectSame(frequentItemsetsFromAccumulator(acc, { minSupport, maxLength: 3 }), frequentItemsets(baskets, { minSupport, maxLength: 3 }));
      }),
      { numRuns: 60 },
    );
  });

  it('a batch with a bad later row leaves every members accumulator unchanged', () => {
    const good = { customerId: '__proto__', at: T0, amountMinor: 5 };
    const bad = { customerId: 'a', at: T0, amountMinor: -1 };
    const asOf = T0 + 10 * DAY;
    const accs = [
      [addCohortTransactions(createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' }), [good]), addCohortTransactions],
      [addRfmTransactions(createRfmAccumulator({ asOf }), [good]), addRfmTransactions],
      [addCustomerSummaryTransactions(createCustomerSummaryAccumulator({ asOf }), [good]), addCustomerSummaryTransactions],
    ] as const;
    for (const [acc, add] of accs) {
      const before = JSON.stringify(acc);
      expect(() => (add as (a: unknown, r: unknown) => unknown)(acc, [good, bad])).toThrow(OmnicxError);
      expect(JSON.stringify(acc)).toBe(before);
      expect(Object.getPrototypeOf((acc as { customers: object }).customers)).toBe(Object.prototype);
    }
  });
});

const pathRecord = fc
  .record({
    path: fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
    conversions: fc.constantFrom(0, 0, 1, 2, 0.1, 0.3, 1e-300, 3e300, 1e15, 5e-324),
    nulls: fc.constantFrom(0, 1, 0.5, 7),
    value: fc.constantFrom(0, 1, 0.1, 1e-300, 1e300, 123.45),
  })
  .map((r) => ({ ...r, value: r.conversions === 0 ? 0 : r.value }));

describe('touchpoint accumulators (review pins)', () => {
  it('rule-based, Markov and Shapley accumulators equal the one-pass functions with fractional, tiny and huge counts', () => {
    const models: HeuristicModel[] = ['firstTouch', 'lastTouch', 'linear', 'positionBased', 'lastNonDirect', 'jShaped', 'inverseJ'];
    fc.assert(
      fc.property(fc.array(pathRecord, { maxLength: 12 }), shardPlan, fc.constantFrom(...models), fc.constantFrom(1, 2), (paths, plan, model, order) => {
        expectSame(
          heuristicAttributionFromAccumulator(
            viaShards(paths, plan, () => createHeuristicAttributionAccumulator(model, { direct: ['__proto__'] }), addHeuristicAttributionPaths, mergeHeuristicAttributionAccumulators),
          ),
          attributeHeuristic(paths, model, { direct: ['__proto__'] }),
        );
        expectSame(
          markovAttributionFromAccumulator(viaShards(paths, plan, () => createMarkovAttributionAccumulator({ order }), addMarkovAttributionPaths, mergeMarkovAttributionAccumulators)),
          attributeMarkov(paths, { order }),
        );
        for (const value of ['conversions', 'conversionRate'] as const) {
          expectSame(
            shapleyAttributionFromAccumulator(viaShards(paths, plan, () => createShapleyAttributionAccumulator({ value }), addShapleyAttributionPaths, mergeShapleyAttributionAccumulators)),
            attributeShapley(paths, { value }),
          );
        }
      }),
      { numRuns: 80 },
    );
  });

  it('encoded typed-array columns give the same result as records, through an accumulator, and are not mutated', () => {
    const records = [
      { path: '__proto__ > constructor', conversions: 1.5, value: 3, nulls: 2 },
      { path: 'constructor', conversions: 0, nulls: 1 },
    ];
    const encoded = encodePaths(records);
    const copy = { ...encoded, offsets: encoded.offsets.slice(), steps: encoded.steps.slice(), conversions: encoded.conversions.slice(), nulls: encoded.nulls.slice(), values: encoded.values.slice() };
    expectSame(heuristicAttributionFromAccumulator(addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), encoded)), attributeHeuristic(records, 'linear'));
    expectSame(markovAttributionFromAccumulator(addMarkovAttributionPaths(createMarkovAttributionAccumulator({ order: 2 }), encoded)), attributeMarkov(records, { order: 2 }));
    expectSame(shapleyAttributionFromAccumulator(addShapleyAttributionPaths(createShapleyAttributionAccumulator(), encoded)), attributeShapley(records));
    expect(encoded).toEqual(copy);
  });

  it('an add that would overflow the double range leaves the attribution accumulators unchanged', () => {
    const huge = [{ path: 'x > y', conversions: 1, value: 1.5e308 }];
    const cases = [
      [addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), huge), addHeuristicAttributionPaths],
      [addMarkovAttributionPaths(createMarkovAttributionAccumulator(), huge), addMarkovAttributionPaths],
      [addShapleyAttributionPaths(createShapleyAttributionAccumulator(), huge), addShapleyAttributionPaths],
    ] as const;
    for (const [acc, add] of cases) {
      const before = JSON.stringify(acc);
      expect(() => (add as (a: unknown, p: unknown) => unknown)(acc, huge)).toThrow(OmnicxError);
      expect(JSON.stringify(acc)).toBe(before);
    }
  });

  it('refuses malformed accumulators with an OmnicxError, never a TypeError', () => {
    const paths = [{ path: 'x > y > x', conversions: 2, value: 10, nulls: 1 }];
    const accs: [unknown, (acc: never) => unknown][] = [
      [addHeuristicAttributionPaths(createHeuristicAttributionAccumulator('linear'), paths), heuristicAttributionFromAccumulator],
      [addMarkovAttributionPaths(createMarkovAttributionAccumulator({ order: 2 }), paths), markovAttributionFromAccumulator],
      [addShapleyAttributionPaths(createShapleyAttributionAccumulator(), paths), shapleyAttributionFromAccumulator],
      [addScorecardRatings(createScorecardAccumulator({ scale: { min: 1, max: 5 } }), [{ touchpointId: 't', criterion: 'c', score: 4 }]), scorecardFromAccumulator],
    ];
    const weird: unknown[] = [null, undefined, -1, 1.5, NaN, Infinity, '', 'x', [], {}, [1, 2, 3], [-1, 0]];
    for (const [good, read] of accs) {
      const json = JSON.stringify(good);
      const top = JSON.parse(json) as Record<string, unknown>;
      for (const key of Object.keys(top)) {
        for (const value of weird) {
          const bad = JSON.parse(json) as Record<string, unknown>;
          bad[key] = value;
          try {
            read(bad as never);
          } catch (error) {
            expect(error).toBeInstanceOf(OmnicxError);
          }
        }
      }
      expect(() => read(null as never)).toThrow(OmnicxError);
    }
  });

  it('scorecard rows do not change when every weight is scaled by a power of two within the accepted range', () => {
    const rating = fc.record({
      touchpointId: fc.constantFrom('__proto__', 'x'),
      criterion: fc.constantFrom('speed', 'constructor'),
      score: fc.constantFrom(1, 2, 2.5, 4, 5),
      weight: fc.double({ min: 1, max: 2, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(rating, { maxLength: 10 }), fc.constantFrom(-500, -480, -100, 100, 400, 450), shardPlan, (ratings, k, plan) => {
        const options = { scale: { min: 1, max: 5 } };
        const unit = scorecard(ratings, options);
        const scaled = ratings.map((r) => ({ ...r, weight: r.weight * 2 ** k }));
        expectSame(scorecard(scaled, options), unit);
        expectSame(scorecardFromAccumulator(viaShards(scaled, plan, () => createScorecardAccumulator(options), addScorecardRatings, mergeScorecardAccumulators)), unit);
      }),
      { numRuns: 60 },
    );
  });
});

// Doubles anywhere in the range, subnormals included, are whole multiples of 2^-1074: their exact
// sum is a BigInt at that scale, rounded here to nearest, ties to even, by hand.
function toScaled(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const exponent = (hi >>> 20) & 0x7ff;
  let mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  if (exponent > 0) mantissa = (mantissa | (1n << 52n)) << BigInt(exponent - 1);
  return hi >>> 31 === 1 ? -mantissa : mantissa;
}
function fromScaled(v: bigint): number {
  if (v === 0n) return 0;
  const negative = v < 0n;
  let m = negative ? -v : v;
  const shift = Math.max(0, m.toString(2).length - 53);
  if (shift > 0) {
    const rest = m & ((1n << BigInt(shift)) - 1n);
    const half = 1n << BigInt(shift - 1);
    m >>= BigInt(shift);
    if (rest > half || (rest === half && (m & 1n) === 1n)) m += 1n;
  }
  let r = Number(m); // exact: at most 2^53
  for (let e = shift - 1074; e !== 0; ) {
    const step = Math.max(-1000, Math.min(1000, e));
    r *= 2 ** step;
    e -= step;
  }
  return negative ? -r : r;
}

describe('exact sums over the whole double range (review pins)', () => {
  const anyFinite = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e306, max: 1e306 }),
    fc.constantFrom(5e-324, -5e-324, 2 ** -1022, 1, -1, 2 ** 53, 1e300, -1e300),
  );

  it('rounds correctly and does not depend on order or grouping while the sums stay finite', () => {
    fc.assert(
      fc.property(fc.array(anyFinite, { maxLength: 80 }), fc.nat(80), (values, cut) => {
        const expected = fromScaled(values.reduce((s, x) => s + toScaled(x), 0n));
        const all: number[] = [];
        values.forEach((x) => addExact(all, x));
        expect(roundedSum(all)).toBe(expected);
        const left: number[] = [];
        const right: number[] = [];
        values.forEach((x, i) => addExact(i < cut ? left : right, x));
        expect(roundedSum(mergeExact(right, left))).toBe(expected);
        const sums = createExactSums(3);
        values.slice().reverse().forEach((x, i) => addExactAt(sums, i % 3, x));
        expect(roundedSum(mergeExact(mergeExact(partialsAt(sums, 2), partialsAt(sums, 0)), partialsAt(sums, 1)))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps at most about 40 partials, well within the 48 slots of the typed-array sums', () => {
    const partials: number[] = [];
    const sums = createExactSums(2);
    let longest = 0;
    for (let e = -1074; e < 1000; e += 53) {
      addExact(partials, 2 ** e);
      addExactAt(sums, 0, 2 ** e);
      longest = Math.max(longest, partials.length);
    }
    for (let e = -1073; e < 1000; e += 53) {
      addExact(partials, -(2 ** e));
      addExactAt(sums, 0, -(2 ** e));
      longest = Math.max(longest, partials.length);
    }
    expect(longest).toBeLessThanOrEqual(41);
    expect(partialsAt(sums, 0)).toEqual(partials);
    expect(partialsAt(sums, 1)).toEqual([]); // the neighbouring sum is untouched
  });
});
