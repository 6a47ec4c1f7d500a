// The counting of fulfilmentKpis, shared with its accumulator: integer counts (exact, so they add
// across shards) and the cycle times (kept whole, so the percentiles stay exact).
import { quantile } from '../../core/statistics/quantile.js';
import { rate, type Rate } from './rate.js';

/** The integer counts of a set of fulfilled orders (the number of orders is kept apart). */
export interface FulfilmentCounts {
  ordered: number;
  shipped: number;
  returned: number;
  lines: number;
  linesInFull: number;
  ordersInFull: number;
  promised: number;
  onTimeInFull: number;
  shippedOrders: number;
  splitShipments: number;
}

/** The keys of {@link FulfilmentCounts}, in the order the accumulator stores them. */
export const FULFILMENT_COUNT_KEYS = [
  'ordered',
  'shipped',
  'returned',
  'lines',
  'linesInFull',
  'ordersInFull',
  'promised',
  'onTimeInFull',
  'shippedOrders',
  'splitShipments',
] as const satisfies readonly (keyof FulfilmentCounts)[];

/** Every count at 0: an empty accumulator's, and where counting starts. */
export function zeroFulfilmentCounts(): FulfilmentCounts {
  return {
    ordered: 0,
    shipped: 0,
    returned: 0,
    lines: 0,
    linesInFull: 0,
    ordersInFull: 0,
    promised: 0,
    onTimeInFull: 0,
    shippedOrders: 0,
    splitShipments: 0,
  };
}

/** An order as fulfilledOrderSchema outputs it (instants in epoch ms). */
interface ParsedOrder {
  readonly promisedAt?: number | undefined;
  readonly deliveredAt?: number | undefined;
  readonly orderedAt: number;
  readonly shipments: number;
  readonly lines: readonly { readonly ordered: number; readonly shipped: number; readonly returned?: number | undefined }[];
}

/** Counts validated orders; the cycle times (deliveredAt − orderedAt of delivered orders) in input order. */
export function countFulfilledOrders(list: readonly ParsedOrder[]): { counts: FulfilmentCounts; cycleTimesMs: number[] } {
  const counts = zeroFulfilmentCounts();
  const cycleTimesMs: number[] = [];
  for (const order of list) {
    let inFull = true;
    for (const line of order.lines) {
      counts.ordered += line.ordered;
      counts.shipped += line.shipped;
      counts.returned += line.returned ?? 0;
      counts.lines++;
      if (line.shipped === line.ordered) counts.linesInFull++;
      else inFull = false;
    }
    if (inFull) counts.ordersInFull++;
    if (order.promisedAt !== undefined) {
      counts.promised++;
      if (inFull && order.deliveredAt !== undefined && order.deliveredAt <= order.promisedAt) counts.onTimeInFull++;
    }
    if (order.shipments >= 1) {
      counts.shippedOrders++;
      if (order.shipments > 1) counts.splitShipments++;
    }
    if (order.deliveredAt !== undefined) cycleTimesMs.push(order.deliveredAt - order.orderedAt);
  }
  return { counts, cycleTimesMs };
}

/** Result of {@link fulfilmentKpis}. */
export interface FulfilmentKpis {
  readonly orders: number;
  /** Σ shipped / Σ ordered units (no interval: units of one order are not independent). */
  readonly unitFillRate: Rate;
  /** Lines shipped in full / lines (no interval: lines of one order are not independent). */
  readonly lineFillRate: Rate;
  /** Orders with every line shipped in full / orders, with a Wilson interval. */
  readonly orderFillRate: Rate;
  /** Orders in full and delivered by `promisedAt` / orders with a `promisedAt`, with a Wilson interval. */
  readonly onTimeInFull: Rate;
  /** Orders shipped in more than one shipment / orders with at least one shipment, with a Wilson interval. */
  readonly splitShipmentRate: Rate;
  /** Σ returned / Σ shipped units (no interval). */
  readonly returnRate: Rate;
  /** deliveredAt − orderedAt over delivered orders, in ms: median and 90th percentile (Hyndman–Fan type 7), null when none. */
  readonly cycleTimeMs: { readonly n: number; readonly p50: number | null; readonly p90: number | null };
}

/** The KPIs of `orders` orders from their counts and cycle times (in any order: the percentiles sort them). */
export function fulfilmentKpisOf(orders: number, counts: FulfilmentCounts, cycleTimesMs: readonly number[], confidence: number): FulfilmentKpis {
  return {
    orders,
    unitFillRate: rate(counts.shipped, counts.ordered, undefined),
    lineFillRate: rate(counts.linesInFull, counts.lines, undefined),
    orderFillRate: rate(counts.ordersInFull, orders, confidence),
    onTimeInFull: rate(counts.onTimeInFull, counts.promised, confidence),
    splitShipmentRate: rate(counts.splitShipments, counts.shippedOrders, confidence),
    returnRate: rate(counts.returned, counts.shipped, undefined),
    cycleTimeMs: {
      n: cycleTimesMs.length,
      p50: cycleTimesMs.length === 0 ? null : quantile(cycleTimesMs, 0.5),
      p90: cycleTimesMs.length === 0 ? null : quantile(cycleTimesMs, 0.9),
    },
  };
}
