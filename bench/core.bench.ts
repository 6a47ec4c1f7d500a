// Core benchmarks: each omnicx function against a hand-written baseline on the same data.
import { allocateMoney, createMomentsAccumulator, addToMoments, addValuesToMoments, createRandom, mean, momentsResult, quantile } from '../src/core/index.js';
import { generateRetailData } from '../src/sample/index.js';
import { compare, type Comparison } from './lib.js';

export async function run(): Promise<Comparison[]> {
  const random = createRandom(1);
  const n = 1_000_000;
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = random.normal() * 10 + 100;

  /** The baseline of the accumulator cases: a plain two-pass variance, no validation. */
  const twoPassVariance = (): number => {
    let s = 0;
    for (let i = 0; i < n; i++) s += values[i] ?? 0;
    const m = s / n;
    let ss = 0;
    for (let i = 0; i < n; i++) ss += ((values[i] ?? 0) - m) ** 2;
    return ss / (n - 1);
  };

  const results: Comparison[] = [];
  results.push(
    await compare(
      'mean of 1M Float64Array (validated)',
      () => mean(values),
      'plain summing loop (no validation)',
      () => {
        let s = 0;
        for (let i = 0; i < n; i++) s += values[i] ?? 0;
        return s / n;
      },
    ),
  );
  results.push(
    await compare(
      'moments accumulator over 1M values',
      () => {
        const acc = createMomentsAccumulator();
        for (let i = 0; i < n; i++) addToMoments(acc, values[i] ?? 0);
        return momentsResult(acc).variance;
      },
      'two-pass mean/variance loop',
      twoPassVariance,
    ),
  );
  results.push(
    await compare(
      'moments accumulator over 1M values, 100 batches of 10k (addValuesToMoments)',
      () => {
        const acc = createMomentsAccumulator();
        for (let b = 0; b < n; b += 10_000) addValuesToMoments(acc, values.subarray(b, b + 10_000));
        return momentsResult(acc).variance;
      },
      'two-pass mean/variance loop',
      twoPassVariance,
    ),
  );
  results.push(
    await compare(
      'quantile(0.9) of 1M values (copy + typed sort)',
      () => quantile(values, 0.9),
      'Array.from + comparator sort',
      () => {
        const sorted = Array.from(values).sort((a, b) => a - b);
        const h = (n - 1) * 0.9;
        const lo = Math.floor(h);
        return (sorted[lo] ?? 0) + (h - lo) * ((sorted[lo + 1] ?? 0) - (sorted[lo] ?? 0));
      },
      { timeMs: 1000, iterations: 5 },
    ),
  );
  const ratios = Array.from({ length: 1000 }, (_, i) => (i % 7) + 1);
  results.push(
    await compare(
      'allocateMoney 1,000,000.00 over 1000 ratios (exact)',
      () => allocateMoney({ amountMinor: 100_000_000, currency: 'EUR' }, ratios),
      'float shares, Math.floor, remainder to the first part',
      () => {
        const total = ratios.reduce((a, b) => a + b, 0);
        const parts = ratios.map((r) => Math.floor((100_000_000 * r) / total));
        const rest = 100_000_000 - parts.reduce((a, b) => a + b, 0);
        parts[0] = (parts[0] ?? 0) + rest;
        return parts;
      },
    ),
  );

  // The target: 1M journey events "in a few seconds". The baseline builds the same
  // number of plain event-shaped objects with Math.random in a loop: the floor of the cost.
  const options = { seed: 7, customers: 20_000, days: 180 } as const;
  const eventCount = generateRetailData(options).events.length;
  results.push(
    await compare(
      `generateRetailData ${eventCount.toLocaleString('en-US')} events (+ orders, surveys, …)`,
      () => generateRetailData(options).events.length,
      'loop creating as many plain event objects',
      () => {
        const out = new Array<object>(eventCount);
        for (let i = 0; i < eventCount; i++) {
          out[i] = { id: `E${String(i)}`, customerId: `C${String(i % 20_000)}`, at: i * 1000, touchpoint: 'web', channel: 'web', stage: 'browse', type: 'touch', sentiment: Math.random() };
        }
        return out.length;
      },
      { timeMs: 1, iterations: 3, target: '1M events in a few seconds' },
    ),
  );
  return results;
}
