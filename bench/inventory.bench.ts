// Inventory benchmarks: greedy sourcing of a large batch against a straightforward nested-loop
// greedy, and the 'optimal' strategy against the best greedy strategy (with the cost gap and the
// gap to the proven lower bound — LP, isolated orders or Lagrangian, the largest — in the note).
// Ship-from-store (200 orders × 2 skus × 300/600/1 000 locations; INVENTORY_STORES=300,600 picks
// the sizes): the flow solve of 'optimal' on its pruned network, priced, against the same solve on
// the whole network (the algorithm before; INVENTORY_BENCH=flow stops there), then 'optimal' end
// to end. Instances are generated with createRandom, so every run sees the same data.
import { createRandom } from '../src/core/statistics/createRandom.js';
import { haversineDistanceKm, sourceOrders, type SourcingLocation, type SourcingOrder, type SourcingResult } from '../src/inventory/index.js';
import { addArc, createNetwork, minCostMaxFlow, minCostMaxFlowSparse, resetFlows, type FlowNetwork } from '../src/inventory/internal/minCostFlow.js';
import { buildProblem } from '../src/inventory/internal/sourcing/problem.js';
import { compare, type Comparison } from './lib.js';

interface Instance {
  readonly orders: SourcingOrder[];
  readonly locations: SourcingLocation[];
}

/** Orders and locations scattered over Germany (lat 47.5–54.5, lon 6–15). */
function makeInstance(seed: number, nOrders: number, nLocations: number, nSkus: number, stockShare: number, maxStock: number): Instance {
  const random = createRandom(seed);
  const point = (): { lat: number; lon: number } => ({ lat: 47.5 + 7 * random.next(), lon: 6 + 9 * random.next() });
  const locations: SourcingLocation[] = Array.from({ length: nLocations }, (_, l) => {
    const stock: Record<string, number> = {};
    for (let s = 0; s < nSkus; s++) if (random.next() < stockShare) stock[`SKU-${String(s)}`] = random.int(maxStock + 1);
    return { id: `LOC-${String(l).padStart(3, '0')}`, ...point(), priority: random.int(3), stock };
  });
  const orders: SourcingOrder[] = Array.from({ length: nOrders }, (_, o) => {
    const lines = new Map<string, number>();
    const count = 1 + random.int(4);
    // Popular skus sell more: the square of a uniform skews towards low sku numbers.
    while (lines.size < count) lines.set(`SKU-${String(Math.floor(random.next() ** 2 * nSkus))}`, 1 + random.int(3));
    return {
      id: `ORD-${String(o).padStart(5, '0')}`,
      destination: point(),
      createdAt: 1_772_323_200_000 + o * 1000,
      lines: [...lines].map(([sku, quantity]) => ({ sku, quantity })),
    };
  });
  return { orders, locations };
}

/**
 * A ship-from-store network: every location stocks every sku (0–maxStock units each), each order
 * has a line for each sku with probability 0.6 (at least one line), 1–3 units a line.
 */
function makeStores(seed: number, nOrders: number, nLocations: number, nSkus: number, maxStock: number): Instance {
  const random = createRandom(seed);
  const point = (): { lat: number; lon: number } => ({ lat: 47.5 + 7 * random.next(), lon: 6 + 9 * random.next() });
  const locations: SourcingLocation[] = Array.from({ length: nLocations }, (_, l) => {
    const stock: Record<string, number> = {};
    for (let s = 0; s < nSkus; s++) stock[`SKU-${String(s)}`] = random.int(maxStock + 1);
    return { id: `LOC-${String(l).padStart(4, '0')}`, ...point(), priority: random.int(3), stock };
  });
  const orders: SourcingOrder[] = Array.from({ length: nOrders }, (_, o) => {
    const lines: { sku: string; quantity: number }[] = [];
    for (let s = 0; s < nSkus; s++) {
      if (random.next() < 0.6 || (s === nSkus - 1 && lines.length === 0)) lines.push({ sku: `SKU-${String(s)}`, quantity: 1 + random.int(3) });
    }
    return { id: `ORD-${String(o).padStart(5, '0')}`, destination: point(), createdAt: 1_772_323_200_000 + o * 1000, lines };
  });
  return { orders, locations };
}

/**
 * The flow problems 'optimal' solves with shipment charges, one network per sku: source → line
 * (cap = quantity) → (sku, location) (cost = the LP-relaxation slope c + F/U, scaled by 1000) →
 * sink (cap = stock). Returns the networks and, per network, its line arcs (the prunable ones).
 */
function storeNetworks(instance: Instance, cost: { perUnitMinor: number; perKmPerUnitMinor: number; perShipmentMinor: number }): { net: FlowNetwork; prunable: Uint8Array }[] {
  const p = buildProblem(instance.orders, instance.locations, { strategy: 'optimal', cost, explain: false });
  return p.stockers.map((locs, s) => {
    const lines: number[] = [];
    for (let i = 0; i < p.lineQty.length; i++) if (p.lineSku[i] === s) lines.push(i);
    const qty = p.stockQty[s] as Float64Array;
    const pairBase = 2 + lines.length;
    const net = createNetwork(pairBase + locs.length, lines.length * (1 + locs.length) + locs.length);
    const lineArcs: number[] = [];
    lines.forEach((i, j) => {
      const q = p.lineQty[i] as number;
      addArc(net, 0, 2 + j, q, 0);
      locs.forEach((l, k) => {
        const u = Math.max(1, Math.min(q, qty[k] as number));
        lineArcs.push(addArc(net, 2 + j, pairBase + k, q, 1000 * p.unitCost(p.lineOrder[i] as number, l) + Math.floor((1000 * (p.locFixed[l] as number)) / u)));
      });
    });
    locs.forEach((_, k) => addArc(net, pairBase + k, 1, qty[k] as number, 0));
    const prunable = new Uint8Array(net.arcs);
    for (const e of lineArcs) prunable[e >> 1] = 1;
    return { net, prunable };
  });
}

function solveAll(networks: readonly { net: FlowNetwork; prunable: Uint8Array }[], sparse: boolean): { flow: number; cost: number } {
  let flow = 0;
  let cost = 0;
  for (const { net, prunable } of networks) {
    resetFlows(net);
    const r = sparse ? minCostMaxFlowSparse(net, 0, 1, prunable, 64, 128) : minCostMaxFlow(net, 0, 1);
    flow += r.flow;
    cost += r.cost;
  }
  return { flow, cost };
}

/** The obvious implementation: per order, sort every location by distance, then walk the lines. */
function naiveNearest(instance: Instance): { filled: number; cost: number } {
  const stock = instance.locations.map((l) => ({ ...l.stock }));
  let filled = 0;
  let cost = 0;
  const orders = [...instance.orders].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || Number(a.createdAt) - Number(b.createdAt));
  for (const order of orders) {
    const ranked = instance.locations
      .map((location, index) => ({ index, location, km: haversineDistanceKm(order.destination, location) }))
      .sort((a, b) => a.km - b.km || (b.location.priority ?? 0) - (a.location.priority ?? 0) || (a.location.id < b.location.id ? -1 : 1));
    for (const line of order.lines) {
      let left = line.quantity;
      for (const { index, km } of ranked) {
        if (left === 0) break;
        const have = stock[index]![line.sku] ?? 0;
        const take = Math.min(have, left);
        if (take === 0) continue;
        stock[index]![line.sku] = have - take;
        left -= take;
        filled += take;
        cost += take * km;
      }
    }
  }
  return { filled, cost };
}

function bestGreedy(instance: Instance, cost: object): SourcingResult {
  let best: SourcingResult | undefined;
  for (const strategy of ['priority', 'nearest', 'fewestShipments', 'lowestCost'] as const) {
    const result = sourceOrders(instance.orders, instance.locations, { strategy, cost, explain: false });
    if (best === undefined || result.filledUnits > best.filledUnits || (result.filledUnits === best.filledUnits && result.totalCostMinor < best.totalCostMinor)) best = result;
  }
  return best!;
}

const pct = (x: number): string => `${(100 * x).toFixed(2)} %`;

function medianMs(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

/** Slow candidates (seconds): timed directly, a few runs each, since tinybench's warmup would take minutes. */
function timed(name: string, candidate: () => unknown, baselineName: string, baseline: () => unknown, runs: number, note: string): Comparison {
  const candidateMedianMs = medianMs(candidate, runs);
  const baselineMedianMs = medianMs(baseline, runs);
  return { name, baselineName, candidateMedianMs, baselineMedianMs, speedup: baselineMedianMs / candidateMedianMs, samples: runs, note };
}

export async function run(): Promise<Comparison[]> {
  const big = makeInstance(1, 10_000, 100, 1_000, 0.6, 20);
  // Sanity: the candidate and the baseline implement the same rule, so they ship as many units.
  const check = sourceOrders(big.orders, big.locations, { strategy: 'nearest', explain: false });
  const naive = naiveNearest(big);
  if (check.filledUnits !== naive.filled) throw new Error(`nearest disagrees with the baseline: ${String(check.filledUnits)} vs ${String(naive.filled)}`);
  const results: Comparison[] = [];
  results.push(
    await compare(
      'sourceOrders nearest, 10k orders × 100 loc × 1k sku',
      () => sourceOrders(big.orders, big.locations, { strategy: 'nearest', explain: false }),
      'naive nested-loop nearest greedy',
      () => naiveNearest(big),
      { target: '< 100 ms', note: `${String(check.filledUnits)} of ${String(check.demandUnits)} units filled` },
    ),
  );
  results.push(
    await compare(
      'sourceOrders nearest + explanations (top 5)',
      () => sourceOrders(big.orders, big.locations, { strategy: 'nearest' }),
      'naive nested-loop nearest greedy',
      () => naiveNearest(big),
    ),
  );
  const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: 500 };
  results.push(
    await compare(
      'sourceOrders lowestCost, 10k orders × 100 loc × 1k sku',
      () => sourceOrders(big.orders, big.locations, { strategy: 'lowestCost', cost, explain: false }),
      'naive nested-loop nearest greedy',
      () => naiveNearest(big),
      { target: '< 100 ms' },
    ),
  );

  // INVENTORY_BENCH=greedy skips the optimal cases (minutes) while iterating on the greedy ones.
  if (process.env.INVENTORY_BENCH === 'greedy') return results;

  // Ship-from-store: 200 orders × 2 skus with hundreds of locations. The flow solve of 'optimal'
  // (sparse network priced afterwards) against the same solve on the whole network (the
  // algorithm before), then 'optimal' end to end against the best greedy strategy.
  const storeCost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: 500 };
  const storeSizes = (process.env.INVENTORY_STORES ?? '300,600,1000').split(',').map(Number);
  for (const n of storeSizes) {
    const stores = makeStores(7, 200, n, 2, 3);
    const networks = storeNetworks(stores, storeCost);
    const sparse = solveAll(networks, true);
    const whole = solveAll(networks, false);
    if (sparse.flow !== whole.flow || sparse.cost !== whole.cost) {
      throw new Error(`sparse flow disagrees with the whole network: ${JSON.stringify(sparse)} vs ${JSON.stringify(whole)}`);
    }
    results.push(
      await compare(
        `min-cost flow, 200 orders × 2 sku × ${String(n)} loc`,
        () => solveAll(networks, true),
        'the same flow on the whole network',
        () => solveAll(networks, false),
        { note: `flow ${String(sparse.flow)}, cost ${String(sparse.cost)} (identical)` },
      ),
    );
  }
  if (process.env.INVENTORY_BENCH === 'flow') return results;
  for (const n of storeSizes) {
    const stores = makeStores(7, 200, n, 2, 3);
    const optimal = sourceOrders(stores.orders, stores.locations, { strategy: 'optimal', cost: storeCost, explain: false });
    const greedy = bestGreedy(stores, storeCost);
    const o = optimal.optimality;
    const note = [
      `optimal ${String(optimal.totalCostMinor)} vs best greedy (${greedy.strategy}) ${String(greedy.totalCostMinor)}`,
      `units ${String(optimal.filledUnits)} of ${String(optimal.demandUnits)} (greedy ${String(greedy.filledUnits)})`,
      `gap to bound ${o?.gapToLowerBound === undefined ? 'n/a' : pct(o.gapToLowerBound)}`,
    ].join('; ');
    console.log(`  optimal, ship-from-store, ${String(n)} locations: ${note}`);
    results.push(
      timed(
        `sourceOrders optimal, 200 orders × 2 sku × ${String(n)} loc`,
        () => sourceOrders(stores.orders, stores.locations, { strategy: 'optimal', cost: storeCost, explain: false }),
        'best of the 4 greedy strategies',
        () => bestGreedy(stores, storeCost),
        1,
        note,
      ),
    );
  }

  // Optimal: 1k orders × 50 locations × 200 skus. 'tight': stock short of demand, orders compete;
  // 'ample': every order can be filled (so the isolated-order lower bound applies).
  for (const [shape, instance] of [
    ['tight stock', makeInstance(2, 1_000, 50, 200, 0.5, 6)],
    ['ample stock', makeInstance(3, 1_000, 50, 200, 0.5, 30)],
  ] as const) {
    for (const [label, c] of [
      ['no shipment charge', { perUnitMinor: 100, perKmPerUnitMinor: 0.5 }],
      ['500 per shipment', cost],
    ] as const) {
      const optimal = sourceOrders(instance.orders, instance.locations, { strategy: 'optimal', cost: c, explain: false });
      const greedy = bestGreedy(instance, c);
      const o = optimal.optimality;
      const note = [
        `optimal ${String(optimal.totalCostMinor)} vs best greedy (${greedy.strategy}) ${String(greedy.totalCostMinor)}: ${pct((greedy.totalCostMinor - optimal.totalCostMinor) / greedy.totalCostMinor)} cheaper`,
        `units ${String(optimal.filledUnits)} of ${String(optimal.demandUnits)} (greedy ${String(greedy.filledUnits)})`,
        `method ${o?.method ?? '?'}, exact ${String(o?.exact)}, lower bound ${String(o?.lowerBoundMinor)}, gap to bound ${o?.gapToLowerBound === undefined ? 'n/a' : pct(o.gapToLowerBound)}, ${String(o?.flowSolves)} flow solves`,
      ].join('; ');
      console.log(`  optimal, ${shape}, ${label}: ${note}`);
      results.push(
        timed(
          `sourceOrders optimal, 1k orders × 50 loc, ${shape}, ${label}`,
          () => sourceOrders(instance.orders, instance.locations, { strategy: 'optimal', cost: c, explain: false }),
          'best of the 4 greedy strategies',
          () => bestGreedy(instance, c),
          3,
          note,
        ),
      );
    }
  }
  return results;
}
