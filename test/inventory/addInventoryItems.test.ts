import { describe, expect, it } from 'vitest';
import {
  addInventoryItems,
  createInventoryKpisAccumulator,
  inventoryKpis,
  inventoryKpisFromAccumulator,
  type InventoryKpiItem,
  type InventoryKpisAccumulator,
} from '../../src/inventory/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { deepFreeze } from './bruteForce.js';

const item = (sku: string, locationId?: string, extra: Partial<InventoryKpiItem> = {}): InventoryKpiItem => ({
  sku,
  ...(locationId === undefined ? {} : { locationId }),
  beginningOnHand: 10,
  receivedUnits: 0,
  soldUnits: 4,
  endingOnHand: 6,
  ...extra,
});
const keys = (acc: InventoryKpisAccumulator): string[] => acc.items.map((i) => `${i.sku}@${i.locationId ?? '-'}`);

describe('addInventoryItems', () => {
  it('adds a batch in place, keeping the items in canonical order (sku, then no location first, then location)', () => {
    const acc = createInventoryKpisAccumulator({ periodDays: 30 });
    expect(addInventoryItems(acc, deepFreeze([item('TEE', 'S2'), item('CAP'), item('TEE', 'S1')]))).toBe(acc);
    expect(keys(acc)).toEqual(['CAP@-', 'TEE@S1', 'TEE@S2']);
    addInventoryItems(acc, [item('TEE'), item('Tee', 'A'), item('BAG', 'Z'), item('TEE', 'S10')]);
    expect(keys(acc)).toEqual(['BAG@Z', 'CAP@-', 'TEE@-', 'TEE@S1', 'TEE@S10', 'TEE@S2', 'Tee@A']);
    addInventoryItems(acc, []);
    expect(acc.items).toHaveLength(7);
  });

  it('stores what inventoryKpis reads: the validated item, unknown fields dropped', () => {
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [{ ...item('CAP'), colour: 'red' } as InventoryKpiItem]);
    expect(acc.items).toEqual([item('CAP')]);
  });

  it('refuses an item already in the accumulator or twice in the batch, and then adds nothing', () => {
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 30 }), [item('A'), item('A', 'S1')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addInventoryItems(acc, [item('B'), item('A', 'S1')]), 'INVALID_INPUT', ['items', 1, 'sku']);
    expectOmnicxError(() => addInventoryItems(acc, [item('C'), item('A'), item('B')]), 'INVALID_INPUT', ['items', 1, 'sku']);
    expectOmnicxError(() => addInventoryItems(acc, [item('B'), item('C'), item('B')]), 'INVALID_INPUT', ['items', 2, 'sku']);
    expect(acc).toEqual(before);
    // inventoryKpis refuses the same items taken together
    expectOmnicxError(() => inventoryKpis({ periodDays: 30, items: [item('A'), item('A', 'S1'), item('B'), item('A', 'S1')] }), 'INVALID_INPUT', ['input', 'items', 3, 'sku']);
  });

  it('refuses a bad item with the path inventoryKpis gives (under items), using the accumulator periodDays, and then adds nothing', () => {
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), [item('A')]);
    const before = structuredClone(acc);
    expectOmnicxError(() => addInventoryItems(acc, [item('B'), item('C', undefined, { soldUnits: -1 })]), 'INVALID_INPUT', ['items', 1, 'soldUnits']);
    expectOmnicxError(() => addInventoryItems(acc, [item('B', undefined, { daysOutOfStock: 8 })]), 'INVALID_INPUT', ['items', 0, 'daysOutOfStock']);
    expectOmnicxError(() => inventoryKpis({ periodDays: 7, items: [item('B', undefined, { daysOutOfStock: 8 })] }), 'INVALID_INPUT', ['input', 'items', 0, 'daysOutOfStock']);
    expectOmnicxError(() => addInventoryItems(acc, [item('B', undefined, { recordedOnHand: 3 })]), 'INVALID_INPUT', ['items', 0, 'countedOnHand']);
    expectOmnicxError(() => addInventoryItems(acc, null as never), 'INVALID_INPUT', ['items']);
    expect(acc).toEqual(before);
  });

  it('refuses a malformed accumulator, or a bad held item it meets while placing the batch, with a path and no TypeError, changing nothing', () => {
    const held = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), [item('A'), item('B'), item('C')]);
    const cases: [unknown, (string | number)[]][] = [
      [[], ['acc']],
      [{ ...held, kind: 'inventory' }, ['acc', 'kind']],
      [{ ...held, version: 2 }, ['acc', 'version']],
      [{ ...held, periodDays: -7 }, ['acc', 'periodDays']],
      [{ ...held, periodDays: '7' }, ['acc', 'periodDays']],
      [{ ...held, toleranceUnits: null }, ['acc', 'toleranceUnits']],
      [{ ...held, items: {} }, ['acc', 'items']],
      [{ ...held, items: [item('A'), null, item('C')] }, ['acc', 'items', 1]],
      [{ ...held, items: [item('A'), { ...item('B'), locationId: 5 }, item('C')] }, ['acc', 'items', 1]],
    ];
    for (const [acc, path] of cases) {
      const before = structuredClone(acc);
      expectOmnicxError(() => addInventoryItems(acc as InventoryKpisAccumulator, [item('D')]), 'INVALID_INPUT', path);
      expect(acc).toEqual(before);
    }
  });

  it('adds to an unsorted hand-edited item list it only probes, and the result step then refuses the list', () => {
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), [item('A'), item('B'), item('C')]);
    acc.items.reverse();
    expect(() => addInventoryItems(acc, [item('D')])).not.toThrow();
    expectOmnicxError(() => inventoryKpisFromAccumulator(acc), 'INVALID_INPUT', ['acc', 'items', 1, 'sku']);
  });
});
