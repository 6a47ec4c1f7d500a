import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { availableByKey, stockKey } from './internal/reservations.js';
import {
  reservationRequestSchema,
  reservationStateSchema,
  type Reservation,
  type ReservationRequest,
  type ReservationState,
} from './schemas.js';

/** Why {@link reserve} refused a request. */
export type ReservationRefusalReason =
  /** Not enough available units (at the requested location, or at any single location). */
  | 'insufficientStock'
  /** A reservation with this id exists with a different sku, location, quantity or expiry. */
  | 'idConflict'
  /** A reservation with this id existed and was already released or expired. */
  | 'closed';

/** The result of {@link reserve}: a granted reservation or a refusal with its reason. */
export type ReservationResult =
  | {
      readonly status: 'granted';
      readonly reservation: Reservation;
      /** True when the id was already held with the same content: nothing new was held. */
      readonly replayed: boolean;
      /** Units still available at the reservation's location after it. */
      readonly availableAfter: number;
    }
  | {
      readonly status: 'refused';
      readonly id: string;
      readonly reason: ReservationRefusalReason;
      /** Units available where the request could have been served (the best location when none was named). */
      readonly available: number;
    };

/**
 * Holds `quantity` units of a sku at one location until `expiresAt`, oversell-protected, and
 * returns the new state with the result. Pure: the given state is never mutated.
 *
 * Available units at a location are `max(0, onHand − reserved − safetyStock − held)`, where `held`
 * sums the reservations with status `'held'` there. A request is granted only when the whole
 * quantity is available at one location (reservations are never split). Without `locationId`
 * the location with the most available units is chosen (ties: smallest location id).
 *
 * **Idempotent on `id`.** A request whose id is already held with the same sku, quantity, expiry
 * (and location, when named) returns the same granted reservation with `replayed: true` and an
 * unchanged state: retries never hold twice. The same id with different content is refused with
 * reason `'idConflict'`; an id whose reservation was released or expired is refused with `'closed'`
 * (ids are never reused). A refused request leaves no trace, so retrying it later is a fresh attempt.
 * Not enough stock is not an error: it is a refusal with reason `'insufficientStock'`.
 * Reservations past their expiry keep holding until {@link expireReservations} is applied.
 *
 * @param state - from {@link createReservationState} or an earlier call; never mutated
 * @param request - `{ id, sku, locationId?, quantity (≥ 1), expiresAt }`
 * @returns `{ state, result }`; the state is a new object (the same content on a refusal or replay)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed state or request, a sku with no stock
 *   row (path `['request', 'sku']`) or a location with no stock row (path `['request', 'locationId']`)
 *
 * @example
 * ```ts
 * import { createReservationState, reserve } from 'omnicx/inventory';
 * const start = createReservationState([
 *   { sku: 'MUG', locationId: 'STORE-1', onHand: 5, safetyStock: 1 },
 *   { sku: 'MUG', locationId: 'STORE-2', onHand: 9 },
 * ]);
 * const request = { id: 'cart-7', sku: 'MUG', quantity: 3, expiresAt: '2026-03-01T12:15:00Z' };
 * const first = reserve(start, request);
 * console.log(first.result.status === 'granted' ? first.result.reservation.locationId : first.result.reason); // 'STORE-2'
 * const again = reserve(first.state, request); // a retry holds nothing more
 * console.log(again.result.status === 'granted' && again.result.replayed); // true
 * console.log(again.state.reservations.length); // 1
 * const big = reserve(again.state, { id: 'cart-8', sku: 'MUG', locationId: 'STORE-1', quantity: 5, expiresAt: 1772367300000 });
 * console.log(big.result.status === 'refused' ? `${big.result.reason} ${big.result.available}` : 'granted'); // 'insufficientStock 4'
 * ```
 */
export function reserve(
  state: ReservationState,
  request: ReservationRequest,
): { readonly state: ReservationState; readonly result: ReservationResult } {
  const book = parseWith(reservationStateSchema, state, ['state']);
  const req = parseWith(reservationRequestSchema, request, ['request']);
  if (!book.stock.some((row) => row.sku === req.sku)) {
    throw invalid(`request.sku ${JSON.stringify(req.sku)} has no stock row`, ['request', 'sku']);
  }
  if (req.locationId !== undefined && !book.stock.some((row) => row.locationId === req.locationId)) {
    throw invalid(`request.locationId ${JSON.stringify(req.locationId)} has no stock row`, ['request', 'locationId']);
  }
  const available = availableByKey(book);
  const existing = book.reservations.find((r) => r.id === req.id);
  if (existing !== undefined) {
    const same =
      existing.sku === req.sku &&
      existing.quantity === req.quantity &&
      existing.expiresAt === req.expiresAt &&
      (req.locationId === undefined || req.locationId === existing.locationId);
    const here = available.get(stockKey(existing.sku, existing.locationId)) ?? 0;
    if (!same) return { state: book, result: { status: 'refused', id: req.id, reason: 'idConflict', available: here } };
    if (existing.status !== 'held') return { state: book, result: { status: 'refused', id: req.id, reason: 'closed', available: here } };
    return { state: book, result: { status: 'granted', reservation: existing, replayed: true, availableAfter: here } };
  }
  let locationId: string | undefined = req.locationId;
  let best = 0;
  if (locationId === undefined) {
    for (const row of book.stock) {
      if (row.sku !== req.sku) continue;
      const a = available.get(stockKey(row.sku, row.locationId)) ?? 0;
      if (locationId === undefined || a > best || (a === best && row.locationId < locationId)) {
        locationId = row.locationId;
        best = a;
      }
    }
  } else {
    best = available.get(stockKey(req.sku, locationId)) ?? 0;
  }
  if (locationId === undefined || best < req.quantity) {
    return { state: book, result: { status: 'refused', id: req.id, reason: 'insufficientStock', available: best } };
  }
  const reservation: Reservation = {
    id: req.id,
    sku: req.sku,
    locationId,
    quantity: req.quantity,
    expiresAt: req.expiresAt,
    status: 'held',
  };
  return {
    state: { stock: book.stock, reservations: [...book.reservations, reservation] },
    result: { status: 'granted', reservation, replayed: false, availableAfter: best - req.quantity },
  };
}
