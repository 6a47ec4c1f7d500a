// Shared arithmetic of the reservation book.
import type { ReservationState } from '../schemas.js';
import { stockKey } from './stockKey.js';

export { stockKey } from './stockKey.js';

/** Units held by active reservations per (sku, location) key. */
export function heldByKey(state: ReservationState): Map<string, number> {
  const held = new Map<string, number>();
  for (const r of state.reservations) {
    if (r.status !== 'held') continue;
    const key = stockKey(r.sku, r.locationId);
    held.set(key, (held.get(key) ?? 0) + r.quantity);
  }
  return held;
}

/** max(0, onHand − reserved − safetyStock − held) for every stock row, keyed by (sku, location). */
export function availableByKey(state: ReservationState): Map<string, number> {
  const held = heldByKey(state);
  const available = new Map<string, number>();
  for (const row of state.stock) {
    const key = stockKey(row.sku, row.locationId);
    available.set(key, Math.max(0, row.onHand - (row.reserved ?? 0) - (row.safetyStock ?? 0) - (held.get(key) ?? 0)));
  }
  return available;
}
