import { describe, expect, it } from 'vitest';
import { normalSurvival } from '../../../src/core/statistics/normalSurvival.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: ½·erfc(x/√2) in mpmath at 60 digits (R's pnorm(x, lower.tail = FALSE) agrees).
describe('normalSurvival', () => {
  it('matches published upper-tail probabilities', () => {
    expect(normalSurvival(0)).toBe(0.5);
    expectClose(normalSurvival(1), 0.15865525393145705, 1e-16);
    expectClose(normalSurvival(5), 2.8665157187919391e-7, 1e-15); // R: 2.866516e-07
    expectClose(normalSurvival(10), 7.619853024160527e-24, 1e-15); // R pnorm(-10) by symmetry
    expectClose(normalSurvival(20), 2.7536241186062337e-89, 1e-15);
    expectClose(normalSurvival(-3), 0.9986501019683699, 1e-16);
  });

  it('is right to ~1e-12 relative at x = 37 (no 1 − Φ cancellation)', () => {
    // mpmath: ½·erfc(37/√2) = 5.7255712225245768e-300
    expectClose(normalSurvival(37), 5.725571222524577e-300, 1e-13);
    // Just above the subnormal threshold; mpmath 4.6053530095819548e-308.
    expectClose(normalSurvival(37.5), 4.605353009581955e-308, 1e-13);
  });

  it('degrades gracefully through the subnormal range and underflows to 0 beyond x ≈ 38.5', () => {
    // mpmath: 2.8854283600687843e-316 (subnormal: about 8 significant digits are representable)
    expectClose(normalSurvival(38), 2.88542835e-316, 1e-7);
    // The true Φ̄(40) ≈ 3.655893540915e-350 is below the smallest double.
    expect(normalSurvival(40)).toBe(0);
    expect(normalSurvival(1e300)).toBe(0);
    expect(normalSurvival(Infinity)).toBe(0);
    expect(normalSurvival(-Infinity)).toBe(1);
  });

  it('rejects NaN', () => {
    expectOmnicxError(() => normalSurvival(Number.NaN), 'INVALID_INPUT', ['x']);
  });
});
