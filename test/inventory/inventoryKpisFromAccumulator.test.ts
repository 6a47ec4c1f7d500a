import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addInventoryItems,
  createInventoryKpisAccumulator,
  inventoryKpis,
  inventoryKpisAccumulatorSchema,
  inventoryKpisFromAccumulator,
  mergeInventoryKpisAccumulators,
  type InventoryKpiItem,
  type InventoryKpis,
  type InventoryKpisAccumulator,
} from '../../src/inventory/index.js';
import { mergeInTree } from '../journey/helpers.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

/** The canonical order, written independently of the source: sku, then no location first, then location (code units). */
function canonical<T extends { sku: string; locationId?: string | undefined }>(list: readonly T[]): T[] {
  const key = (x: T): [string, number, string] => [x.sku, x.locationId === undefined ? 0 : 1, x.locationId ?? ''];
  return [...list].sort((p, q) => {
    const [a, b] = [key(p), key(q)];
    for (let k = 0; k < 3; k++) if (a[k] !== b[k]) return (a[k] as string | number) < (b[k] as string | number) ? -1 : 1;
    return 0;
  });
}

const TEE = { sku: 'TEE', beginningOnHand: 80, receivedUnits: 20, soldUnits: 60, endingOnHand: 40, daysOutOfStock: 0, recordedOnHand: 40, countedOnHand: 40 };
const CAP = { sku: 'CAP', beginningOnHand: 10, receivedUnits: 0, soldUnits: 10, endingOnHand: 0, daysOutOfStock: 6, recordedOnHand: 2, countedOnHand: 0 };

const SKUS = ['a', 'B', 'ab', 'é', 'Z'];
const LOCATIONS = [undefined, 'S1', 's1', 'S10', 'W'];
const itemArb = fc
  .record({
    begin: fc.nat(30),
    received: fc.nat(30),
    soldShare: fc.double({ min: 0, max: 1, noNaN: true }),
    ending: fc.nat(40),
    out: fc.option(fc.oneof(fc.nat(7), fc.double({ min: 0, max: 7, noNaN: true })), { nil: undefined }),
    count: fc.option(fc.tuple(fc.nat(20), fc.nat(20)), { nil: undefined }),
    shard: fc.nat(4),
    batch: fc.boolean(),
  })
  .map(({ begin, received, soldShare, ending, out, count, shard, batch }) => ({
    fields: {
      beginningOnHand: begin,
      receivedUnits: received,
      soldUnits: Math.floor((begin + received) * soldShare),
      endingOnHand: ending,
      ...(out === undefined ? {} : { daysOutOfStock: out }),
      ...(count === undefined ? {} : { recordedOnHand: count[0], countedOnHand: count[1] }),
    },
    shard,
    batch,
  }));
const KEYS = SKUS.flatMap((sku) => LOCATIONS.map((locationId) => (locationId === undefined ? { sku } : { sku, locationId })));

function shardsOf(drawn: readonly { fields: object; shard: number; batch: boolean }[], keys: readonly { sku: string; locationId?: string }[], periodDays: number, toleranceUnits: number) {
  const all = drawn.map((d, i) => ({ ...d, item: { ...keys[i], ...d.fields } as InventoryKpiItem }));
  const options = { periodDays, toleranceUnits };
  const shards = [...new Set(all.map((d) => d.shard))].map((s) => {
    const mine = all.filter((d) => d.shard === s);
    const first = addInventoryItems(createInventoryKpisAccumulator(options), mine.filter((d) => !d.batch).map((d) => d.item));
    return addInventoryItems(JSON.parse(JSON.stringify(first)) as InventoryKpisAccumulator, mine.filter((d) => d.batch).map((d) => d.item));
  });
  return { items: all.map((d) => d.item), shards, options };
}

describe('inventoryKpisFromAccumulator', () => {
  it('gives the hand-checked figures of inventoryKpis, byItem sorted by sku', () => {
    const kpis = inventoryKpisFromAccumulator(addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [TEE, CAP]));
    // sold 70 of 110 available; 6 of 60 item-days out; 40 units left at 70/30 a day; 1 of 2 counts exact
    expect(kpis.sellThrough).toEqual({ value: 70 / 110, numerator: 70, n: 110 });
    expect(kpis.stockOutRate).toEqual({ value: 0.1, numerator: 6, n: 60 });
    expect(kpis.daysOfSupply).toEqual({ value: 40 / (70 / 30), endingOnHand: 40, averageDailySales: 70 / 30 });
    expect(kpis.inventoryRecordAccuracy).toMatchObject({ value: 0.5, numerator: 1, n: 2 });
    expect(kpis.byItem).toEqual([
      { sku: 'CAP', sellThrough: 1, daysOfSupply: 0 },
      { sku: 'TEE', sellThrough: 0.6, daysOfSupply: 20 },
    ]);
    const onePass = inventoryKpis({ periodDays: 30, items: [TEE, CAP] });
    expect(kpis).toEqual({ ...onePass, byItem: canonical(onePass.byItem) });
  });

  it('applies the toleranceUnits of the accumulator and the confidence of its options', () => {
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30, toleranceUnits: 2 }), [TEE, CAP]);
    expect(inventoryKpisFromAccumulator(acc, { confidence: 0.8 })).toEqual(inventoryKpis({ periodDays: 30, toleranceUnits: 2, items: [CAP, TEE] }, { confidence: 0.8 }));
    expect(inventoryKpisFromAccumulator(acc).inventoryRecordAccuracy.value).toBe(1);
    expectOmnicxError(() => inventoryKpisFromAccumulator(acc, { confidence: 0 }), 'INVALID_INPUT', ['options', 'confidence']);
  });

  it('reads an empty accumulator as inventoryKpis reads no items, and does not modify the accumulator', () => {
    expect(inventoryKpisFromAccumulator(createInventoryKpisAccumulator({ periodDays: 7 }))).toEqual(inventoryKpis({ periodDays: 7, items: [] }));
    const acc = deepFreeze(addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [TEE, CAP]));
    expect(() => inventoryKpisFromAccumulator(acc)).not.toThrow();
  });

  it('equals inventoryKpis on the items in canonical order for any split into 1-5 shards and batches, merged in any tree, through JSON (property)', () => {
    fc.assert(
      fc.property(
        fc.array(itemArb, { maxLength: 14 }),
        fc.shuffledSubarray(KEYS, { minLength: 14, maxLength: 14 }),
        fc.constantFrom(7, 7.5, 30),
        fc.nat(3),
        fc.array(fc.nat(40), { maxLength: 8 }),
        fc.option(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { nil: undefined }),
        (drawn, keys, periodDays, toleranceUnits, shape, confidence) => {
          const { items, shards, options } = shardsOf(drawn, keys, periodDays, toleranceUnits);
          const merged = mergeInTree(shards, shape, mergeInventoryKpisAccumulators, () => createInventoryKpisAccumulator(options));
          expect(inventoryKpisAccumulatorSchema.safeParse(merged).success).toBe(true);
          const opts = confidence === undefined ? undefined : { confidence };
          const result = inventoryKpisFromAccumulator(JSON.parse(JSON.stringify(merged)) as InventoryKpisAccumulator, opts);
          expect(result).toEqual(inventoryKpis({ ...options, items: canonical(items) }, opts));
          // and, but for byItem order and the fractional-days sum, inventoryKpis on the input order
          const inInputOrder: InventoryKpis = inventoryKpis({ ...options, items }, opts);
          expect(result.byItem).toEqual(canonical(inInputOrder.byItem));
          if (items.every((item) => Number.isInteger(item.daysOutOfStock ?? 0))) expect({ ...result, byItem: [] }).toEqual({ ...inInputOrder, byItem: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses, in every shard split, the duplicate item inventoryKpis refuses (property)', () => {
    fc.assert(
      fc.property(fc.array(itemArb, { minLength: 2, maxLength: 8 }), fc.nat(6), fc.array(fc.nat(40), { maxLength: 8 }), (drawn, k, shape) => {
        const keys = KEYS.slice(0, drawn.length);
        keys[0] = keys[1 + (k % (drawn.length - 1))] as (typeof KEYS)[number];
        const { items, shards, options } = (() => {
          try {
            return shardsOf(drawn, keys, 7, 0);
          } catch (error) {
            expect(String(error)).toMatch(/already in the accumulator|duplicate item/);
            return { items: drawn.map((d, i) => ({ ...keys[i], ...d.fields }) as InventoryKpiItem), shards: null, options: null };
          }
        })();
        expect(() => inventoryKpis({ periodDays: 7, items })).toThrow(/duplicate item/);
        if (shards !== null) expect(() => mergeInTree(shards, shape, mergeInventoryKpisAccumulators, () => createInventoryKpisAccumulator(options))).toThrow(/in both accumulators/);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with inventoryKpis on what a duplicate is, even with U+0000 in a sku or location', () => {
    const base = { beginningOnHand: 1, receivedUnits: 0, soldUnits: 1, endingOnHand: 0 };
    const items = [{ sku: 'a', locationId: 'b\u0000c', ...base }, { sku: 'a\u0000b', locationId: 'c', ...base }, { sku: 'a\u0000b\u0000c', ...base }];
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), items);
    expect(inventoryKpisFromAccumulator(acc).items).toBe(3);
    expect(inventoryKpis({ periodDays: 7, items }).items).toBe(3);
  });

  it('refuses totals past 2^53 − 1 with NOT_SAFE_INTEGER rather than rounding them', () => {
    const big = { beginningOnHand: Number.MAX_SAFE_INTEGER, receivedUnits: 0, soldUnits: 0, endingOnHand: 0 };
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), [{ sku: 'A', ...big }, { sku: 'B', ...big }]);
    expectOmnicxError(() => inventoryKpisFromAccumulator(acc), 'NOT_SAFE_INTEGER', ['acc', 'items']);
  });

  it('refuses malformed accumulators with INVALID_INPUT and a path, never a TypeError', () => {
    const good = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [TEE, CAP]);
    const bad = (edit: (acc: Record<string, unknown> & { items: Record<string, unknown>[] }) => void): InventoryKpisAccumulator => {
      const copy = structuredClone(good) as unknown as Record<string, unknown> & { items: Record<string, unknown>[] };
      edit(copy);
      return copy as unknown as InventoryKpisAccumulator;
    };
    const cases: [InventoryKpisAccumulator, (string | number)[]][] = [
      [null as unknown as InventoryKpisAccumulator, ['acc']],
      [bad((a) => (a['kind'] = 'fulfilmentKpis')), ['acc', 'kind']],
      [bad((a) => (a['version'] = 0)), ['acc', 'version']],
      [bad((a) => (a['periodDays'] = 0)), ['acc', 'periodDays']],
      [bad((a) => (a['toleranceUnits'] = -1)), ['acc', 'toleranceUnits']],
      [bad((a) => (a['items'] = 'x' as never)), ['acc', 'items']],
      [bad((a) => a.items.reverse()), ['acc', 'items', 1, 'sku']],
      [bad((a) => (a.items[1] = { ...a.items[0] })), ['acc', 'items', 1, 'sku']],
      [bad((a) => (a.items[0] = null as never)), ['acc', 'items', 0]],
      [bad((a) => (a.items[1]!['soldUnits'] = -1)), ['acc', 'items', 1, 'soldUnits']],
      [bad((a) => (a.items[1]!['locationId'] = null)), ['acc', 'items', 1, 'locationId']],
      [bad((a) => (a.items[0]!['daysOutOfStock'] = 31)), ['acc', 'items', 0, 'daysOutOfStock']],
      [bad((a) => delete a.items[0]!['countedOnHand']), ['acc', 'items', 0, 'countedOnHand']],
    ];
    for (const [acc, path] of cases) {
      expectOmnicxError(() => inventoryKpisFromAccumulator(acc), 'INVALID_INPUT', path);
      expectOmnicxError(() => mergeInventoryKpisAccumulators(createInventoryKpisAccumulator({ periodDays: 30 }), acc), 'INVALID_INPUT', ['b', ...path.slice(1)]);
    }
  });
});
