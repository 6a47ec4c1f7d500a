import { describe, expect, it } from 'vitest';
import { logBeta, logGamma, stirlingCorrection } from '../../../../src/core/statistics/internal/gamma.js';

// ln Γ and ln B are checked against closed forms (Γ(n) = (n − 1)!, Γ(½) = √π,
// Γ(n + ½) = (2n)!√π/(4ⁿ n!), B(a, 1) = 1/a) and against mpmath.loggamma at 50 digits.
function expectAbsolute(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected), `${String(actual)} vs ${String(expected)}`).toBeLessThanOrEqual(tolerance);
}

describe('logGamma (internal)', () => {
  it('matches closed forms in every approximation range', () => {
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
    expectAbsolute(logGamma(0.5), Math.log(Math.sqrt(Math.PI)), 2.3e-16);
    expectAbsolute(logGamma(3), Math.LN2, 2.3e-16);
    expectAbsolute(logGamma(4.5), Math.log((105 * Math.sqrt(Math.PI)) / 16), 4.5e-16);
    expectAbsolute(logGamma(10), Math.log(362880), 1.8e-15);
  });

  it('matches mpmath across the branches, including tiny and huge arguments', () => {
    expectAbsolute(logGamma(1e-300), 690.7755278982137, 1.2e-13); // −ln x branch (x + 1 = 1)
    expectAbsolute(logGamma(0.1), 2.252712651734206, 4.5e-16);
    expectAbsolute(logGamma(0.3), 1.0957979948180756, 2.3e-16);
    expectAbsolute(logGamma(0.6), 0.3982338580692349, 1.2e-16); // (½, 0.68]: −ln x + ln Γ(1 + x)
    expectAbsolute(logGamma(1.2), -0.08537409000331585, 1.2e-16);
    expectAbsolute(logGamma(2.5), 0.2846828704729192, 1.2e-16);
    expectAbsolute(logGamma(3.9), 1.6675803472417399, 4.5e-16);
    expectAbsolute(logGamma(12.5), 18.734347511936445, 7.2e-15); // Stirling branch
    expectAbsolute(logGamma(100), 359.1342053695754, 1.2e-13);
  });

  it("gives Stirling's remainder δ(10) = ln Γ(10) − (9.5 ln 10 − 10 + ½ ln 2π)", () => {
    expectAbsolute(stirlingCorrection(10), 0.00833056343336287, 1e-17); // mpmath
  });
});

describe('logBeta (internal)', () => {
  it('matches closed forms and mpmath in each of its three regimes', () => {
    expectAbsolute(logBeta(0.5, 0.5), Math.log(Math.PI), 4.5e-16); // B(½, ½) = π
    expectAbsolute(logBeta(1.5, 0.5), Math.log(Math.PI / 2), 4.5e-16);
    expectAbsolute(logBeta(3, 4), Math.log(1 / 60), 4.5e-16); // 2!·3!/6!
    expectAbsolute(logBeta(7, 1), -Math.log(7), 2e-15); // ln Γ(7) and ln Γ(8) are ≈ 6.6 and 8.5
    expectAbsolute(logBeta(9.5, 0.5), -0.540129116359501, 1e-15);
    expectAbsolute(logBeta(0.5, 1e6), -6.335390211057437, 4.5e-16); // q ≥ 10: no cancellation
    expectAbsolute(logBeta(0.1, 20), 1.9554043352967616, 4.5e-16);
    expectAbsolute(logBeta(12, 15), -18.568172732389435, 1e-14); // p ≥ 10
    expectAbsolute(logBeta(30, 40), -48.30174909591612, 2e-14);
    expect(logBeta(2.5, 7)).toBe(logBeta(7, 2.5));
  });
});
