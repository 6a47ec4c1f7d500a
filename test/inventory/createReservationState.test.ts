import { describe, expect, it } from 'vitest';
import { createReservationState } from '../../src/inventory/index.js';
import { start, thrown } from './helpers.js';

describe('createReservationState', () => {
  it('keeps the stock figures with defaults and drops inbound', () => {
    expect(start().stock[2]).toEqual({ sku: 'TEE', locationId: 'S1', onHand: 2, reserved: 0, safetyStock: 0 });
  });

  it('refuses duplicate rows', () => {
    const rows = [
      { sku: 'A', locationId: 'X', onHand: 1 },
      { sku: 'A', locationId: 'X', onHand: 1 },
    ];
    expect(thrown(() => createReservationState(rows))).toEqual({ code: 'INVALID_INPUT', path: ['stock', 1, 'locationId'] });
  });
});
