// The Kano summary from the category counts, shared by kanoSummary and kanoFromAccumulator.
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { KanoCategory, KanoSummary } from '../schemas.js';

/** Tie-break order of the mode: the category that matters most to the product decision first. */
const PRIORITY: readonly KanoCategory[] = ['mustBe', 'oneDimensional', 'attractive', 'indifferent', 'reverse', 'questionable'];

/** The summary of `n` answers with these category counts (a fresh copy of `counts` is returned). */
export function kanoResult(n: number, counts: Readonly<Record<KanoCategory, number>>, confidence: number): KanoSummary {
  let category: KanoCategory | null = null;
  for (const candidate of PRIORITY) {
    if (counts[candidate] > 0 && (category === null || counts[candidate] > counts[category])) category = candidate;
  }
  const { attractive: a, oneDimensional: o, mustBe: m, indifferent: i } = counts;
  const base = a + o + m + i;
  const copy = {
    attractive: a,
    oneDimensional: o,
    mustBe: m,
    indifferent: i,
    reverse: counts.reverse,
    questionable: counts.questionable,
  };
  if (base === 0) return { n, counts: copy, category, better: null, worse: null, betterInterval: null, worseInterval: null };
  const better = (a + o) / base;
  const worse = o + m === 0 ? 0 : -(o + m) / base;
  const b = wilsonInterval(a + o, base, { confidence });
  const w = wilsonInterval(o + m, base, { confidence });
  return {
    n,
    counts: copy,
    category,
    better,
    worse,
    // Kept around the point estimate, as the CSAT interval is.
    betterInterval: { lower: Math.min(b.lower, better), upper: Math.max(b.upper, better), confidence, method: 'wilson' },
    // 0 − x, not −x: no −0 when the bound is 0.
    worseInterval: { lower: Math.min(0 - w.upper, worse), upper: Math.max(0 - w.lower, worse), confidence, method: 'wilson' },
  };
}
