import { describe, expect, it } from 'vitest';
import { fulfilmentKpis, type FulfilledOrder } from '../../src/inventory/index.js';
import { deepFreeze } from './bruteForce.js';
import { thrown } from './helpers.js';

const H = 3_600_000;
const t0 = Date.parse('2026-03-01T00:00:00Z');

const orders: FulfilledOrder[] = [
  // in full, on time, one shipment, 24 h; 1 of 2 units returned
  { id: 'a', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 24 * H, shipments: 1, lines: [{ sku: 'X', ordered: 2, shipped: 2, returned: 1 }] },
  // in full but late, two shipments, 72 h
  { id: 'b', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 72 * H, shipments: 2, lines: [{ sku: 'X', ordered: 1, shipped: 1 }, { sku: 'Y', ordered: 1, shipped: 1 }] },
  // short one unit, on time, 48 h
  { id: 'c', orderedAt: t0, promisedAt: t0 + 48 * H, deliveredAt: t0 + 48 * H, shipments: 1, lines: [{ sku: 'Y', ordered: 3, shipped: 2 }] },
  // in full, no promise, not delivered yet, not shipped
  { id: 'd', orderedAt: t0, shipments: 0, lines: [{ sku: 'Z', ordered: 1, shipped: 1 }] },
  // promised, undelivered: not OTIF
  { id: 'e', orderedAt: t0, promisedAt: t0 + 48 * H, shipments: 1, lines: [{ sku: 'Z', ordered: 1, shipped: 1 }] },
];

describe('fulfilmentKpis', () => {
  const kpis = fulfilmentKpis(deepFreeze(structuredClone(orders)));

  it('computes unit, line and order fill rates', () => {
    // units: shipped 2 + 2 + 2 + 1 + 1 = 8 of 2 + 2 + 3 + 1 + 1 = 9
    expect(kpis.unitFillRate).toEqual({ value: 8 / 9, numerator: 8, n: 9 });
    // lines: 5 of 6 in full
    expect(kpis.lineFillRate).toEqual({ value: 5 / 6, numerator: 5, n: 6 });
    // orders: a, b, d, e in full → 4 of 5, with a Wilson interval
    expect(kpis.orderFillRate).toMatchObject({ value: 0.8, numerator: 4, n: 5 });
    // Wilson 95 % for 4/5: 0.3755 to 0.9638 (Newcombe 1998 method 3)
    expect(kpis.orderFillRate.interval?.lower).toBeCloseTo(0.3755, 4);
    expect(kpis.orderFillRate.interval?.upper).toBeCloseTo(0.9638, 4);
  });

  it('counts on time in full over promised orders only', () => {
    // promised: a, b, c, e; OTIF only a
    expect(kpis.onTimeInFull).toMatchObject({ value: 0.25, numerator: 1, n: 4 });
  });

  it('computes the split-shipment rate over shipped orders', () => {
    // shipped: a, b, c, e; split: b
    expect(kpis.splitShipmentRate).toMatchObject({ value: 0.25, numerator: 1, n: 4 });
  });

  it('computes cycle-time percentiles over delivered orders', () => {
    // 24, 72, 48 h → sorted 24, 48, 72: p50 = 48 h, p90 = 48 + 0.8 · 24 = 67.2 h (type 7)
    expect(kpis.cycleTimeMs).toEqual({ n: 3, p50: 48 * H, p90: 67.2 * H });
  });

  it('computes the return rate over shipped units', () => {
    expect(kpis.returnRate).toEqual({ value: 1 / 8, numerator: 1, n: 8 });
  });

  it('reports null rates for no orders', () => {
    const empty = fulfilmentKpis([]);
    expect(empty.orderFillRate).toEqual({ value: null, numerator: 0, n: 0 });
    expect(empty.cycleTimeMs).toEqual({ n: 0, p50: null, p90: null });
  });

  it('uses the confidence option', () => {
    const wide = fulfilmentKpis(orders, { confidence: 0.99 });
    expect(wide.orderFillRate.interval?.confidence).toBe(0.99);
    expect(wide.orderFillRate.interval!.lower).toBeLessThan(kpis.orderFillRate.interval!.lower);
  });

  it.each([
    ['shipped above ordered', [{ ...orders[0]!, lines: [{ sku: 'X', ordered: 1, shipped: 2 }] }], ['orders', 0, 'lines', 0, 'shipped']],
    ['returned above shipped', [{ ...orders[0]!, lines: [{ sku: 'X', ordered: 2, shipped: 1, returned: 2 }] }], ['orders', 0, 'lines', 0, 'returned']],
    ['a delivery before the order', [{ ...orders[0]!, deliveredAt: t0 - 1 }], ['orders', 0, 'deliveredAt']],
    ['a duplicate id', [orders[0]!, orders[0]!], ['orders', 1, 'id']],
    ['a fractional quantity', [{ ...orders[0]!, lines: [{ sku: 'X', ordered: 1.5, shipped: 1 }] }], ['orders', 0, 'lines', 0, 'ordered']],
  ])('refuses %s', (_, list, path) => {
    expect(thrown(() => fulfilmentKpis(list))).toEqual({ code: 'INVALID_INPUT', path });
  });

  it('refuses a confidence outside (0, 1)', () => {
    expect(thrown(() => fulfilmentKpis(orders, { confidence: 1 }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'confidence'] });
  });
});
