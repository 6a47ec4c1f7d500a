// The zod schemas of every input of the inventory domain. Types are inferred from them, so a shape
// is written once. Functions validate with these schemas (through parseWith) or, on hot paths,
// with hand-written checks that accept exactly the same data.
import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { instantSchema } from '../core/time/instantSchema.js';
import { fulfilmentAccumulatorIssue } from './internal/fulfilmentInvariants.js';
import { itemBefore } from './internal/itemOrder.js';
import { stockKey } from './internal/stockKey.js';

const identifier = z.string().min(1, { error: 'must be a non-empty string' });
/** Whole units, 0 to 2^53 − 1. */
const units = z.int().nonnegative();
/** Whole units, 1 to 2^53 − 1. */
const positiveUnits = z.int().positive();
/** Minor units of money, 0 to 2^53 − 1. */
const costMinor = z.int().nonnegative();
const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });

function pushDuplicate(ctx: z.core.$RefinementCtx, path: (string | number)[], what: string, value: string): void {
  ctx.addIssue({ code: 'custom', message: `duplicate ${what} ${JSON.stringify(value)}`, path, input: value });
}

// ---------------------------------------------------------------------------------------------
// Stock and available to promise

/**
 * A delivery expected at a location: `quantity` units arriving at `eta` (an ISO 8601 string with
 * offset, epoch milliseconds or a `Date`; parsed to epoch milliseconds).
 */
export const inboundSchema = z.object({ quantity: units, eta: instantSchema });

/**
 * One stock row: what a location holds of a sku.
 *
 * - `onHand`: physical units at the location.
 * - `reserved` (default 0): units already promised elsewhere (open orders, holds from other systems).
 * - `safetyStock` (default 0): units kept back as protection against overselling.
 * - `inbound` (default none): expected deliveries; see {@link availableToPromise} for the horizon rule.
 */
export const stockRowSchema = z.object({
  sku: identifier,
  locationId: identifier,
  onHand: units,
  reserved: units.optional(),
  safetyStock: units.optional(),
  inbound: z.array(inboundSchema).optional(),
});

/** A list of stock rows with at most one row per (sku, location) pair. */
export const stockSchema = z.array(stockRowSchema).superRefine((rows, ctx) => {
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = stockKey(row.sku, row.locationId);
    if (seen.has(key)) pushDuplicate(ctx, [i, 'locationId'], 'stock row for sku', `${row.sku} at ${row.locationId}`);
    seen.add(key);
  });
});

/**
 * Options of {@link availableToPromise}: `asOf` (required) the instant of the calculation;
 * `horizonMs` (default 0) how far after `asOf` an inbound delivery may arrive and still count.
 */
export const availableToPromiseOptionsSchema = z.strictObject({
  asOf: instantSchema,
  horizonMs: units.optional(),
});

// ---------------------------------------------------------------------------------------------
// Reservations

/** A reservation held against the stock of one location. `expiresAt` is epoch milliseconds. */
export const reservationSchema = z.object({
  id: identifier,
  sku: identifier,
  locationId: identifier,
  quantity: positiveUnits,
  expiresAt: z.int(),
  status: z.enum(['held', 'released', 'expired']),
});

/** A stock row inside a reservation state: inbound deliveries are not part of it. */
export const reservationStockRowSchema = stockRowSchema.omit({ inbound: true });

/**
 * The state of the reservation book: stock rows (at most one per sku and location) and every
 * reservation ever granted (held, released or expired; ids unique). Plain JSON data.
 */
export const reservationStateSchema = z
  .object({
    stock: z.array(reservationStockRowSchema),
    reservations: z.array(reservationSchema),
  })
  .superRefine((state, ctx) => {
    const rows = new Set<string>();
    state.stock.forEach((row, i) => {
      const key = stockKey(row.sku, row.locationId);
      if (rows.has(key)) pushDuplicate(ctx, ['stock', i, 'locationId'], 'stock row for sku', `${row.sku} at ${row.locationId}`);
      rows.add(key);
    });
    const ids = new Set<string>();
    state.reservations.forEach((reservation, i) => {
      if (ids.has(reservation.id)) pushDuplicate(ctx, ['reservations', i, 'id'], 'reservation id', reservation.id);
      ids.add(reservation.id);
      if (!rows.has(stockKey(reservation.sku, reservation.locationId))) {
        ctx.addIssue({
          code: 'custom',
          message: `reservation ${reservation.id} refers to no stock row (${reservation.sku} at ${reservation.locationId})`,
          path: ['reservations', i, 'locationId'],
          input: reservation.locationId,
        });
      }
    });
  });

/**
 * A request to hold `quantity` units of `sku` until `expiresAt`. `id` is the idempotency key.
 * `locationId` is optional: without it the location with the most available units is chosen.
 */
export const reservationRequestSchema = z.object({
  id: identifier,
  sku: identifier,
  locationId: identifier.optional(),
  quantity: positiveUnits,
  expiresAt: instantSchema,
});

// ---------------------------------------------------------------------------------------------
// Channel allocation

/**
 * A channel competing for a limited quantity: `demand` units wanted; `priority` (default 0, higher
 * is served first); `min` (default 0) units guaranteed by `'minimumsThenShare'`; `max` (default
 * none) a cap on what the channel may receive.
 */
export const channelDemandSchema = z
  .object({
    id: identifier,
    demand: units,
    priority: finite.optional(),
    min: units.optional(),
    max: units.optional(),
  })
  .superRefine((channel, ctx) => {
    if (channel.min !== undefined && channel.max !== undefined && channel.min > channel.max) {
      ctx.addIssue({
        code: 'custom',
        message: `min (${String(channel.min)}) must not exceed max (${String(channel.max)})`,
        path: ['min'],
        input: channel.min,
      });
    }
  });

/** A list of channels with unique ids. */
export const channelDemandsSchema = z.array(channelDemandSchema).superRefine((channels, ctx) => {
  const ids = new Set<string>();
  channels.forEach((channel, i) => {
    if (ids.has(channel.id)) pushDuplicate(ctx, [i, 'id'], 'channel id', channel.id);
    ids.add(channel.id);
  });
});

/** The allocation methods of {@link allocateToChannels}. */
export const channelAllocationMethodSchema = z.enum(['priority', 'demandShare', 'fairShare', 'minimumsThenShare']);

/** Options of {@link allocateToChannels}: the `method` (required). */
export const allocateToChannelsOptionsSchema = z.strictObject({ method: channelAllocationMethodSchema });

// ---------------------------------------------------------------------------------------------
// Order sourcing

/** A point on Earth in decimal degrees: latitude −90 to 90, longitude −180 to 180. */
export const geoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});

/** An order line: `quantity` (≥ 1) units of `sku`. */
export const sourcingOrderLineSchema = z.object({ sku: identifier, quantity: positiveUnits });

/**
 * An order to source: lines (at least one, one line per sku), the delivery `destination`,
 * `priority` (default 0, higher is sourced first by the greedy strategies) and `createdAt`
 * (optional instant; earlier is sourced first among equal priorities, orders without one come last).
 */
export const sourcingOrderSchema = z
  .object({
    id: identifier,
    lines: z.array(sourcingOrderLineSchema).min(1),
    destination: geoPointSchema,
    priority: finite.optional(),
    createdAt: instantSchema.optional(),
  })
  .superRefine((order, ctx) => {
    const skus = new Set<string>();
    order.lines.forEach((line, j) => {
      if (skus.has(line.sku)) pushDuplicate(ctx, ['lines', j, 'sku'], 'sku in order lines', line.sku);
      skus.add(line.sku);
    });
  });

/**
 * A fulfilment location (store, warehouse, dropship vendor): position, `priority` (default 0,
 * higher is preferred by `'priority'`), `stock` per sku in units, `capacity` (default unlimited)
 * the most units it can ship in the batch, `handlingCostMinor` (default 0) added per shipment.
 */
export const sourcingLocationSchema = z.object({
  id: identifier,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  priority: finite.optional(),
  stock: recordOf(z.string(), units, 'keep'),
  capacity: units.optional(),
  handlingCostMinor: costMinor.optional(),
});

/** The sourcing strategies of {@link sourceOrders}. */
export const sourcingStrategySchema = z.enum(['priority', 'nearest', 'fewestShipments', 'lowestCost', 'optimal']);

/**
 * The cost model of {@link sourceOrders}, in minor units of one currency: the cost of a unit
 * shipped from a location to an order is `perUnitMinor + perKmPerUnitMinor × distanceKm`, rounded
 * half-even to whole minor units; each (order, location) pair used adds `perShipmentMinor` plus
 * the location's `handlingCostMinor`. All default to 0.
 */
export const sourcingCostSchema = z.strictObject({
  perUnitMinor: costMinor.optional(),
  perKmPerUnitMinor: z.number().nonnegative().refine(Number.isFinite, { error: 'must be a finite number' }).optional(),
  perShipmentMinor: costMinor.optional(),
});

/**
 * Options of {@link sourceOrders}: `strategy` (required); `cost` (default all zero); `allowSplit`
 * (default true); `allowPartial` (default true); `explain` (default true); `maxConsidered`
 * (default 5, from 0 to 1000).
 */
export const sourceOrdersOptionsSchema = z.strictObject({
  strategy: sourcingStrategySchema,
  cost: sourcingCostSchema.optional(),
  allowSplit: z.boolean().optional(),
  allowPartial: z.boolean().optional(),
  explain: z.boolean().optional(),
  maxConsidered: z.int().min(0).max(1000).optional(),
});

// ---------------------------------------------------------------------------------------------
// Replenishment

const nonNegative = z.number().nonnegative().refine(Number.isFinite, { error: 'must be a finite number' });

/**
 * Input of {@link safetyStock} and {@link reorderPoint}, in one consistent period (day, week):
 * `demandMean` and `demandSd` units per period, `leadTimeMean` and `leadTimeSd` (default 0) periods,
 * `serviceLevel` the cycle service level strictly between 0 and 1.
 */
export const safetyStockInputSchema = z.object({
  demandMean: nonNegative,
  demandSd: nonNegative,
  leadTimeMean: nonNegative,
  leadTimeSd: nonNegative.optional(),
  serviceLevel: z
    .number()
    .gt(0, { error: 'serviceLevel must be strictly between 0 and 1' })
    .lt(1, { error: 'serviceLevel must be strictly between 0 and 1' }),
});

/**
 * Input of {@link economicOrderQuantity}: `annualDemand` units per year, `orderCostMinor` the fixed
 * cost of placing one order, `holdingCostMinorPerUnitYear` (> 0) the cost of holding one unit for a year.
 */
export const economicOrderQuantityInputSchema = z.object({
  annualDemand: nonNegative,
  orderCostMinor: nonNegative,
  holdingCostMinorPerUnitYear: z.number().positive().refine(Number.isFinite, { error: 'must be a finite number' }),
});

// ---------------------------------------------------------------------------------------------
// KPIs

/** One line of a fulfilled order: units `ordered`, `shipped` (≤ ordered) and `returned` (default 0, ≤ shipped). */
export const fulfilledLineSchema = z
  .object({ sku: identifier, ordered: positiveUnits, shipped: units, returned: units.optional() })
  .superRefine((line, ctx) => {
    if (line.shipped > line.ordered) {
      ctx.addIssue({ code: 'custom', message: 'shipped must not exceed ordered', path: ['shipped'], input: line.shipped });
    }
    if ((line.returned ?? 0) > line.shipped) {
      ctx.addIssue({ code: 'custom', message: 'returned must not exceed shipped', path: ['returned'], input: line.returned });
    }
  });

/**
 * An order as fulfilled, for {@link fulfilmentKpis}: `orderedAt` (instant), `promisedAt` (optional
 * promised delivery instant), `deliveredAt` (optional instant the last unit was delivered; absent
 * while undelivered), `shipments` (number of parcels it left in) and its lines.
 */
export const fulfilledOrderSchema = z
  .object({
    id: identifier,
    orderedAt: instantSchema,
    promisedAt: instantSchema.optional(),
    deliveredAt: instantSchema.optional(),
    shipments: units,
    lines: z.array(fulfilledLineSchema).min(1),
  })
  .superRefine((order, ctx) => {
    if (order.deliveredAt !== undefined && order.deliveredAt < order.orderedAt) {
      ctx.addIssue({ code: 'custom', message: 'deliveredAt must not be before orderedAt', path: ['deliveredAt'], input: order.deliveredAt });
    }
  });

/** A list of fulfilled orders with unique ids. */
export const fulfilledOrdersSchema = z.array(fulfilledOrderSchema).superRefine((orders, ctx) => {
  const ids = new Set<string>();
  orders.forEach((order, i) => {
    if (ids.has(order.id)) pushDuplicate(ctx, [i, 'id'], 'order id', order.id);
    ids.add(order.id);
  });
});

/** Options of {@link fulfilmentKpis} and {@link inventoryKpis}: `confidence` of the Wilson intervals (default 0.95). */
export const kpiOptionsSchema = z.strictObject({
  confidence: z.number().gt(0).lt(1).optional(),
});

/**
 * One sku at one location over the period, for {@link inventoryKpis}: units on hand at the start,
 * received, sold, on hand at the end; optional `daysOutOfStock` (0 to periodDays); optional
 * cycle-count pair `recordedOnHand` (the system's figure) and `countedOnHand` (what was counted).
 */
export const inventoryKpiItemSchema = z.object({
  sku: identifier,
  locationId: identifier.optional(),
  beginningOnHand: units,
  receivedUnits: units,
  soldUnits: units,
  endingOnHand: units,
  daysOutOfStock: nonNegative.optional(),
  recordedOnHand: units.optional(),
  countedOnHand: units.optional(),
});

/** The rules of one KPI item within its period (the input's and the accumulator's). */
function checkItem(ctx: z.core.$RefinementCtx, item: InventoryKpiItem, i: number, periodDays: number): void {
  if (item.daysOutOfStock !== undefined && item.daysOutOfStock > periodDays) {
    ctx.addIssue({ code: 'custom', message: 'daysOutOfStock must not exceed periodDays', path: ['items', i, 'daysOutOfStock'], input: item.daysOutOfStock });
  }
  if ((item.recordedOnHand === undefined) !== (item.countedOnHand === undefined)) {
    ctx.addIssue({
      code: 'custom',
      message: 'recordedOnHand and countedOnHand must be given together',
      path: ['items', i, item.recordedOnHand === undefined ? 'recordedOnHand' : 'countedOnHand'],
      input: item,
    });
  }
}

/**
 * Input of {@link inventoryKpis}: the length of the period in days (> 0), the items (at most one
 * per sku and location) and `toleranceUnits` (default 0), the largest |recorded − counted| that
 * still counts as an accurate record.
 */
export const inventoryKpiInputSchema = z
  .object({
    periodDays: z.number().positive().refine(Number.isFinite, { error: 'must be a finite number' }),
    items: z.array(inventoryKpiItemSchema),
    toleranceUnits: units.optional(),
  })
  .superRefine((input, ctx) => {
    const keys = new Set<string>();
    input.items.forEach((item, i) => {
      // Unambiguous: joining with U+0000 made ('a', 'b\u0000c') a duplicate of ('a\u0000b', 'c').
      const key = JSON.stringify([item.sku, item.locationId ?? null]);
      if (keys.has(key)) pushDuplicate(ctx, ['items', i, 'sku'], 'item', `${item.sku} at ${item.locationId ?? '(no location)'}`);
      keys.add(key);
      checkItem(ctx, item, i, input.periodDays);
    });
  });

// ---------------------------------------------------------------------------------------------
// KPI accumulators

/**
 * A mergeable fulfilment-KPI accumulator (`createFulfilmentKpisAccumulator`): plain JSON holding
 * the ids of the orders added (sorted by code unit, distinct: an order is counted once), the
 * integer counts of {@link fulfilmentKpis} (units ordered, shipped and returned; lines and lines
 * in full; orders in full, promised, on time in full, shipped and split), each at most 2^53 − 1,
 * and the cycle time of each delivered order in ms (ascending). The counts must be consistent
 * (e.g. shipped ≤ ordered, on time in full ≤ promised, one cycle time at most per order).
 *
 * @example
 * ```ts
 * import { createFulfilmentKpisAccumulator, fulfilmentKpisAccumulatorSchema } from 'omnicx/inventory';
 * console.log(fulfilmentKpisAccumulatorSchema.safeParse(createFulfilmentKpisAccumulator()).success); // true
 * ```
 */
export const fulfilmentKpisAccumulatorSchema = z
  .object({
    kind: z.literal('fulfilmentKpis'),
    version: z.literal(1),
    orderIds: z.array(identifier),
    ordered: units,
    shipped: units,
    returned: units,
    lines: units,
    linesInFull: units,
    ordersInFull: units,
    promised: units,
    onTimeInFull: units,
    shippedOrders: units,
    splitShipments: units,
    cycleTimesMs: z.array(nonNegative),
  })
  .superRefine((acc, ctx) => {
    const issue = fulfilmentAccumulatorIssue(acc);
    if (issue !== undefined) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path, input: acc });
  });

const periodDays = z.number().positive().refine(Number.isFinite, { error: 'must be a finite number' });

/**
 * Options of `createInventoryKpisAccumulator`: what {@link inventoryKpis} takes besides the items —
 * `periodDays` (> 0) and `toleranceUnits` (default 0).
 *
 * @example
 * ```ts
 * import { inventoryKpisAccumulatorOptionsSchema } from 'omnicx/inventory';
 * console.log(inventoryKpisAccumulatorOptionsSchema.safeParse({ periodDays: 0 }).success); // false
 * ```
 */
export const inventoryKpisAccumulatorOptionsSchema = z.strictObject({ periodDays, toleranceUnits: units.optional() });

/**
 * A mergeable inventory-KPI accumulator (`createInventoryKpisAccumulator`): plain JSON holding the
 * options (`periodDays`, `toleranceUnits`) and every item added, as {@link inventoryKpiItemSchema}
 * reads it, **sorted by sku, then location** (UTF-16 code units; the item without a location
 * first) and distinct — the canonical order in which `inventoryKpisFromAccumulator` reports
 * `byItem` and sums. Each item obeys the rules of {@link inventoryKpiInputSchema}
 * (daysOutOfStock ≤ periodDays, recorded and counted together).
 *
 * @example
 * ```ts
 * import { createInventoryKpisAccumulator, inventoryKpisAccumulatorSchema } from 'omnicx/inventory';
 * console.log(inventoryKpisAccumulatorSchema.safeParse(createInventoryKpisAccumulator({ periodDays: 7 })).success); // true
 * ```
 */
export const inventoryKpisAccumulatorSchema = z
  .object({
    kind: z.literal('inventoryKpis'),
    version: z.literal(1),
    periodDays,
    toleranceUnits: units,
    items: z.array(inventoryKpiItemSchema),
  })
  .superRefine((acc, ctx) => {
    acc.items.forEach((item, i) => {
      if (i > 0 && !itemBefore(acc.items[i - 1] as InventoryKpiItem, item)) {
        ctx.addIssue({ code: 'custom', message: 'items must be sorted by sku, then locationId (code units, no location first), and distinct', path: ['items', i, 'sku'], input: item.sku });
      }
      checkItem(ctx, item, i, acc.periodDays);
    });
  });

/** Input shape of one stock row (inbound `eta` as ISO string, epoch ms or Date). */
export type StockRow = z.input<typeof stockRowSchema>;
/** An expected delivery as accepted by {@link availableToPromise}. */
export type Inbound = z.input<typeof inboundSchema>;
/** Options of {@link availableToPromise} as accepted. */
export type AvailableToPromiseOptions = z.input<typeof availableToPromiseOptionsSchema>;
/** A reservation in a {@link ReservationState}. */
export type Reservation = z.infer<typeof reservationSchema>;
/** The status of a {@link Reservation}. */
export type ReservationStatus = Reservation['status'];
/** A stock row inside a {@link ReservationState}. */
export type ReservationStockRow = z.infer<typeof reservationStockRowSchema>;
/** The reservation book: stock and reservations, plain JSON data. */
export type ReservationState = z.infer<typeof reservationStateSchema>;
/** A reservation request as accepted by {@link reserve}. */
export type ReservationRequest = z.input<typeof reservationRequestSchema>;
/** A channel as accepted by {@link allocateToChannels}. */
export type ChannelDemand = z.infer<typeof channelDemandSchema>;
/** One of `'priority'`, `'demandShare'`, `'fairShare'`, `'minimumsThenShare'`. */
export type ChannelAllocationMethod = z.infer<typeof channelAllocationMethodSchema>;
/** Options of {@link allocateToChannels}. */
export type AllocateToChannelsOptions = z.infer<typeof allocateToChannelsOptionsSchema>;
/** A point in decimal degrees. */
export type GeoPoint = z.infer<typeof geoPointSchema>;
/** An order line as accepted by {@link sourceOrders}. */
export type SourcingOrderLine = z.infer<typeof sourcingOrderLineSchema>;
/** An order as accepted by {@link sourceOrders}. */
export type SourcingOrder = z.input<typeof sourcingOrderSchema>;
/** A location as accepted by {@link sourceOrders}. */
export type SourcingLocation = z.infer<typeof sourcingLocationSchema>;
/** One of `'priority'`, `'nearest'`, `'fewestShipments'`, `'lowestCost'`, `'optimal'`. */
export type SourcingStrategy = z.infer<typeof sourcingStrategySchema>;
/** The cost model of {@link sourceOrders}. */
export type SourcingCost = z.infer<typeof sourcingCostSchema>;
/** Options of {@link sourceOrders}. */
export type SourceOrdersOptions = z.infer<typeof sourceOrdersOptionsSchema>;
/** Input of {@link safetyStock} and {@link reorderPoint}. */
export type SafetyStockInput = z.infer<typeof safetyStockInputSchema>;
/** Input of {@link economicOrderQuantity}. */
export type EconomicOrderQuantityInput = z.infer<typeof economicOrderQuantityInputSchema>;
/** A fulfilled order line for {@link fulfilmentKpis}. */
export type FulfilledLine = z.infer<typeof fulfilledLineSchema>;
/** A fulfilled order as accepted by {@link fulfilmentKpis}. */
export type FulfilledOrder = z.input<typeof fulfilledOrderSchema>;
/** Options of {@link fulfilmentKpis} and {@link inventoryKpis}. */
export type KpiOptions = z.infer<typeof kpiOptionsSchema>;
/** One item of {@link InventoryKpiInput}. */
export type InventoryKpiItem = z.infer<typeof inventoryKpiItemSchema>;
/** Input of {@link inventoryKpis}. */
export type InventoryKpiInput = z.infer<typeof inventoryKpiInputSchema>;
/** A fulfilment-KPI accumulator: see {@link fulfilmentKpisAccumulatorSchema}. */
export type FulfilmentKpisAccumulator = z.infer<typeof fulfilmentKpisAccumulatorSchema>;
/** Options of `createInventoryKpisAccumulator`, as accepted. */
export type InventoryKpisAccumulatorOptions = z.input<typeof inventoryKpisAccumulatorOptionsSchema>;
/** An inventory-KPI accumulator: see {@link inventoryKpisAccumulatorSchema}. */
export type InventoryKpisAccumulator = z.infer<typeof inventoryKpisAccumulatorSchema>;
