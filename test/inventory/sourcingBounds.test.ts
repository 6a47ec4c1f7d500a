// The lower bounds of the 'optimal' strategy with shipment charges: the Lagrangian bound is a
// true lower bound (never above the brute-force optimum), the reported bound is never below the
// LP relaxation, and on a hand-checked case the Lagrangian bound is strictly stronger than it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourcingLocation, SourcingOrder } from '../../src/inventory/index.js';
import { createLagrangianAscent } from '../../src/inventory/internal/sourcing/lagrangian.js';
import { solveOptimal } from '../../src/inventory/internal/sourcing/optimal.js';
import { buildProblem, processingSequence } from '../../src/inventory/internal/sourcing/problem.js';
import { bruteForce } from './bruteForce.js';

// Random tiny instances: 1–3 orders of 1–2 lines over skus A/B, 2–3 locations, shipment charges.
const lineArb = fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 3 }) });
const orderArb = (i: number) =>
  fc.record({
    id: fc.constant(`o${String(i)}`),
    lines: fc.uniqueArray(lineArb, { minLength: 1, maxLength: 2, selector: (l) => l.sku }),
    destination: fc.record({ lat: fc.double({ min: -1, max: 1, noNaN: true }), lon: fc.double({ min: -1, max: 1, noNaN: true }) }),
  });
const locationArb = (i: number) =>
  fc.record(
    {
      id: fc.constant(`L${String(i)}`),
      lat: fc.double({ min: -1, max: 1, noNaN: true }),
      lon: fc.double({ min: -1, max: 1, noNaN: true }),
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
    perShipmentMinor: fc.integer({ min: 1, max: 300 }),
  }),
});

function outcomeOf(orders: readonly SourcingOrder[], locations: readonly SourcingLocation[], cost: object) {
  const p = buildProblem(orders, locations, { strategy: 'optimal', cost });
  return { p, outcome: solveOptimal(p, processingSequence(p)) };
}

describe('sourceOrders — optimal, lower bounds with shipment charges', () => {
  it('never reports a Lagrangian bound above the brute-force optimum, nor a bound below the LP relaxation', () => {
    let stronger = 0;
    let computed = 0;
    fc.assert(
      fc.property(instanceArb, ({ orders, locations, cost }) => {
        const { p, outcome } = outcomeOf(orders, locations, cost);
        const best = bruteForce(orders, locations, { cost });
        const bounds = outcome.bounds;
        if (bounds === undefined) return;
        expect(outcome.lowerBoundMinor).toBeLessThanOrEqual(best.cost);
        expect(outcome.lowerBoundMinor).toBeGreaterThanOrEqual(bounds.lp);
        if (bounds.lagrangian !== undefined) {
          expect(bounds.lagrangian).toBeLessThanOrEqual(best.cost);
          computed++;
          if (bounds.lagrangian > bounds.lp) stronger++;
        }
        // Any multipliers give a valid bound: a short ascent from a poor start (μ = 0), and a longer
        // one from the optimum's cost per unit.
        for (const [start, iterations] of [
          [0, 15],
          [best.units > 0 ? best.cost / best.units : 0, 80],
        ] as const) {
          const ascent = createLagrangianAscent(p, best.units, start);
          ascent.run(iterations, Infinity);
          expect(ascent.bound() ?? -Infinity).toBeLessThanOrEqual(best.cost);
        }
      }),
      { numRuns: 200 },
    );
    // The point of the Lagrangian bound (computed when the LP and isolated bounds leave a gap):
    // it beats the LP bound often.
    expect(stronger).toBeGreaterThan(computed / 4);
  });

  it('is strictly stronger than the LP relaxation on a hand-checked case', () => {
    // One order A×2, B×2; L0 stocks B:2, L1 stocks A:1, B:1; every unit costs 10, every shipment 100.
    // The most units: 3 (the one A, two B). A is only at L1 and L1 has one B, so the second B comes
    // from L0: every solution shipping 3 units uses both locations, 3 × 10 + 2 × 100 = 230.
    // The LP relaxation spreads each charge over the most units the pair could carry (2 at each
    // location): 3 × (10 + 100 / 2) = 180. The Lagrangian subproblem of the single order is exact.
    const orders: SourcingOrder[] = [
      {
        id: 'o',
        destination: { lat: 0, lon: 0 },
        lines: [
          { sku: 'A', quantity: 2 },
          { sku: 'B', quantity: 2 },
        ],
      },
    ];
    const locations: SourcingLocation[] = [
      { id: 'L0', lat: 0, lon: 0, stock: { B: 2 } },
      { id: 'L1', lat: 0, lon: 0, stock: { A: 1, B: 1 } },
    ];
    const cost = { perUnitMinor: 10, perShipmentMinor: 100 };
    const { outcome } = outcomeOf(orders, locations, cost);
    expect(bruteForce(orders, locations, { cost })).toEqual({ units: 3, cost: 230 });
    expect(outcome.bounds).toEqual({ lp: 180, lagrangian: 230 });
    expect(outcome.method).toBe('slopeScaling+lagrangian+localSearch');
    expect(outcome.lowerBoundMinor).toBe(230);
  });
});
