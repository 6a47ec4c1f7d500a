import { describe, expect, it } from 'vitest';
import { createInventoryKpisAccumulator, inventoryKpisAccumulatorSchema } from '../../src/inventory/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';

describe('createInventoryKpisAccumulator', () => {
  it('creates an empty plain-JSON accumulator holding the options, toleranceUnits 0 by default', () => {
    const acc = createInventoryKpisAccumulator({ periodDays: 30 });
    expect(acc).toEqual({ kind: 'inventoryKpis', version: 1, periodDays: 30, toleranceUnits: 0, items: [] });
    expect(createInventoryKpisAccumulator({ periodDays: 7.5, toleranceUnits: 2 })).toMatchObject({ periodDays: 7.5, toleranceUnits: 2 });
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(inventoryKpisAccumulatorSchema.safeParse(acc).success).toBe(true);
  });

  it('refuses bad options with their path', () => {
    expectOmnicxError(() => createInventoryKpisAccumulator({ periodDays: 0 }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => createInventoryKpisAccumulator({ periodDays: Infinity }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => createInventoryKpisAccumulator({ periodDays: 7, toleranceUnits: 0.5 }), 'INVALID_INPUT', ['options', 'toleranceUnits']);
    expectOmnicxError(() => createInventoryKpisAccumulator(undefined as never), 'INVALID_INPUT', ['options']);
  });
});
