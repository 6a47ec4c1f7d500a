import fc from 'fast-check';
import * as z from 'zod';
import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';
import { parseWith } from '../../src/core/errors/parseWith.js';
import { haversineDistanceKm, sourceOrders, type SourceOrdersOptions, type SourcingLocation, type SourcingOrder, type SourcingResult } from '../../src/inventory/index.js';
import { sourcingLocationSchema, sourcingOrderSchema } from '../../src/inventory/schemas.js';
import { bruteForce, deepFreeze, roundHalfEven } from './bruteForce.js';
import { describe, expect, it } from 'vitest';

// Points on the equator: one degree of longitude is 2π · 6371.0088 / 360 = 111.19508 km.
const KM_PER_DEGREE = 111.19508;
const at = (lon: number): { lat: number; lon: number } => ({ lat: 0, lon });

function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isOmnicxError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('did not throw');
}

function pairs(result: SourcingResult): string[] {
  return result.assignments.map((a) => `${a.orderId}:${a.sku}@${a.locationId}×${String(a.quantity)}`);
}

describe('sourceOrders — greedy strategies', () => {
  const locations: SourcingLocation[] = [
    { id: 'FAR', ...at(5), priority: 10, stock: { A: 5, B: 5 } },
    { id: 'NEAR', ...at(0.1), stock: { A: 1 } },
    { id: 'MID', ...at(1), stock: { A: 5 } },
  ];
  const orders: SourcingOrder[] = [{ id: 'o1', destination: at(0), lines: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }] }];

  it('takes every line from the highest-priority location with stock under priority', () => {
    expect(pairs(sourceOrders(orders, locations, { strategy: 'priority' }))).toEqual(['o1:A@FAR×2', 'o1:B@FAR×1']);
  });

  it('takes each unit from the nearest location with stock under nearest, splitting a line when short', () => {
    // A: NEAR (11.1 km) has 1, then MID (111.2 km) the other; B only at FAR (556 km)
    const result = sourceOrders(orders, locations, { strategy: 'nearest' });
    expect(pairs(result)).toEqual(['o1:A@NEAR×1', 'o1:A@MID×1', 'o1:B@FAR×1']);
    expect(result.shipments).toHaveLength(3);
    expect(result.shipments[0]?.distanceKm).toBeCloseTo(0.1 * KM_PER_DEGREE, 3);
  });

  it('ships from the location that covers most of the order under fewestShipments', () => {
    // FAR covers 3 of 3 units; NEAR 1, MID 2
    const result = sourceOrders(orders, locations, { strategy: 'fewestShipments' });
    expect(pairs(result)).toEqual(['o1:A@FAR×2', 'o1:B@FAR×1']);
    expect(result.shipments).toHaveLength(1);
  });

  it('weighs the shipment charge against distance under lowestCost', () => {
    const cost = { perUnitMinor: 100, perKmPerUnitMinor: 1, perShipmentMinor: 1000 };
    // unit costs: NEAR 100 + 11.12 → 111, MID 100 + 111.20 → 211, FAR 100 + 555.98 → 656
    // A (2 units): NEAR 111 + 1000/1 = 1111 per unit, MID 211 + 1000/2 = 711, FAR 656 + 1000/2 = 1156 → MID ×2
    // B (1 unit): only FAR: 656 + 1000 → FAR ×1
    const result = sourceOrders(orders, locations, { strategy: 'lowestCost', cost });
    expect(pairs(result)).toEqual(['o1:A@MID×2', 'o1:B@FAR×1']);
    // 2 × 211 + 1000 + 1 × 656 + 1000 = 3078
    expect(result.totalCostMinor).toBe(3078);
    expect(result.variableCostMinor).toBe(1078);
    expect(result.shipmentCostMinor).toBe(2000);
  });

  it('serves orders by priority, then createdAt, then id', () => {
    const stock: SourcingLocation[] = [{ id: 'S', ...at(0), stock: { A: 1 } }];
    const competing: SourcingOrder[] = [
      { id: 'c', destination: at(0), lines: [{ sku: 'A', quantity: 1 }] },
      { id: 'b', destination: at(0), createdAt: '2026-03-01T10:00:00Z', lines: [{ sku: 'A', quantity: 1 }] },
      { id: 'a', destination: at(0), createdAt: '2026-03-01T11:00:00Z', lines: [{ sku: 'A', quantity: 1 }] },
    ];
    expect(pairs(sourceOrders(competing, stock, { strategy: 'nearest' }))).toEqual(['b:A@S×1']);
    const vip = [...competing, { id: 'z', destination: at(0), priority: 5, lines: [{ sku: 'A', quantity: 1 }] }];
    expect(pairs(sourceOrders(vip, stock, { strategy: 'nearest' }))).toEqual(['z:A@S×1']);
    const unordered = competing.map((o) => ({ id: o.id, destination: o.destination, lines: o.lines }));
    expect(pairs(sourceOrders(unordered, stock, { strategy: 'nearest' }))).toEqual(['a:A@S×1']);
  });

  it('ships each order from one location when split is off, the one shipping most of it', () => {
    // NEAR has A only (1 unit), MID has A (2 of 2) but no B, FAR has everything
    const result = sourceOrders(orders, locations, { strategy: 'nearest', allowSplit: false });
    expect(pairs(result)).toEqual(['o1:A@FAR×2', 'o1:B@FAR×1']);
    const noB: SourcingLocation[] = locations.map((l) => (l.id === 'FAR' ? { ...l, stock: { A: 0, B: 0 } } : l));
    // MID ships 2 of 3 units, NEAR 1: MID wins, B is unfilled
    const partial = sourceOrders(orders, noB, { strategy: 'nearest', allowSplit: false });
    expect(pairs(partial)).toEqual(['o1:A@MID×2']);
    expect(partial.unfilled).toEqual([{ orderId: 'o1', sku: 'B', quantity: 1 }]);
    expect(partial.explanations[1]?.reason).toMatch(/no location had stock/);
  });

  it('ranks single locations of equal coverage by the strategy key when split is off', () => {
    const twins: SourcingLocation[] = [
      { id: 'X', ...at(2), priority: 1, stock: { A: 1 } },
      { id: 'Y', ...at(1), stock: { A: 1 } },
    ];
    const one: SourcingOrder[] = [{ id: 'o', destination: at(0), lines: [{ sku: 'A', quantity: 1 }] }];
    expect(pairs(sourceOrders(one, twins, { strategy: 'priority', allowSplit: false }))).toEqual(['o:A@X×1']);
    expect(pairs(sourceOrders(one, twins, { strategy: 'nearest', allowSplit: false }))).toEqual(['o:A@Y×1']);
    expect(pairs(sourceOrders(one, twins, { strategy: 'fewestShipments', allowSplit: false }))).toEqual(['o:A@Y×1']);
    const cost = { perKmPerUnitMinor: 1 };
    expect(pairs(sourceOrders(one, twins, { strategy: 'lowestCost', allowSplit: false, cost }))).toEqual(['o:A@Y×1']);
  });

  it('ships nothing of an order that cannot be filled in full when partial is off', () => {
    const short: SourcingOrder[] = [{ id: 'o1', destination: at(0), lines: [{ sku: 'A', quantity: 20 }] }];
    for (const strategy of ['priority', 'nearest', 'lowestCost', 'fewestShipments', 'optimal'] as const) {
      for (const allowSplit of [true, false]) {
        const result = sourceOrders(short, locations, { strategy, allowPartial: false, allowSplit });
        expect(result.assignments).toEqual([]);
        expect(result.unfilled).toEqual([{ orderId: 'o1', sku: 'A', quantity: 20 }]);
        expect(result.explanations[0]?.reason).toMatch(/in full/);
      }
    }
  });

  it('never ships more than a location capacity across the batch', () => {
    const capped: SourcingLocation[] = [
      { id: 'S', ...at(0), capacity: 2, stock: { A: 5, B: 5 } },
      { id: 'T', ...at(3), stock: { A: 5 } },
    ];
    const two: SourcingOrder[] = [
      { id: 'o1', destination: at(0), createdAt: 1, lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] },
      { id: 'o2', destination: at(0), createdAt: 2, lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] },
    ];
    // S ships 2 units in all: o1 takes both; o2's A goes to T, its B has nowhere to go
    const result = sourceOrders(two, capped, { strategy: 'nearest' });
    expect(pairs(result)).toEqual(['o1:A@S×1', 'o1:B@S×1', 'o2:A@T×1']);
    expect(result.unfilled).toEqual([{ orderId: 'o2', sku: 'B', quantity: 1 }]);
    expect(result.explanations[3]?.reason).toMatch(/no location had stock/);
    // the optimum ships as many units: 3
    // the optimum ships 4: o1 and o2 both take A from T and B from S
    expect(sourceOrders(two, capped, { strategy: 'optimal' }).filledUnits).toBe(4);
  });

  it('explains each line with the ranked candidates', () => {
    const result = sourceOrders(orders, locations, { strategy: 'nearest', maxConsidered: 2 });
    const first = result.explanations[0];
    expect(first?.candidates).toBe(3);
    expect(first?.considered.map((c) => c.locationId)).toEqual(['NEAR', 'MID']);
    expect(first?.considered[0]).toMatchObject({ available: 1, unitCostMinor: 0, priority: 0 });
    expect(first?.sources).toEqual([
      { locationId: 'NEAR', quantity: 1 },
      { locationId: 'MID', quantity: 1 },
    ]);
    expect(first?.reason).toBe('1 from NEAR, 1 from MID: the nearest location with stock; the order ships in 3 parcels');
    expect(sourceOrders(orders, locations, { strategy: 'nearest', explain: false }).explanations).toEqual([]);
  });
});

describe('sourceOrders — optimal', () => {
  // L1 at lon 0 and L2 at lon 1 hold one unit each. X (lon 0.4) is served first: 44.48 km from
  // L1, 66.72 km from L2. Y (lon −1) is 111.20 km from L1 and 222.39 km from L2.
  const locations: SourcingLocation[] = [
    { id: 'L1', ...at(0), stock: { A: 1 } },
    { id: 'L2', ...at(1), stock: { A: 1 } },
  ];
  const orders: SourcingOrder[] = [
    { id: 'X', destination: at(0.4), createdAt: 1, lines: [{ sku: 'A', quantity: 1 }] },
    { id: 'Y', destination: at(-1), createdAt: 2, lines: [{ sku: 'A', quantity: 1 }] },
  ];
  const cost = { perKmPerUnitMinor: 1 };

  it('beats nearest-first by giving the contested unit to the order that needs it most', () => {
    // nearest: X→L1 (44) + Y→L2 (222) = 266; optimal: X→L2 (67) + Y→L1 (111) = 178
    expect(sourceOrders(orders, locations, { strategy: 'nearest', cost }).totalCostMinor).toBe(266);
    const optimal = sourceOrders(orders, locations, { strategy: 'optimal', cost });
    expect(pairs(optimal)).toEqual(['X:A@L2×1', 'Y:A@L1×1']);
    expect(optimal.totalCostMinor).toBe(178);
    expect(optimal.optimality).toEqual({ method: 'minCostFlow', exact: true, lowerBoundMinor: 178, gapToLowerBound: 0, flowSolves: 1 });
    expect(optimal.explanations[0]?.reason).toMatch(/whole batch/);
  });

  it('consolidates into one shipment when the shipment charge outweighs the distance', () => {
    const stores: SourcingLocation[] = [
      { id: 'A-ONLY', ...at(0), stock: { A: 1 } },
      { id: 'B-ONLY', ...at(0.01), stock: { B: 1 } },
      { id: 'BOTH', ...at(1), stock: { A: 1, B: 1 } },
    ];
    const order: SourcingOrder[] = [{ id: 'o', destination: at(0), lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] }];
    const charge = { perKmPerUnitMinor: 1, perShipmentMinor: 500 };
    // two parcels: 0 + 1 + 2 × 500 = 1001; one parcel from BOTH: 2 × 111 + 500 = 722
    const result = sourceOrders(order, stores, { strategy: 'optimal', cost: charge });
    expect(pairs(result)).toEqual(['o:A@BOTH×1', 'o:B@BOTH×1']);
    expect(result.totalCostMinor).toBe(722);
    expect(result.optimality?.method).toBe('slopeScaling+localSearch');
    expect(result.optimality?.exact).toBe(true);
    expect(sourceOrders(order, stores, { strategy: 'nearest', cost: charge }).totalCostMinor).toBe(1001);
  });

  it('adds the location handling cost to each of its shipments', () => {
    const stores: SourcingLocation[] = [
      { id: 'P', ...at(0), handlingCostMinor: 300, stock: { A: 2 } },
      { id: 'Q', ...at(1), stock: { A: 2 } },
    ];
    const one: SourcingOrder[] = [{ id: 'o', destination: at(0), lines: [{ sku: 'A', quantity: 2 }] }];
    // P: 2 × 0 + 300 = 300; Q: 2 × 111 = 222
    const result = sourceOrders(one, stores, { strategy: 'optimal', cost: { perKmPerUnitMinor: 1 } });
    expect(pairs(result)).toEqual(['o:A@Q×2']);
    expect(result.shipments).toEqual([{ orderId: 'o', locationId: 'Q', units: 2, distanceKm: expect.closeTo(KM_PER_DEGREE, 3) as number, costMinor: 222 }]);
  });

  it('solves single-location sourcing heuristically, never worse than greedy', () => {
    const result = sourceOrders(orders, locations, { strategy: 'optimal', cost, allowSplit: false });
    expect(result.optimality?.method).toBe('greedy+localSearch');
    expect(result.totalCostMinor).toBe(178);
  });
});

describe('sourceOrders — bad input', () => {
  const locations: SourcingLocation[] = [{ id: 'L', lat: 0, lon: 0, stock: { A: 1 } }];
  const order = (lines: unknown): SourcingOrder => ({ id: 'o', destination: { lat: 0, lon: 0 }, lines }) as SourcingOrder;
  const run = (orders: unknown, locs: unknown = locations, options: unknown = { strategy: 'nearest' }) => () =>
    sourceOrders(orders as SourcingOrder[], locs as SourcingLocation[], options as SourceOrdersOptions);

  it.each([
    ['a negative quantity', [order([{ sku: 'A', quantity: -1 }])], ['orders', 0, 'lines', 0, 'quantity']],
    ['a fractional quantity', [order([{ sku: 'A', quantity: 1.5 }])], ['orders', 0, 'lines', 0, 'quantity']],
    ['an unknown sku', [order([{ sku: 'Z', quantity: 1 }])], ['orders', 0, 'lines', 0, 'sku']],
    ['a duplicate line sku', [order([{ sku: 'A', quantity: 1 }, { sku: 'A', quantity: 1 }])], ['orders', 0, 'lines', 1, 'sku']],
    ['a duplicate order id', [order([{ sku: 'A', quantity: 1 }]), order([{ sku: 'A', quantity: 1 }])], ['orders', 1, 'id']],
    ['a latitude out of range', [{ id: 'o', destination: { lat: 91, lon: 0 }, lines: [{ sku: 'A', quantity: 1 }] }], ['orders', 0, 'destination', 'lat']],
  ])('refuses %s in orders', (_, orders, path) => {
    expect(thrown(run(orders))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it.each([
    ['a negative stock', [{ id: 'L', lat: 0, lon: 0, stock: { A: -1 } }], ['locations', 0, 'stock', 'A']],
    ['a fractional stock', [{ id: 'L', lat: 0, lon: 0, stock: { A: 0.5 } }], ['locations', 0, 'stock', 'A']],
    ['a missing stock', [{ id: 'L', lat: 0, lon: 0 }], ['locations', 0, 'stock']],
    ['a longitude out of range', [{ id: 'L', lat: 0, lon: 181, stock: {} }], ['locations', 0, 'lon']],
    ['a duplicate location id', [...locations, ...locations], ['locations', 1, 'id']],
    ['a negative capacity', [{ id: 'L', lat: 0, lon: 0, capacity: -1, stock: {} }], ['locations', 0, 'capacity']],
  ])('refuses %s in locations', (_, locs, path) => {
    expect(thrown(run([order([{ sku: 'A', quantity: 1 }])], locs))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses bad options', () => {
    const orders = [order([{ sku: 'A', quantity: 1 }])];
    expect(thrown(run(orders, locations, { strategy: 'cheapest' }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'strategy'] });
    expect(thrown(run(orders, locations, { strategy: 'nearest', cost: { perKmPerUnitMinor: -1 } }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['options', 'cost', 'perKmPerUnitMinor'],
    });
    expect(thrown(run('x'))).toEqual({ code: 'INVALID_INPUT', path: ['orders'] });
    expect(thrown(run(orders, 'x'))).toEqual({ code: 'INVALID_INPUT', path: ['locations'] });
  });

  it('refuses a total cost beyond 2^53 − 1', () => {
    const orders = [order([{ sku: 'A', quantity: 1 }])];
    const huge = { strategy: 'nearest', cost: { perShipmentMinor: Number.MAX_SAFE_INTEGER, perUnitMinor: Number.MAX_SAFE_INTEGER } };
    expect(thrown(run(orders, locations, huge)).code).toBe('NOT_SAFE_INTEGER');
  });

  it('treats a sku listed at 0 as known and unfilled, not as an error', () => {
    const result = sourceOrders([order([{ sku: 'B', quantity: 2 }])], [{ id: 'L', lat: 0, lon: 0, stock: { B: 0 } }], { strategy: 'nearest' });
    expect(result.unfilled).toEqual([{ orderId: 'o', sku: 'B', quantity: 2 }]);
  });
});

// Random tiny instances: 1–3 orders of 1–2 lines over skus A/B, 2–3 locations.
const lineArb = fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 3 }) });
const orderArb = (i: number) =>
  fc.record({
    id: fc.constant(`o${String(i)}`),
    lines: fc.uniqueArray(lineArb, { minLength: 1, maxLength: 2, selector: (l) => l.sku }),
    destination: fc.record({ lat: fc.double({ min: -1, max: 1, noNaN: true }), lon: fc.double({ min: -1, max: 1, noNaN: true }) }),
    priority: fc.integer({ min: 0, max: 2 }),
  });
const locationArb = (i: number) =>
  fc.record(
    {
      id: fc.constant(`L${String(i)}`),
      lat: fc.double({ min: -1, max: 1, noNaN: true }),
      lon: fc.double({ min: -1, max: 1, noNaN: true }),
      priority: fc.integer({ min: 0, max: 2 }),
      stock: fc.record({ A: fc.integer({ min: 0, max: 3 }), B: fc.integer({ min: 0, max: 3 }) }),
      capacity: fc.integer({ min: 0, max: 5 }),
      handlingCostMinor: fc.integer({ min: 0, max: 50 }),
    },
    { requiredKeys: ['id', 'lat', 'lon', 'stock'] },
  );
const instanceArb = fc.record({
  orders: fc.integer({ min: 1, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => orderArb(i)))),
  locations: fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => locationArb(i)))),
  cost: fc.record({
    perUnitMinor: fc.integer({ min: 0, max: 100 }),
    perKmPerUnitMinor: fc.constantFrom(0, 0.5, 1, 2.5),
    perShipmentMinor: fc.integer({ min: 0, max: 300 }),
  }),
  allowSplit: fc.boolean(),
  allowPartial: fc.boolean(),
});
const GREEDY = ['priority', 'nearest', 'lowestCost', 'fewestShipments'] as const;

function checkInvariants(orders: readonly SourcingOrder[], locations: readonly SourcingLocation[], result: SourcingResult, split: boolean, partial: boolean): void {
  const shipped = new Map<string, number>();
  const perLocation = new Map<string, number>();
  for (const a of result.assignments) {
    expect(a.quantity).toBeGreaterThan(0);
    shipped.set(`${a.locationId}/${a.sku}`, (shipped.get(`${a.locationId}/${a.sku}`) ?? 0) + a.quantity);
    perLocation.set(a.locationId, (perLocation.get(a.locationId) ?? 0) + a.quantity);
  }
  for (const l of locations) {
    for (const [sku, have] of Object.entries(l.stock)) expect(shipped.get(`${l.id}/${sku}`) ?? 0).toBeLessThanOrEqual(have);
    expect(perLocation.get(l.id) ?? 0).toBeLessThanOrEqual(l.capacity ?? Infinity);
  }
  for (const o of orders) {
    let filled = 0;
    let demand = 0;
    for (const line of o.lines) {
      const got = result.assignments.filter((a) => a.orderId === o.id && a.sku === line.sku).reduce((s, a) => s + a.quantity, 0);
      const missing = result.unfilled.find((u) => u.orderId === o.id && u.sku === line.sku)?.quantity ?? 0;
      expect(got + missing).toBe(line.quantity);
      filled += got;
      demand += line.quantity;
    }
    if (!partial) expect(filled === 0 || filled === demand).toBe(true);
    if (!split) expect(result.shipments.filter((s) => s.orderId === o.id).length).toBeLessThanOrEqual(1);
  }
  expect(result.filledUnits + result.unfilledUnits).toBe(result.demandUnits);
  expect(result.totalCostMinor).toBe(result.shipments.reduce((s, x) => s + x.costMinor, 0));
}

describe('sourceOrders — properties', () => {
  it('never over-allocates, conserves units and respects split and partial rules', () => {
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost, allowSplit, allowPartial }) => {
        for (const strategy of [...GREEDY, 'optimal'] as const) {
          const result = sourceOrders(orders, locations, { strategy, cost, allowSplit, allowPartial });
          checkInvariants(orders, locations, result, allowSplit, allowPartial);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('is never worse than any greedy strategy under optimal: more units, or as many at no higher cost', () => {
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost, allowSplit, allowPartial }) => {
        const options = { cost, allowSplit, allowPartial };
        const optimal = sourceOrders(orders, locations, { strategy: 'optimal', ...options });
        for (const strategy of GREEDY) {
          const greedy = sourceOrders(orders, locations, { strategy, ...options });
          expect(optimal.filledUnits).toBeGreaterThanOrEqual(greedy.filledUnits);
          if (optimal.filledUnits === greedy.filledUnits) expect(optimal.totalCostMinor).toBeLessThanOrEqual(greedy.totalCostMinor);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('matches brute force exactly without shipment charges', () => {
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost }) => {
        const free = locations.map(({ handlingCostMinor: _, ...l }) => l);
        const options = { cost: { ...cost, perShipmentMinor: 0 } };
        const optimal = sourceOrders(orders, free, { strategy: 'optimal', ...options });
        const best = bruteForce(orders, free, options);
        expect(optimal.optimality?.exact).toBe(true);
        expect({ units: optimal.filledUnits, cost: optimal.totalCostMinor }).toEqual(best);
      }),
      { numRuns: 200 },
    );
  });

  it('stays within 2 % of brute force with shipment charges, and above the lower bound', () => {
    const gaps: number[] = [];
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost, allowSplit, allowPartial }) => {
        const options = { cost, allowSplit, allowPartial };
        const optimal = sourceOrders(orders, locations, { strategy: 'optimal', ...options });
        const best = bruteForce(orders, locations, options);
        expect(optimal.filledUnits).toBe(best.units);
        expect(optimal.totalCostMinor).toBeGreaterThanOrEqual(best.cost);
        gaps.push(best.cost === 0 ? 0 : (optimal.totalCostMinor - best.cost) / best.cost);
        const bound = optimal.optimality?.lowerBoundMinor;
        if (bound !== undefined) expect(bound).toBeLessThanOrEqual(best.cost);
      }),
      { numRuns: 200, seed: 20260301 },
    );
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeLessThan(0.02);
  });

  it('does not mutate its inputs', () => {
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost, allowSplit, allowPartial }) => {
        const frozenOrders = deepFreeze(structuredClone(orders));
        const frozenLocations = deepFreeze(structuredClone(locations));
        const options = deepFreeze({ strategy: 'optimal' as const, cost, allowSplit, allowPartial });
        sourceOrders(frozenOrders, frozenLocations, options);
        for (const strategy of GREEDY) sourceOrders(frozenOrders, frozenLocations, { ...options, strategy });
        expect(frozenOrders).toEqual(orders);
        expect(frozenLocations).toEqual(locations);
      }),
      { numRuns: 30 },
    );
  });
});

describe('sourceOrders — fast paths agree with the straightforward ones', () => {
  const locations: SourcingLocation[] = [{ id: 'L', lat: 0, lon: 0, stock: { A: 5 } }];
  const good = { id: 'o', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 1 }] };

  it.each([
    ['an unreadable createdAt', { ...good, createdAt: 'yesterday' }],
    ['a NaN latitude', { ...good, destination: { lat: Number.NaN, lon: 0 } }],
    ['an infinite priority', { ...good, priority: Infinity }],
    ['an empty id', { ...good, id: '' }],
    ['no lines', { ...good, lines: [] }],
    ['a line that is not an object', { ...good, lines: [3] }],
    ['a missing destination', { id: 'o', lines: good.lines }],
    ['an unsafe quantity', { ...good, lines: [{ sku: 'A', quantity: 2 ** 53 }] }],
    ['an infinite createdAt', { ...good, createdAt: Infinity }],
  ])('reports %s in orders with the schema error (code and path)', (_, bad) => {
    const orders = [good, { ...bad, id: bad.id === '' ? '' : 'o2' }];
    const expected = thrown(() => parseWith(z.array(sourcingOrderSchema), orders, ['orders']));
    expect(thrown(() => sourceOrders(orders as SourcingOrder[], locations, { strategy: 'nearest' }))).toEqual(expected);
  });

  it('reads createdAt as epoch ms, ISO string or Date alike, and ignores unknown keys', () => {
    const t = Date.UTC(2026, 0, 1);
    const make = (createdAt: unknown): SourcingOrder[] =>
      [
        { id: 'late', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 3 }], createdAt: t + 1000, note: 'x' },
        { id: 'early', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 3 }], createdAt },
      ] as SourcingOrder[];
    const expected = ['early:A@L×3', 'late:A@L×2'].sort();
    for (const createdAt of [t, '2026-01-01T00:00:00Z', new Date(t)]) {
      expect(pairs(sourceOrders(make(createdAt), locations, { strategy: 'nearest' })).sort()).toEqual(expected);
    }
  });

  // Reference greedy: per line, repeatedly the best location by the strategy's key, straight from the definition.
  function reference(orders: readonly SourcingOrder[], locs: readonly SourcingLocation[], strategy: 'nearest' | 'lowestCost', cost: { perUnitMinor: number; perKmPerUnitMinor: number; perShipmentMinor: number }): string[] {
    const stock = locs.map((l) => ({ ...l.stock }));
    const cap = locs.map((l) => l.capacity ?? Infinity);
    const out: string[] = [];
    const seq = orders
      .map((o, i) => ({ o, i }))
      .sort((a, b) => (b.o.priority ?? 0) - (a.o.priority ?? 0) || (a.o.id < b.o.id ? -1 : 1));
    for (const { o } of seq) {
      const used = new Set<number>();
      for (const line of o.lines) {
        let rem = line.quantity;
        while (rem > 0) {
          let best = -1;
          let key: [number, number, string] = [0, 0, ''];
          locs.forEach((l, i) => {
            const a = Math.min(stock[i]![line.sku] ?? 0, cap[i]!, rem);
            if (a <= 0) return;
            const d = haversineDistanceKm(o.destination, l);
            const unit = roundHalfEven(cost.perUnitMinor + cost.perKmPerUnitMinor * d);
            const k: [number, number, string] =
              strategy === 'nearest' ? [d, -(l.priority ?? 0), l.id] : [unit + (used.has(i) ? 0 : (cost.perShipmentMinor + (l.handlingCostMinor ?? 0)) / a), d, l.id];
            if (best === -1 || k[0] < key[0] || (k[0] === key[0] && (k[1] < key[1] || (k[1] === key[1] && k[2] < key[2])))) {
              best = i;
              key = k;
            }
          });
          if (best === -1) break;
          const take = Math.min(stock[best]![line.sku]!, cap[best]!, rem);
          stock[best]![line.sku]! -= take;
          cap[best]! -= take;
          rem -= take;
          used.add(best);
          out.push(`${o.id}:${line.sku}@${locs[best]!.id}×${String(take)}`);
        }
      }
    }
    return out;
  }

  it('picks the same locations as the definition under nearest and lowestCost, over a wide area (distance floors prune)', () => {
    const wide = fc.record({ lat: fc.double({ min: -70, max: 70, noNaN: true }), lon: fc.double({ min: -170, max: 170, noNaN: true }) });
    const skus = ['A', 'B', 'C'];
    const arb = fc.record({
      orders: fc.array(
        fc.record({ lines: fc.uniqueArray(fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 3, selector: (l) => l.sku }), destination: wide, priority: fc.integer({ min: 0, max: 2 }) }),
        { minLength: 1, maxLength: 8 },
      ),
      locations: fc.array(
        fc.record({ position: wide, priority: fc.integer({ min: 0, max: 2 }), stock: fc.record({ A: fc.integer({ min: 0, max: 4 }), B: fc.integer({ min: 0, max: 4 }), C: fc.integer({ min: 0, max: 4 }) }), capacity: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) }),
        { minLength: 1, maxLength: 12 },
      ),
      perShipmentMinor: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(arb, (x) => {
        const orders: SourcingOrder[] = x.orders.map((o, i) => ({ id: `o${String(i).padStart(2, '0')}`, ...o }));
        const locs: SourcingLocation[] = x.locations.map((l, i) => ({
          id: `L${String(i).padStart(2, '0')}`,
          lat: l.position.lat,
          lon: l.position.lon,
          priority: l.priority,
          stock: l.stock,
          ...(l.capacity === undefined ? {} : { capacity: l.capacity }),
        }));
        const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: x.perShipmentMinor };
        for (const strategy of ['nearest', 'lowestCost'] as const) {
          const result = sourceOrders(orders, locs, { strategy, cost, explain: false });
          expect(pairs(result).sort()).toEqual(reference(orders, locs, strategy, cost).sort());
          // The top 2 candidates of an explanation are the first 2 of the full ranking.
          const top2 = sourceOrders(orders, locs, { strategy, cost, maxConsidered: 2 }).explanations;
          const all = sourceOrders(orders, locs, { strategy, cost, maxConsidered: 20 }).explanations;
          expect(top2.map((e) => e.considered)).toEqual(all.map((e) => e.considered.slice(0, 2)));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('picks the same locations as the definition with shared latitudes, handling costs and orders revisiting the locations they ship from', () => {
    // Few distinct latitudes (ties in the latitude walk), per-location handling costs (a different
    // shipment charge per location) and up to 4 lines over 3 skus (later lines reuse parcels).
    const lat = fc.constantFrom(49, 50, 50.5, 51);
    const skus = ['A', 'B', 'C'];
    const arb = fc.record({
      orders: fc.array(
        fc.record({
          lines: fc.uniqueArray(fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 3, selector: (l) => l.sku }),
          destination: fc.record({ lat, lon: fc.double({ min: 6, max: 15, noNaN: true }) }),
        }),
        { minLength: 1, maxLength: 10 },
      ),
      locations: fc.array(
        fc.record({
          lat,
          lon: fc.double({ min: 6, max: 15, noNaN: true }),
          priority: fc.integer({ min: 0, max: 2 }),
          stock: fc.record({ A: fc.integer({ min: 0, max: 5 }), B: fc.integer({ min: 0, max: 5 }), C: fc.integer({ min: 0, max: 5 }) }),
          capacity: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
          handlingCostMinor: fc.integer({ min: 0, max: 1500 }),
        }),
        { minLength: 1, maxLength: 15 },
      ),
      perShipmentMinor: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(arb, (x) => {
        const orders: SourcingOrder[] = x.orders.map((o, i) => ({ id: `o${String(i).padStart(2, '0')}`, ...o }));
        const locs: SourcingLocation[] = x.locations.map(({ capacity, ...l }, i) => ({
          id: `L${String(i).padStart(2, '0')}`,
          ...l,
          ...(capacity === undefined ? {} : { capacity }),
        }));
        const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: x.perShipmentMinor };
        for (const strategy of ['nearest', 'lowestCost'] as const) {
          const result = sourceOrders(orders, locs, { strategy, cost, explain: false });
          expect(pairs(result).sort()).toEqual(reference(orders, locs, strategy, cost).sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sourceOrders — optimal with shipment charges, per-sku flows', () => {
  it('finds the same lower bound whether the flows are solved per sku (no capacity) or as one network (a capacity that cannot bind)', () => {
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost }) => {
        const charged = { ...cost, perShipmentMinor: cost.perShipmentMinor + 1 };
        const free = locations.map(({ capacity: _, ...l }) => l);
        // A location never ships more than its stock, so this capacity binds nothing, but it is below the total demand.
        const capped = free.map((l) => ({ ...l, capacity: Object.values(l.stock).reduce((a, b) => a + b, 0) }));
        const a = sourceOrders(orders, free, { strategy: 'optimal', cost: charged });
        const b = sourceOrders(orders, capped, { strategy: 'optimal', cost: charged });
        expect(a.optimality?.lowerBoundMinor).toBe(b.optimality?.lowerBoundMinor);
        expect(a.filledUnits).toBe(b.filledUnits);
        for (const r of [a, b]) expect(r.totalCostMinor).toBeGreaterThanOrEqual(r.optimality?.lowerBoundMinor ?? 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('sourceOrders optimal, all-or-nothing and single-location batches (review)', () => {
  it('ships the most units with all-or-nothing orders even when small priority orders took the stock first', () => {
    const locations = [{ id: 'L', lat: 0, lon: 0, stock: { A: 3, B: 2 } }];
    const orders = [
      { id: 'big', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 3 }, { sku: 'B', quantity: 2 }] },
      { id: 's1', priority: 1, destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 1 }] },
      { id: 's2', priority: 1, destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 1 }] },
    ];
    for (const allowSplit of [true, false]) {
      const result = sourceOrders(orders, locations, { strategy: 'optimal', allowPartial: false, allowSplit });
      expect(bruteForce(orders, locations, { allowPartial: false, allowSplit }).units).toBe(5);
      expect(result.filledUnits).toBe(5);
    }
  });
});

describe('sourceOrders optimal does not depend on input order (review)', () => {
  it('does not depend on the order of the orders in the batch', () => {
    const orders = [
      { id: 'o0', destination: { lat: 0.9704427719116211, lon: 1.204554557800293 }, lines: [{ sku: 'B', quantity: 4 }, { sku: 'C', quantity: 4 }] },
      { id: 'o1', destination: { lat: 1.988783836364746, lon: -1.561894416809082 }, lines: [{ sku: 'A', quantity: 2 }, { sku: 'B', quantity: 1 }, { sku: 'C', quantity: 1 }] },
      { id: 'o2', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 4 }, { sku: 'C', quantity: 2 }] },
      { id: 'o3', destination: { lat: -1.880941390991211, lon: 0.08971606194972992 }, lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 4 }, { sku: 'C', quantity: 2 }] },
      { id: 'o4', destination: { lat: 0, lon: -1 }, lines: [{ sku: 'A', quantity: 1 }, { sku: 'B', quantity: 1 }] },
    ];
    const locations = [
      { id: 'L0', lat: -0.3015732765197754, lon: -0.12414979934692383, stock: { A: 2, B: 2, C: 3 }, handlingCostMinor: 133 },
      { id: 'L1', lat: 1, lon: 0, stock: { A: 1, B: 3, C: 4 } },
      { id: 'L2', lat: -1.6860346794128418, lon: -0.33073556423187256, stock: { A: 1, B: 2, C: 2 } },
    ];
    const cost = { perUnitMinor: 94, perKmPerUnitMinor: 2.5, perShipmentMinor: 300 };
    const key = (r: ReturnType<typeof sourceOrders>): string[] => r.assignments.map((a) => `${a.orderId}:${a.sku}@${a.locationId}×${String(a.quantity)}`).sort();
    const forward = sourceOrders(orders, locations, { strategy: 'optimal', cost });
    const backward = sourceOrders(orders.slice().reverse(), locations, { strategy: 'optimal', cost });
    expect(backward.totalCostMinor).toBe(forward.totalCostMinor);
    expect(key(backward)).toEqual(key(forward));
    // results stay in input order
    expect(backward.explanations.map((e) => e.orderId)).toEqual(['o4', 'o4', 'o3', 'o3', 'o3', 'o2', 'o2', 'o1', 'o1', 'o1', 'o0', 'o0']);
  });
});

describe('sourceOrders explanations within one order (review)', () => {
  it('explains a line with the capacity left after the earlier lines of its order', () => {
    const locations = [
      { id: 'NEAR', lat: 0, lon: 0, capacity: 3, stock: { A: 5, B: 5 } },
      { id: 'FAR', lat: 0, lon: 1, stock: { A: 5, B: 5 } },
    ];
    const orders = [{ id: 'o', destination: { lat: 0, lon: 0 }, lines: [{ sku: 'A', quantity: 3 }, { sku: 'B', quantity: 3 }] }];
    for (const strategy of ['nearest', 'lowestCost'] as const) {
      const b = sourceOrders(orders, locations, { strategy }).explanations[1]!;
      expect(b.sources).toEqual([{ locationId: 'FAR', quantity: 3 }]);
      expect(b.considered.map((c) => [c.locationId, c.available])).toEqual([['FAR', 5]]);
      expect(b.candidates).toBe(1);
    }
  });
});

describe('sourceOrders optimal with unit costs past the double range (review)', () => {
  function codeOf(fn: () => unknown): unknown {
    try { fn(); } catch (error) { if (isOmnicxError(error)) return error.code; throw error; }
    return 'did not throw';
  }
  it('never ships nothing because a per-km rate overflowed the unit costs to Infinity', () => {
    const locations = [{ id: 'A', lat: 0, lon: 0, stock: { x: 3 } }, { id: 'B', lat: 0, lon: 90, stock: { x: 3 } }];
    const orders = [{ id: 'o', destination: { lat: 0, lon: 45 }, lines: [{ sku: 'x', quantity: 4 }] }, { id: 'p', destination: { lat: 0, lon: 1 }, lines: [{ sku: 'x', quantity: 1 }] }];
    // lowestCost already refuses; optimal returned filledUnits 0, totalCostMinor 0 (exact) with 6 units in stock
    expect(codeOf(() => sourceOrders(orders, locations, { strategy: 'lowestCost', cost: { perKmPerUnitMinor: 1e308 } }))).toBe('NOT_SAFE_INTEGER');
    expect(codeOf(() => sourceOrders(orders, locations, { strategy: 'optimal', cost: { perKmPerUnitMinor: 1e308 } }))).toBe('NOT_SAFE_INTEGER');
  });
});

describe('sourceOrders stock that is not a plain object (review)', () => {
  function codeAndPath(fn: () => unknown): unknown {
    try { fn(); } catch (error) { if (isOmnicxError(error)) return { code: error.code, path: error.path }; throw error; }
    return 'did not throw';
  }
  it('refuses a stock that is not a plain object, as the schema does, instead of reading it as empty', () => {
    const orders = [{ id: 'o', lines: [{ sku: 'x', quantity: 2 }], destination: { lat: 0, lon: 0 } }];
    const store = { id: 'STORE', lat: 0, lon: 0, stock: new Map([['x', 5]]) as unknown as Record<string, number> };
    expect(sourcingLocationSchema.safeParse(store).success).toBe(false);
    expect(codeAndPath(() => sourceOrders(orders, [{ id: 'DC', lat: 0, lon: 1, stock: { x: 0 } }, store], { strategy: 'nearest' })))
      .toEqual({ code: 'INVALID_INPUT', path: ['locations', 1, 'stock'] });
  });
});
