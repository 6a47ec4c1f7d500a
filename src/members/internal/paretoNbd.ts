// Pareto/NBD (Schmittlein, Morrison & Colombo 1987) likelihood and P(alive), in the form of Fader,
// Hardie & Lee (2005), "A note on deriving the Pareto/NBD model and related expressions", eqs. 21–24:
//   L = Γ(r+x) α^r β^s / Γ(r) · [ (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀ ]
// with, writing m = r+s+x,
//   α ≥ β: A₀ = F(m, s+1; m+1; (α−β)/(α+tₓ)) / (α+tₓ)^m − F(m, s+1; m+1; (α−β)/(α+T)) / (α+T)^m
//   α < β: A₀ = F(m, r+x; m+1; (β−α)/(β+tₓ)) / (β+tₓ)^m − F(m, r+x; m+1; (β−α)/(β+T)) / (β+T)^m
// so that 0 ≤ z < 1 always. s/m · A₀ = ∫ from tₓ to T of s (β+τ)^−(s+1) (α+τ)^−(r+x) dτ (dying at τ,
// no purchase in (tₓ, τ]); the tests check the 2F1 form against this integral computed numerically.
//
// F = 2F1(m, b; m+1; z) is evaluated as ln F: for z ≤ ½ by its power series (all terms positive,
// the running sum rescaled into a logarithm whenever it passes 1e200, so it never overflows); above
// by Euler's transformation (Abramowitz & Stegun 15.3.3) F = (1−z)^(1−b) · 2F1(1, m+1−b; m+1; z),
// the second factor summed by Gauss's continued fraction (modified Lentz method), which converges
// in the whole cut plane and fast near z = 1, where the power series would need about 40/(1 − z)
// terms; within 1e-5 of z = 1 the fraction loses digits, and Euler's integral is computed by
// tanh-sinh quadrature instead.
import { ErrorCode, OmnicxError } from '../../core/errors/OmnicxError.js';
import { logGamma } from '../../core/statistics/internal/gamma.js';
import { logAddExp } from './bgNbd.js';
import type { Triples } from './compress.js';

const MAX_TERMS = 100_000;

/** ln 2F1(a, b; c; z) for 0 ≤ z ≤ ½ and a, b, c > 0 by the power series; NaN when it does not converge. */
function logSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  let logScale = 0;
  for (let n = 0; n < MAX_TERMS; n++) {
    term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    sum += term;
    if (term <= 1e-17 * sum && (a + n) * z < c + n) return logScale + Math.log(sum);
    if (sum > 1e200) {
      logScale += Math.log(sum);
      term /= sum;
      sum = 1;
    }
  }
  /* v8 ignore next -- 100 000 terms at z ≤ ½ are never needed (each term shrinks by about z) */
  return Number.NaN;
}

/**
 * 2F1(1, b; c; z) for 0 ≤ z < 1 and c > b > 0 by Gauss's continued fraction for the ratio
 * F(a, b+1; c+1; z)/F(a, b; c; z) with a → b, b → 0 (so the denominator is 1):
 *   2F1(1, b; c; z) = 1 / (1 − d₁z / (1 − d₂z / (1 − …))), with
 *   d₂ₖ₊₁ = (b + k)(c − 1 + k) / ((c − 1 + 2k)(c + 2k)), d₂ₖ = k(c − 1 − b + k) / ((c − 2 + 2k)(c − 1 + 2k)).
 * (Gauss 1812; see Cuyt et al. 2008, "Handbook of continued fractions for special functions", ch. 15;
 * the tests check the result against Euler's integral.)
 */
function gaussFraction1(b: number, c: number, z: number): number {
  // f = 1/(1 + K(−dₙ z / 1)), modified Lentz (Numerical Recipes §5.2).
  const tiny = 1e-300;
  let f = 1;
  let C = 1;
  let D = 0;
  for (let n = 1; n <= MAX_TERMS; n++) {
    const k = n >> 1;
    const dn = n % 2 === 1 ? ((b + k) * (c - 1 + k)) / ((c - 1 + 2 * k) * (c + 2 * k)) : (k * (c - 1 - b + k)) / ((c - 2 + 2 * k) * (c - 1 + 2 * k));
    const an = -dn * z;
    D = 1 + an * D;
    if (Math.abs(D) < tiny) D = tiny;
    C = 1 + an / C;
    if (Math.abs(C) < tiny) C = tiny;
    D = 1 / D;
    const delta = C * D;
    f *= delta;
    if (Math.abs(delta - 1) < 4e-16) return 1 / f;
  }
  return Number.NaN;
}

/**
 * ln 2F1(m, b; m+1; z) from Euler's integral m ∫₀¹ t^(m−1) (1 − z t)^(−b) dt (A&S 15.3.1), written
 * with v = t^m as ∫₀¹ (1 − z t)^(−b) dv (no singularity at v = 0), by tanh-sinh quadrature
 * (Takahasi & Mori 1974, step 1/64), relative to the integrand's scale (1 − z)^(−b) at v = 1, with
 * 1 − z t = (1 − z) + z (1 − t) and 1 − t = −expm1(ln v / m) formed from the node's distance to
 * the nearer end. Used when 1 − z < 1e-5, where the continued fraction needs many terms and
 * loses digits.
 */
function logEulerIntegral(m: number, b: number, z: number): number {
  const h = 1 / 64;
  const oneMinusZ = 1 - z;
  const scale = -b * Math.log(oneMinusZ);
  let sum = 0;
  for (let k = -400; k <= 400; k++) {
    const u = (Math.PI / 2) * Math.sinh(k * h);
    const c = Math.cosh(u);
    const w = (Math.PI / 2) * Math.cosh(k * h) / (c * c) / 2;
    // e: the node's distance to the nearer end (never 1 − e itself: near z = 1 the nodes whose
    // distance to 1 is below the rounding of 1 − e still carry weight)
    const e = 1 / (Math.exp(2 * Math.abs(u)) + 1);
    if (!(e > 0)) continue;
    const lnV = k < 0 ? Math.log(e) : Math.log1p(-e);
    const oneMinusT = -Math.expm1(lnV / m);
    sum += Math.exp(Math.log(w) - b * Math.log(oneMinusZ + z * oneMinusT) - scale);
  }
  return Math.log(sum * h) + scale;
}

/** ln 2F1(m, b; m + 1; z) for m, b > 0 and 0 ≤ z < 1. */
export function logHyp2f1Pareto(m: number, b: number, z: number): number {
  if (z === 0) return 0;
  if (z <= 0.5) return logSeries(m, b, m + 1, z);
  if (1 - z < 1e-5) return logEulerIntegral(m, b, z);
  // Euler: 2F1(m, b; m+1; z) = (1−z)^(1−b) · 2F1(1, m+1−b; m+1; z)
  const g = gaussFraction1(m + 1 - b, m + 1, z);
  return (1 - b) * Math.log1p(-z) + Math.log(g);
}

/**
 * ln(A₀ · s/(r+s+x)) + (r+x) ln(α+T) + s ln(β+T), i.e. ln of the ratio of the "died in (tₓ, T]"
 * term to the "alive at T" term of the likelihood (−Infinity when tₓ = T).
 */
export function logDeadToAlive(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  if (tx === T) return -Infinity;
  const m = r + s + x;
  const big = Math.max(alpha, beta);
  const diff = Math.abs(alpha - beta);
  const b = alpha >= beta ? s + 1 : r + x;
  const lnTx = Math.log(big + tx);
  const lnT = Math.log(big + T);
  const u = logHyp2f1Pareto(m, b, diff / (big + tx)) - m * lnTx;
  const v = logHyp2f1Pareto(m, b, diff / (big + T)) - m * lnT;
  // ln(e^u − e^v), u > v; rounding can make the difference vanish when tₓ ≈ T
  // (NaN when a 2F1 could not be evaluated: never turned into a silent 0)
  const lnA0 = Number.isNaN(u - v) ? Number.NaN : u > v ? u + Math.log(-Math.expm1(v - u)) : -Infinity;
  return Math.log(s) - Math.log(m) + lnA0 + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T);
}

/**
 * The distinct (x, tₓ) and (x, T) pairs of a set of triples: the 2F1 terms depend on a triple only
 * through these pairs, and weekly data on a million customers hold a few thousand of each.
 */
export interface ParetoPairs {
  readonly pairX: Float64Array;
  readonly pairU: Float64Array;
  /** Per triple: index of its (x, tₓ) and (x, T) pair. */
  readonly atTx: Int32Array;
  readonly atT: Int32Array;
}

export function paretoPairs(d: Triples): ParetoPairs {
  const index = new Map<string, number>();
  const pairX: number[] = [];
  const pairU: number[] = [];
  const slot = (x: number, u: number): number => {
    const key = `${String(x)}|${String(u)}`;
    let k = index.get(key);
    if (k === undefined) {
      k = pairX.length;
      index.set(key, k);
      pairX.push(x);
      pairU.push(u);
    }
    return k;
  };
  const n = d.x.length;
  const atTx = new Int32Array(n);
  const atT = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    atTx[i] = slot(d.x[i] as number, d.tx[i] as number);
    atT[i] = slot(d.x[i] as number, d.T[i] as number);
  }
  return { pairX: Float64Array.from(pairX), pairU: Float64Array.from(pairU), atTx, atT };
}

/** Total Pareto/NBD log-likelihood of the weighted triples at (r, α, s, β). */
export function paretoNbdLogLikelihood(d: Triples, r: number, alpha: number, s: number, beta: number, pairs: ParetoPairs = paretoPairs(d)): number {
  const nx = d.xs.length;
  const head = new Float64Array(nx);
  const lgr = logGamma(r);
  const base = r * Math.log(alpha) + s * Math.log(beta) - lgr;
  for (let j = 0; j < nx; j++) head[j] = logGamma(r + (d.xs[j] as number)) + base;
  // per pair (x, u): ln[F(m, b; m+1; z(u)) / (max(α,β) + u)^m], and the "alive at u" term −(r+x) ln(α+u) − s ln(β+u)
  const big = Math.max(alpha, beta);
  const diff = Math.abs(alpha - beta);
  const np = pairs.pairX.length;
  const term = new Float64Array(np);
  const alive = new Float64Array(np);
  for (let k = 0; k < np; k++) {
    const x = pairs.pairX[k] as number;
    const u = pairs.pairU[k] as number;
    const m = r + s + x;
    const lnU = Math.log(big + u);
    term[k] = logHyp2f1Pareto(m, alpha >= beta ? s + 1 : r + x, diff / (big + u)) - m * lnU;
    alive[k] = -(r + x) * Math.log(alpha + u) - s * Math.log(beta + u);
  }
  const lnS = Math.log(s);
  let total = 0;
  for (let i = 0; i < d.x.length; i++) {
    const x = d.x[i] as number;
    const kT = pairs.atT[i] as number;
    const u = term[pairs.atTx[i] as number] as number;
    const v = term[kT] as number;
    const a = alive[kT] as number;
    // ln(s/m) + ln(e^u − e^v): the drop-out term, −Infinity when tₓ = T
    const dead = Number.isNaN(u - v) ? Number.NaN : u > v ? lnS - Math.log(r + s + x) + u + Math.log(-Math.expm1(v - u)) : -Infinity;
    total += (d.w[i] as number) * ((head[d.xi[i] as number] as number) + logAddExp(a, dead));
  }
  return total;
}

/** ∫₀ᵗ (β/(β+u))^s du / β = [1 − (β/(β+t))^(s−1)]/(s − 1), ln(1 + t/β) at s = 1 (stable near s = 1). */
export function growth(s: number, beta: number, t: number): number {
  const l = Math.log1p(t / beta);
  const e = (1 - s) * l;
  // −expm1(−(s−1)·l)/(s−1) = l · expm1(e)/e, which tends to l as s → 1
  return e === 0 ? l : (l * Math.expm1(e)) / e;
}

/** P(alive) = 1/(1 + e^logDeadToAlive); NO_CONVERGENCE (path ['params']) rather than a NaN. */
export function probabilityAlive(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const ratio = logDeadToAlive(r, alpha, s, beta, x, tx, T);
  /* v8 ignore next 3 -- the series, continued fraction and quadrature cover 0 ≤ z < 1; kept so that a failure is never a silent P(alive) = 1 */
  if (Number.isNaN(ratio)) {
    throw new OmnicxError(ErrorCode.NO_CONVERGENCE, 'The Pareto/NBD hypergeometric terms could not be evaluated for these parameters', { path: ['params'] });
  }
  return 1 / (1 + Math.exp(ratio));
}
