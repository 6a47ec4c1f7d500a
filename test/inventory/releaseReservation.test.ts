import { describe, expect, it } from 'vitest';
import { expireReservations, releaseReservation, reserve } from '../../src/inventory/index.js';
import { start, T, thrown } from './helpers.js';

describe('releaseReservation', () => {
  it('releases once and reports why a second release changes nothing', () => {
    const held = reserve(start(), { id: 'r1', sku: 'MUG', quantity: 3, locationId: 'S1', expiresAt: T });
    const released = releaseReservation(held.state, 'r1');
    expect(released.result).toMatchObject({ status: 'released', reservation: { id: 'r1', status: 'released' } });
    // the units are back: 3 available at S1 again
    expect(reserve(released.state, { id: 'r2', sku: 'MUG', quantity: 3, locationId: 'S1', expiresAt: T }).result.status).toBe('granted');
    expect(releaseReservation(released.state, 'r1').result).toEqual({ status: 'notHeld', id: 'r1', reason: 'released' });
    expect(releaseReservation(released.state, 'nope').result).toEqual({ status: 'notHeld', id: 'nope', reason: 'unknownId' });
    expect(releaseReservation(expireReservations(held.state, T).state, 'r1').result).toEqual({ status: 'notHeld', id: 'r1', reason: 'expired' });
  });

  it('refuses a non-string id', () => {
    expect(thrown(() => releaseReservation(start(), 3 as unknown as string))).toEqual({ code: 'INVALID_INPUT', path: ['id'] });
  });
});
