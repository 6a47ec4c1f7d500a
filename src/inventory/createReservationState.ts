import { parseWith } from '../core/errors/parseWith.js';
import { stockSchema, type ReservationState, type StockRow } from './schemas.js';

/**
 * Builds an empty reservation book from stock rows: a plain JSON object `{ stock, reservations }`
 * that {@link reserve}, {@link releaseReservation} and {@link expireReservations} take and return.
 *
 * Each row keeps `sku`, `locationId`, `onHand`, `reserved` and `safetyStock` (defaults filled in
 * with 0). Inbound deliveries are dropped: a reservation holds units that are physically there.
 *
 * @param stock - stock rows, at most one per (sku, location); never mutated
 * @returns a new state with no reservations
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a negative or fractional quantity, an empty id
 *   or a duplicate (sku, location) row (path e.g. `['stock', 1, 'locationId']`)
 *
 * @example
 * ```ts
 * import { createReservationState } from 'omnicx/inventory';
 * const state = createReservationState([{ sku: 'MUG', locationId: 'STORE-1', onHand: 5 }]);
 * console.log(state.stock[0]); // { sku: 'MUG', locationId: 'STORE-1', onHand: 5, reserved: 0, safetyStock: 0 }
 * console.log(state.reservations.length); // 0
 * ```
 */
export function createReservationState(stock: readonly StockRow[]): ReservationState {
  const rows = parseWith(stockSchema, stock, ['stock']);
  return {
    stock: rows.map((row) => ({
      sku: row.sku,
      locationId: row.locationId,
      onHand: row.onHand,
      reserved: row.reserved ?? 0,
      safetyStock: row.safetyStock ?? 0,
    })),
    reservations: [],
  };
}
