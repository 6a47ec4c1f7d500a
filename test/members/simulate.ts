import { createRandom, type Random } from '../../src/core/statistics/createRandom.js';

/** Gamma(shape, rate) variate (Marsaglia & Tsang 2000; shape < 1 boosted by U^(1/shape)). */
export function gamma(random: Random, shape: number, rate: number): number {
  if (shape < 1) return gamma(random, shape + 1, rate) * Math.pow(random.next() || 1e-300, 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = random.normal();
    const v = (1 + c * x) ** 3;
    if (v <= 0) continue;
    const u = random.next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
}

export function beta(random: Random, a: number, b: number): number {
  const x = gamma(random, a, 1);
  return x / (x + gamma(random, b, 1));
}

/** BG/NBD customers observed for T periods each (continuous time), as summaries. */
export function simulateBgNbd(n: number, p: { r: number; alpha: number; a: number; b: number }, T: (i: number) => number, seed: number) {
  const random = createRandom(seed);
  const out: { frequency: number; recency: number; T: number; monetaryMean: number }[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(random, p.r, p.alpha);
    const drop = beta(random, p.a, p.b);
    const end = T(i);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(1 - random.next()) / lambda;
      if (t > end) break;
      x++;
      tx = t;
      if (random.next() < drop) break;
    }
    out.push({ frequency: x, recency: tx, T: end, monetaryMean: 0 });
  }
  return out;
}

/** Pareto/NBD customers: exponential lifetime with rate μ ~ gamma(s, β). */
export function simulateParetoNbd(n: number, p: { r: number; alpha: number; s: number; beta: number }, T: (i: number) => number, seed: number) {
  const random = createRandom(seed);
  const out: { frequency: number; recency: number; T: number; monetaryMean: number }[] = [];
  for (let i = 0; i < n; i++) {
    const lambda = gamma(random, p.r, p.alpha);
    const mu = gamma(random, p.s, p.beta);
    const life = -Math.log(1 - random.next()) / mu;
    const end = Math.min(T(i), life);
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      t += -Math.log(1 - random.next()) / lambda;
      if (t > end) break;
      x++;
      tx = t;
    }
    out.push({ frequency: x, recency: tx, T: T(i), monetaryMean: 0 });
  }
  return out;
}
