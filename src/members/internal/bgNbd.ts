// BG/NBD log-likelihood (Fader, Hardie & Lee 2005, "Counting your customers the easy way", eq. 6),
// in the arrangement of lifetimes' BetaGeoFitter:
//   ln L = A1 + A2 + ln(e^A3 + δ(x>0) e^A4)
//   A1 = ln Γ(r+x) − ln Γ(r) + r ln α,   A2 = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
//   A3 = −(r+x) ln(α+T),                 A4 = ln a − ln(b+x−1) − (r+x) ln(α+tₓ)
import { logGamma } from '../../core/statistics/internal/gamma.js';
import type { Triples } from './compress.js';

export function logAddExp(u: number, v: number): number {
  const m = Math.max(u, v);
  return m === -Infinity ? -Infinity : m + Math.log1p(Math.exp(Math.min(u, v) - m));
}

/** Total log-likelihood of the weighted triples at (r, α, a, b). */
export function bgNbdLogLikelihood(d: Triples, r: number, alpha: number, a: number, b: number): number {
  const nx = d.xs.length;
  const head = new Float64Array(nx);
  const a4 = new Float64Array(nx);
  const lgr = logGamma(r);
  const lgb = logGamma(b);
  const lgab = logGamma(a + b);
  const lnAlpha = Math.log(alpha);
  const lnA = Math.log(a);
  for (let j = 0; j < nx; j++) {
    const x = d.xs[j] as number;
    head[j] = logGamma(r + x) - lgr + r * lnAlpha + lgab + logGamma(b + x) - lgb - logGamma(a + b + x);
    a4[j] = x > 0 ? lnA - Math.log(b + x - 1) : -Infinity;
  }
  const lnT = d.Ts.map((T) => Math.log(alpha + T));
  const lnTx = d.txs.map((t) => Math.log(alpha + t));
  let total = 0;
  for (let i = 0; i < d.x.length; i++) {
    const j = d.xi[i] as number;
    const rx = r + (d.x[i] as number);
    const A3 = -rx * (lnT[d.Ti[i] as number] as number);
    const A4 = (a4[j] as number) - rx * (lnTx[d.txi[i] as number] as number);
    total += (d.w[i] as number) * ((head[j] as number) + logAddExp(A3, A4));
  }
  return total;
}
