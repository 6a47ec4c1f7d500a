// The min-cost max-flow solvers behind 'optimal': the whole-network solver and the sparse one
// (each node keeps its `keep` cheapest prunable arcs, the others are priced and added) against an
// exhaustive search on random small transportation networks, and hand-computed cases where the
// pricing has to add arcs back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addArc, createNetwork, flowOf, minCostMaxFlow, minCostMaxFlowSparse, resetFlows, type FlowNetwork } from '../../../src/inventory/internal/minCostFlow.js';

/** Source 0 → line 2 + i (cap quantity) → location (cost[i][j], cap quantity) → sink 1 (cap stock). */
interface Transport {
  readonly quantity: readonly number[];
  readonly stock: readonly number[];
  readonly cost: readonly (readonly number[])[];
}

function build(t: Transport): { net: FlowNetwork; prunable: Uint8Array; lineArcs: number[][] } {
  const lines = t.quantity.length;
  const locs = t.stock.length;
  const net = createNetwork(2 + lines + locs, lines + lines * locs + locs);
  const lineArcs: number[][] = [];
  t.quantity.forEach((q, i) => {
    addArc(net, 0, 2 + i, q, 0);
    lineArcs.push(t.stock.map((_, j) => addArc(net, 2 + i, 2 + lines + j, q, (t.cost[i] as number[])[j] as number)));
  });
  t.stock.forEach((s, j) => addArc(net, 2 + lines + j, 1, s, 0));
  const prunable = new Uint8Array(net.arcs);
  for (const arcs of lineArcs) for (const e of arcs) prunable[e >> 1] = 1;
  return { net, prunable, lineArcs };
}

/** Every integer shipment plan (line i sends x_ij ≤ its quantity in total, location j ≤ its stock): most units, then cheapest. */
function bruteForce(t: Transport): { flow: number; cost: number } {
  const lines = t.quantity.length;
  const locs = t.stock.length;
  const left = [...t.stock];
  let best = { flow: -1, cost: Infinity };
  const visit = (i: number, j: number, remaining: number, flow: number, cost: number): void => {
    if (i === lines) {
      if (flow > best.flow || (flow === best.flow && cost < best.cost)) best = { flow, cost };
      return;
    }
    if (j === locs) {
      visit(i + 1, 0, i + 1 < lines ? (t.quantity[i + 1] as number) : 0, flow, cost);
      return;
    }
    for (let x = 0; x <= Math.min(remaining, left[j] as number); x++) {
      left[j] = (left[j] as number) - x;
      visit(i, j + 1, remaining - x, flow + x, cost + x * ((t.cost[i] as number[])[j] as number));
      left[j] = left[j] + x;
    }
  };
  visit(0, 0, t.quantity[0] ?? 0, 0, 0);
  return best;
}

/** The flows out of the lines respect every capacity and add up to the reported flow and cost. */
function checkFeasible(t: Transport, net: FlowNetwork, lineArcs: number[][], result: { flow: number; cost: number }): void {
  let flow = 0;
  let cost = 0;
  const used = t.stock.map(() => 0);
  lineArcs.forEach((arcs, i) => {
    let out = 0;
    arcs.forEach((e, j) => {
      const x = flowOf(net, e);
      expect(x).toBeGreaterThanOrEqual(0);
      out += x;
      used[j] = (used[j] as number) + x;
      cost += x * ((t.cost[i] as number[])[j] as number);
    });
    expect(out).toBeLessThanOrEqual(t.quantity[i] as number);
    flow += out;
  });
  used.forEach((u, j) => expect(u).toBeLessThanOrEqual(t.stock[j] as number));
  expect({ flow, cost }).toEqual({ flow: result.flow, cost: result.cost });
}

const transportArb = fc.integer({ min: 1, max: 3 }).chain((lines) =>
  fc.integer({ min: 1, max: 4 }).chain((locs) =>
    fc.record({
      quantity: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: lines, maxLength: lines }),
      stock: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: locs, maxLength: locs }),
      // Few distinct costs, so that ties (several cheapest flows) are common.
      cost: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: locs, maxLength: locs }), { minLength: lines, maxLength: lines }),
    }),
  ),
);

describe('minCostMaxFlow', () => {
  it('finds the most units at the least cost on random small transportation networks (exhaustive search)', () => {
    fc.assert(
      fc.property(transportArb, (t) => {
        const { net, lineArcs } = build(t);
        const result = minCostMaxFlow(net, 0, 1);
        expect({ flow: result.flow, cost: result.cost }).toEqual(bruteForce(t));
        checkFeasible(t, net, lineArcs, result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('minCostMaxFlowSparse', () => {
  it('finds the same most units at the least cost when each line keeps only 1, 2 or 3 arcs (exhaustive search)', () => {
    fc.assert(
      fc.property(transportArb, fc.integer({ min: 1, max: 3 }), (t, keep) => {
        const { net, prunable, lineArcs } = build(t);
        const result = minCostMaxFlowSparse(net, 0, 1, prunable, keep);
        expect({ flow: result.flow, cost: result.cost }).toEqual(bruteForce(t));
        checkFeasible(t, net, lineArcs, result);
        // The network is whole again afterwards: a second solve on it agrees.
        resetFlows(net);
        const again = minCostMaxFlow(net, 0, 1);
        expect({ flow: again.flow, cost: again.cost }).toEqual({ flow: result.flow, cost: result.cost });
      }),
      { numRuns: 400 },
    );
  });

  it('adds back the arcs it left out when the kept ones cannot carry the maximum flow', () => {
    // Two lines of 1 unit; locations A (stock 1), B (stock 1), C (stock 1). Line 0: A 1, B 2,
    // C 9; line 1: A 1, B 9, C 10. Keeping one arc per line, both keep A: 1 unit. The optimum
    // ships 2: line 0 → B (2) and line 1 → A (1) = 3 (the other way round costs 1 + 9 = 10).
    const t: Transport = {
      quantity: [1, 1],
      stock: [1, 1, 1],
      cost: [
        [1, 2, 9],
        [1, 9, 10],
      ],
    };
    const { net, prunable, lineArcs } = build(t);
    const result = minCostMaxFlowSparse(net, 0, 1, prunable, 1);
    expect({ flow: result.flow, cost: result.cost }).toEqual({ flow: 2, cost: 3 });
    expect(lineArcs.map((arcs) => arcs.map((e) => flowOf(net, e)))).toEqual([
      [0, 1, 0],
      [1, 0, 0],
    ]);
  });

  it('re-routes a line to an arc it left out when that frees cheaper stock for the others', () => {
    // One line of 2 units, two lines of 1 unit; locations A, B with 2 units each. Costs: line 0
    // A 0, B 5; line 1 A 1, B 100; line 2 A 1, B 100. Keeping one arc each, all keep A: the
    // restricted network ships 2 units (A's stock) — the lines left short reach B only through
    // arcs left out. The optimum ships 4: line 0 → B (2 × 5 = 10), lines 1 and 2 → A (1 + 1)
    // = 12; line 0 → A and the others → B would cost 0 + 200.
    const t: Transport = {
      quantity: [2, 1, 1],
      stock: [2, 2],
      cost: [
        [0, 5],
        [1, 100],
        [1, 100],
      ],
    };
    const { net, prunable } = build(t);
    const result = minCostMaxFlowSparse(net, 0, 1, prunable, 1);
    expect({ flow: result.flow, cost: result.cost }).toEqual({ flow: 4, cost: 12 });
  });

  it('adds back an arc left out whose reduced cost is negative (found by the property test above)', () => {
    // Lines of 1 unit; locations A (stock 0), B (1), C (1). Line 0: A 2, B 0, C 0; line 1: A 0,
    // B 0, C 1. Keeping one arc each (ties by index): line 0 keeps B, line 1 keeps A (no stock).
    // Line 1, left short, gets its other arcs back; then line 0 → B, line 1 → C ships 2 units for
    // 1, but line 0 → C (left out, reduced cost −1 there) and line 1 → B ships 2 for 0 + 0 = 0.
    const t: Transport = {
      quantity: [1, 1],
      stock: [0, 1, 1],
      cost: [
        [2, 0, 0],
        [0, 0, 1],
      ],
    };
    const { net, prunable, lineArcs } = build(t);
    const result = minCostMaxFlowSparse(net, 0, 1, prunable, 1);
    expect({ flow: result.flow, cost: result.cost }).toEqual({ flow: 2, cost: 0 });
    expect(lineArcs.map((arcs) => arcs.map((e) => flowOf(net, e)))).toEqual([
      [0, 0, 1],
      [0, 1, 0],
    ]);
  });

  it('is exactly minCostMaxFlow when no node has more prunable arcs than it keeps or than pruneAbove', () => {
    // Line 0 (2 units): A 3, B 3 — a tie; line 1 (1 unit): A 1, B 4; stock A 2, B 2. Both
    // solvers ship 3 units for 1 + 3 + 3 = 7, and with nothing pruned they pick the same flow.
    const t: Transport = {
      quantity: [2, 1],
      stock: [2, 2],
      cost: [
        [3, 3],
        [1, 4],
      ],
    };
    const whole = build(t);
    const sparse = build(t);
    const a = minCostMaxFlow(whole.net, 0, 1);
    const b = minCostMaxFlowSparse(sparse.net, 0, 1, sparse.prunable, 2);
    expect({ flow: a.flow, cost: a.cost }).toEqual({ flow: 3, cost: 7 });
    expect({ flow: b.flow, cost: b.cost }).toEqual({ flow: 3, cost: 7 });
    expect(sparse.lineArcs.map((arcs) => arcs.map((e) => flowOf(sparse.net, e)))).toEqual(whole.lineArcs.map((arcs) => arcs.map((e) => flowOf(whole.net, e))));
    // Keeping 1 arc, but only on nodes with more than 2: nothing is pruned either.
    const above = build(t);
    const c = minCostMaxFlowSparse(above.net, 0, 1, above.prunable, 1, 2);
    expect({ flow: c.flow, cost: c.cost }).toEqual({ flow: 3, cost: 7 });
    expect(above.lineArcs.map((arcs) => arcs.map((e) => flowOf(above.net, e)))).toEqual(whole.lineArcs.map((arcs) => arcs.map((e) => flowOf(whole.net, e))));
  });
});
