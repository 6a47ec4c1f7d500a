// The 'optimal' strategy. Objective, lexicographic: ship as many units as possible, then at the
// lowest total cost (unit costs + a fixed charge per (order, location) pair used).
//
// - Without fixed charges, split and partial allowed: the batch is a transportation problem with
//   a shared capacity per location, solved exactly as min-cost max-flow on
//   source → line → (location, sku) → location → sink.
// - With fixed charges (a fixed-charge transportation problem, NP-hard): candidates are the
//   flow solution on unit costs, the iterations of dynamic slope scaling (Kim & Pardalos 1999,
//   "Solving fixed charge network flow problems with a dynamic slope scaling procedure",
//   Operations Research Letters 24:195–203) and the four greedy strategies. Bounds: the LP
//   relaxation (unit cost c + F/U on every arc, U the most the pair could carry) and, when every
//   order can be filled, the sum of each order's cheapest isolated sourcing. When the best
//   candidate is not proven optimal by them: 120 iterations of subgradient ascent on a Lagrangian
//   bound (lagrangian.ts), then a flow solve priced by how often the subproblems opened each
//   (order, location) pair (c + F·(1 − openness)/U), improved by local search (remove one order
//   and re-insert it at its exact cheapest — a facility-location subproblem solved by branch and
//   bound, falling back to the heuristic insertions: each single location, each location as
//   anchor topped up by lowest marginal cost — and pair moves), then by group moves (an order and
//   three holders of the stock it could use where that stock ran out, removed and re-inserted).
//   The bound reported is the largest of the three.
// - Without split or partial shipping the flow model does not apply: the best greedy solution
//   (and, for all-or-nothing orders, the repaired flow solution) is improved by the same local search.
import { addArc, createNetwork, flowOf, minCostMaxFlowSparse, resetFlows, setCost, type FlowNetwork } from '../minCostFlow.js';
import { orderUnits, runGreedy, shipFrom, sourceLinesSplit, type GreedyStrategy } from './greedy.js';
import { createExactInsertion, createLagrangianAscent } from './lagrangian.js';
import type { Problem } from './problem.js';
import { better, createWork, orderValue, releaseOrder, restoreOrder, totalValue, type Value, type Work } from './work.js';

export interface OptimalOutcome {
  readonly work: Work;
  readonly method: 'minCostFlow' | 'slopeScaling+localSearch' | 'slopeScaling+lagrangian+localSearch' | 'greedy+localSearch';
  readonly exact: boolean;
  /** A lower bound on the cost of any solution shipping as many units, when computed. */
  readonly lowerBoundMinor?: number;
  /** Number of min-cost-flow solves. */
  readonly flowSolves: number;
  /** The bounds whose largest is lowerBoundMinor (with shipment charges): LP relaxation, isolated orders, Lagrangian. */
  readonly bounds?: { readonly lp: number; readonly isolated?: number; readonly lagrangian?: number };
}

interface Component {
  readonly net: FlowNetwork;
  /** Per forward arc of net: 1 for the line → (location, sku) arcs, which a solve may leave out and price. */
  readonly prunable: Uint8Array;
  /** Its arcs are model arcs arcStart … arcEnd − 1. */
  readonly arcStart: number;
  readonly arcEnd: number;
}

interface Model {
  /** Independent flow networks (one, or one per sku when no location capacity can bind); node 0 is the source, 1 the sink. */
  readonly components: readonly Component[];
  /** Per line→(location, sku) arc: arc index in its component's network, line, location. */
  readonly arcIndex: Int32Array;
  readonly arcLine: Int32Array;
  readonly arcLoc: Int32Array;
}

function buildModel(p: Problem): Model {
  const nLines = p.lineQty.length;
  let totalDemand = 0;
  for (let i = 0; i < nLines; i++) totalDemand += p.lineQty[i] as number;
  const pairBase = new Int32Array(p.stockers.length);
  let nodes = 2 + nLines;
  p.stockers.forEach((locs, s) => {
    pairBase[s] = nodes;
    nodes += locs.length;
  });
  const locBase = nodes;
  nodes += p.nLocs;
  let lineArcs = 0;
  for (let i = 0; i < nLines; i++) lineArcs += (p.stockers[p.lineSku[i] as number] as Int32Array).length;
  const pairs = p.stockers.reduce((a, locs) => a + locs.length, 0);
  const net = createNetwork(nodes, nLines + lineArcs + pairs + p.nLocs);
  const arcIndex = new Int32Array(lineArcs);
  const arcLine = new Int32Array(lineArcs);
  const arcLoc = new Int32Array(lineArcs);
  let a = 0;
  for (let i = 0; i < nLines; i++) {
    const q = p.lineQty[i] as number;
    addArc(net, 0, 2 + i, q, 0);
    const s = p.lineSku[i] as number;
    const locs = p.stockers[s] as Int32Array;
    for (let k = 0; k < locs.length; k++) {
      arcIndex[a] = addArc(net, 2 + i, (pairBase[s] as number) + k, q, 0);
      arcLine[a] = i;
      arcLoc[a] = locs[k] as number;
      a++;
    }
  }
  p.stockers.forEach((locs, s) => {
    const qty = p.stockQty[s] as Float64Array;
    for (let k = 0; k < locs.length; k++) addArc(net, (pairBase[s] as number) + k, locBase + (locs[k] as number), qty[k] as number, 0);
  });
  for (let l = 0; l < p.nLocs; l++) addArc(net, locBase + l, 1, Math.min(p.locCapacity[l] as number, totalDemand), 0);
  const prunable = new Uint8Array(net.arcs);
  for (let k = 0; k < lineArcs; k++) prunable[(arcIndex[k] as number) >> 1] = 1;
  return { components: [{ net, prunable, arcStart: 0, arcEnd: lineArcs }], arcIndex, arcLine, arcLoc };
}

/**
 * The same flow problem split by sku, valid when no location capacity can bind (every capacity
 * at least the total demand): skus then share nothing, and a min-cost max-flow of the whole is
 * the union of the skus' min-cost max-flows (same flow value and cost; among several optimal
 * flows it may pick another). Each network: source → line → (sku, location) → sink. Much
 * faster: every Dijkstra runs on one sku's small network instead of the whole batch.
 */
function buildSkuModel(p: Problem): Model | undefined {
  const nLines = p.lineQty.length;
  let totalDemand = 0;
  for (let i = 0; i < nLines; i++) totalDemand += p.lineQty[i] as number;
  for (let l = 0; l < p.nLocs; l++) if ((p.locCapacity[l] as number) < totalDemand) return undefined;
  const nSkus = p.stockers.length;
  const linesOf: number[][] = Array.from({ length: nSkus }, () => []);
  for (let i = 0; i < nLines; i++) (linesOf[p.lineSku[i] as number] as number[]).push(i);
  let lineArcs = 0;
  for (let i = 0; i < nLines; i++) lineArcs += (p.stockers[p.lineSku[i] as number] as Int32Array).length;
  const arcIndex = new Int32Array(lineArcs);
  const arcLine = new Int32Array(lineArcs);
  const arcLoc = new Int32Array(lineArcs);
  const components: Component[] = [];
  let a = 0;
  for (let s = 0; s < nSkus; s++) {
    const lines = linesOf[s] as number[];
    const locs = p.stockers[s] as Int32Array;
    if (lines.length === 0 || locs.length === 0) continue;
    const qty = p.stockQty[s] as Float64Array;
    const pairBase = 2 + lines.length;
    const net = createNetwork(pairBase + locs.length, lines.length * (1 + locs.length) + locs.length);
    const arcStart = a;
    lines.forEach((i, j) => {
      const q = p.lineQty[i] as number;
      addArc(net, 0, 2 + j, q, 0);
      for (let k = 0; k < locs.length; k++) {
        arcIndex[a] = addArc(net, 2 + j, pairBase + k, q, 0);
        arcLine[a] = i;
        arcLoc[a] = locs[k] as number;
        a++;
      }
    });
    for (let k = 0; k < locs.length; k++) addArc(net, pairBase + k, 1, qty[k] as number, 0);
    const prunable = new Uint8Array(net.arcs);
    for (let k = arcStart; k < a; k++) prunable[(arcIndex[k] as number) >> 1] = 1;
    components.push({ net, prunable, arcStart, arcEnd: a });
  }
  return { components, arcIndex: arcIndex.subarray(0, a), arcLine: arcLine.subarray(0, a), arcLoc: arcLoc.subarray(0, a) };
}

/**
 * Line arcs each line keeps in a flow solve before pricing the rest (minCostMaxFlowSparse): a
 * line has an arc per location stocking its sku, and with hundreds of locations the shortest-path
 * searches scanned them all. Only lines with more than FLOW_PRUNE_ABOVE arcs are pruned (below,
 * the selection and the occasional second solve cost more than they save: measured at 100
 * locations), so networks of up to 128 locations per sku are solved whole, exactly as before.
 */
const FLOW_KEEP = 64;
const FLOW_PRUNE_ABOVE = 128;

/** Solves with the given per-arc costs; returns the flow cost and the solution as a Work. */
function solve(p: Problem, m: Model, costs: Float64Array): { cost: number; work: Work } {
  let cost = 0;
  const work = createWork(p);
  const flows = new Float64Array(m.arcIndex.length);
  for (const c of m.components) {
    for (let a = c.arcStart; a < c.arcEnd; a++) setCost(c.net, m.arcIndex[a] as number, costs[a] as number);
    resetFlows(c.net);
    cost += minCostMaxFlowSparse(c.net, 0, 1, c.prunable, FLOW_KEEP, FLOW_PRUNE_ABOVE).cost;
    for (let a = c.arcStart; a < c.arcEnd; a++) flows[a] = flowOf(c.net, m.arcIndex[a] as number);
  }
  // Lines in arc order, so that every line lists its locations as the single network would.
  const order = Array.from({ length: m.arcIndex.length }, (_, a) => a);
  if (m.components.length > 1) order.sort((x, y) => (m.arcLine[x] as number) - (m.arcLine[y] as number) || x - y);
  for (const a of order) {
    const f = flows[a] as number;
    if (f > 0) assignFlow(p, work, m.arcLine[a] as number, m.arcLoc[a] as number, f);
  }
  return { cost, work };
}

function assignFlow(p: Problem, w: Work, line: number, l: number, qty: number): void {
  const s = p.lineSku[line] as number;
  const k = p.slot.get(s * p.nLocs + l) as number;
  const avail = w.avail[s] as Float64Array;
  avail[k] = (avail[k] as number) - qty;
  w.capRem[l] = (w.capRem[l] as number) - qty;
  (w.alloc[line] as number[]).push(l, qty);
}

/** Per arc: the units its (order, location) pair carries in w (x), or could carry at most (U). */
function pairTotals(p: Problem, m: Model, w: Work | undefined): Float64Array {
  const result = new Float64Array(m.arcIndex.length);
  const perPair = new Map<number, number>();
  for (let a = 0; a < m.arcIndex.length; a++) {
    const line = m.arcLine[a] as number;
    const l = m.arcLoc[a] as number;
    const key = (p.lineOrder[line] as number) * p.nLocs + l;
    let add: number;
    if (w === undefined) {
      const s = p.lineSku[line] as number;
      add = Math.min(p.lineQty[line] as number, (p.stockQty[s] as Float64Array)[p.slot.get(s * p.nLocs + l) as number] as number);
    } else {
      const list = w.alloc[line] as number[];
      add = 0;
      for (let i = 0; i < list.length; i += 2) if (list[i] === l) add = list[i + 1] as number;
    }
    perPair.set(key, (perPair.get(key) ?? 0) + add);
  }
  for (let a = 0; a < m.arcIndex.length; a++) {
    const l = m.arcLoc[a] as number;
    const key = (p.lineOrder[m.arcLine[a] as number] as number) * p.nLocs + l;
    const total = perPair.get(key) ?? 0;
    result[a] = w === undefined ? Math.min(total, p.locCapacity[l] as number) : total;
  }
  return result;
}

/**
 * The cheapest way to ship order o from what is left (the order must hold nothing): each single
 * location, and with split each location as anchor topped up by lowest marginal cost, plus the
 * plain lowest-marginal-cost fill. Returns the plan per line, or undefined when nothing ships.
 */
type ExactInsertion = (avail: readonly Float64Array[], capRem: Float64Array, o: number) => { plan: number[][]; proven: boolean };

function bestInsertion(p: Problem, w: Work, o: number, mustFill: number, exact?: ExactInsertion): number[][] | undefined {
  let best: Value = { units: 0, cost: 0 };
  let bestPlan: number[][] | undefined;
  const start = p.lineStart[o] as number;
  const end = p.lineStart[o + 1] as number;
  const candidates = new Set<number>();
  // No plan costs less than its anchor's fixed charge plus every unit at the cheapest unit cost
  // among the locations with stock left (variableFloor): such anchors are skipped once a plan
  // shipping the whole order costs no more (they could not be strictly better).
  let variableFloor = 0;
  let demand = 0;
  for (let line = start; line < end; line++) {
    const s = p.lineSku[line] as number;
    const locs = p.stockers[s] as Int32Array;
    const avail = w.avail[s] as Float64Array;
    let cheapest = Infinity;
    for (let k = 0; k < locs.length; k++) {
      const l = locs[k] as number;
      if ((avail[k] as number) > 0 && (w.capRem[l] as number) > 0) {
        candidates.add(l);
        cheapest = Math.min(cheapest, p.unitCost(o, l));
      }
    }
    const q = p.lineQty[line] as number;
    demand += q;
    if (cheapest < Infinity) variableFloor += q * cheapest;
  }
  const consider = (): void => {
    const v = orderValue(p, w, o);
    if (v.units >= mustFill && better(v, best)) {
      best = v;
      bestPlan = [];
      for (let line = start; line < end; line++) bestPlan.push((w.alloc[line] as number[]).slice());
    }
    releaseOrder(p, w, o);
  };
  if (exact !== undefined) {
    const found = exact(w.avail, w.capRem, o);
    restoreOrder(p, w, o, found.plan);
    // Lines of one order share a location's capacity, which the subproblem caps per line only.
    let fits = true;
    for (const l of candidates) if ((w.capRem[l] as number) < 0) fits = false;
    if (fits) consider();
    else releaseOrder(p, w, o);
    // The proven cheapest plan among those shipping the most units: no heuristic can beat it.
    if (fits && found.proven) return bestPlan;
  }
  for (const l of candidates) {
    if (best.units === demand && (p.locFixed[l] as number) + variableFloor >= best.cost) continue;
    const remaining: number[] = [];
    for (let line = start; line < end; line++) remaining.push(p.lineQty[line] as number);
    shipFrom(p, w, o, l, remaining);
    if (p.allowSplit) sourceLinesSplit(p, w, 'lowestCost', o, [l]);
    consider();
  }
  if (p.allowSplit) {
    sourceLinesSplit(p, w, 'lowestCost', o);
    consider();
  }
  return bestPlan;
}

function mustFillOf(p: Problem, o: number): number {
  return p.allowPartial ? 0 : orderUnits(p, o);
}

/** Removes order o and re-inserts it at its cheapest; keeps it if nothing is better. */
function reinsert(p: Problem, w: Work, o: number, exact?: ExactInsertion): boolean {
  const before = orderValue(p, w, o);
  const previous = releaseOrder(p, w, o);
  const plan = bestInsertion(p, w, o, mustFillOf(p, o), exact);
  if (plan !== undefined && better(orderValue(p, withPlan(p, w, o, plan), o), before)) return true;
  releaseOrder(p, w, o);
  restoreOrder(p, w, o, previous);
  return false;
}

function withPlan(p: Problem, w: Work, o: number, plan: readonly (readonly number[])[]): Work {
  restoreOrder(p, w, o, plan);
  return w;
}

function add(a: Value, b: Value): Value {
  return { units: a.units + b.units, cost: a.cost + b.cost };
}

/** Removes orders a and b and re-inserts them in either order; keeps the change only if better. */
function pairMove(p: Problem, w: Work, a: number, b: number, exact?: ExactInsertion): boolean {
  const before = add(orderValue(p, w, a), orderValue(p, w, b));
  const previousA = releaseOrder(p, w, a);
  const previousB = releaseOrder(p, w, b);
  for (const [first, second] of [
    [a, b],
    [b, a],
  ] as const) {
    const planFirst = bestInsertion(p, w, first, mustFillOf(p, first), exact);
    if (planFirst !== undefined) restoreOrder(p, w, first, planFirst);
    const planSecond = bestInsertion(p, w, second, mustFillOf(p, second), exact);
    if (planSecond !== undefined) restoreOrder(p, w, second, planSecond);
    if (better(add(orderValue(p, w, a), orderValue(p, w, b)), before)) return true;
    releaseOrder(p, w, a);
    releaseOrder(p, w, b);
  }
  restoreOrder(p, w, a, previousA);
  restoreOrder(p, w, b, previousB);
  return false;
}

/**
 * Removes a group of orders and re-inserts them one by one at their cheapest, in the given order
 * and then reversed; keeps the change only if better.
 */
function groupMove(p: Problem, w: Work, group: readonly number[], exact: ExactInsertion | undefined): boolean {
  let before: Value = { units: 0, cost: 0 };
  for (const o of group) before = add(before, orderValue(p, w, o));
  const previous = group.map((o) => releaseOrder(p, w, o));
  for (const order of [group, [...group].reverse()]) {
    let after: Value = { units: 0, cost: 0 };
    for (const o of order) {
      const plan = bestInsertion(p, w, o, mustFillOf(p, o), exact);
      if (plan !== undefined) restoreOrder(p, w, o, plan);
      after = add(after, orderValue(p, w, o));
    }
    if (better(after, before)) return true;
    for (const o of group) releaseOrder(p, w, o);
  }
  group.forEach((o, i) => {
    restoreOrder(p, w, o, previous[i] as number[][]);
  });
  return false;
}

/** Orders per group move, and group moves in the whole search. */
const GROUP_SIZE = 4;
const GROUP_BUDGET = 10_000;

/**
 * Group moves for scarce stock: for each order o (in sequence), the orders holding stock that o's
 * lines could use where that stock has run out (up to 64), taken GROUP_SIZE − 1 at a time; each
 * group with o is removed and re-inserted (groupMove). At most GROUP_BUDGET moves.
 */
function groupSearch(p: Problem, w: Work, sequence: Int32Array, exact: ExactInsertion | undefined): void {
  let trials = 0;
  const holders = new Set<number>();
  for (const o of sequence) {
    if (trials >= GROUP_BUDGET) return;
    holders.clear();
    for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
      const s = p.lineSku[line] as number;
      const locs = p.stockers[s] as Int32Array;
      const avail = w.avail[s] as Float64Array;
      // All-or-nothing or single-location orders are blocked by stock that is short of the whole
      // line, not only by stock that ran out.
      const short = p.allowPartial && p.allowSplit ? 1 : (p.lineQty[line] as number);
      for (let k = 0; k < locs.length; k++) if ((avail[k] as number) < short) holders.add(s * p.nLocs + (locs[k] as number));
    }
    if (holders.size === 0) continue;
    const found: number[] = [];
    for (let line = 0; line < p.lineQty.length && found.length < 64; line++) {
      const other = p.lineOrder[line] as number;
      if (other === o || found.includes(other)) continue;
      const s = p.lineSku[line] as number;
      const list = w.alloc[line] as number[];
      for (let i = 0; i < list.length; i += 2) {
        if (holders.has(s * p.nLocs + (list[i] as number))) {
          found.push(other);
          break;
        }
      }
    }
    for (let i = 0; i < found.length && trials < GROUP_BUDGET; i += GROUP_SIZE - 1) {
      trials++;
      groupMove(p, w, [o, ...found.slice(i, i + GROUP_SIZE - 1)], exact);
    }
  }
}

/** Orders sharing a candidate location with o (they compete for the same stock or capacity). */
function rivals(p: Problem, o: number, usersOf: readonly number[][]): Set<number> {
  const found = new Set<number>();
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
    for (const l of p.stockers[p.lineSku[line] as number] as Int32Array) {
      for (const other of usersOf[l] as number[]) if (other !== o) found.add(other);
    }
  }
  return found;
}

/** Pair-move trials per local-search pass, and in the whole search. */
const PAIR_BUDGET = 20_000;
const PAIR_BUDGET_TOTAL = 40_000;

/**
 * Passes of single-order re-insertion and pair moves until a pass changes nothing (at most 10).
 * Pair moves are budgeted (PAIR_BUDGET trials per pass, PAIR_BUDGET_TOTAL in all, then passes
 * of re-insertion alone) and, after the first pass, only tried
 * for pairs where an order changed since its pairs were last tried ("don't look bits"): the
 * other pairs were already found not to improve, so later passes cost little.
 */
function localSearch(p: Problem, w: Work, sequence: Int32Array, exact?: ExactInsertion): void {
  // stale[o] = 1: o changed (or its pairs were never all tried) since its pairs were last tried.
  let stale = new Uint8Array(p.nOrders).fill(1);
  let spent = 0;
  for (let pass = 0; pass < 10; pass++) {
    let improved = false;
    const next = new Uint8Array(p.nOrders);
    for (const o of sequence) {
      if (reinsert(p, w, o, exact)) {
        improved = true;
        stale[o] = 1;
        next[o] = 1;
      }
    }
    // Pair moves: every pair in small batches, otherwise only orders left short (budgeted).
    const small = p.nOrders <= 60;
    const usersOf: number[][] = Array.from({ length: p.nLocs }, () => []);
    for (let o = 0; o < p.nOrders; o++) {
      const used = new Set<number>();
      for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
        const list = w.alloc[line] as number[];
        for (let i = 0; i < list.length; i += 2) used.add(list[i] as number);
      }
      for (const l of used) (usersOf[l] as number[]).push(o);
    }
    let trials = 0;
    const budget = Math.min(PAIR_BUDGET, PAIR_BUDGET_TOTAL - spent);
    for (const o of sequence) {
      if (trials >= budget) {
        // Not reached in this pass: its pairs stay to be tried.
        if (stale[o] === 1) next[o] = 1;
        continue;
      }
      if (!small && orderValue(p, w, o).units >= orderUnits(p, o)) continue;
      let complete = true;
      for (const other of rivals(p, o, usersOf)) {
        if (stale[o] === 0 && stale[other] === 0) continue;
        if (trials++ >= budget) {
          complete = false;
          break;
        }
        if (pairMove(p, w, o, other, exact)) {
          improved = true;
          stale[o] = 1;
          stale[other] = 1;
          next[o] = 1;
          next[other] = 1;
        }
      }
      if (!complete && stale[o] === 1) next[o] = 1;
    }
    spent += Math.min(trials, budget);
    if (!improved) return;
    stale = next;
  }
}

/**
 * A second lower bound, valid when every order can be filled in full (then every solution shipping
 * the most units fills every order): the sum over orders of the cheapest way to fill the order
 * alone from the whole stock (competition and shared capacity relaxed). Each order's minimum is
 * exact, by branch and bound over the set of locations used; undefined when an order needs more
 * than `budget` search nodes.
 */
function isolatedOrderBound(p: Problem, budget = 200_000): number | undefined {
  let total = 0;
  for (let o = 0; o < p.nOrders; o++) {
    const start = p.lineStart[o] as number;
    const end = p.lineStart[o + 1] as number;
    const candidates = new Set<number>();
    let variableFloor = 0;
    for (let line = start; line < end; line++) {
      let cheapest = Infinity;
      for (const l of p.stockers[p.lineSku[line] as number] as Int32Array) {
        candidates.add(l);
        cheapest = Math.min(cheapest, p.unitCost(o, l));
      }
      variableFloor += (p.lineQty[line] as number) * cheapest;
    }
    const locs = [...candidates].sort((a, b) => p.unitCost(o, a) - p.unitCost(o, b));
    let best = Infinity;
    let nodes = 0;
    const chosen: number[] = [];
    const evaluate = (fixed: number): void => {
      let cost = fixed;
      for (let line = start; line < end; line++) {
        let left = p.lineQty[line] as number;
        const s = p.lineSku[line] as number;
        for (const l of chosen) {
          if (left === 0) break;
          const k = p.slot.get(s * p.nLocs + l);
          if (k === undefined) continue;
          const take = Math.min(left, (p.stockQty[s] as Float64Array)[k] as number, p.locCapacity[l] as number);
          cost += take * p.unitCost(o, l);
          left -= take;
        }
        if (left > 0) return;
      }
      best = Math.min(best, cost);
    };
    const visit = (from: number, fixed: number): boolean => {
      if (++nodes > budget) return false;
      if (chosen.length > 0) evaluate(fixed);
      for (let i = from; i < locs.length; i++) {
        const l = locs[i] as number;
        const next = fixed + (p.locFixed[l] as number);
        if (next + variableFloor >= best) continue;
        chosen.push(l);
        const ok = visit(i + 1, next);
        chosen.pop();
        if (!ok) return false;
      }
      return true;
    };
    if (!visit(0, 0)) return undefined;
    total += best;
  }
  return total;
}

const GREEDY: readonly GreedyStrategy[] = ['priority', 'nearest', 'fewestShipments', 'lowestCost'];

/** Iterations of the Lagrangian ascent (each solves every order's subproblem once). */
const LAGRANGIAN_ITERATIONS = 120;

export function solveOptimal(p: Problem, sequence: Int32Array): OptimalOutcome {
  let best: Work | undefined;
  let bestValue: Value = { units: -1, cost: 0 };
  const offer = (w: Work): void => {
    const v = totalValue(p, w);
    if (better(v, bestValue)) {
      best = w;
      bestValue = v;
    }
  };
  if (!p.allowSplit) {
    for (const strategy of GREEDY) offer(runGreedy(p, strategy, sequence, undefined));
    const work = best as Work;
    localSearch(p, work, sequence);
    groupSearch(p, work, sequence, undefined);
    return { work, method: 'greedy+localSearch', exact: false, flowSolves: 0 };
  }

  const model = (p.hasFixedCharges && p.allowPartial ? buildSkuModel(p) : undefined) ?? buildModel(p);
  const arcs = model.arcIndex.length;
  const unitCosts = new Float64Array(arcs);
  for (let a = 0; a < arcs; a++) unitCosts[a] = p.unitCost(p.lineOrder[model.arcLine[a] as number] as number, model.arcLoc[a] as number);
  const flow = solve(p, model, unitCosts);
  let solves = 1;

  if (!p.allowPartial) {
    // Repair: orders the flow left incomplete give their units back, then try again whole.
    const w = flow.work;
    const incomplete: number[] = [];
    for (const o of sequence) if (orderValue(p, w, o).units < orderUnits(p, o)) incomplete.push(o);
    for (const o of incomplete) releaseOrder(p, w, o);
    for (const o of incomplete) reinsert(p, w, o);
    offer(w);
    for (const strategy of GREEDY) offer(runGreedy(p, strategy, sequence, undefined));
    const work = best as Work;
    localSearch(p, work, sequence);
    groupSearch(p, work, sequence, undefined);
    return { work, method: 'greedy+localSearch', exact: false, flowSolves: solves };
  }

  if (!p.hasFixedCharges) return { work: flow.work, method: 'minCostFlow', exact: true, lowerBoundMinor: flow.cost, flowSolves: solves };

  // Scale slopes c + F/x to integers: costs × K stay exact while K·maxSlope·units < 2^52.
  let maxSlope = 0;
  for (let a = 0; a < arcs; a++) maxSlope = Math.max(maxSlope, (unitCosts[a] as number) + (p.locFixed[model.arcLoc[a] as number] as number));
  let units = 0;
  for (const q of p.lineQty) units += q;
  const scale = Math.max(1, Math.min(1000, Math.floor(2 ** 52 / ((maxSlope + 1) * (units + 1) * 4))));
  const slopes = new Float64Array(arcs);
  const capacityBound = pairTotals(p, model, undefined);
  for (let a = 0; a < arcs; a++) {
    const fixed = p.locFixed[model.arcLoc[a] as number] as number;
    slopes[a] = scale * (unitCosts[a] as number) + Math.floor((scale * fixed) / Math.max(1, capacityBound[a] as number));
  }
  // The LP relaxation with y = x/U: every solution shipping the maximum costs at least this.
  const relaxed = solve(p, model, slopes);
  solves++;
  const lowerBoundMinor = Math.floor(relaxed.cost / scale) + (relaxed.cost % scale > 0 ? 1 : 0);
  offer(flow.work);
  offer(relaxed.work);
  let current = relaxed.work;
  let previousKey = '';
  for (let iteration = 0; iteration < 20; iteration++) {
    const x = pairTotals(p, model, current);
    for (let a = 0; a < arcs; a++) {
      const carried = x[a] as number;
      if (carried > 0) {
        const fixed = p.locFixed[model.arcLoc[a] as number] as number;
        slopes[a] = scale * (unitCosts[a] as number) + Math.floor((scale * fixed) / carried);
      }
    }
    const next = solve(p, model, slopes);
    solves++;
    offer(next.work);
    const key = next.work.alloc.map((list) => list.join(',')).join(';');
    if (key === previousKey) break;
    previousKey = key;
    current = next.work;
  }
  for (const strategy of GREEDY) offer(runGreedy(p, strategy, sequence, undefined));
  let demand = 0;
  for (const q of p.lineQty) demand += q;
  const isolated = flow.work.alloc.reduce((sum, list) => sum + list.reduce((a, x, i) => (i % 2 === 1 ? a + x : a), 0), 0) === demand ? isolatedOrderBound(p) : undefined;
  let bound = Math.max(lowerBoundMinor, isolated ?? 0);
  const bounds = { lp: lowerBoundMinor, ...(isolated === undefined ? {} : { isolated }) };
  if (bestValue.units === 0 || bestValue.cost <= bound) {
    localSearch(p, best as Work, sequence);
    return { work: best as Work, method: 'slopeScaling+localSearch', exact: false, lowerBoundMinor: bound, flowSolves: solves, bounds };
  }
  // The Lagrangian ascent raises the bound; the (order, location) pairs its subproblems keep
  // opening price a flow solve (c + F·(1 − openness)/U), whose solution the local search (with
  // exact re-insertion) and group moves improve into a candidate. Started from the LP bound per
  // unit (not the incumbent, which may depend on the flow model), so the bound depends on the
  // problem alone.
  const ascent = createLagrangianAscent(p, bestValue.units, lowerBoundMinor / bestValue.units);
  const exact = createExactInsertion(p);
  ascent.run(LAGRANGIAN_ITERATIONS, bestValue.cost);
  const openness = ascent.openness();
  for (let a = 0; a < arcs; a++) {
    const l = model.arcLoc[a] as number;
    const open = openness.get((p.lineOrder[model.arcLine[a] as number] as number) * p.nLocs + l) ?? 0;
    slopes[a] = scale * (unitCosts[a] as number) + Math.floor((scale * (p.locFixed[l] as number) * (1 - open)) / Math.max(1, capacityBound[a] as number));
  }
  const guided = solve(p, model, slopes);
  solves++;
  localSearch(p, guided.work, sequence, exact);
  offer(guided.work);
  if (!ascent.reached(bestValue.cost)) {
    const work = best as Work;
    groupSearch(p, work, sequence, exact);
    bestValue = totalValue(p, work);
  }
  const lagrangian = ascent.bound();
  bound = Math.max(bound, lagrangian ?? 0);
  return {
    work: best as Work,
    method: 'slopeScaling+lagrangian+localSearch',
    exact: false,
    lowerBoundMinor: bound,
    flowSolves: solves,
    bounds: { ...bounds, ...(lagrangian === undefined ? {} : { lagrangian }) },
  };
}
