import { describe, expect, it } from 'vitest';
import { reorderPoint } from '../../src/inventory/index.js';
import { thrown } from './helpers.js';

describe('reorderPoint', () => {
  it('is expected lead-time demand plus safety stock', () => {
    // 20 · 4 + 1.6448536 · 10 = 96.448536
    expect(reorderPoint({ demandMean: 20, demandSd: 5, leadTimeMean: 4, serviceLevel: 0.95 })).toBeCloseTo(96.44853626951472, 12);
    // no variability: just d · L
    expect(reorderPoint({ demandMean: 7, demandSd: 0, leadTimeMean: 3, serviceLevel: 0.99 })).toBe(21);
  });

  it('refuses a service level outside (0, 1)', () => {
    expect(thrown(() => reorderPoint({ demandMean: 1, demandSd: 1, leadTimeMean: 1, serviceLevel: 1.2 }))).toEqual({
      code: 'INVALID_INPUT',
      path: ['input', 'serviceLevel'],
    });
  });
});
