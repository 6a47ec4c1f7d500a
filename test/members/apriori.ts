// A deliberately naive level-wise Apriori (Agrawal & Srikant 1994) used as the reference for
// FP-growth in tests and as the baseline in bench/members.bench.ts: candidates of size k+1 are
// joined from frequent k-itemsets and counted by checking every candidate against every basket.

import { Decimal } from 'decimal.js';

export interface NaiveItemset {
  readonly items: string[];
  readonly count: number;
}

export function naiveApriori(baskets: readonly (readonly string[])[], minSupport: number, maxLength = Infinity): NaiveItemset[] {
  const n = baskets.length;
  // ceil(s·N) on the decimal value of s as written (0.7 × 10 = 7, not 7.000000000000001).
  const minCount = new Decimal(String(minSupport)).times(n).ceil().toNumber();
  const sets = baskets.map((b) => new Set(b));
  const counts = new Map<string, number>();
  for (const s of sets) for (const x of s) counts.set(x, (counts.get(x) ?? 0) + 1);
  let level: string[][] = [...counts.entries()].filter(([, c]) => c >= minCount).map(([x]) => [x]);
  level.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  const out: NaiveItemset[] = level.map((items) => ({ items, count: counts.get(items[0]!)! }));
  for (let k = 1; k < maxLength && level.length > 0; k++) {
    const known = new Set(level.map((x) => x.join('\u0000')));
    const candidates: string[][] = [];
    for (let i = 0; i < level.length; i++)
      for (let j = i + 1; j < level.length; j++) {
        const a = level[i]!;
        const b = level[j]!;
        if (a.slice(0, -1).join('\u0000') !== b.slice(0, -1).join('\u0000')) continue;
        const c = [...a, b[b.length - 1]!].sort((x, y) => (x < y ? -1 : 1));
        // prune: every k-subset must be frequent
        if (c.every((_, d) => known.has(c.filter((__, e) => e !== d).join('\u0000')))) candidates.push(c);
      }
    const next: string[][] = [];
    for (const c of candidates) {
      let count = 0;
      for (const s of sets) if (c.every((x) => s.has(x))) count++;
      if (count >= minCount) {
        next.push(c);
        out.push({ items: c, count });
      }
    }
    level = next.sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : 1));
  }
  return out;
}

/** Synthetic baskets: `itemCount` items with Zipf-like popularity and a few planted pairs. */
export function syntheticBaskets(count: number, itemCount: number, seed: number): string[][] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const weights = Array.from({ length: itemCount }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const cdf: number[] = [];
  let acc = 0;
  for (const w of weights) cdf.push((acc += w / total));
  const pick = (): number => {
    const u = next();
    let lo = 0;
    let hi = itemCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const baskets: string[][] = [];
  for (let b = 0; b < count; b++) {
    const size = 1 + Math.floor(-Math.log(1 - next()) * 3.4);
    const items = new Set<number>();
    for (let i = 0; i < size; i++) {
      const x = pick();
      items.add(x);
      if (x % 7 === 3 && next() < 0.5) items.add((x + 11) % itemCount); // planted association
    }
    baskets.push([...items].map((x) => `item${String(x).padStart(3, '0')}`));
  }
  return baskets;
}
