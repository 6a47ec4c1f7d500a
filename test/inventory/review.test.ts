// Defects found by reviewing this release's inventory changes (2026-11-28): 'optimal' against the
// greedy strategies after the canonical order, frozen lists inside a copied accumulator, another
// realm's stock object, getter-backed orders, -0 units. Each test failed before its fix.
import vm from 'node:vm';
import { addFulfilledOrders, addInventoryItems, createFulfilmentKpisAccumulator, createInventoryKpisAccumulator, inventoryKpis, inventoryKpisFromAccumulator, sourceOrders } from '../../src/inventory/index.js';
import { sourcingLocationSchema, sourcingOrderSchema } from '../../src/inventory/schemas.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { describe, expect, it } from 'vitest';

describe('sourceOrders optimal vs greedy after the canonical order (review 6)', () => {
  it('costs no more than lowestCost when lines are not given in sku order', () => {
    const orders = [
      { id: 'o0', destination: { lat: 0.6072275638580322, lon: -0.09843897819519043 }, priority: 1, lines: [{ sku: 'B', quantity: 1 }, { sku: 'C', quantity: 3 }, { sku: 'A', quantity: 3 }] },
      { id: 'o1', destination: { lat: 0.6155886650085449, lon: 0.48613882064819336 }, priority: 0, lines: [{ sku: 'C', quantity: 4 }, { sku: 'B', quantity: 2 }] },
      { id: 'o2', destination: { lat: 0.4537386894226074, lon: -0.9758210182189941 }, priority: 1, lines: [{ sku: 'B', quantity: 4 }, { sku: 'C', quantity: 1 }] },
    ];
    const locations = [
      { id: 'L0', lat: -0.866028256714344, lon: 0.11495926976203918, priority: 2, stock: { A: 2, B: 3, C: 2 }, capacity: 4, handlingCostMinor: 1 },
      { id: 'L1', lat: 0.4961405321955681, lon: 0.9402341842651367, priority: 1, stock: { A: 1, B: 4, C: 4 }, handlingCostMinor: 2 },
      { id: 'L2', lat: -0.188748300075531, lon: -0.6011717319488525, priority: 2, stock: { A: 1, B: 4, C: 4 }, capacity: 1, handlingCostMinor: 37 },
      { id: 'L3', lat: 0.9737286567687988, lon: -0.7622466087341309, priority: 2, stock: { A: 1, B: 2, C: 2 }, handlingCostMinor: 2 },
    ];
    const options = { cost: { perUnitMinor: 67, perKmPerUnitMinor: 0, perShipmentMinor: 278 }, allowSplit: true, allowPartial: false };
    const greedy = sourceOrders(orders, locations, { strategy: 'lowestCost', ...options });
    const optimal = sourceOrders(orders, locations, { strategy: 'optimal', ...options });
    expect(greedy.filledUnits).toBe(18);
    expect(greedy.totalCostMinor).toBe(2885);
    expect(optimal.filledUnits).toBe(18);
    expect(optimal.totalCostMinor).toBeLessThanOrEqual(greedy.totalCostMinor); // HEAD: 2919
  });
});

describe('add… on a shallow copy of a frozen accumulator (review 6)', () => {
  const deepFreeze = <T,>(v: T): T => { for (const x of Object.values(v as object)) if (typeof x === 'object' && x !== null) deepFreeze(x); return Object.freeze(v); };
  it('addFulfilledOrders refuses frozen lists with INVALID_INPUT and leaves acc unchanged', () => {
    const acc = { ...deepFreeze(createFulfilmentKpisAccumulator()) }; // "pass a copy" (README), shallow
    const order = { id: 'a', orderedAt: 0, deliveredAt: 5, shipments: 1, lines: [{ sku: 's', ordered: 1, shipped: 1 }] };
    expectOmnicxError(() => addFulfilledOrders(acc, [order]), 'INVALID_INPUT', ['acc', 'orderIds']); // HEAD: TypeError
    expect(acc).toEqual(createFulfilmentKpisAccumulator()); // HEAD: ordered 1, lines 1, … with orderIds []
  });
  it('addInventoryItems refuses a frozen items list with INVALID_INPUT', () => {
    const acc = { ...deepFreeze(createInventoryKpisAccumulator({ periodDays: 7 })) };
    expectOmnicxError(() => addInventoryItems(acc, [{ sku: 'x', beginningOnHand: 1, receivedUnits: 0, soldUnits: 1, endingOnHand: 0 }]), 'INVALID_INPUT', ['acc', 'items']);
    expect(acc.items).toEqual([]);
  });
});

describe('sourceOrders stock from another realm (review 6)', () => {
  it('accepts a plain stock object made in another realm, as sourcingLocationSchema does', () => {
    const stock = vm.runInNewContext('({ A: 3 })') as Record<string, number>;
    const location = { id: 'L', lat: 0, lon: 0, stock };
    expect(sourcingLocationSchema.safeParse(location).success).toBe(true);
    const result = sourceOrders([{ id: 'o', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 1 }] }], [location], { strategy: 'nearest' });
    expect(result.filledUnits).toBe(1); // HEAD: throws INVALID_INPUT at ['locations', 0, 'stock']
  });
});

describe('sourceOrders optimal with orders read through getters (review 6)', () => {
  it('sources orders whose destination is a class getter, as the greedy strategies do', () => {
    class Order {
      readonly lines = [{ sku: 'A', quantity: 1 }];
      constructor(readonly id: string, private readonly lat: number) {}
      get destination(): { lat: number; lon: number } { return { lat: this.lat, lon: 0 }; }
    }
    const orders = [new Order('z', 0), new Order('a', 1)];
    const locations = [{ id: 'L', lat: 0, lon: 0, stock: { A: 5 } }];
    expect(sourcingOrderSchema.safeParse(orders[1]).success).toBe(true);
    expect(sourceOrders(orders, locations, { strategy: 'nearest' }).filledUnits).toBe(2);
    expect(sourceOrders(orders, locations, { strategy: 'optimal' }).filledUnits).toBe(2); // HEAD: INVALID_INPUT at ['orders', 0, 'destination']
  });
});

describe('inventory KPI accumulator and -0 units (review 6)', () => {
  it('gives the one-pass result after a JSON round trip when a unit count is -0', () => {
    // -0 passes the units schema (an integer ≥ 0); Math.round(-0.4) is -0.
    const items = [
      { sku: 'a', beginningOnHand: 4, receivedUnits: 0, soldUnits: 2, endingOnHand: Math.round(-0.4) },
      { sku: 'b', beginningOnHand: 4, receivedUnits: 0, soldUnits: -0, endingOnHand: 4 },
    ];
    const acc = addInventoryItems(createInventoryKpisAccumulator({ periodDays: 7 }), items);
    const roundTripped = inventoryKpisFromAccumulator(JSON.parse(JSON.stringify(acc)) as typeof acc);
    expect(roundTripped).toEqual(inventoryKpis({ periodDays: 7, items })); // HEAD: byItem daysOfSupply 0 vs -0, sellThrough 0 vs -0
  });
});
