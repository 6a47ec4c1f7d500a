// Validation and indexing of a sourcing batch: orders, lines, skus and locations become integer
// indices and typed arrays so that the strategies run without string lookups.
import * as z from 'zod';
import { ErrorCode, OmnicxError } from '../../../core/errors/OmnicxError.js';
import { parseWith } from '../../../core/errors/parseWith.js';
import { assertObject, describe, invalid } from '../../../core/internal/assert.js';
import { readInstant } from '../../../core/time/internal/instant.js';
import {
  sourceOrdersOptionsSchema,
  sourcingLocationSchema,
  sourcingOrderSchema,
  type SourceOrdersOptions,
  type SourcingLocation,
  type SourcingOrder,
  type SourcingStrategy,
} from '../../schemas.js';
import { EARTH_RADIUS_KM } from '../haversine.js';

const RAD = Math.PI / 180;

const OrdersSchema = z.array(sourcingOrderSchema);
const LocationsSchema = z.array(z.unknown());
const LocationHeaderSchema = sourcingLocationSchema.omit({ stock: true });

export interface Problem {
  readonly strategy: SourcingStrategy;
  readonly allowSplit: boolean;
  readonly allowPartial: boolean;
  readonly explain: boolean;
  readonly maxConsidered: number;
  readonly perUnitMinor: number;
  readonly perKmPerUnitMinor: number;
  readonly perShipmentMinor: number;
  readonly nOrders: number;
  readonly orderIds: readonly string[];
  readonly orderLat: Float64Array;
  readonly orderLon: Float64Array;
  readonly orderPriority: Float64Array;
  /** createdAt in epoch ms; +Infinity when absent. */
  readonly orderCreated: Float64Array;
  /** Lines of order o are lineStart[o] … lineStart[o + 1] − 1. */
  readonly lineStart: Int32Array;
  readonly lineOrder: Int32Array;
  readonly lineSku: Int32Array;
  readonly lineQty: Float64Array;
  readonly skuIds: readonly string[];
  readonly nLocs: number;
  readonly locIds: readonly string[];
  readonly locLat: Float64Array;
  readonly locLon: Float64Array;
  readonly locPriority: Float64Array;
  /** Capacity in units; +Infinity when unlimited. */
  readonly locCapacity: Float64Array;
  /** perShipmentMinor + handlingCostMinor of the location. */
  readonly locFixed: Float64Array;
  /** Position of each location in id order (ties are broken by id everywhere). */
  readonly locIdRank: Int32Array;
  /** For each sku, the locations with stock > 0 (ascending index) and their stock. */
  readonly stockers: readonly Int32Array[];
  readonly stockQty: readonly Float64Array[];
  /** sku · nLocs + loc → position in stockers[sku] (undefined when the location does not stock it). */
  readonly slot: { get(key: number): number | undefined };
  readonly hasFixedCharges: boolean;
  readonly hasCapacity: boolean;
  dist(o: number, l: number): number;
  /**
   * A lower bound on dist(o, l) without trigonometry: R·|Δlatitude| (a great circle is never
   * shorter than the meridian arc between the two latitudes), shrunk by a factor 1 − 1e-9 and
   * 1e-9 km against rounding and underflow.
   */
  distFloor(o: number, l: number): number;
  unitCost(o: number, l: number): number;
  /** A lower bound on unitCost(o, l) (the rounding of the cost at distFloor). */
  unitCostFloor(o: number, l: number): number;
}

/** Rounds a non-negative float half to even. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

type ParsedOrder = Omit<SourcingOrder, 'createdAt'> & { createdAt?: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * One fast pass over the orders, accepting only what sourcingOrderSchema accepts (createdAt read
 * as zod would: a number or a string through readInstant). Returns the orders as the schema
 * would output them (the fields read downstream), or undefined at the first doubt: then the
 * zod schema runs and produces today's error (code, path, message) or its output.
 */
function fastOrders(input: unknown): ParsedOrder[] | undefined {
  if (!Array.isArray(input)) return undefined;
  const n = input.length;
  const out = new Array<ParsedOrder>(n);
  const skus = new Set<string>();
  for (let o = 0; o < n; o++) {
    const order: unknown = input[o];
    if (!isRecord(order)) return undefined;
    const id = order.id;
    if (typeof id !== 'string' || id.length === 0) return undefined;
    const lines = order.lines;
    if (!Array.isArray(lines) || lines.length === 0) return undefined;
    skus.clear();
    for (let j = 0; j < lines.length; j++) {
      const line: unknown = lines[j];
      if (!isRecord(line)) return undefined;
      const sku = line.sku;
      const quantity = line.quantity;
      if (typeof sku !== 'string' || sku.length === 0 || skus.has(sku)) return undefined;
      if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity <= 0) return undefined;
      skus.add(sku);
    }
    const destination = order.destination;
    if (!isRecord(destination)) return undefined;
    const lat = destination.lat;
    const lon = destination.lon;
    if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90) || typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) return undefined;
    const priority = order.priority;
    if (priority !== undefined && (typeof priority !== 'number' || !Number.isFinite(priority))) return undefined;
    const createdAtInput = order.createdAt;
    let createdAt: number | undefined;
    if (createdAtInput !== undefined) {
      if (typeof createdAtInput !== 'string' && (typeof createdAtInput !== 'number' || !Number.isFinite(createdAtInput))) return undefined;
      const read = readInstant(createdAtInput);
      if (!read.ok) return undefined;
      createdAt = read.instant;
    }
    out[o] = {
      id,
      lines: lines as { sku: string; quantity: number }[],
      destination: { lat, lon },
      ...(priority === undefined ? {} : { priority }),
      ...(createdAt === undefined ? {} : { createdAt }),
    };
  }
  return out;
}

export function buildProblem(ordersInput: unknown, locationsInput: unknown, optionsInput: unknown): Problem {
  const options: SourceOrdersOptions = parseWith(sourceOrdersOptionsSchema, optionsInput, ['options']);
  const orders = fastOrders(ordersInput) ?? (parseWith(OrdersSchema, ordersInput, ['orders']) as ParsedOrder[]);
  const rawLocations = parseWith(LocationsSchema, locationsInput, ['locations']);

  const nOrders = orders.length;
  const orderIds: string[] = new Array<string>(nOrders);
  const orderLat = new Float64Array(nOrders);
  const orderLon = new Float64Array(nOrders);
  const orderPriority = new Float64Array(nOrders);
  const orderCreated = new Float64Array(nOrders);
  const lineStart = new Int32Array(nOrders + 1);
  const seenOrders = new Set<string>();
  const skuIndex = new Map<string, number>();
  const skuIds: string[] = [];
  let nLines = 0;
  for (let o = 0; o < nOrders; o++) {
    const order = orders[o] as SourcingOrder & { createdAt?: number };
    if (seenOrders.has(order.id)) throw invalid(`duplicate order id ${JSON.stringify(order.id)}`, ['orders', o, 'id']);
    seenOrders.add(order.id);
    orderIds[o] = order.id;
    orderLat[o] = order.destination.lat;
    orderLon[o] = order.destination.lon;
    orderPriority[o] = order.priority ?? 0;
    orderCreated[o] = order.createdAt ?? Infinity;
    lineStart[o] = nLines;
    nLines += order.lines.length;
    for (const line of order.lines) {
      if (!skuIndex.has(line.sku)) {
        skuIndex.set(line.sku, skuIds.length);
        skuIds.push(line.sku);
      }
    }
  }
  lineStart[nOrders] = nLines;
  const lineOrder = new Int32Array(nLines);
  const lineSku = new Int32Array(nLines);
  const lineQty = new Float64Array(nLines);
  for (let o = 0; o < nOrders; o++) {
    const lines = (orders[o] as SourcingOrder).lines;
    for (let j = 0; j < lines.length; j++) {
      const line = lines[j] as { sku: string; quantity: number };
      const index = (lineStart[o] as number) + j;
      lineOrder[index] = o;
      lineSku[index] = skuIndex.get(line.sku) as number;
      lineQty[index] = line.quantity;
    }
  }

  const nLocs = rawLocations.length;
  const nSkus = skuIds.length;
  const locIds: string[] = new Array<string>(nLocs);
  const locLat = new Float64Array(nLocs);
  const locLon = new Float64Array(nLocs);
  const locPriority = new Float64Array(nLocs);
  const locCapacity = new Float64Array(nLocs);
  const locFixed = new Float64Array(nLocs);
  const perUnitMinor = options.cost?.perUnitMinor ?? 0;
  const perKmPerUnitMinor = options.cost?.perKmPerUnitMinor ?? 0;
  const perShipmentMinor = options.cost?.perShipmentMinor ?? 0;
  // The longest great-circle distance is πR ≈ 20 015 km: a per-km rate that overflows there would
  // make unit costs Infinity, which the flow solver reads as "no arc" (and ships nothing).
  if (!Number.isFinite(perUnitMinor + perKmPerUnitMinor * Math.PI * EARTH_RADIUS_KM)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, 'options.cost.perKmPerUnitMinor is so large that unit costs overflow', {
      path: ['options', 'cost', 'perKmPerUnitMinor'],
    });
  }
  const known = new Uint8Array(nSkus);
  const stockLists: { locs: number[]; qty: number[] }[] = skuIds.map(() => ({ locs: [], qty: [] }));
  const seenLocations = new Set<string>();
  let hasCapacity = false;
  for (let l = 0; l < nLocs; l++) {
    const raw = rawLocations[l];
    const header = parseWith(LocationHeaderSchema, raw, ['locations', l]) as Omit<SourcingLocation, 'stock'>;
    if (seenLocations.has(header.id)) throw invalid(`duplicate location id ${JSON.stringify(header.id)}`, ['locations', l, 'id']);
    seenLocations.add(header.id);
    locIds[l] = header.id;
    locLat[l] = header.lat;
    locLon[l] = header.lon;
    locPriority[l] = header.priority ?? 0;
    locCapacity[l] = header.capacity ?? Infinity;
    if (header.capacity !== undefined) hasCapacity = true;
    locFixed[l] = perShipmentMinor + (header.handlingCostMinor ?? 0);
    const stock = (raw as { stock?: unknown }).stock;
    const stockPath = ['locations', l, 'stock'];
    assertObject(stock, stockPath, 'stock');
    // As the schema's record: a plain object only (a Map, Date or class instance has no own sku
    // keys, so its stock would silently count as none).
    // Object.prototype of any realm (an iframe, a vm context): the schema's record accepts those.
    const proto: unknown = Object.getPrototypeOf(stock);
    const plain = proto === null || (Object.getPrototypeOf(proto) === null && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf'));
    if (!plain) {
      throw invalid(`locations.${String(l)}.stock must be a plain object of units per sku, got ${Object.prototype.toString.call(stock)}`, stockPath);
    }
    for (const sku of Object.keys(stock)) {
      const quantity = stock[sku];
      if (typeof quantity !== 'number' || !Number.isSafeInteger(quantity) || quantity < 0) {
        throw invalid(`locations.${String(l)}.stock.${sku} must be a whole number of units from 0 to 2^53 − 1, got ${describe(quantity)}`, [
          ...stockPath,
          sku,
        ]);
      }
      const s = skuIndex.get(sku);
      if (s === undefined) continue;
      known[s] = 1;
      if (quantity > 0) {
        const list = stockLists[s] as { locs: number[]; qty: number[] };
        list.locs.push(l);
        list.qty.push(quantity);
      }
    }
  }
  for (let o = 0; o < nOrders; o++) {
    const lines = (orders[o] as SourcingOrder).lines;
    for (let j = 0; j < lines.length; j++) {
      const sku = (lines[j] as { sku: string }).sku;
      if (known[skuIndex.get(sku) as number] === 0) {
        throw invalid(`orders.${String(o)}.lines.${String(j)}.sku ${JSON.stringify(sku)} is stocked (even at 0) by no location`, [
          'orders',
          o,
          'lines',
          j,
          'sku',
        ]);
      }
    }
  }
  const stockers = stockLists.map((list) => Int32Array.from(list.locs));
  const stockQty = stockLists.map((list) => Float64Array.from(list.qty));
  // A dense table when it fits (interned sku × location), else a Map.
  let slot: { get(key: number): number | undefined };
  if (nSkus * nLocs <= 1 << 24) {
    const table = new Int32Array(nSkus * nLocs).fill(-1);
    for (let s = 0; s < nSkus; s++) {
      const locs = stockers[s] as Int32Array;
      for (let k = 0; k < locs.length; k++) table[s * nLocs + (locs[k] as number)] = k;
    }
    slot = {
      get: (key: number): number | undefined => {
        const k = table[key] as number;
        return k < 0 ? undefined : k;
      },
    };
  } else {
    const map = new Map<number, number>();
    stockers.forEach((locs, s) => {
      locs.forEach((l, k) => map.set(s * nLocs + l, k));
    });
    slot = map;
  }
  const order = Array.from({ length: nLocs }, (_, l) => l).sort((a, b) => ((locIds[a] as string) < (locIds[b] as string) ? -1 : 1));
  const locIdRank = new Int32Array(nLocs);
  order.forEach((l, rank) => (locIdRank[l] = rank));
  let hasFixedCharges = false;
  for (let l = 0; l < nLocs; l++) if ((locFixed[l] as number) > 0) hasFixedCharges = true;

  // Haversine with cos(latitude) computed once per order and per location: the same expression,
  // term for term, as haversineKm, so every distance is bit-identical to it.
  const orderCos = new Float64Array(nOrders);
  for (let o = 0; o < nOrders; o++) orderCos[o] = Math.cos((orderLat[o] as number) * RAD);
  const locCos = new Float64Array(nLocs);
  for (let l = 0; l < nLocs; l++) locCos[l] = Math.cos((locLat[l] as number) * RAD);
  const haversine = (o: number, l: number): number => {
    const sinLat = Math.sin((((locLat[l] as number) - (orderLat[o] as number)) * RAD) / 2);
    const sinLon = Math.sin((((locLon[l] as number) - (orderLon[o] as number)) * RAD) / 2);
    const h = sinLat * sinLat + (orderCos[o] as number) * (locCos[l] as number) * sinLon * sinLon;
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  };
  // Distances are cached: for the whole batch when small or for 'optimal' (which revisits orders),
  // else for the order at hand only (the greedy strategies and the result serve one order at a time).
  const cells = nOrders * nLocs;
  const whole = cells <= 1 << 18 || (options.strategy === 'optimal' && cells <= 1 << 24);
  const distCache = new Float64Array(whole ? cells : nLocs).fill(-1);
  const rowOf = new Int32Array(whole ? 0 : nLocs).fill(-1);
  const dist = whole
    ? (o: number, l: number): number => {
        const i = o * nLocs + l;
        let d = distCache[i] as number;
        if (d < 0) {
          d = haversine(o, l);
          distCache[i] = d;
        }
        return d;
      }
    : (o: number, l: number): number => {
        if (rowOf[l] === o) return distCache[l] as number;
        const d = haversine(o, l);
        rowOf[l] = o;
        distCache[l] = d;
        return d;
      };
  const floorPerDegree = EARTH_RADIUS_KM * RAD * (1 - 1e-9);
  // Less 1e-9 km against underflow: a latitude difference of a few ulps can give a haversine of 0.
  const distFloor = (o: number, l: number): number => floorPerDegree * Math.abs((locLat[l] as number) - (orderLat[o] as number)) - 1e-9;
  const unitCostFloor =
    perKmPerUnitMinor === 0 ? (): number => perUnitMinor : (o: number, l: number): number => roundHalfEven(perUnitMinor + perKmPerUnitMinor * distFloor(o, l));
  const unitCost =
    perKmPerUnitMinor === 0 ? (): number => perUnitMinor : (o: number, l: number): number => roundHalfEven(perUnitMinor + perKmPerUnitMinor * dist(o, l));

  return {
    strategy: options.strategy,
    allowSplit: options.allowSplit ?? true,
    allowPartial: options.allowPartial ?? true,
    explain: options.explain ?? true,
    maxConsidered: options.maxConsidered ?? 5,
    perUnitMinor,
    perKmPerUnitMinor,
    perShipmentMinor,
    nOrders,
    orderIds,
    orderLat,
    orderLon,
    orderPriority,
    orderCreated,
    lineStart,
    lineOrder,
    lineSku,
    lineQty,
    skuIds,
    nLocs,
    locIds,
    locLat,
    locLon,
    locPriority,
    locCapacity,
    locFixed,
    locIdRank,
    stockers,
    stockQty,
    slot,
    hasFixedCharges,
    hasCapacity,
    dist,
    distFloor,
    unitCost,
    unitCostFloor,
  };
}

/** Orders in the sequence the greedy strategies serve them: priority (higher first), createdAt, id. */
export function processingSequence(p: Problem): Int32Array {
  const seq = Array.from({ length: p.nOrders }, (_, o) => o);
  seq.sort((a, b) => {
    const pa = p.orderPriority[a] as number;
    const pb = p.orderPriority[b] as number;
    if (pa !== pb) return pb - pa;
    const ca = p.orderCreated[a] as number;
    const cb = p.orderCreated[b] as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    const ia = p.orderIds[a] as string;
    const ib = p.orderIds[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  return Int32Array.from(seq);
}
