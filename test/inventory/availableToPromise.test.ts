import { isOmnicxError } from '../../src/core/errors/OmnicxError.js';
import { availableToPromise, type StockRow } from '../../src/inventory/index.js';
import { deepFreeze } from './bruteForce.js';
import { thrown } from './helpers.js';
import { describe, expect, it } from 'vitest';

const DAY = 86_400_000;
const asOf = '2026-03-01T00:00:00Z';

describe('availableToPromise', () => {
  const stock: StockRow[] = [
    { sku: 'B', locationId: 'S2', onHand: 3, safetyStock: 5 },
    {
      sku: 'A',
      locationId: 'DC',
      onHand: 40,
      reserved: 5,
      safetyStock: 10,
      inbound: [
        { quantity: 20, eta: '2026-03-02T08:00:00Z' },
        { quantity: 7, eta: '2026-02-20T08:00:00Z' },
        { quantity: 50, eta: '2026-03-20T08:00:00Z' },
      ],
    },
    { sku: 'A', locationId: 'S1', onHand: 6, reserved: 1 },
  ];

  it('counts inbound due within the horizon, including overdue deliveries', () => {
    const result = availableToPromise(stock, { asOf, horizonMs: 7 * DAY });
    // DC: 40 + (20 + 7) − 5 − 10 = 52; S1: 6 − 1 = 5; S2: max(0, 3 − 5) = 0
    expect(result.byLocation.map((r) => [r.sku, r.locationId, r.atp])).toEqual([
      ['A', 'DC', 52],
      ['A', 'S1', 5],
      ['B', 'S2', 0],
    ]);
    expect(result.bySku).toEqual([
      { sku: 'A', locations: 2, onHand: 46, reserved: 6, safety: 10, inbound: 27, atp: 57 },
      { sku: 'B', locations: 1, onHand: 3, reserved: 0, safety: 5, inbound: 0, atp: 0 },
    ]);
    expect(result.total).toEqual({ onHand: 49, reserved: 6, safety: 15, inbound: 27, atp: 57 });
    expect(result.inboundUntil - result.asOf).toBe(7 * DAY);
  });

  it('counts only inbound already due by asOf without a horizon', () => {
    // DC: 40 + 7 − 5 − 10 = 32
    expect(availableToPromise(stock, { asOf }).byLocation[0]?.atp).toBe(32);
  });

  it('sums per-location ATP so a deficit at one location does not hide stock at another', () => {
    const rows: StockRow[] = [
      { sku: 'A', locationId: 'X', onHand: 0, safetyStock: 10 },
      { sku: 'A', locationId: 'Y', onHand: 4 },
    ];
    expect(availableToPromise(rows, { asOf }).bySku[0]?.atp).toBe(4);
  });

  it('counts an eta exactly at the end of the horizon', () => {
    const rows: StockRow[] = [{ sku: 'A', locationId: 'X', onHand: 0, inbound: [{ quantity: 3, eta: Date.parse(asOf) + DAY }] }];
    expect(availableToPromise(rows, { asOf, horizonMs: DAY }).total.atp).toBe(3);
    expect(availableToPromise(rows, { asOf, horizonMs: DAY - 1 }).total.atp).toBe(0);
  });

  it('does not mutate its input', () => {
    const frozen = deepFreeze(structuredClone(stock));
    availableToPromise(frozen, { asOf });
    expect(frozen).toEqual(stock);
  });

  it.each([
    ['a negative onHand', [{ sku: 'A', locationId: 'X', onHand: -1 }], {}, ['stock', 0, 'onHand']],
    ['a fractional reserved', [{ sku: 'A', locationId: 'X', onHand: 1, reserved: 0.5 }], {}, ['stock', 0, 'reserved']],
    ['an eta without offset', [{ sku: 'A', locationId: 'X', onHand: 1, inbound: [{ quantity: 1, eta: '2026-03-01' }] }], {}, ['stock', 0, 'inbound', 0, 'eta']],
    ['a duplicate row', [{ sku: 'A', locationId: 'X', onHand: 1 }, { sku: 'A', locationId: 'X', onHand: 2 }], {}, ['stock', 1, 'locationId']],
    ['a negative horizon', [], { horizonMs: -1 }, ['options', 'horizonMs']],
  ])('refuses %s', (_, rows, extra, path) => {
    expect(thrown(() => availableToPromise(rows as StockRow[], { asOf, ...extra }))).toEqual({ code: 'INVALID_INPUT', path });
  });
});

describe('availableToPromise sums past 2^53 (review)', () => {
  function codeAndPath(fn: () => unknown): unknown {
    try { fn(); } catch (error) { if (isOmnicxError(error)) return { code: error.code, path: error.path }; throw error; }
    return 'did not throw';
  }
  it('refuses unit sums past 2^53 − 1 instead of rounding them', () => {
    const big = Number.MAX_SAFE_INTEGER;
    // per sku: (2^53 − 1) + 2 = 2^53 + 1, not a double: it used to come back as 2^53
    expect(codeAndPath(() => availableToPromise([{ sku: 'x', locationId: 'a', onHand: big }, { sku: 'x', locationId: 'b', onHand: 2 }], { asOf: 0 })))
      .toEqual({ code: 'NOT_SAFE_INTEGER', path: ['stock'] });
    expect(codeAndPath(() => availableToPromise([{ sku: 'x', locationId: 'a', onHand: big, inbound: [{ quantity: 2, eta: 0 }] }], { asOf: 0 })))
      .toEqual({ code: 'NOT_SAFE_INTEGER', path: ['stock', 0, 'inbound'] });
  });
});
