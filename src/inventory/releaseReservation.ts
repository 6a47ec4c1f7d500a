import { parseWith } from '../core/errors/parseWith.js';
import { assertString } from '../core/internal/assert.js';
import { reservationStateSchema, type Reservation, type ReservationState } from './schemas.js';

/** The result of {@link releaseReservation}. */
export type ReleaseResult =
  | { readonly status: 'released'; readonly reservation: Reservation }
  | {
      readonly status: 'notHeld';
      readonly id: string;
      /** `'unknownId'`: no such reservation; otherwise its current status. */
      readonly reason: 'unknownId' | 'released' | 'expired';
    };

/**
 * Releases a held reservation (the cart was abandoned, the order was cancelled or shipped), giving
 * its units back. The reservation stays in the state with status `'released'` so that replays of
 * the original {@link reserve} request stay idempotent. Releasing twice, or releasing an unknown
 * or expired id, changes nothing and says why (`status: 'notHeld'`).
 *
 * @param state - the reservation state; never mutated
 * @param id - the reservation id
 * @returns `{ state, result }`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed state (path under `['state']`) or a
 *   non-string id (path `['id']`)
 *
 * @example
 * ```ts
 * import { createReservationState, releaseReservation, reserve } from 'omnicx/inventory';
 * const held = reserve(createReservationState([{ sku: 'MUG', locationId: 'S1', onHand: 2 }]),
 *   { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: 1772367300000 });
 * const released = releaseReservation(held.state, 'r1');
 * console.log(released.result.status); // 'released'
 * console.log(releaseReservation(released.state, 'r1').result); // { status: 'notHeld', id: 'r1', reason: 'released' }
 * ```
 */
export function releaseReservation(
  state: ReservationState,
  id: string,
): { readonly state: ReservationState; readonly result: ReleaseResult } {
  const book = parseWith(reservationStateSchema, state, ['state']);
  assertString(id, ['id'], 'id');
  const index = book.reservations.findIndex((r) => r.id === id);
  const found = book.reservations[index];
  if (found === undefined) return { state: book, result: { status: 'notHeld', id, reason: 'unknownId' } };
  if (found.status !== 'held') return { state: book, result: { status: 'notHeld', id, reason: found.status } };
  const reservation: Reservation = { ...found, status: 'released' };
  const reservations = book.reservations.map((r, i) => (i === index ? reservation : r));
  return { state: { stock: book.stock, reservations }, result: { status: 'released', reservation } };
}
