import { describe, expect, it } from 'vitest';
import { economicOrderQuantity } from '../../src/inventory/index.js';
import { thrown } from './helpers.js';

describe('economicOrderQuantity', () => {
  it('is √(2DS/H)', () => {
    // √(2 · 1200 · 5000 / 300) = √40000 = 200
    expect(economicOrderQuantity({ annualDemand: 1200, orderCostMinor: 5000, holdingCostMinorPerUnitYear: 300 })).toBe(200);
    // √(2 · 10000 · 4000 / 250) = √320000 = 565.685
    expect(economicOrderQuantity({ annualDemand: 10000, orderCostMinor: 4000, holdingCostMinorPerUnitYear: 250 })).toBeCloseTo(565.685424949238, 9);
    expect(economicOrderQuantity({ annualDemand: 0, orderCostMinor: 4000, holdingCostMinorPerUnitYear: 250 })).toBe(0);
  });

  it.each([
    ['a zero holding cost', { holdingCostMinorPerUnitYear: 0 }, ['input', 'holdingCostMinorPerUnitYear']],
    ['a negative demand', { annualDemand: -5 }, ['input', 'annualDemand']],
    ['a NaN order cost', { orderCostMinor: Number.NaN }, ['input', 'orderCostMinor']],
  ])('refuses %s', (_, change, path) => {
    const input = { annualDemand: 1200, orderCostMinor: 5000, holdingCostMinorPerUnitYear: 300, ...change };
    expect(thrown(() => economicOrderQuantity(input))).toEqual({ code: 'INVALID_INPUT', path });
  });
});
