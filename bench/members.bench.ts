// Member analytics: FP-growth vs a brute-force Apriori, BG/NBD on compressed vs raw summaries,
// RFM vs a naive per-row-zod implementation.
import * as z from 'zod';
import { createRandom } from '../src/core/statistics/createRandom.js';
import { MemberTransactionSchema, customerSummary, fitBgNbd, frequentItemsets, rfm, type MemberTransaction } from '../src/members/index.js';
import { bgNbdLogLikelihood } from '../src/members/internal/bgNbd.js';
import { readTriples } from '../src/members/internal/compress.js';
import { fitLogParameters } from '../src/members/internal/optimize.js';
import { naiveApriori, syntheticBaskets } from '../test/members/apriori.js';
import { simulateBgNbd } from '../test/members/simulate.js';
import { compare, type Comparison } from './lib.js';

const DAY = 86_400_000;

function transactions(n: number, customers: number, seed: number): { rows: MemberTransaction[]; asOf: number } {
  const random = createRandom(seed);
  const start = Date.UTC(2025, 0, 6);
  const rows: MemberTransaction[] = new Array<MemberTransaction>(n);
  for (let i = 0; i < n; i++) {
    rows[i] = { customerId: `c${String(random.int(customers))}`, at: start + random.int(364) * DAY + random.int(DAY), amountMinor: 100 + random.int(20_000) };
  }
  return { rows, asOf: start + 365 * DAY };
}

function naiveRfm(rows: readonly MemberTransaction[], asOf: number) {
  const parsed = z.array(MemberTransactionSchema).parse(rows);
  const by = new Map<string, { last: number; count: number; total: number }>();
  for (const r of parsed) {
    const c = by.get(r.customerId) ?? { last: -Infinity, count: 0, total: 0 };
    by.set(r.customerId, { last: Math.max(c.last, r.at), count: c.count + 1, total: c.total + r.amountMinor });
  }
  const list = [...by.entries()].map(([id, c]) => ({ id, recency: Math.floor(asOf / DAY) - Math.floor(c.last / DAY), ...c }));
  const score = (values: number[]) => values.map((v) => 1 + Math.min(4, Math.floor((5 * values.filter((w) => w < v).length) / values.length)));
  const sample = list.slice(0, 2000); // the quadratic scoring of the naive version, on a sample to keep the run finite
  return [score(sample.map((x) => -x.recency)), score(sample.map((x) => x.count)), score(sample.map((x) => x.total))];
}

export async function run(): Promise<Comparison[]> {
  const out: Comparison[] = [];
  const baskets = syntheticBaskets(10_000, 169, 42);
  out.push(
    await compare(
      'FP-growth, 10k baskets × 169 items, s = 0.001',
      () => frequentItemsets(baskets, { minSupport: 0.001 }),
      'brute-force Apriori, pairs only (full run takes minutes)',
      () => naiveApriori(baskets, 0.001, 2),
      { iterations: 1, timeMs: 0, target: '≪ 0.5 s' },
    ),
  );

  const summaries = simulateBgNbd(1_000_000, { r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, (i) => 30 + (i % 40), 1).map((s) => ({
    frequency: s.frequency,
    recency: Math.floor(s.recency),
    T: s.T,
    monetaryMean: 0,
  }));
  out.push(
    await compare(
      'fitBgNbd, 1M customers (compression included)',
      () => fitBgNbd(summaries),
      'uncompressed rows, capped at 100 Nelder–Mead iterations',
      () => {
        const raw = readTriples(summaries, 'summaries', false);
        return fitLogParameters((p) => -bgNbdLogLikelihood(raw, ...(Array.from(p, Math.exp) as [number, number, number, number])), new Float64Array(4), 100, 1e-10);
      },
      { iterations: 1, timeMs: 0, target: '< 1 s' },
    ),
  );

  const { rows, asOf } = transactions(1_000_000, 100_000, 9);
  out.push(
    await compare('rfm, 1M transactions, 100k customers', () => rfm(rows, { asOf }), 'naive (zod per row, objects, O(n²) scores on 2k)', () => naiveRfm(rows, asOf), {
      iterations: 1,
      timeMs: 0,
    }),
  );
  out.push(
    await compare('customerSummary, 1M transactions, Europe/Berlin', () => customerSummary(rows, { asOf, timeZone: 'Europe/Berlin' }), 'customerSummary, UTC', () => customerSummary(rows, { asOf }), {
      iterations: 1,
      timeMs: 0,
    }),
  );
  return out;
}
