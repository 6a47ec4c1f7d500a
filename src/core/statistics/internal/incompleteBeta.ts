// The regularized incomplete beta function I_x(a, b) and its complement, each with full
// relative accuracy when it is the small one.
import { ErrorCode, OmnicxError } from '../../errors/OmnicxError.js';
import { logBeta, stirlingCorrection } from './gamma.js';
import { centralPart, tailParts } from './normal.js';

/** Stop when a step changes the fraction by at most one rounding (Numerical Recipes uses ε too). */
const EPSILON = Number.EPSILON;
const TINY = 1e-300;

/** Lentz's guard: a partial denominator that vanishes is replaced by a tiny number. */
function nonZero(value: number): number {
  return Math.abs(value) < TINY ? TINY : value;
}

/**
 * Continued fraction for I_x(a, b) · a·B(a, b) / (x^a (1 − x)^b) (Abramowitz & Stegun 26.5.8),
 * evaluated with the modified Lentz method (Lentz 1976; Thompson & Barnett 1986) as in Press et
 * al., Numerical Recipes, 3rd ed., §6.4 `betacf`. It converges quickly for x < (a + 1)/(a + b + 2);
 * the number of terms grows like √max(a, b) near that point.
 */
export function betaContinuedFraction(x: number, y: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  // 1 − (a + b)x/(a + 1), written as (1 − b + (a + b)y)/(a + 1) when x is near 1 so as not to cancel.
  let d = 1 / nonZero(x < 0.5 ? 1 - (qab * x) / qap : (1 - b + qab * y) / qap);
  let h = d;
  // About √max(a, b) terms are needed near the switch point; large a is sent there to the
  // asymptotic expansion instead, so the cap is a guard.
  const limit = Math.min(100_000, 1000 + 20 * Math.ceil(Math.sqrt(Math.max(a, b))));
  for (let m = 1; m <= limit; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 / nonZero(1 + aa * d);
    c = nonZero(1 + aa / c);
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPSILON) return h;
  }
  /* v8 ignore start -- @preserve: a guard; no finite input has been found to reach the limit */
  throw new OmnicxError(
    ErrorCode.NO_CONVERGENCE,
    `the incomplete beta continued fraction did not converge for x = ${x}, a = ${a}, b = ${b}`,
  );
  /* v8 ignore stop -- @preserve */
}

/**
 * [I_x(a, b), 1 − I_x(a, b)] for 0 ≤ x ≤ 1, a, b > 0, where `y` must be 1 − x computed without
 * cancellation (pass both so that neither loses digits near 0 or 1). The continued fraction is
 * evaluated on whichever side converges (x < (a + 1)/(a + b + 2) or the symmetric one), and the
 * other value is obtained by subtraction from 1, so the smaller of the two is always accurate to
 * about 1e-14 relative. The prefactor x^a y^b / (a B(a, b)) is formed in logarithms with
 * ln x = log1p(−y) when x is close to 1 (and vice versa) and ln B from {@link logBeta}.
 */
export function incompleteBeta(x: number, y: number, a: number, b: number): readonly [number, number] {
  if (x <= 0) return [0, 1];
  if (y <= 0) return [1, 0];
  const logX = x < 0.5 ? Math.log(x) : Math.log1p(-y);
  const logY = y < 0.5 ? Math.log(y) : Math.log1p(-x);
  const front = Math.exp(a * logX + b * logY - logBeta(a, b));
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(x, y, a, b)) / a;
    return [lower, 1 - lower];
  }
  const upper = (front * betaContinuedFraction(y, x, b, a)) / b;
  return [1 - upper, upper];
}

const SQRT_PI = 1.772453850905516; // √π = 1.77245385090551602729…
const LN_SQRT_PI = 0.5723649429247001; // ln √π = 0.57236494292470008707…
/** Where normal.ts switches from the central rational function to the tail one. */
const CENTRAL = 0.67448975;

/**
 * I_x(a, ½) for large a (a ≥ 15) by the asymptotic expansion of DiDonato & Morris (1992,
 * "Algorithm 708: significant digit computation of the incomplete beta function ratios", ACM TOMS
 * 18(3):360–373, routine BGRAT), specialised to b = ½, where the incomplete gamma function it
 * needs is Q(½, z) = erfc(√z) = 2·Φ̄(√(2z)). With ν = a − ¼, z = −ν ln x:
 *   I_x(a, ½) = Γ(a + ½)/(Γ(a) √ν) · e^{−z} √z/√π · Σₙ dₙ Jₙ,  J₀ = Q(½, z)/(e^{−z} √z/√π),
 * a series in powers of (ln x)²/4 and 1/(4ν²). The continued fraction loses about log₁₀(a) digits
 * on this side of the distribution (x close to 1, a large); this expansion does not.
 */
export function incompleteBetaHalfLargeA(x: number, y: number, a: number): number {
  const b = 0.5;
  const bm1 = -0.5;
  const nu = a - 0.25;
  const lnx = y > 0.375 ? Math.log(x) : Math.log1p(-y);
  const z = -nu * lnx;
  const s = Math.sqrt(2 * z);
  const logR = -z + 0.5 * Math.log(z) - LN_SQRT_PI; // r = e^{−z} z^b / Γ(b)
  let j: number;
  if (s > CENTRAL) {
    // Φ̄(s) = e^{−s²/2}·factor, so Q/r = 2√π·factor/√z without forming e^{−z}.
    j = (2 * SQRT_PI * tailParts(s).factor) / Math.sqrt(z);
  } else {
    j = (1 - 2 * centralPart(s)) / Math.exp(logR);
  }
  // ln[Γ(a)/Γ(a + ½)] + ½ ln ν, by Stirling's series without cancellation.
  const u =
    stirlingCorrection(a) - stirlingCorrection(a + b) - a * Math.log1p(b / a) + b + b * Math.log1p(-0.25 / a);
  const v = 0.25 / (nu * nu);
  const t2 = 0.25 * lnx * lnx;
  const c: number[] = [];
  const d: number[] = [];
  let sum = j;
  let t = 1;
  let cn = 1;
  let n2 = 0;
  for (let n = 1; n <= 30; n++) {
    const bp2n = b + n2;
    j = (bp2n * (bp2n + 1) * j + (z + bp2n + 1) * t) * v;
    n2 += 2;
    t *= t2;
    cn /= n2 * (n2 + 1);
    c[n] = cn;
    let acc = 0;
    let coef = b - n;
    for (let i = 1; i < n; i++) {
      acc += coef * (c[i] as number) * (d[n - i] as number);
      coef += b;
    }
    const dn = bm1 * cn + acc / n;
    d[n] = dn;
    const dj = dn * j;
    sum += dj;
    if (Math.abs(dj) <= 1e-16 * sum) break;
  }
  return Math.exp(logR - u) * sum;
}
