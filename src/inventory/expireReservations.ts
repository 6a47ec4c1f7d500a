import { parseWith } from '../core/errors/parseWith.js';
import { toInstant, type InstantInput } from '../core/time/toInstant.js';
import { reservationStateSchema, type Reservation, type ReservationState } from './schemas.js';

/**
 * Expires every held reservation whose `expiresAt ≤ now`, giving its units back. Expired
 * reservations stay in the state with status `'expired'` (so a replayed {@link reserve} of the
 * same id is refused as `'closed'` rather than holding again). Applying it twice with the same
 * `now` changes nothing the second time.
 *
 * @param state - the reservation state; never mutated
 * @param now - the current instant (ISO 8601 string with offset, epoch milliseconds or a Date)
 * @returns `{ state, expired }`, `expired` listing the reservations expired by this call
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed state; `INVALID_DATE` for a bad `now`
 *   (path `['now']`)
 *
 * @example
 * ```ts
 * import { createReservationState, expireReservations, reserve } from 'omnicx/inventory';
 * const held = reserve(createReservationState([{ sku: 'MUG', locationId: 'S1', onHand: 2 }]),
 *   { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: '2026-03-01T12:15:00Z' });
 * console.log(expireReservations(held.state, '2026-03-01T12:00:00Z').expired.length); // 0
 * const later = expireReservations(held.state, '2026-03-01T12:15:00Z');
 * console.log(later.expired.map((r) => r.id)); // ['r1']
 * console.log(later.state.reservations[0]?.status); // 'expired'
 * ```
 */
export function expireReservations(
  state: ReservationState,
  now: InstantInput,
): { readonly state: ReservationState; readonly expired: readonly Reservation[] } {
  const book = parseWith(reservationStateSchema, state, ['state']);
  const at = toInstant(now, ['now']);
  const expired: Reservation[] = [];
  const reservations = book.reservations.map((r) => {
    if (r.status !== 'held' || r.expiresAt > at) return r;
    const closed: Reservation = { ...r, status: 'expired' };
    expired.push(closed);
    return closed;
  });
  return { state: { stock: book.stock, reservations }, expired };
}
