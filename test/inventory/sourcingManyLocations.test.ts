// 'optimal' on ship-from-store networks, where more than 128 locations stock a sku and the flow
// solves prune each line to its 64 cheapest locations and price the rest: the exact case still
// costs what a min-cost flow on the whole network costs, and with shipment charges the result is
// never worse than a greedy strategy and never below its reported lower bound.
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/statistics/createRandom.js';
import { haversineDistanceKm, sourceOrders, type SourcingLocation, type SourcingOrder } from '../../src/inventory/index.js';
import { addArc, createNetwork, minCostMaxFlow } from '../../src/inventory/internal/minCostFlow.js';
import { roundHalfEven } from './bruteForce.js';

/** 150 locations stocking both skus (1–2 units each, so every line has 150 location arcs), nOrders orders of 1–2 lines (1–3 units). */
function stores(seed: number, nOrders: number): { orders: SourcingOrder[]; locations: SourcingLocation[] } {
  const random = createRandom(seed);
  const point = (): { lat: number; lon: number } => ({ lat: 47.5 + 7 * random.next(), lon: 6 + 9 * random.next() });
  const locations: SourcingLocation[] = Array.from({ length: 150 }, (_, l) => ({
    id: `L${String(l).padStart(3, '0')}`,
    ...point(),
    stock: { A: 1 + random.int(2), B: 1 + random.int(2) },
    // Different handling costs, so that fewer locations dominate one another.
    handlingCostMinor: 50 * random.int(4),
  }));
  const orders: SourcingOrder[] = Array.from({ length: nOrders }, (_, o) => {
    const lines = [{ sku: 'A', quantity: 1 + random.int(3) }];
    if (random.next() < 0.5) lines.push({ sku: 'B', quantity: 1 + random.int(3) });
    return { id: `O${String(o).padStart(2, '0')}`, destination: point(), lines };
  });
  return { orders, locations };
}

/** The cheapest cost of shipping the most units without shipment charges: one min-cost flow over the whole network, built here. */
function wholeNetworkCost(orders: readonly SourcingOrder[], locations: readonly SourcingLocation[], perUnitMinor: number, perKmPerUnitMinor: number): { units: number; cost: number } {
  const lines = orders.flatMap((order) => order.lines.map((line) => ({ order, ...line })));
  const skus = ['A', 'B'];
  const pair = (s: number, l: number): number => 2 + lines.length + s * locations.length + l;
  const net = createNetwork(2 + lines.length + skus.length * locations.length, lines.length * (1 + locations.length) + skus.length * locations.length);
  lines.forEach((line, i) => {
    addArc(net, 0, 2 + i, line.quantity, 0);
    locations.forEach((location, l) => {
      const unit = roundHalfEven(perUnitMinor + perKmPerUnitMinor * haversineDistanceKm(line.order.destination, location));
      addArc(net, 2 + i, pair(skus.indexOf(line.sku), l), line.quantity, unit);
    });
  });
  skus.forEach((sku, s) => {
    locations.forEach((location, l) => addArc(net, pair(s, l), 1, location.stock[sku] ?? 0, 0));
  });
  const { flow, cost } = minCostMaxFlow(net, 0, 1);
  return { units: flow, cost };
}

describe("sourceOrders 'optimal' with more than 128 locations per sku", () => {
  it('costs what the whole network costs when the orders cluster where their nearest locations run short', () => {
    // 80 orders in one corner (about 20 km across) want 233 units; each line keeps only its 64
    // nearest of the 150 locations, where the clustered orders compete for the same stock. Without
    // pricing the arcs left out, the plan (checked once) ships as much but costs 66 435 instead of
    // the whole network's 66 168.
    const { orders, locations } = stores(6, 80);
    const random = createRandom(60);
    const clustered = orders.map((order) => ({ ...order, destination: { lat: 47.5 + 0.2 * random.next(), lon: 6 + 0.2 * random.next() } }));
    const free = locations.map(({ handlingCostMinor: _, ...location }) => location);
    const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5 };
    const result = sourceOrders(clustered, free, { strategy: 'optimal', cost, explain: false });
    const whole = wholeNetworkCost(clustered, free, 100, 0.5);
    expect(result.filledUnits).toBe(result.demandUnits);
    expect({ units: result.filledUnits, cost: result.totalCostMinor }).toEqual(whole);
  });

  it('costs what a min-cost flow on the whole network costs when there are no shipment charges', () => {
    for (const seed of [1, 2, 3]) {
      const { orders, locations } = stores(seed, 30);
      const free = locations.map(({ handlingCostMinor: _, ...location }) => location);
      const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5 };
      const result = sourceOrders(orders, free, { strategy: 'optimal', cost, explain: false });
      expect(result.optimality?.exact).toBe(true);
      expect({ units: result.filledUnits, cost: result.totalCostMinor }).toEqual(wholeNetworkCost(orders, free, 100, 0.5));
    }
  });

  it('with shipment charges is never worse than a greedy strategy and stays above its proven bound', () => {
    // 8 orders: with four different charges few of the 150 locations dominate one another, and
    // the subproblems' branch and bound takes a while.
    for (const seed of [4]) {
      const { orders, locations } = stores(seed, 8);
      const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: 500 };
      const optimal = sourceOrders(orders, locations, { strategy: 'optimal', cost, explain: false });
      for (const strategy of ['priority', 'nearest', 'lowestCost', 'fewestShipments'] as const) {
        const greedy = sourceOrders(orders, locations, { strategy, cost, explain: false });
        expect(optimal.filledUnits).toBeGreaterThanOrEqual(greedy.filledUnits);
        if (optimal.filledUnits === greedy.filledUnits) expect(optimal.totalCostMinor).toBeLessThanOrEqual(greedy.totalCostMinor);
      }
      expect(optimal.optimality?.lowerBoundMinor).toBeLessThanOrEqual(optimal.totalCostMinor);
    }
  });
});
