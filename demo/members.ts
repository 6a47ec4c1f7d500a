// The members section of the demo: RFM segments, an acquisition-cohort table, customer lifetime
// value from BG/NBD and Gamma-Gamma, and association rules from the baskets.
import { formatMoney } from 'omnicx/core';
import {
  associationRules,
  bgNbdProbabilityAlive,
  cohortRetention,
  customerLifetimeValue,
  customerSummary,
  fitBgNbd,
  fitGammaGamma,
  frequentItemsets,
  rfm,
} from 'omnicx/members';
import type { RetailData } from 'omnicx/sample';
import { barChart, heading, subheading, table } from './format.js';

export function membersSection(data: RetailData, history: RetailData): string {
  const out: string[] = [heading('Members: RFM, cohorts, lifetime value, baskets')];
  const timeZone = data.options.timeZone;
  const transactions = data.orders.map((o) => ({ customerId: o.customerId, at: o.at, amountMinor: o.totalMinor }));

  const profiles = rfm(transactions, { asOf: data.endAt, timeZone });
  const segments = new Map<string, number>();
  for (const p of profiles) segments.set(p.segment, (segments.get(p.segment) ?? 0) + 1);
  out.push(subheading(`RFM segments of ${String(profiles.length)} buying members (quintile scores, as of the end of the period)`));
  out.push(barChart([...segments].sort((a, b) => b[1] - a[1]).map(([label, value]) => ({ label, value })), { width: 36 }));

  const cohorts = cohortRetention(transactions, { period: 'month', timeZone });
  const periods = Math.max(...cohorts.map((c) => c.retention.length));
  out.push(subheading('Monthly acquisition cohorts: share of the cohort buying in each later month'));
  out.push(
    table(
      ['cohort', 'size', ...Array.from({ length: periods }, (_, k) => `M+${String(k)}`)],
      cohorts.map((c) => [c.label, c.size, ...Array.from({ length: periods }, (_, k) => (c.retention[k] === undefined ? '' : `${(c.retention[k] * 100).toFixed(0)} %`))]),
    ),
  );

  // Lifetime models need a longer history than the 90 days above: a year of the same retailer.
  const yearly = history.orders.map((o) => ({ customerId: o.customerId, at: o.at, amountMinor: o.totalMinor }));
  const summaries = customerSummary(yearly, { asOf: history.endAt, periodDays: 7, timeZone });
  const bgNbd = fitBgNbd(summaries);
  const repeat = summaries.filter((s) => s.frequency > 0);
  const gammaGamma = fitGammaGamma(repeat);
  out.push(subheading(`Customer lifetime value from a year of history (${String(summaries.length)} members; BG/NBD + Gamma-Gamma, weekly periods, 12 months ahead, 1 % monthly discount)`));
  out.push(
    `BG/NBD r=${bgNbd.r.toFixed(3)} α=${bgNbd.alpha.toFixed(2)} a=${bgNbd.a.toFixed(3)} b=${bgNbd.b.toFixed(3)} (${bgNbd.converged ? 'converged' : 'not converged'}); ` +
      `Gamma-Gamma p=${gammaGamma.p.toFixed(2)} q=${gammaGamma.q.toFixed(2)} v=${gammaGamma.v.toFixed(0)} on ${String(repeat.length)} repeat buyers`,
  );
  // Gamma-Gamma models the spend of repeat buyers, so the value ranking is over them.
  const valued = repeat
    .map((s) => ({
      id: s.customerId ?? '',
      alive: bgNbdProbabilityAlive(bgNbd, s),
      clv: customerLifetimeValue({ bgNbd, gammaGamma }, s, { horizon: 12, periodsPerStep: 4.345, discountRate: 0.01 }),
      s,
    }))
    .sort((a, b) => b.clv - a.clv);
  const decile = valued.slice(0, Math.max(1, Math.round(valued.length / 10)));
  const total = valued.reduce((a, v) => a + v.clv, 0);
  const topShare = decile.reduce((a, v) => a + v.clv, 0) / total;
  const dormant = summaries.filter((s) => bgNbdProbabilityAlive(bgNbd, s) < 0.5).length;
  out.push(
    `the top decile of repeat buyers (${String(decile.length)} members) holds ${(topShare * 100).toFixed(1)} % of their expected value over the next 12 months; ${String(dormant)} members have P(alive) < 0.5`,
  );
  out.push(
    table(
      ['member', 'repeat weeks', 'P(alive)', 'expected 12-month value'],
      decile.slice(0, 5).map((v) => [v.id, v.s.frequency, v.alive.toFixed(2), formatMoney({ amountMinor: Math.round(v.clv), currency: data.currency }, 'en-GB')]),
    ),
  );

  const baskets = data.orders.filter((o) => o.lines.length > 1).map((o) => o.lines.map((l) => l.category));
  const itemsets = frequentItemsets(baskets, { minSupport: 0.02 });
  const rules = associationRules(itemsets, { minConfidence: 0.1, sortBy: 'lift' }).slice(0, 6);
  out.push(subheading(`Categories bought together (${String(baskets.length)} multi-line baskets, support ≥ 2 %, confidence ≥ 10 %, by lift)`));
  out.push(
    table(
      ['if the basket has', 'then also', 'support', 'confidence', 'lift'],
      rules.map((r) => [r.antecedent.join(' + '), r.consequent.join(' + '), `${(r.support * 100).toFixed(1)} %`, `${(r.confidence * 100).toFixed(1)} %`, r.lift.toFixed(2)]),
    ),
  );
  if (rules.every((r) => r.lift < 1)) out.push('every lift is below 1: the sample generator draws the categories of a basket independently');
  return out.join('\n');
}
