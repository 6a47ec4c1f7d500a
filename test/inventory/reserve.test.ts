import fc from 'fast-check';
import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';
import { availableToPromise, createReservationState, expireReservations, releaseReservation, reserve, type ReservationState } from '../../src/inventory/index.js';
import { deepFreeze } from './bruteForce.js';
import { start, T, thrown } from './helpers.js';
import { describe, expect, it } from 'vitest';

describe('reserve', () => {
  it('grants at the named location while available = onHand − reserved − safety − held', () => {
    // S1: 5 − 1 − 1 = 3 available
    const first = reserve(start(), { id: 'r1', sku: 'MUG', locationId: 'S1', quantity: 2, expiresAt: T });
    expect(first.result).toEqual({
      status: 'granted',
      replayed: false,
      availableAfter: 1,
      reservation: { id: 'r1', sku: 'MUG', locationId: 'S1', quantity: 2, expiresAt: T, status: 'held' },
    });
    const second = reserve(first.state, { id: 'r2', sku: 'MUG', locationId: 'S1', quantity: 2, expiresAt: T });
    expect(second.result).toEqual({ status: 'refused', id: 'r2', reason: 'insufficientStock', available: 1 });
    expect(second.state.reservations).toHaveLength(1);
  });

  it('picks the location with the most available units when none is named, ties by id', () => {
    // S1: 3, S2: 3 → S1 (smaller id)
    const first = reserve(start(), { id: 'r1', sku: 'MUG', quantity: 1, expiresAt: T });
    expect(first.result.status === 'granted' && first.result.reservation.locationId).toBe('S1');
    // now S1: 2, S2: 3 → S2
    const second = reserve(first.state, { id: 'r2', sku: 'MUG', quantity: 1, expiresAt: T });
    expect(second.result.status === 'granted' && second.result.reservation.locationId).toBe('S2');
    // no single location holds 4
    expect(reserve(second.state, { id: 'r3', sku: 'MUG', quantity: 4, expiresAt: T }).result).toEqual({
      status: 'refused',
      id: 'r3',
      reason: 'insufficientStock',
      available: 2,
    });
  });

  it('replays the same request without holding twice', () => {
    const request = { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: '2026-03-01T12:00:00Z' };
    const first = reserve(start(), request);
    const again = reserve(first.state, request);
    expect(again.result.status === 'granted' && again.result.replayed).toBe(true);
    expect(again.state).toEqual(first.state);
    // the location named explicitly is the same request too
    const named = reserve(first.state, { ...request, locationId: 'S1' });
    expect(named.result.status).toBe('granted');
  });

  it('refuses the same id with different content as an id conflict', () => {
    const first = reserve(start(), { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: T });
    for (const change of [{ quantity: 3 }, { expiresAt: T + 1 }, { locationId: 'S2' }, { sku: 'TEE' }]) {
      const result = reserve(first.state, { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: T, ...change });
      expect(result.result).toMatchObject({ status: 'refused', reason: 'idConflict' });
      expect(result.state).toEqual(first.state);
    }
  });

  it('refuses a replay of a released or expired reservation as closed', () => {
    const request = { id: 'r1', sku: 'MUG', quantity: 2, expiresAt: T };
    const held = reserve(start(), request);
    const released = releaseReservation(held.state, 'r1');
    expect(reserve(released.state, request).result).toMatchObject({ status: 'refused', reason: 'closed', available: 3 });
    const expired = expireReservations(held.state, T);
    expect(reserve(expired.state, request).result).toMatchObject({ status: 'refused', reason: 'closed' });
  });

  it('refuses at a location that does not stock the sku', () => {
    const result = reserve(start(), { id: 'r1', sku: 'TEE', locationId: 'S2', quantity: 1, expiresAt: T });
    expect(result.result).toEqual({ status: 'refused', id: 'r1', reason: 'insufficientStock', available: 0 });
  });

  it.each([
    ['an unknown sku', { id: 'r', sku: 'HAT', quantity: 1, expiresAt: T }, ['request', 'sku']],
    ['an unknown location', { id: 'r', sku: 'MUG', locationId: 'S9', quantity: 1, expiresAt: T }, ['request', 'locationId']],
    ['a zero quantity', { id: 'r', sku: 'MUG', quantity: 0, expiresAt: T }, ['request', 'quantity']],
    ['a fractional quantity', { id: 'r', sku: 'MUG', quantity: 1.5, expiresAt: T }, ['request', 'quantity']],
    ['an empty id', { id: '', sku: 'MUG', quantity: 1, expiresAt: T }, ['request', 'id']],
  ])('refuses %s', (_, request, path) => {
    expect(thrown(() => reserve(start(), request))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses an inconsistent state', () => {
    const state = start();
    const orphan = { ...state, reservations: [{ id: 'x', sku: 'HAT', locationId: 'S1', quantity: 1, expiresAt: T, status: 'held' as const }] };
    expect(thrown(() => reserve(orphan, { id: 'r', sku: 'MUG', quantity: 1, expiresAt: T }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['state', 'reservations', 0, 'locationId'],
    });
    const twice = { ...state, reservations: [0, 1].map(() => ({ id: 'x', sku: 'MUG', locationId: 'S1', quantity: 1, expiresAt: T, status: 'held' as const })) };
    expect(thrown(() => releaseReservation(twice, 'x'))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'reservations', 1, 'id'] });
    const rows = { ...state, stock: [...state.stock, state.stock[0]!] };
    expect(thrown(() => expireReservations(rows, T))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'stock', 3, 'locationId'] });
  });

  it('never holds more than is available, whatever the sequence of requests', () => {
    const op = fc.oneof(
      fc.record({ kind: fc.constant('reserve' as const), id: fc.integer({ min: 0, max: 6 }), quantity: fc.integer({ min: 1, max: 4 }), at: fc.constantFrom(undefined, 'S1', 'S2'), expiresAt: fc.integer({ min: 0, max: 5 }) }),
      fc.record({ kind: fc.constant('release' as const), id: fc.integer({ min: 0, max: 6 }) }),
      fc.record({ kind: fc.constant('expire' as const), now: fc.integer({ min: 0, max: 5 }) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        let state = deepFreeze(start());
        for (const o of ops) {
          if (o.kind === 'reserve') {
            const request = { id: `r${String(o.id)}`, sku: 'MUG', quantity: o.quantity, expiresAt: o.expiresAt, ...(o.at === undefined ? {} : { locationId: o.at }) };
            const next = reserve(state, request);
            const replay = reserve(next.state, request);
            expect(replay.state).toEqual(next.state);
            if (next.result.status === 'granted') expect(replay.result).toMatchObject({ status: 'granted', replayed: true });
            state = deepFreeze(next.state);
          } else if (o.kind === 'release') {
            state = deepFreeze(releaseReservation(state, `r${String(o.id)}`).state);
          } else {
            state = deepFreeze(expireReservations(state, o.now).state);
          }
          for (const row of state.stock) {
            const held = state.reservations
              .filter((r) => r.status === 'held' && r.sku === row.sku && r.locationId === row.locationId)
              .reduce((s, r) => s + r.quantity, 0);
            expect(held).toBeLessThanOrEqual(row.onHand - (row.reserved ?? 0) - (row.safetyStock ?? 0));
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('(sku, location) keys with U+0000 in ids (review)', () => {
  function codeAndPath(fn: () => unknown): unknown {
    try { fn(); } catch (error) { if (isOmnicxError(error)) return { code: error.code, path: error.path }; throw error; }
    return 'did not throw';
  }
  it('keeps (sku, location) pairs apart even when ids hold U+0000', () => {
    const rows = [
      { sku: 'a\u0000b', locationId: 'c', onHand: 1 },
      { sku: 'a', locationId: 'b\u0000c', onHand: 2 },
    ];
    expect(availableToPromise(rows, { asOf: 0 }).total.atp).toBe(3);
    expect(createReservationState(rows).stock).toHaveLength(2);
    // a reservation of ('a', 'b\0c') refers to no stock row when only ('a\0b', 'c') exists
    const state: ReservationState = {
      stock: [{ sku: 'a\u0000b', locationId: 'c', onHand: 5, reserved: 0, safetyStock: 0 }],
      reservations: [{ id: 'r', sku: 'a', locationId: 'b\u0000c', quantity: 5, expiresAt: 0, status: 'held' }],
    };
    expect(codeAndPath(() => reserve(state, { id: 'x', sku: 'a\u0000b', quantity: 1, expiresAt: 0 })))
      .toEqual({ code: 'INVALID_INPUT', path: ['state', 'reservations', 0, 'locationId'] });
  });
});
