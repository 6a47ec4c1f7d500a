import { describe, expect, it } from 'vitest';
import {
  addFulfilledOrders,
  createFulfilmentKpisAccumulator,
  fulfilmentKpis,
  fulfilmentKpisFromAccumulator,
  type FulfilledOrder,
  type FulfilmentKpisAccumulator,
} from '../../src/inventory/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

const H = 3_600_000;
const order = (id: string, extra: Partial<FulfilledOrder> = {}): FulfilledOrder => ({
  id,
  orderedAt: 0,
  deliveredAt: 2 * H,
  shipments: 1,
  lines: [{ sku: 'TEE', ordered: 2, shipped: 2 }],
  ...extra,
});

describe('addFulfilledOrders', () => {
  it('counts a batch into the accumulator in place and returns it', () => {
    const acc = createFulfilmentKpisAccumulator();
    const batch = deepFreeze([
      order('b', { deliveredAt: 3 * H, shipments: 2, lines: [{ sku: 'TEE', ordered: 2, shipped: 1, returned: 1 }, { sku: 'CAP', ordered: 1, shipped: 1 }] }),
      order('a', { promisedAt: 4 * H }),
      order('c', { deliveredAt: undefined, shipments: 0, promisedAt: H }),
    ]);
    expect(addFulfilledOrders(acc, batch)).toBe(acc);
    expect(acc).toEqual({
      kind: 'fulfilmentKpis',
      version: 1,
      orderIds: ['a', 'b', 'c'],
      ordered: 7,
      shipped: 6,
      returned: 1,
      lines: 4,
      linesInFull: 3,
      ordersInFull: 2,
      promised: 2,
      onTimeInFull: 1,
      shippedOrders: 2,
      splitShipments: 1,
      cycleTimesMs: [2 * H, 3 * H],
    });
  });

  it('keeps ids and cycle times sorted across batches', () => {
    const acc = createFulfilmentKpisAccumulator();
    addFulfilledOrders(acc, [order('m', { deliveredAt: 5 }), order('c', { deliveredAt: 9 })]);
    addFulfilledOrders(acc, [order('z', { deliveredAt: 1 }), order('a', { deliveredAt: 7 }), order('n', { deliveredAt: 5 })]);
    expect(acc.orderIds).toEqual(['a', 'c', 'm', 'n', 'z']);
    expect(acc.cycleTimesMs).toEqual([1, 5, 5, 7, 9]);
    addFulfilledOrders(acc, []);
    expect(acc.orderIds).toEqual(['a', 'c', 'm', 'n', 'z']);
  });

  it('refuses an id already in the accumulator, or twice in the batch, and then adds nothing', () => {
    const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a'), order('c')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addFulfilledOrders(acc, [order('b'), order('c')]), 'INVALID_INPUT', ['orders', 1, 'id']);
    expect(acc).toEqual(before);
    expectOmnicxError(() => addFulfilledOrders(acc, [order('b'), order('d'), order('b')]), 'INVALID_INPUT', ['orders', 2, 'id']);
    expect(acc).toEqual(before);
    // fulfilmentKpis refuses the same orders taken together
    expectOmnicxError(() => fulfilmentKpis([order('a'), order('c'), order('b'), order('c')]), 'INVALID_INPUT', ['orders', 3, 'id']);
  });

  it('refuses a bad order with the path fulfilmentKpis gives, and then adds nothing', () => {
    const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a')]);
    const before = structuredClone(acc);
    const bad = [order('b'), order('c', { lines: [{ sku: 'TEE', ordered: 1, shipped: 2 }] })];
    expectOmnicxError(() => addFulfilledOrders(acc, bad), 'INVALID_INPUT', ['orders', 1, 'lines', 0, 'shipped']);
    expectOmnicxError(() => fulfilmentKpis(bad), 'INVALID_INPUT', ['orders', 1, 'lines', 0, 'shipped']);
    expectOmnicxError(() => addFulfilledOrders(acc, [order('d', { deliveredAt: -1 })]), 'INVALID_INPUT', ['orders', 0, 'deliveredAt']);
    expectOmnicxError(() => addFulfilledOrders(acc, 'x' as never), 'INVALID_INPUT', ['orders']);
    expect(acc).toEqual(before);
  });

  it('refuses a count that would pass 2^53 − 1 with NOT_SAFE_INTEGER, as every accumulator does, and then adds nothing', () => {
    const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a')]);
    acc.ordered = Number.MAX_SAFE_INTEGER - 1;
    acc.shipped = 2;
    const before = structuredClone(acc);
    expectOmnicxError(() => addFulfilledOrders(acc, [order('b')]), 'NOT_SAFE_INTEGER', ['acc', 'ordered']);
    expect(acc).toEqual(before);
    // within one batch too: two lines of 2^53 − 1 units
    const big = Number.MAX_SAFE_INTEGER;
    expectOmnicxError(
      () => addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('x', { lines: [{ sku: 'A', ordered: big, shipped: 0 }, { sku: 'B', ordered: big, shipped: 0 }] })]),
      'NOT_SAFE_INTEGER',
      ['acc', 'ordered'],
    );
  });

  it('refuses a malformed accumulator with a path, never a TypeError', () => {
    const cases: [unknown, (string | number)[]][] = [
      [undefined, ['acc']],
      ['acc', ['acc']],
      [{ ...createFulfilmentKpisAccumulator(), kind: 'inventoryKpis' }, ['acc', 'kind']],
      [{ ...createFulfilmentKpisAccumulator(), version: '1' }, ['acc', 'version']],
      [{ ...createFulfilmentKpisAccumulator(), promised: null }, ['acc', 'promised']],
      [{ ...createFulfilmentKpisAccumulator(), lines: 2 ** 53 }, ['acc', 'lines']],
      [{ ...createFulfilmentKpisAccumulator(), orderIds: {} }, ['acc', 'orderIds']],
      [{ ...createFulfilmentKpisAccumulator(), cycleTimesMs: 'none' }, ['acc', 'cycleTimesMs']],
    ];
    for (const [acc, path] of cases) expectOmnicxError(() => addFulfilledOrders(acc as FulfilmentKpisAccumulator, [order('a')]), 'INVALID_INPUT', path);
  });

  it('refuses a bad held id or cycle time it meets while placing the batch, changing nothing, never a TypeError', () => {
    const held = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a'), order('b'), order('c')]);
    const bad = (key: 'orderIds' | 'cycleTimesMs', list: unknown[]): FulfilmentKpisAccumulator => ({ ...structuredClone(held), [key]: list });
    for (const [acc, path] of [
      [bad('orderIds', ['a', Object.create(null), 'c']), ['acc', 'orderIds', 1]],
      [bad('orderIds', ['a', '', 'c']), ['acc', 'orderIds', 1]],
      [bad('cycleTimesMs', [1, null, 3]), ['acc', 'cycleTimesMs', 1]],
      [bad('cycleTimesMs', [1, NaN, 3]), ['acc', 'cycleTimesMs', 1]],
    ] as const) {
      const before = structuredClone(acc);
      expectOmnicxError(() => addFulfilledOrders(acc, [order('d')]), 'INVALID_INPUT', path);
      expect(acc).toEqual(before);
    }
  });

  it('adds to an unsorted hand-edited id list it only probes, and the result step then refuses the list', () => {
    const acc = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a'), order('b'), order('c')]);
    acc.orderIds = ['c', 'b', 'a'];
    expect(() => addFulfilledOrders(acc, [order('d')])).not.toThrow();
    expectOmnicxError(() => fulfilmentKpisFromAccumulator(acc), 'INVALID_INPUT', ['acc', 'orderIds', 1]);
  });

  it('costs the batch, not the orders held: 1 000 orders into 1 000 000 in well under a second', () => {
    const acc = createFulfilmentKpisAccumulator();
    const n = 1_000_000;
    // A held accumulator as add would leave it (built directly: adding a million orders here would be slow for no purpose).
    acc.orderIds = Array.from({ length: n }, (_, i) => `o${String(i).padStart(7, '0')}`);
    acc.cycleTimesMs = Array.from({ length: n }, (_, i) => i);
    Object.assign(acc, { ordered: n, shipped: n, lines: n, linesInFull: n, ordersInFull: n, shippedOrders: n });
    const batch = Array.from({ length: 1000 }, (_, i) => order(`o${String(i * 997 + 500).padStart(7, '0')}x`, { deliveredAt: i * 1000 }));
    const start = performance.now();
    addFulfilledOrders(acc, batch);
    const ms = performance.now() - start;
    expect(acc.orderIds.length).toBe(n + 1000);
    expect(acc.orderIds.every((id, i) => i === 0 || (acc.orderIds[i - 1] as string) < id)).toBe(true);
    expect(acc.cycleTimesMs.every((t, i) => i === 0 || (acc.cycleTimesMs[i - 1] as number) <= t)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });
});
