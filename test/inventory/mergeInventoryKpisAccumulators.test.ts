import { describe, expect, it } from 'vitest';
import {
  addInventoryItems,
  createInventoryKpisAccumulator,
  inventoryKpis,
  inventoryKpisFromAccumulator,
  mergeInventoryKpisAccumulators,
  type InventoryKpiItem,
} from '../../src/inventory/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

const item = (sku: string, locationId: string, soldUnits: number): InventoryKpiItem => ({ sku, locationId, beginningOnHand: 10, receivedUnits: 0, soldUnits, endingOnHand: 10 - soldUnits });

describe('mergeInventoryKpisAccumulators', () => {
  const north = [item('TEE', 'N1', 6), item('CAP', 'N1', 2)];
  const south = [item('TEE', 'S1', 10), item('BAG', 'S1', 0)];

  it('merges the sorted items into a new accumulator, touching neither, the same whichever comes first', () => {
    const a = deepFreeze(addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), north));
    const b = deepFreeze(addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), south));
    const merged = mergeInventoryKpisAccumulators(a, b);
    expect(merged.items.map((i) => `${i.sku}@${i.locationId ?? '-'}`)).toEqual(['BAG@S1', 'CAP@N1', 'TEE@N1', 'TEE@S1']);
    expect(mergeInventoryKpisAccumulators(b, a)).toEqual(merged);
    const result = inventoryKpisFromAccumulator(merged);
    expect(result.sellThrough).toEqual({ value: 18 / 40, numerator: 18, n: 40 });
    expect(result).toEqual(inventoryKpis({ periodDays: 30, items: [...south.slice(1), ...north.slice(1), north[0] as InventoryKpiItem, south[0] as InventoryKpiItem] }));
    merged.items.pop();
    expect(b.items).toHaveLength(2);
  });

  it('refuses accumulators made with different options', () => {
    const a = createInventoryKpisAccumulator({ periodDays: 30 });
    expectOmnicxError(() => mergeInventoryKpisAccumulators(a, createInventoryKpisAccumulator({ periodDays: 31 })), 'INVALID_INPUT', ['b', 'periodDays']);
    expectOmnicxError(() => mergeInventoryKpisAccumulators(a, createInventoryKpisAccumulator({ periodDays: 30, toleranceUnits: 1 })), 'INVALID_INPUT', ['b', 'toleranceUnits']);
  });

  it('refuses a (sku, location) item in both, as inventoryKpis refuses a duplicate item', () => {
    const a = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), north);
    const b = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [item('AAA', 'N1', 1), item('TEE', 'N1', 1)]);
    expectOmnicxError(() => mergeInventoryKpisAccumulators(a, b), 'INVALID_INPUT', ['b', 'items', 1, 'sku']);
    // the same sku at another location, or without one, is another item
    const c = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [{ ...item('TEE', 'N1', 1), locationId: undefined }, item('TEE', 'N2', 1)].map(({ locationId, ...rest }) => (locationId === undefined ? rest : { ...rest, locationId })));
    expect(mergeInventoryKpisAccumulators(a, c).items).toHaveLength(4);
  });
});
