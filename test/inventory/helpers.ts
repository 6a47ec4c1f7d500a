import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';
import { createReservationState, type ReservationState } from '../../src/inventory/index.js';

/** The code and path of the OmnicxError that fn throws. */
export function thrown(fn: () => unknown): { code: string; path: readonly (string | number)[] } {
  try {
    fn();
  } catch (error) {
    if (isOmnicxError(error)) return { code: error.code, path: error.path };
    throw error;
  }
  throw new Error('did not throw');
}

// Reservation fixture shared by the reservation tests.

export const T = Date.parse('2026-03-01T12:00:00Z');

export function start(): ReservationState {
  return createReservationState([
    { sku: 'MUG', locationId: 'S1', onHand: 5, safetyStock: 1, reserved: 1 },
    { sku: 'MUG', locationId: 'S2', onHand: 3 },
    { sku: 'TEE', locationId: 'S1', onHand: 2, inbound: [{ quantity: 9, eta: T }] },
  ]);
}

