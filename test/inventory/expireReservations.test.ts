import { describe, expect, it } from 'vitest';
import { expireReservations, reserve } from '../../src/inventory/index.js';
import { start, T, thrown } from './helpers.js';

describe('expireReservations', () => {
  it('expires held reservations due at or before now, once', () => {
    let state = reserve(start(), { id: 'a', sku: 'MUG', quantity: 1, expiresAt: T }).state;
    state = reserve(state, { id: 'b', sku: 'MUG', quantity: 1, expiresAt: T + 1 }).state;
    const first = expireReservations(state, T);
    expect(first.expired.map((r) => r.id)).toEqual(['a']);
    expect(expireReservations(first.state, T).expired).toEqual([]);
    expect(expireReservations(first.state, new Date(T + 1)).expired.map((r) => r.id)).toEqual(['b']);
  });

  it('refuses a bad now', () => {
    expect(thrown(() => expireReservations(start(), '2026-03-01'))).toEqual({ code: 'INVALID_DATE', path: ['now'] });
  });
});
