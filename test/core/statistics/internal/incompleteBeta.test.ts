import { describe, expect, it } from 'vitest';
import {
  betaContinuedFraction,
  incompleteBeta,
  incompleteBetaHalfLargeA,
} from '../../../../src/core/statistics/internal/incompleteBeta.js';
import { expectClose } from '../support.js';

// Closed forms: I_x(1, 1) = x, I_x(a, 1) = xᵃ, I_x(1, b) = 1 − (1 − x)ᵇ, I_½(a, a) = ½
// (Abramowitz & Stegun 26.5); other values from mpmath.betainc(regularized=True) at 50 digits.
describe('incompleteBeta (internal)', () => {
  it('reproduces the closed forms on both sides of the switch point', () => {
    const [lower, upper] = incompleteBeta(0.3, 0.7, 1, 1);
    expectClose(lower, 0.3, 1e-15);
    expectClose(upper, 0.7, 1e-15);
    expectClose(incompleteBeta(0.6, 0.4, 3, 1)[0], 0.216, 1e-15);
    expectClose(incompleteBeta(0.2, 0.8, 1, 4)[1], 0.4096, 1e-15);
    expectClose(incompleteBeta(0.5, 0.5, 7.5, 7.5)[0], 0.5, 2e-15);
  });

  it('matches mpmath for general arguments', () => {
    expectClose(incompleteBeta(0.3, 0.7, 2.5, 0.5)[0], 0.01892712407194565, 1e-14);
    expectClose(incompleteBeta(0.6, 0.4, 7, 3)[0], 0.23178700799999996, 1e-14); // a polynomial, exactly 0.231787008
    expectClose(incompleteBeta(0.9, 0.1, 60, 0.5)[0], 0.00038757670800621896, 1e-13);
  });

  it('returns the exact limits at x = 0 and x = 1', () => {
    expect(incompleteBeta(0, 1, 2, 3)).toEqual([0, 1]);
    expect(incompleteBeta(1, 0, 2, 3)).toEqual([1, 0]);
  });

  it("survives a vanishing first denominator (Lentz's guard)", () => {
    // 1 − (a + b)x/(a + 1) = 0 for a = 1, b = 3, x = ½. The fraction equals I_x·a·B/(xᵃ yᵇ)
    // = (1 − ½³)·(1/3)/(½·⅛) = 14/3.
    expectClose(betaContinuedFraction(0.5, 0.5, 1, 3), 14 / 3, 1e-12);
  });
});

describe('incompleteBetaHalfLargeA (internal)', () => {
  it('agrees with mpmath and with the continued fraction where both are accurate', () => {
    expectClose(incompleteBetaHalfLargeA(0.9, 0.1, 60), 0.00038757670800621896, 1e-13);
    expectClose(incompleteBetaHalfLargeA(0.9, 0.1, 60), incompleteBeta(0.9, 0.1, 60, 0.5)[0], 1e-13);
    // Small z = −(a − ¼) ln x < 0.23 takes the central branch of the normal approximation.
    expectClose(incompleteBetaHalfLargeA(1 - 0.0005, 0.0005, 200), 0.6548822309246487, 1e-14);
  });
});
