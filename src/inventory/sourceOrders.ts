import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { noteLine, runGreedy, type GreedyStrategy, type LineNote } from './internal/sourcing/greedy.js';
import { solveOptimal } from './internal/sourcing/optimal.js';
import { buildProblem, processingSequence, type Problem } from './internal/sourcing/problem.js';
import { createWork, type Work } from './internal/sourcing/work.js';
import type { SourceOrdersOptions, SourcingLocation, SourcingOrder, SourcingStrategy } from './schemas.js';

/** Units of one order line shipped from one location. */
export interface SourcingAssignment {
  readonly orderId: string;
  readonly sku: string;
  readonly locationId: string;
  readonly quantity: number;
}

/** Units of an order line that no location could (or, all-or-nothing, did) ship. */
export interface UnfilledLine {
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
}

/** One parcel: everything an order receives from one location, with its cost. */
export interface SourcingShipment {
  readonly orderId: string;
  readonly locationId: string;
  readonly units: number;
  readonly distanceKm: number;
  /** units × unit cost + perShipmentMinor + the location's handlingCostMinor. */
  readonly costMinor: number;
}

/** A location a line could have been shipped from. */
export interface ConsideredLocation {
  readonly locationId: string;
  /** Units it could ship of the line's sku when the line was sourced (stock and capacity). */
  readonly available: number;
  readonly distanceKm: number;
  /** Cost of one unit from it to the order, minor units (rounded half-even). */
  readonly unitCostMinor: number;
  readonly priority: number;
}

/** Why a line was sourced as it was. */
export interface LineExplanation {
  readonly orderId: string;
  readonly sku: string;
  readonly quantity: number;
  readonly filled: number;
  readonly sources: readonly { readonly locationId: string; readonly quantity: number }[];
  /** The best-ranked locations by the strategy's key, at most `maxConsidered`. */
  readonly considered: readonly ConsideredLocation[];
  /** How many locations had the sku in stock (and capacity) at the time. */
  readonly candidates: number;
  readonly reason: string;
}

/** How the `'optimal'` strategy solved the batch. */
export interface SourcingOptimality {
  /**
   * `'minCostFlow'` (exact); heuristics: `'slopeScaling+localSearch'` (the slope-scaling
   * candidates sufficed), `'slopeScaling+lagrangian+localSearch'` (the Lagrangian ascent ran:
   * its bound and the candidate it guides joined), `'greedy+localSearch'` (without split or
   * partial shipping).
   */
  readonly method: 'minCostFlow' | 'slopeScaling+localSearch' | 'slopeScaling+lagrangian+localSearch' | 'greedy+localSearch';
  /** True when the total cost is proven minimal among solutions shipping the most units (exact method, or a cost equal to the lower bound). */
  readonly exact: boolean;
  /**
   * A proven lower bound on the cost of any solution shipping as many units (when computed): with
   * shipment charges the largest of the LP-relaxation, isolated-orders and Lagrangian bounds.
   */
  readonly lowerBoundMinor?: number;
  /** (totalCostMinor − lowerBoundMinor) / lowerBoundMinor, 0 when exact (when a bound is known and positive). */
  readonly gapToLowerBound?: number;
  readonly flowSolves: number;
}

/** Result of {@link sourceOrders}. */
export interface SourcingResult {
  readonly strategy: SourcingStrategy;
  readonly assignments: readonly SourcingAssignment[];
  readonly unfilled: readonly UnfilledLine[];
  readonly shipments: readonly SourcingShipment[];
  readonly demandUnits: number;
  readonly filledUnits: number;
  readonly unfilledUnits: number;
  /** Σ units × unit cost. */
  readonly variableCostMinor: number;
  /** Σ over shipments of perShipmentMinor + handlingCostMinor. */
  readonly shipmentCostMinor: number;
  /** variableCostMinor + shipmentCostMinor, a safe integer. */
  readonly totalCostMinor: number;
  /** One per order line in input order; empty when `explain` is false. */
  readonly explanations: readonly LineExplanation[];
  /** Only for the `'optimal'` strategy. */
  readonly optimality?: SourcingOptimality;
}

/**
 * Chooses the locations that ship each order line, for a whole batch of orders, never shipping
 * more than a location holds (nor more than its `capacity`, the most units it can ship in the
 * batch). Not enough stock is not an error: what cannot be shipped is reported in `unfilled`,
 * and for every line `filled + unfilled = quantity`.
 *
 * **Cost model** (minor units): one unit from location l to order o costs
 * `perUnitMinor + perKmPerUnitMinor × d(o, l)`, rounded half-even to whole minor units once per
 * (order, location) pair (d is the haversine distance, {@link haversineDistanceKm}); every
 * (order, location) pair used — a shipment — adds `perShipmentMinor` plus the location's
 * `handlingCostMinor`. Everything after that rounding is exact integer arithmetic.
 *
 * **Greedy strategies** serve orders one at a time by `priority` (higher first), then `createdAt`
 * (earlier first; orders without one last), then id; each takes from what earlier orders left:
 * - `'priority'`: each line from the location with the highest `priority` (ties: id) that has stock, then the next…
 * - `'nearest'`: each line from the nearest location with stock (ties: priority, id).
 * - `'lowestCost'`: each line from the location with the lowest marginal cost per unit: unit cost,
 *   plus the shipment charge spread over the units taken when the order does not yet ship from it.
 * - `'fewestShipments'`: greedy set cover per order: the location that can ship the most of the
 *   order's remaining units (ties: nearest, priority, id), then the next, until nothing is left.
 *
 * **`'optimal'`** minimises the cost of the whole batch among the solutions that ship the most
 * units (it never leaves demand unfilled to save money). Exact (min-cost max-flow, primal-dual
 * with Dijkstra and potentials) when there are no shipment charges (`perShipmentMinor` and every
 * `handlingCostMinor` 0) and split and partial shipping are allowed. With shipment charges the
 * problem is a fixed-charge transportation problem: the flow solution, dynamic slope scaling
 * (Kim & Pardalos 1999), the greedy strategies and flow solutions guided by a Lagrangian
 * relaxation are candidates, improved by local search, and `optimality` reports a proven lower
 * bound — the largest of the LP relaxation, the orders' isolated optima (when every order can be
 * filled) and the Lagrangian bound (per-order facility-location subproblems solved exactly) — and
 * the gap to it. Without split or
 * partial shipping it is the best greedy solution improved by local search (a heuristic). The
 * result is never worse than any greedy strategy (more units, or as many at no higher cost).
 *
 * **Options**: `allowSplit` (default true) lets an order ship from several locations, and a line
 * from several; false ships each order from one location (the one that can ship the most of it,
 * ties by the strategy's key). `allowPartial` (default true) ships what is available; false is all
 * or nothing per order. `explain` (default true) adds one explanation per line with the
 * `maxConsidered` (default 5) best-ranked candidate locations.
 *
 * @param orders - orders with unique ids, one line per sku; never mutated
 * @param locations - locations with unique ids; never mutated
 * @param options - `strategy` (required), `cost`, `allowSplit`, `allowPartial`, `explain`, `maxConsidered`
 * @returns assignments, unfilled lines, shipments, costs and explanations
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or fractional quantity or stock, a
 *   latitude or longitude out of range, a duplicate order, location or line sku, a sku no location
 *   lists (path e.g. `['orders', 3, 'lines', 0, 'sku']`), or bad options; `NOT_SAFE_INTEGER` when
 *   the total cost exceeds 2^53 − 1
 *
 * @example
 * ```ts
 * import { sourceOrders } from 'omnicx/inventory';
 * const locations = [
 *   { id: 'DC', lat: 50.11, lon: 8.68, priority: 1, stock: { TEE: 10, CAP: 10 } }, // Frankfurt
 *   { id: 'STORE', lat: 52.52, lon: 13.40, stock: { TEE: 1 } }, // Berlin
 * ];
 * const orders = [{ id: 'o1', destination: { lat: 52.5, lon: 13.4 }, lines: [{ sku: 'TEE', quantity: 2 }, { sku: 'CAP', quantity: 1 }] }];
 * const nearest = sourceOrders(orders, locations, { strategy: 'nearest' });
 * console.log(nearest.assignments.map((a) => `${a.locationId}:${a.sku}×${a.quantity}`)); // ['STORE:TEE×1', 'DC:TEE×1', 'DC:CAP×1']
 * console.log(nearest.shipments.length); // 2
 * const fewest = sourceOrders(orders, locations, { strategy: 'fewestShipments' });
 * console.log(fewest.shipments.length); // 1
 * const cost = { perUnitMinor: 100, perKmPerUnitMinor: 0.5, perShipmentMinor: 500 };
 * const optimal = sourceOrders(orders, locations, { strategy: 'optimal', cost });
 * // one parcel from DC (422.09 km away): 3 × round(100 + 0.5 × 422.09) + 500 = 3 × 311 + 500
 * console.log(optimal.totalCostMinor); // 1433
 * console.log(optimal.optimality?.lowerBoundMinor); // 1433
 * ```
 */
export function sourceOrders(
  orders: readonly SourcingOrder[],
  locations: readonly SourcingLocation[],
  options: SourceOrdersOptions,
): SourcingResult {
  const given = buildProblem(orders, locations, options);
  if (given.strategy !== 'optimal') return solveBatch(given);
  // The heuristics of 'optimal' visit orders, lines and locations in index order, so the batch is
  // solved in a canonical order (orders and locations by id, lines by sku) and the result put
  // back in the input order: it then does not depend on the order of the input.
  const canonicalOrders = orders
    .slice()
    .sort((a, b) => byCodeUnits(a.id, b.id))
    // Fields read one by one, not spread: a spread drops what an order has through its prototype
    // (a class getter), which the input-order validation above accepted.
    .map((order) => ({
      id: order.id,
      destination: order.destination,
      lines: order.lines.slice().sort((a, b) => byCodeUnits(a.sku, b.sku)),
      ...(order.priority === undefined ? {} : { priority: order.priority }),
      ...(order.createdAt === undefined ? {} : { createdAt: order.createdAt }),
    }));
  const canonicalLocations = locations.slice().sort((a, b) => byCodeUnits(a.id, b.id));
  const result = solveBatch(buildProblem(canonicalOrders, canonicalLocations, options));
  const orderAt = new Map<string, number>();
  const lineAt = new Map<string, Map<string, number>>();
  orders.forEach((order, i) => {
    orderAt.set(order.id, i);
    lineAt.set(order.id, new Map(order.lines.map((line, j) => [line.sku, j])));
  });
  const byOrder = (a: { orderId: string }, b: { orderId: string }): number => (orderAt.get(a.orderId) as number) - (orderAt.get(b.orderId) as number);
  const byLine = (a: { orderId: string; sku: string }, b: { orderId: string; sku: string }): number =>
    byOrder(a, b) || ((lineAt.get(a.orderId) as Map<string, number>).get(a.sku) as number) - ((lineAt.get(b.orderId) as Map<string, number>).get(b.sku) as number);
  const canonical: SourcingResult = {
    ...result,
    assignments: result.assignments.slice().sort(byLine),
    unfilled: result.unfilled.slice().sort(byLine),
    shipments: result.shipments.slice().sort(byOrder),
    explanations: result.explanations.slice().sort(byLine),
  };
  // 'optimal' is never worse than any greedy strategy. The greedy strategies read each order's
  // lines in the caller's order, which the canonical solve does not see, so they are run on the
  // batch as given (milliseconds, against seconds for the solve) and one replaces the plan only
  // when strictly better: more units, or as many for less. Only then does the plan depend on the
  // order of the input.
  const sequence = processingSequence(given);
  const optimality = canonical.optimality;
  let best = canonical;
  for (const strategy of GREEDY_STRATEGIES) {
    const work = runGreedy(given, strategy, sequence, undefined);
    const candidate = buildResult(given, work, optimalNotes(given), optimality === undefined ? undefined : { method: optimality.method, exact: false, flowSolves: optimality.flowSolves, ...(optimality.lowerBoundMinor === undefined ? {} : { lowerBoundMinor: optimality.lowerBoundMinor }) });
    if (candidate.filledUnits > best.filledUnits || (candidate.filledUnits === best.filledUnits && candidate.totalCostMinor < best.totalCostMinor)) best = candidate;
  }
  return best;
}

const GREEDY_STRATEGIES: readonly GreedyStrategy[] = ['priority', 'nearest', 'fewestShipments', 'lowestCost'];

/** The explanation notes of an 'optimal' plan (the candidates as the batch began), or none. */
function optimalNotes(p: Problem): LineNote[] | undefined {
  if (!p.explain) return undefined;
  const notes = new Array<LineNote>(p.lineQty.length);
  const fresh = createWork(p);
  for (let line = 0; line < p.lineQty.length; line++) notes[line] = noteLine(p, fresh, 'optimal', line, p.maxConsidered);
  return notes;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function solveBatch(p: Problem): SourcingResult {
  const sequence = processingSequence(p);
  let work: Work;
  let notes: LineNote[] | undefined = p.explain ? new Array<LineNote>(p.lineQty.length) : undefined;
  let optimality: SourcingOptimality | undefined;
  if (p.strategy === 'optimal') {
    const outcome = solveOptimal(p, sequence);
    work = outcome.work;
    notes = optimalNotes(p);
    optimality = {
      method: outcome.method,
      exact: outcome.exact,
      flowSolves: outcome.flowSolves,
      ...(outcome.lowerBoundMinor === undefined ? {} : { lowerBoundMinor: outcome.lowerBoundMinor }),
    };
  } else {
    work = runGreedy(p, p.strategy, sequence, notes);
  }
  return buildResult(p, work, notes, optimality);
}

function buildResult(p: Problem, w: Work, notes: LineNote[] | undefined, optimality: SourcingOptimality | undefined): SourcingResult {
  const assignments: SourcingAssignment[] = [];
  const unfilled: UnfilledLine[] = [];
  const shipments: SourcingShipment[] = [];
  const explanations: LineExplanation[] = [];
  const drafts: Omit<LineExplanation, 'reason'>[] = [];
  let demandUnits = 0;
  let filledUnits = 0;
  let variableCostMinor = 0;
  let shipmentCostMinor = 0;
  // Parcels of the order at hand, per location, in order of first use (reused across orders).
  const parcelUnits = new Float64Array(p.nLocs);
  const parcelCost = new Float64Array(p.nLocs);
  const parcelSeen = new Uint8Array(p.nLocs);
  const parcelOrder: number[] = [];
  for (let o = 0; o < p.nOrders; o++) {
    const orderId = p.orderIds[o] as string;
    parcelOrder.length = 0;
    let orderFilled = 0;
    let orderDemand = 0;
    for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
      const sku = p.skuIds[p.lineSku[line] as number] as string;
      const quantity = p.lineQty[line] as number;
      const list = w.alloc[line] as number[];
      let filled = 0;
      const sources: { locationId: string; quantity: number }[] | undefined = notes === undefined ? undefined : [];
      for (let i = 0; i < list.length; i += 2) {
        const l = list[i] as number;
        const qty = list[i + 1] as number;
        if (qty <= 0) continue;
        const locationId = p.locIds[l] as string;
        assignments.push({ orderId, sku, locationId, quantity: qty });
        sources?.push({ locationId, quantity: qty });
        filled += qty;
        const cost = qty * p.unitCost(o, l);
        variableCostMinor += cost;
        if (parcelSeen[l] === 0) {
          parcelSeen[l] = 1;
          parcelOrder.push(l);
          parcelUnits[l] = qty;
          parcelCost[l] = cost;
        } else {
          parcelUnits[l] = (parcelUnits[l] as number) + qty;
          parcelCost[l] = (parcelCost[l] as number) + cost;
        }
      }
      if (filled < quantity) unfilled.push({ orderId, sku, quantity: quantity - filled });
      demandUnits += quantity;
      filledUnits += filled;
      orderFilled += filled;
      orderDemand += quantity;
      const note = notes?.[line];
      if (note !== undefined && sources !== undefined) {
        drafts.push({
          orderId,
          sku,
          quantity,
          filled,
          sources,
          considered: note.considered.map((l, i) => ({
            locationId: p.locIds[l] as string,
            available: note.available[i] as number,
            distanceKm: p.dist(o, l),
            unitCostMinor: p.unitCost(o, l),
            priority: p.locPriority[l] as number,
          })),
          candidates: note.candidates,
        });
      }
    }
    for (const l of parcelOrder) {
      const fixed = p.locFixed[l] as number;
      shipmentCostMinor += fixed;
      parcelSeen[l] = 0;
      shipments.push({ orderId, locationId: p.locIds[l] as string, units: parcelUnits[l] as number, distanceKm: p.dist(o, l), costMinor: (parcelCost[l] as number) + fixed });
    }
    // The reason needs the whole order (filled units, parcels): each explanation is built once, here.
    for (const d of drafts) {
      explanations.push({
        orderId: d.orderId,
        sku: d.sku,
        quantity: d.quantity,
        filled: d.filled,
        sources: d.sources,
        considered: d.considered,
        candidates: d.candidates,
        reason: reasonFor(p, d, orderFilled, orderDemand, parcelOrder.length),
      });
    }
    drafts.length = 0;
  }
  const totalCostMinor = variableCostMinor + shipmentCostMinor;
  if (!Number.isSafeInteger(totalCostMinor)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the total cost ${String(totalCostMinor)} exceeds 2^53 − 1 minor units`, {
      path: ['options', 'cost'],
    });
  }
  let finalOptimality = optimality;
  if (optimality?.lowerBoundMinor !== undefined) {
    const bound = optimality.lowerBoundMinor;
    // A heuristic solution that meets the lower bound is proven optimal.
    const exact = optimality.exact || totalCostMinor === bound;
    const gap = exact ? 0 : bound > 0 ? (totalCostMinor - bound) / bound : undefined;
    finalOptimality = { ...optimality, exact, ...(gap === undefined ? {} : { gapToLowerBound: gap }) };
  }
  return {
    strategy: p.strategy,
    assignments,
    unfilled,
    shipments,
    demandUnits,
    filledUnits,
    unfilledUnits: demandUnits - filledUnits,
    variableCostMinor,
    shipmentCostMinor,
    totalCostMinor,
    explanations,
    ...(finalOptimality === undefined ? {} : { optimality: finalOptimality }),
  };
}

const RULE: Record<SourcingStrategy, string> = {
  priority: 'the highest-priority location with stock',
  nearest: 'the nearest location with stock',
  lowestCost: 'the location with the lowest marginal cost per unit (unit cost plus any new shipment charge spread over the units)',
  fewestShipments: 'the location able to ship the most of the order',
  optimal: 'the cheapest combination for the whole batch',
};

function reasonFor(p: Problem, e: Omit<LineExplanation, 'reason'>, orderFilled: number, orderDemand: number, parcels: number): string {
  const from = e.sources.map((s) => `${String(s.quantity)} from ${s.locationId}`).join(', ');
  if (e.filled === 0) {
    if (e.candidates === 0) return 'unfilled: no location had stock of this sku left (or capacity) when the line was sourced';
    if (!p.allowPartial && orderFilled < orderDemand) return 'unfilled: the order could not be shipped in full and partial shipping is off';
    if (!p.allowSplit) return 'unfilled: the one location chosen for the order does not hold this sku';
    return 'unfilled: the stock went to orders served earlier or to a cheaper overall combination';
  }
  const rule = p.allowSplit ? RULE[p.strategy] : `the single location shipping the most of the order (${String(orderFilled)} of ${String(orderDemand)} units), ties by ${RULE[p.strategy]}`;
  const rest = e.filled < e.quantity ? `; ${String(e.quantity - e.filled)} unfilled: no stock left` : '';
  return `${from}: ${rule}; the order ships in ${String(parcels)} parcel${parcels === 1 ? '' : 's'}${rest}`;
}
