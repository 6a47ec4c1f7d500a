import { parseWith } from '../core/errors/parseWith.js';
import { countFulfilledOrders, fulfilmentKpisOf, type FulfilmentKpis } from './internal/fulfilmentCounts.js';
import { fulfilledOrdersSchema, kpiOptionsSchema, type FulfilledOrder, type KpiOptions } from './schemas.js';

export type { Rate } from './internal/rate.js';
export type { FulfilmentKpis } from './internal/fulfilmentCounts.js';

/**
 * Fulfilment KPIs of a set of orders as fulfilled. Every rate carries its numerator and `n`;
 * order-level rates carry a Wilson score interval (`confidence` default 0.95, Wilson 1927). Unit-
 * and line-level rates do not: units and lines of one order share its fate, so treating them as
 * independent trials would make the interval too narrow.
 *
 * - unit fill rate = Σ shipped / Σ ordered; line fill rate = lines with shipped = ordered / lines;
 *   order fill rate = orders with every line in full / orders (Chopra & Meindl, "Supply Chain
 *   Management", 6th ed., 2016, ch. 12: product and order fill rates).
 * - on time in full (OTIF) = orders in full with `deliveredAt ≤ promisedAt` / orders with a
 *   `promisedAt`; an undelivered order is not on time (SCOR "perfect order" components
 *   RL.2.1 % orders delivered in full and RL.2.2 delivery performance to customer commit date).
 * - split-shipment rate = orders with `shipments > 1` / orders with `shipments ≥ 1`.
 * - order cycle time = deliveredAt − orderedAt (ms) over delivered orders: p50 and p90 by
 *   Hyndman & Fan (1996) definition 7.
 * - return rate = Σ returned / Σ shipped units.
 * A rate whose `n` is 0 has `value: null`.
 *
 * @param orders - fulfilled orders with unique ids; never mutated
 * @param options - `confidence` of the intervals (default 0.95)
 * @returns the KPIs
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for shipped > ordered, returned > shipped, a
 *   delivery before the order, a bad instant or a duplicate id (path e.g. `['orders', 2, 'lines', 0, 'shipped']`)
 *
 * @example
 * ```ts
 * import { fulfilmentKpis } from 'omnicx/inventory';
 * const kpis = fulfilmentKpis([
 *   { id: 'a', orderedAt: '2026-03-01T10:00:00Z', promisedAt: '2026-03-03T18:00:00Z', deliveredAt: '2026-03-03T12:00:00Z',
 *     shipments: 1, lines: [{ sku: 'TEE', ordered: 2, shipped: 2, returned: 1 }] },
 *   { id: 'b', orderedAt: '2026-03-01T11:00:00Z', promisedAt: '2026-03-03T18:00:00Z', deliveredAt: '2026-03-04T11:00:00Z',
 *     shipments: 2, lines: [{ sku: 'TEE', ordered: 1, shipped: 1 }, { sku: 'CAP', ordered: 1, shipped: 0 }] },
 * ]);
 * console.log(kpis.unitFillRate.value); // 0.75
 * console.log(kpis.orderFillRate.value); // 0.5
 * console.log(kpis.onTimeInFull.value); // 0.5
 * console.log(kpis.splitShipmentRate.value); // 0.5
 * console.log(kpis.cycleTimeMs.p50); // 219600000
 * console.log(kpis.returnRate.value); // 0.3333
 * ```
 */
export function fulfilmentKpis(orders: readonly FulfilledOrder[], options?: KpiOptions): FulfilmentKpis {
  const list = parseWith(fulfilledOrdersSchema, orders, ['orders']);
  const confidence = parseWith(kpiOptionsSchema, options ?? {}, ['options']).confidence ?? 0.95;
  const { counts, cycleTimesMs } = countFulfilledOrders(list);
  return fulfilmentKpisOf(list.length, counts, cycleTimesMs, confidence);
}
