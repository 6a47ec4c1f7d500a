import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { availableToPromiseOptionsSchema, stockSchema, type AvailableToPromiseOptions, type StockRow } from './schemas.js';

/** Stock figures and available to promise, in units. */
export interface AtpFigures {
  /** Physical units on hand. */
  readonly onHand: number;
  /** Units already promised elsewhere. */
  readonly reserved: number;
  /** Units kept back as safety stock. */
  readonly safety: number;
  /** Inbound units that count (eta ≤ asOf + horizonMs). */
  readonly inbound: number;
  /** Available to promise: max(0, onHand + inbound − reserved − safety) per location; sums above that. */
  readonly atp: number;
}

/** ATP of one sku at one location. */
export interface AtpByLocation extends AtpFigures {
  readonly sku: string;
  readonly locationId: string;
}

/** ATP of one sku over all its locations. */
export interface AtpBySku extends AtpFigures {
  readonly sku: string;
  /** Number of locations with a stock row for the sku. */
  readonly locations: number;
}

/** Result of {@link availableToPromise}. */
export interface AvailableToPromiseResult {
  /** The instant of the calculation, epoch milliseconds. */
  readonly asOf: number;
  /** Inbound deliveries with eta up to this instant (asOf + horizonMs) were counted. */
  readonly inboundUntil: number;
  /** One entry per stock row, sorted by sku then location id. */
  readonly byLocation: readonly AtpByLocation[];
  /** One entry per sku, sorted by sku. */
  readonly bySku: readonly AtpBySku[];
  /** Sums over every row. */
  readonly total: AtpFigures;
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Available to promise (ATP) per sku and location, per sku, and in total.
 *
 * For one stock row: `atp = max(0, onHand + inbound − reserved − safetyStock)`, where `inbound` is
 * the sum of the inbound deliveries whose `eta ≤ asOf + horizonMs` (late deliveries with an eta
 * before `asOf` still count: they are expected, just overdue). A row never goes below zero: a
 * deficit at one location is not a negative quantity anyone can promise. The ATP of a sku, and the
 * total, is the **sum of the per-location ATPs**, so a deficit at one location never hides stock
 * at another; the other figures are plain sums. Units are whatever unit the stock is counted in.
 *
 * The definition follows APICS (ASCM) Dictionary, "available-to-promise": the uncommitted portion
 * of inventory and planned receipts; safety stock is held back as oversell protection.
 *
 * @param stock - stock rows, at most one per (sku, location); never mutated
 * @param options - `asOf` (required: ISO 8601 string with offset, epoch ms or Date); `horizonMs`
 *   (default 0: only inbound already due by `asOf` counts)
 * @returns figures by location, by sku and in total
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or fractional quantity, an empty id, a
 *   bad eta or asOf, or a duplicate (sku, location) row (path e.g. `['stock', 2, 'onHand']`);
 *   `NOT_SAFE_INTEGER` when a row's on-hand plus inbound (path `['stock', i, 'inbound']`) or a sum over
 *   rows (path `['stock']`) exceeds 2^53 − 1 units
 *
 * @example
 * ```ts
 * import { availableToPromise } from 'omnicx/inventory';
 * const result = availableToPromise(
 *   [
 *     { sku: 'TEE-M', locationId: 'DC', onHand: 40, reserved: 5, safetyStock: 10,
 *       inbound: [{ quantity: 20, eta: '2026-03-02T08:00:00Z' }, { quantity: 50, eta: '2026-03-20T08:00:00Z' }] },
 *     { sku: 'TEE-M', locationId: 'STORE-1', onHand: 2, safetyStock: 3 },
 *   ],
 *   { asOf: '2026-03-01T00:00:00Z', horizonMs: 7 * 86_400_000 },
 * );
 * // DC: 40 + 20 (due within 7 days) − 5 − 10 = 45; STORE-1: max(0, 2 − 3) = 0
 * console.log(result.byLocation.map((row) => row.atp)); // [45, 0]
 * console.log(result.total.atp); // 45
 * console.log(result.total.inbound); // 20
 * ```
 */
export function availableToPromise(stock: readonly StockRow[], options: AvailableToPromiseOptions): AvailableToPromiseResult {
  const rows = parseWith(stockSchema, stock, ['stock']);
  const { asOf, horizonMs = 0 } = parseWith(availableToPromiseOptionsSchema, options, ['options']);
  const inboundUntil = asOf + horizonMs;
  const byLocation: AtpByLocation[] = rows.map((row, i) => {
    const reserved = row.reserved ?? 0;
    const safety = row.safetyStock ?? 0;
    let inbound = 0;
    for (const delivery of row.inbound ?? []) if (delivery.eta <= inboundUntil) inbound += delivery.quantity;
    unitsSafe(row.onHand + inbound, ['stock', i, 'inbound']);
    const atp = Math.max(0, row.onHand + inbound - reserved - safety);
    return { sku: row.sku, locationId: row.locationId, onHand: row.onHand, reserved, safety, inbound, atp };
  });
  byLocation.sort((a, b) => byString(a.sku, b.sku) || byString(a.locationId, b.locationId));
  const bySku: AtpBySku[] = [];
  const total = { onHand: 0, reserved: 0, safety: 0, inbound: 0, atp: 0 };
  for (const row of byLocation) {
    let last = bySku[bySku.length - 1];
    if (last?.sku !== row.sku) {
      last = { sku: row.sku, locations: 0, onHand: 0, reserved: 0, safety: 0, inbound: 0, atp: 0 };
      bySku.push(last);
    }
    const sum = last as { -readonly [K in keyof AtpBySku]: AtpBySku[K] };
    sum.locations += 1;
    for (const target of [sum, total]) {
      target.onHand += row.onHand;
      target.reserved += row.reserved;
      target.safety += row.safety;
      target.inbound += row.inbound;
      target.atp += row.atp;
    }
  }
  for (const figure of Object.values(total)) unitsSafe(figure, ['stock']);
  return { asOf, inboundUntil, byLocation, bySku, total };
}

/** Sums of units past 2^53 − 1 would be rounded: refused, as elsewhere in omnicx. */
function unitsSafe(units: number, path: readonly (string | number)[]): void {
  if (!Number.isSafeInteger(units)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `${path.join('.')}: ${String(units)} units exceed 2^53 − 1`, { path });
  }
}
