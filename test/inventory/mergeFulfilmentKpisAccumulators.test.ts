import { describe, expect, it } from 'vitest';
import {
  addFulfilledOrders,
  createFulfilmentKpisAccumulator,
  fulfilmentKpis,
  fulfilmentKpisFromAccumulator,
  mergeFulfilmentKpisAccumulators,
  type FulfilledOrder,
} from '../../src/inventory/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

const order = (id: string, deliveredAt: number, ordered = 1, shipped = ordered): FulfilledOrder => ({
  id,
  orderedAt: 0,
  deliveredAt,
  shipments: 1,
  lines: [{ sku: 'TEE', ordered, shipped }],
});

describe('mergeFulfilmentKpisAccumulators', () => {
  const web = [order('w1', 10), order('w2', 40, 2, 1)];
  const store = [order('s1', 20), order('s2', 30, 3, 3)];

  it('adds the counts and merges the sorted ids and cycle times into a new accumulator, touching neither', () => {
    const a = deepFreeze(addFulfilledOrders(createFulfilmentKpisAccumulator(), web));
    const b = deepFreeze(addFulfilledOrders(createFulfilmentKpisAccumulator(), store));
    const merged = mergeFulfilmentKpisAccumulators(a, b);
    expect(merged).not.toBe(a);
    expect(merged.orderIds).toEqual(['s1', 's2', 'w1', 'w2']);
    expect(merged.cycleTimesMs).toEqual([10, 20, 30, 40]);
    expect(merged.ordered).toBe(7);
    expect(merged.shipped).toBe(6);
    expect(merged.linesInFull).toBe(3);
    expect(fulfilmentKpisFromAccumulator(merged)).toEqual(fulfilmentKpis([...web, ...store]));
    // the same JSON whichever comes first, and the new lists are not those of a or b
    expect(mergeFulfilmentKpisAccumulators(b, a)).toEqual(merged);
    merged.orderIds.push('zz');
    expect(a.orderIds).toEqual(['w1', 'w2']);
  });

  it('refuses an order id in both shards, as fulfilmentKpis refuses a duplicate id', () => {
    const a = addFulfilledOrders(createFulfilmentKpisAccumulator(), web);
    const b = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a0', 1), order('w2', 5)]);
    expectOmnicxError(() => mergeFulfilmentKpisAccumulators(a, b), 'INVALID_INPUT', ['b', 'orderIds', 1]);
    expectOmnicxError(() => fulfilmentKpis([...web, order('a0', 1), order('w2', 5)]), 'INVALID_INPUT', ['orders', 3, 'id']);
  });

  it('refuses a merged count past 2^53 − 1 with NOT_SAFE_INTEGER at the count', () => {
    const a = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('a', 1, Number.MAX_SAFE_INTEGER, 0)]);
    const b = addFulfilledOrders(createFulfilmentKpisAccumulator(), [order('b', 1, 2, 0)]);
    expectOmnicxError(() => mergeFulfilmentKpisAccumulators(a, b), 'NOT_SAFE_INTEGER', ['b', 'ordered']);
  });

  it('refuses a malformed accumulator on either side with its path', () => {
    const good = createFulfilmentKpisAccumulator();
    expectOmnicxError(() => mergeFulfilmentKpisAccumulators({ ...good, kind: 'ces' } as never, good), 'INVALID_INPUT', ['a', 'kind']);
    expectOmnicxError(() => mergeFulfilmentKpisAccumulators(good, { ...good, orderIds: [''] }), 'INVALID_INPUT', ['b', 'orderIds', 0]);
    expectOmnicxError(() => mergeFulfilmentKpisAccumulators(good, 42 as never), 'INVALID_INPUT', ['b']);
  });
});
