import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logNormalSurvival } from '../../../src/core/statistics/logNormalSurvival.js';
import { normalSurvival } from '../../../src/core/statistics/normalSurvival.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: ln(½·erfc(x/√2)) in mpmath at 60 digits; R's
// pnorm(x, lower.tail = FALSE, log.p = TRUE) prints the same leading digits.
describe('logNormalSurvival', () => {
  it('matches ln Φ̄ in every branch', () => {
    expectClose(logNormalSurvival(0), -Math.LN2, 1e-16);
    expectClose(logNormalSurvival(0.3), -0.9621028181688507, 1e-15); // central branch
    expectClose(logNormalSurvival(1), -1.8410216450092636, 1e-15);
    expectClose(logNormalSurvival(-5), -2.866516129637636e-07, 1e-15); // log1p branch
    expectClose(logNormalSurvival(40), -804.6084420137538, 1e-15); // R: -804.6084
  });

  it('stays accurate where Φ̄ itself underflows (asymptotic region)', () => {
    expectClose(logNormalSurvival(1e5), -5000000012.431864, 1e-15);
    // −x²/2 − ln x − ½ ln 2π dominates: ln Φ̄(1e10) = −5e19 − 24.0446… ≈ −5e19 in doubles
    expectClose(logNormalSurvival(1e10), -5e19, 1e-15);
    expectClose(logNormalSurvival(1e150), -5e299, 1e-15);
    expect(logNormalSurvival(1e200)).toBe(-Infinity); // the true value −5e399 is below −1.8e308
    expect(logNormalSurvival(Infinity)).toBe(-Infinity);
    expect(logNormalSurvival(-Infinity) + 0).toBe(0); // ln 1 (as −0, from log1p(−0))
    expect(logNormalSurvival(-40) + 0).toBe(0);
  });

  it('rejects NaN', () => {
    expectOmnicxError(() => logNormalSurvival(Number.NaN), 'INVALID_INPUT', ['x']);
  });

  it('agrees with ln of normalSurvival wherever the latter is a normal double (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 37, noNaN: true }), (x) => {
        // For x < 0, ln(1 − Φ̄(−x)) itself carries an absolute rounding error of about 1e-16.
        if (x >= 0) expectClose(logNormalSurvival(x), Math.log(normalSurvival(x)), 1e-13);
        else expect(Math.abs(logNormalSurvival(x) - Math.log(normalSurvival(x)))).toBeLessThanOrEqual(3e-16);
      }),
    );
  });
});
