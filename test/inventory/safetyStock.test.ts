import { describe, expect, it } from 'vitest';
import { safetyStock, type SafetyStockInput } from '../../src/inventory/index.js';
import { thrown } from './helpers.js';

// z values: Φ⁻¹(0.95) = 1.6448536269514722, Φ⁻¹(0.99) = 2.3263478740408408 (R qnorm)
describe('safetyStock', () => {
  it('is z · σd · √L with a fixed lead time', () => {
    // 1.6448536 · 5 · √4 = 16.448536
    expect(safetyStock({ demandMean: 20, demandSd: 5, leadTimeMean: 4, serviceLevel: 0.95 })).toBeCloseTo(16.448536269514722, 12);
  });

  it('adds lead-time variance: z · √(L·σd² + d²·σL²)', () => {
    // √(9 · 4 + 100 · 4) = √436 = 20.880613; · 2.3263479 = 48.575589
    expect(safetyStock({ demandMean: 10, demandSd: 2, leadTimeMean: 9, leadTimeSd: 2, serviceLevel: 0.99 })).toBeCloseTo(2.3263478740408408 * Math.sqrt(436), 12);
  });

  it('is zero at 50 % and negative below', () => {
    expect(safetyStock({ demandMean: 10, demandSd: 2, leadTimeMean: 9, serviceLevel: 0.5 })).toBe(0);
    expect(safetyStock({ demandMean: 10, demandSd: 2, leadTimeMean: 9, serviceLevel: 0.05 })).toBeCloseTo(-1.6448536269514722 * 6, 12);
  });

  it.each([
    ['a service level of 1', { serviceLevel: 1 }, ['input', 'serviceLevel']],
    ['a service level of 0', { serviceLevel: 0 }, ['input', 'serviceLevel']],
    ['a negative demand sd', { demandSd: -1 }, ['input', 'demandSd']],
    ['an infinite lead time', { leadTimeMean: Infinity }, ['input', 'leadTimeMean']],
    ['a negative lead-time sd', { leadTimeSd: -0.5 }, ['input', 'leadTimeSd']],
  ])('refuses %s', (_, change, path) => {
    const input = { demandMean: 10, demandSd: 2, leadTimeMean: 9, serviceLevel: 0.9, ...change } as SafetyStockInput;
    expect(thrown(() => safetyStock(input))).toEqual({ code: 'INVALID_INPUT', path });
  });
});
