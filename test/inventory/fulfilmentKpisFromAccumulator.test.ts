import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFulfilledOrders,
  createFulfilmentKpisAccumulator,
  fulfilmentKpis,
  fulfilmentKpisAccumulatorSchema,
  fulfilmentKpisFromAccumulator,
  mergeFulfilmentKpisAccumulators,
  type FulfilledOrder,
  type FulfilmentKpisAccumulator,
} from '../../src/inventory/index.js';
import { mergeInTree } from '../journey/helpers.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

const H = 3_600_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');

/** The orders of fulfilmentKpis.test.ts: its hand-checked figures hold for the accumulator too. */
const orders: FulfilledOrder[] = [
  { id: 'a', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 24 * H, shipments: 1, lines: [{ sku: 'X', ordered: 2, shipped: 2, returned: 1 }] },
  { id: 'b', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 72 * H, shipments: 2, lines: [{ sku: 'X', ordered: 1, shipped: 1 }, { sku: 'Y', ordered: 1, shipped: 1 }] },
  { id: 'c', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 48 * H, shipments: 1, lines: [{ sku: 'Y', ordered: 3, shipped: 2 }] },
  { id: 'd', orderedAt: t0, shipments: 0, lines: [{ sku: 'Z', ordered: 1, shipped: 1 }] },
  { id: 'e', orderedAt: t0, promisedAt: t0 + 48 * H, shipments: 1, lines: [{ sku: 'Z', ordered: 1, shipped: 1 }] },
];

const lineArb = fc
  .record({ sku: fc.constantFrom('X', 'Y'), ordered: fc.integer({ min: 1, max: 4 }), short: fc.nat(4), back: fc.option(fc.nat(4), { nil: undefined }) })
  .map(({ sku, ordered, short, back }) => {
    const shipped = Math.max(0, ordered - short);
    return back === undefined ? { sku, ordered, shipped } : { sku, ordered, shipped, returned: Math.min(back, shipped) };
  });
const orderArb = fc
  .record({
    orderedAt: fc.integer({ min: 0, max: 50 }),
    promise: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
    delay: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    shipments: fc.nat(3),
    lines: fc.array(lineArb, { minLength: 1, maxLength: 3 }),
    shard: fc.nat(4),
    batch: fc.boolean(),
  })
  .map(({ orderedAt, promise, delay, shipments, lines, shard, batch }) => ({
    order: {
      id: '',
      orderedAt: t0 + orderedAt * H,
      ...(promise === undefined ? {} : { promisedAt: t0 + promise * H }),
      ...(delay === undefined ? {} : { deliveredAt: t0 + (orderedAt + delay) * H }),
      shipments,
      lines,
    },
    shard,
    batch,
  }));
const IDS = ['a', 'b', 'B', 'aa', 'é', 'z9', '10', '9', 'a b', 'ß', 'Z', 'x', 'y', 'ab', 'a0'];

function shardsOf(drawn: readonly { order: FulfilledOrder; shard: number; batch: boolean }[], ids: readonly string[]) {
  const all = drawn.map((d, i) => ({ ...d, order: { ...d.order, id: ids[i] as string } }));
  const used = [...new Set(all.map((d) => d.shard))];
  const shards = used.map((s) => {
    const mine = all.filter((d) => d.shard === s);
    const first = addFulfilledOrders(createFulfilmentKpisAccumulator(), mine.filter((d) => !d.batch).map((d) => d.order));
    // A second batch into the JSON copy of the first, as a stored accumulator is updated.
    return addFulfilledOrders(JSON.parse(JSON.stringify(first)) as FulfilmentKpisAccumulator, mine.filter((d) => d.batch).map((d) => d.order));
  });
  return { all: all.map((d) => d.order), shards };
}

describe('fulfilmentKpisFromAccumulator', () => {
  it('gives the hand-checked figures of fulfilmentKpis', () => {
    const kpis = fulfilmentKpisFromAccumulator(addFulfilledOrders(createFulfilmentKpisAccumulator(), orders));
    expect(kpis.orders).toBe(5);
    expect(kpis.unitFillRate).toEqual({ value: 8 / 9, numerator: 8, n: 9 });
    expect(kpis.lineFillRate).toEqual({ value: 5 / 6, numerator: 5, n: 6 });
    expect(kpis.orderFillRate).toMatchObject({ value: 0.8, numerator: 4, n: 5 });
    expect(kpis.onTimeInFull).toMatchObject({ value: 0.25, numerator: 1, n: 4 });
    expect(kpis.splitShipmentRate).toMatchObject({ value: 0.25, numerator: 1, n: 4 });
    expect(kpis.returnRate).toEqual({ value: 1 / 8, numerator: 1, n: 8 });
    // cycle times 24, 72, 48 h: median 48 h, p90 = 48 + 0.8 × 24 = 67.2 h
    expect(kpis.cycleTimeMs).toEqual({ n: 3, p50: 48 * H, p90: 67.2 * H });
    expect(kpis).toEqual(fulfilmentKpis(orders));
  });

  it('reads an empty accumulator as fulfilmentKpis reads no orders', () => {
    expect(fulfilmentKpisFromAccumulator(createFulfilmentKpisAccumulator())).toEqual(fulfilmentKpis([]));
  });

  it('applies the confidence of its options and refuses a bad one', () => {
    const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), orders);
    expect(fulfilmentKpisFromAccumulator(acc, { confidence: 0.8 })).toEqual(fulfilmentKpis(orders, { confidence: 0.8 }));
    expectOmnicxError(() => fulfilmentKpisFromAccumulator(acc, { confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('does not modify the accumulator', () => {
    const acc = deepFreeze(addFulfilledOrders(createFulfilmentKpisAccumulator(), orders));
    expect(() => fulfilmentKpisFromAccumulator(acc)).not.toThrow();
  });

  it('equals fulfilmentKpis for any split into 1-5 shards and batches, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(orderArb, { maxLength: IDS.length }),
        fc.shuffledSubarray(IDS, { minLength: IDS.length, maxLength: IDS.length }),
        fc.array(fc.nat(40), { maxLength: 8 }),
        fc.option(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { nil: undefined }),
        (drawn, ids, shape, confidence) => {
          const { all, shards } = shardsOf(drawn, ids);
          const merged = mergeInTree(shards, shape, mergeFulfilmentKpisAccumulators, createFulfilmentKpisAccumulator);
          expect(fulfilmentKpisAccumulatorSchema.safeParse(merged).success).toBe(true);
          const options = confidence === undefined ? undefined : { confidence };
          expect(fulfilmentKpisFromAccumulator(JSON.parse(JSON.stringify(merged)) as FulfilmentKpisAccumulator, options)).toEqual(fulfilmentKpis(all, options));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses, in every shard split, the duplicate id fulfilmentKpis refuses (property)', () => {
    fc.assert(
      fc.property(fc.array(orderArb, { minLength: 2, maxLength: 8 }), fc.nat(6), fc.array(fc.nat(40), { maxLength: 8 }), (drawn, k, shape) => {
        // Order k's id is also given to order 0: one pass refuses it, so must the accumulators somewhere.
        const ids = drawn.map((_, i) => `o${String(i)}`);
        ids[0] = ids[1 + (k % (drawn.length - 1))] as string;
        expect(() => fulfilmentKpis(drawn.map((d, i) => ({ ...d.order, id: ids[i] as string })))).toThrow(/duplicate order id/);
        expect(() => {
          const { shards } = shardsOf(drawn, ids);
          mergeInTree(shards, shape, mergeFulfilmentKpisAccumulators, createFulfilmentKpisAccumulator);
        }).toThrow(/already in the accumulator|in both accumulators|duplicate order id/);
      }),
      { numRuns: 200 },
    );
  });

  it('accepts exactly what fulfilmentKpisAccumulatorSchema accepts, at the path the schema gives (property)', () => {
    const base = addFulfilledOrders(createFulfilmentKpisAccumulator(), orders);
    const odd = fc.constantFrom<unknown>(-1, 0, 1, 2, 5, 9, 2.5, 2 ** 53, NaN, Infinity, null, 'x', '', 'a', 'zz', [], {}, undefined);
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.nat(6), odd), { minLength: 1, maxLength: 3 }), (edits) => {
        const acc = structuredClone(base) as unknown as Record<string, unknown>;
        for (const [key, at, value] of edits) {
          const current = acc[key];
          if (Array.isArray(current) && at < 6) current[Math.min(at, current.length)] = value;
          else acc[key] = value;
        }
        const schema = fulfilmentKpisAccumulatorSchema.safeParse(acc);
        let caught: unknown;
        try {
          fulfilmentKpisFromAccumulator(acc as unknown as FulfilmentKpisAccumulator);
        } catch (error) {
          caught = error;
        }
        expect(caught === undefined).toBe(schema.success);
        if (!schema.success && edits.length === 1) expect((caught as { path: unknown }).path).toEqual(['acc', ...(schema.error.issues[0]?.path ?? [])]);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses malformed accumulators with INVALID_INPUT and a path, never a TypeError', () => {
    const good = addFulfilledOrders(createFulfilmentKpisAccumulator(), orders);
    const bad = (edit: (acc: Record<string, unknown>) => void): FulfilmentKpisAccumulator => {
      const copy = structuredClone(good) as unknown as Record<string, unknown>;
      edit(copy);
      return copy as unknown as FulfilmentKpisAccumulator;
    };
    const cases: [FulfilmentKpisAccumulator, (string | number)[]][] = [
      [null as unknown as FulfilmentKpisAccumulator, ['acc']],
      [[] as unknown as FulfilmentKpisAccumulator, ['acc']],
      [bad((a) => (a['kind'] = 'ces')), ['acc', 'kind']],
      [bad((a) => (a['version'] = 2)), ['acc', 'version']],
      [bad((a) => delete a['orderIds']), ['acc', 'orderIds']],
      [bad((a) => (a['orderIds'] = ['b', 'a', 'c', 'd', 'e'])), ['acc', 'orderIds', 1]],
      [bad((a) => (a['orderIds'] = ['a', 'a', 'c', 'd', 'e'])), ['acc', 'orderIds', 1]],
      [bad((a) => (a['orderIds'] = ['a', 'b', 'c', 'd', 7])), ['acc', 'orderIds', 4]],
      [bad((a) => (a['shipped'] = -1)), ['acc', 'shipped']],
      [bad((a) => (a['shipped'] = 1.5)), ['acc', 'shipped']],
      [bad((a) => (a['shipped'] = 2 ** 53)), ['acc', 'shipped']],
      [bad((a) => (a['shipped'] = 10)), ['acc', 'shipped']],
      [bad((a) => (a['returned'] = 9)), ['acc', 'returned']],
      [bad((a) => (a['onTimeInFull'] = 5)), ['acc', 'onTimeInFull']],
      [bad((a) => (a['splitShipments'] = 5)), ['acc', 'splitShipments']],
      [bad((a) => (a['ordersInFull'] = 5)), ['acc', 'ordersInFull']],
      [bad((a) => (a['lines'] = 4)), ['acc', 'lines']],
      [bad((a) => (a['cycleTimesMs'] = [3, 2, 1])), ['acc', 'cycleTimesMs', 1]],
      [bad((a) => (a['cycleTimesMs'] = [1, 2, 3, 4, 5, 6])), ['acc', 'cycleTimesMs']],
      [bad((a) => (a['cycleTimesMs'] = [1, null, 3])), ['acc', 'cycleTimesMs', 1]],
      [bad((a) => (a['cycleTimesMs'] = [-1, 2, 3])), ['acc', 'cycleTimesMs', 0]],
    ];
    for (const [acc, path] of cases) {
      expectOmnicxError(() => fulfilmentKpisFromAccumulator(acc), 'INVALID_INPUT', path);
      expectOmnicxError(() => mergeFulfilmentKpisAccumulators(createFulfilmentKpisAccumulator(), acc), 'INVALID_INPUT', ['b', ...path.slice(1)]);
    }
  });
});
