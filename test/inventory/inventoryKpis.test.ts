import { describe, expect, it } from 'vitest';
import { inventoryKpis, type InventoryKpiInput } from '../../src/inventory/index.js';
import { deepFreeze } from './bruteForce.js';
import { thrown } from './helpers.js';

const input: InventoryKpiInput = {
  periodDays: 30,
  items: [
    { sku: 'A', locationId: 'S1', beginningOnHand: 80, receivedUnits: 20, soldUnits: 60, endingOnHand: 40, daysOutOfStock: 0, recordedOnHand: 40, countedOnHand: 40 },
    { sku: 'A', locationId: 'S2', beginningOnHand: 10, receivedUnits: 0, soldUnits: 10, endingOnHand: 0, daysOutOfStock: 6, recordedOnHand: 2, countedOnHand: 0 },
    { sku: 'B', beginningOnHand: 0, receivedUnits: 0, soldUnits: 0, endingOnHand: 0, recordedOnHand: 5, countedOnHand: 4 },
  ],
};

describe('inventoryKpis', () => {
  const kpis = inventoryKpis(deepFreeze(structuredClone(input)));

  it('computes sell-through over available units', () => {
    // 70 sold of 80 + 20 + 10 = 110
    expect(kpis.sellThrough).toEqual({ value: 70 / 110, numerator: 70, n: 110 });
  });

  it('computes the stock-out rate in item-days over items that report it', () => {
    // 6 days of 2 items × 30 days
    expect(kpis.stockOutRate).toEqual({ value: 0.1, numerator: 6, n: 60 });
  });

  it('computes days of supply at the period sales rate', () => {
    // 40 ending / (70 / 30 per day) = 17.142857 days
    expect(kpis.daysOfSupply).toEqual({ value: 40 / (70 / 30), endingOnHand: 40, averageDailySales: 70 / 30 });
    expect(kpis.byItem.map((i) => i.daysOfSupply)).toEqual([40 / 2, 0, null]);
    expect(kpis.byItem.map((i) => i.sellThrough)).toEqual([0.6, 1, null]);
    expect(kpis.byItem[2]).toEqual({ sku: 'B', sellThrough: null, daysOfSupply: null });
  });

  it('computes inventory record accuracy with a tolerance', () => {
    // exact: only A/S1 matches → 1 of 3
    expect(kpis.inventoryRecordAccuracy).toMatchObject({ value: 1 / 3, numerator: 1, n: 3 });
    // within 1 unit: A/S1 and B → 2 of 3
    expect(inventoryKpis({ ...input, toleranceUnits: 1 }).inventoryRecordAccuracy.value).toBeCloseTo(2 / 3, 15);
    // within 2 units: all three
    expect(inventoryKpis({ ...input, toleranceUnits: 2 }).inventoryRecordAccuracy.interval?.upper).toBe(1);
  });

  it('reports null where nothing sold or nothing was counted', () => {
    const idle = inventoryKpis({ periodDays: 7, items: [{ sku: 'A', beginningOnHand: 3, receivedUnits: 0, soldUnits: 0, endingOnHand: 3 }] });
    expect(idle.daysOfSupply.value).toBeNull();
    expect(idle.inventoryRecordAccuracy).toEqual({ value: null, numerator: 0, n: 0 });
    expect(idle.stockOutRate).toEqual({ value: null, numerator: 0, n: 0 });
  });

  it.each([
    ['days out of stock above the period', { daysOutOfStock: 31 }, ['input', 'items', 0, 'daysOutOfStock']],
    ['a recorded figure without its count', { recordedOnHand: 3, countedOnHand: undefined }, ['input', 'items', 0, 'countedOnHand']],
    ['negative sales', { soldUnits: -1 }, ['input', 'items', 0, 'soldUnits']],
  ])('refuses %s', (_, change, path) => {
    const bad = { ...input, items: [{ ...input.items[0]!, ...change }] };
    expect(thrown(() => inventoryKpis(bad))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses duplicate items and a non-positive period', () => {
    expect(thrown(() => inventoryKpis({ ...input, items: [input.items[0]!, input.items[0]!] }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['input', 'items', 1, 'sku'],
    });
    expect(thrown(() => inventoryKpis({ ...input, periodDays: 0 }))).toEqual({ code: 'INVALID_INPUT', path: ['input', 'periodDays'] });
  });
});
