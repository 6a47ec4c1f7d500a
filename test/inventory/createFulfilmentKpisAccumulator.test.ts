import { describe, expect, it } from 'vitest';
import { createFulfilmentKpisAccumulator, fulfilmentKpisAccumulatorSchema } from '../../src/inventory/index.js';

describe('createFulfilmentKpisAccumulator', () => {
  it('creates an empty plain-JSON accumulator that its schema accepts', () => {
    const acc = createFulfilmentKpisAccumulator();
    expect(acc).toEqual({
      kind: 'fulfilmentKpis',
      version: 1,
      orderIds: [],
      ordered: 0,
      shipped: 0,
      returned: 0,
      lines: 0,
      linesInFull: 0,
      ordersInFull: 0,
      promised: 0,
      onTimeInFull: 0,
      shippedOrders: 0,
      splitShipments: 0,
      cycleTimesMs: [],
    });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(fulfilmentKpisAccumulatorSchema.safeParse(acc).success).toBe(true);
  });

  it('returns a new accumulator each time', () => {
    const a = createFulfilmentKpisAccumulator();
    a.orderIds.push('x');
    expect(createFulfilmentKpisAccumulator().orderIds).toEqual([]);
  });
});
