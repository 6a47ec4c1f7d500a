import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalCdf } from '../../../src/core/statistics/normalCdf.js';
import { normalQuantile } from '../../../src/core/statistics/normalQuantile.js';
import { normalSurvival } from '../../../src/core/statistics/normalSurvival.js';
import { expectClose, expectOmnicxError } from './support.js';

// Reference values: R's qnorm() (which is AS 241) printed to 16 digits; each re-derived as
// −√2·erfinv(1 − 2p) with mpmath at 60 digits for the exact double p.
describe('normalQuantile', () => {
  it('matches published percentage points to about 1e-16', () => {
    expectClose(normalQuantile(0.975), 1.959963984540054, 2.3e-16); // R qnorm(0.975)
    expectClose(normalQuantile(0.025), -1.959963984540054, 2.3e-16);
    // R qnorm(0.95) prints 1.644853626951472; mpmath 1.6448536269514721 for the double 0.95. AS 241
    // in double arithmetic lands 3 ulps below (bit-identical to R and Python's NormalDist.inv_cdf).
    expectClose(normalQuantile(0.95), 1.6448536269514722, 5e-16);
    expectClose(normalQuantile(0.25), -0.6744897501960817, 2.3e-16); // mpmath −0.67448975019608174
    expectClose(normalQuantile(1e-10), -6.361340902404056, 2.3e-16); // R qnorm(1e-10)
    expectClose(normalQuantile(1e-20), -9.262340089798407, 2.3e-16); // mpmath
    expectClose(normalQuantile(1e-300), -37.0470962993612, 2.3e-16); // mpmath (AS 241's r > 5 branch)
    expectClose(normalQuantile(0.999999), 4.753424308817088, 1e-15); // mpmath
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('returns ∓Infinity at p = 0 and 1', () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
  });

  it('rejects probabilities outside [0, 1]', () => {
    expectOmnicxError(() => normalQuantile(-1e-300), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => normalQuantile(1.0000000000000002), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => normalQuantile(Number.NaN), 'INVALID_INPUT', ['p']);
    expectOmnicxError(() => normalQuantile(undefined as never), 'INVALID_INPUT', ['p']);
  });

  it('inverts normalCdf: Φ(Φ⁻¹(p)) ≈ p in relative terms, tails included (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1 - 2 ** -53, noNaN: true }), (p) => {
        const z = normalQuantile(p);
        // A relative error ε in z moves the tail by about z²·ε; AS 241 is within ~4 ulps of z.
        const tolerance = (z * z + 1) * 1e-15;
        if (p < 0.5) expectClose(normalCdf(z), p, tolerance);
        else expectClose(normalSurvival(z), 1 - p, tolerance);
      }),
    );
  });

  it('is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 2 ** -30, max: 0.5, noNaN: true }), (p) => {
        expect(normalQuantile(1 - p)).toBeCloseTo(-normalQuantile(p), 6);
      }),
    );
  });
});
