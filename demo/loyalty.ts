// The loyalty section of the demo: the sample's orders and returns replayed through a points
// programme with lots, pending points, tiers and clawback; liability and a what-if.
import { formatMoney } from 'omnicx/core';
import { defineProgram, programLiability, replay, simulateProgram, type ProgramInput } from 'omnicx/loyalty';
import type { RetailData } from 'omnicx/sample';
import { barChart, heading, subheading, table } from './format.js';

function programme(data: RetailData, electronicsMultiplier: string): ProgramInput {
  return {
    id: 'club',
    version: `electronics-x${electronicsMultiplier}`,
    currency: data.currency,
    timeZone: data.options.timeZone,
    earn: {
      base: { points: '1', perAmountMinor: 100, rounding: 'floor', stage: 'order' },
      exclude: { categories: ['giftCards'] },
      rules: [
        { id: 'electronics', type: 'multiplier', multiplier: electronicsMultiplier, when: { categories: ['electronics'] } },
        { id: 'big-basket', type: 'bonus', points: 50, when: { minSpendMinor: 25_000 } },
        { id: 'app-weekend', type: 'multiplier', multiplier: '1.5', when: { channels: ['app'], weekdays: [6, 7] } },
      ],
      stacking: 'multiply',
      caps: [{ id: 'daily', points: 2_000, per: 'day' }],
    },
    pending: { days: 14 },
    expiry: { type: 'rolling', months: 12 },
    redemption: { minPoints: 500, increment: 100, pointValueMinor: '1' },
    returns: { clawback: 'proportional', negativeBalance: 'deductFromFuture' },
    tiers: {
      metric: 'qualifyingSpend',
      window: { type: 'calendarYear' },
      levels: [
        { id: 'member', threshold: 0 },
        { id: 'silver', threshold: 50_000, multiplier: '1.25' },
        { id: 'gold', threshold: 150_000, multiplier: '1.5' },
      ],
      downgrade: 'periodEnd',
      softLanding: true,
      graceDays: 30,
    },
  };
}

function events(data: RetailData): Record<string, unknown>[] {
  const firstOrder = new Map<string, number>();
  for (const o of data.orders) if (!firstOrder.has(o.customerId)) firstOrder.set(o.customerId, o.at);
  const out: Record<string, unknown>[] = [];
  for (const c of data.customers) {
    const first = firstOrder.get(c.id);
    if (first === undefined) continue;
    out.push({ type: 'enrol', id: `enrol-${c.id}`, memberId: c.id, at: Math.min(c.joinedAt, first) });
  }
  for (const o of data.orders) {
    out.push({
      type: 'purchase',
      id: o.id,
      memberId: o.customerId,
      at: o.at,
      currency: data.currency,
      channel: o.channel,
      ...(o.storeId === undefined ? {} : { store: o.storeId }),
      lines: o.lines.map((l) => ({ sku: l.sku, category: l.category, quantity: l.quantity, amountMinor: l.amountMinor })),
    });
  }
  for (const r of data.returns) {
    out.push({ type: 'return', id: r.id, memberId: r.customerId, at: r.at, purchaseId: r.orderId, amountMinor: r.refundMinor });
  }
  return out;
}

export function loyaltySection(data: RetailData): string {
  const out: string[] = [heading('Loyalty: points, lots, tiers and clawback')];
  const program = defineProgram(programme(data, '2'));
  const log = events(data);
  const started = performance.now();
  const result = replay(program, log, { asOf: data.endAt });
  const ms = performance.now() - started;
  const members = result.members;
  const sum = (f: (m: (typeof members)[number]) => number): number => members.reduce((a, m) => a + f(m), 0);
  out.push(
    `${String(log.length)} events replayed for ${String(members.length)} members in ${ms.toFixed(0)} ms; ${String(result.ledger.length)} ledger entries, each naming its event and rules`,
  );
  out.push(
    table(
      ['earned', 'clawed back on returns', 'available', 'pending (14-day return window)', 'owed (deduct from future)'],
      [[sum((m) => m.totals.earned), sum((m) => m.totals.clawedBack), sum((m) => m.availablePoints), sum((m) => m.pendingPoints), sum((m) => m.owedPoints)]],
    ),
  );
  const tiers = new Map<string, number>();
  for (const m of members) tiers.set(m.tier.levelId ?? 'none', (tiers.get(m.tier.levelId ?? 'none') ?? 0) + 1);
  out.push(subheading('Members by tier (qualifying spend in the calendar year, Europe/Berlin)'));
  out.push(barChart(['member', 'silver', 'gold'].map((id) => ({ label: id, value: tiers.get(id) ?? 0 })), { width: 40 }));

  const liability = programLiability(members, { program, asOf: data.endAt, breakageRate: 0.2 });
  out.push(subheading('Programme liability at the end of the period (1 point = 0.01, 20 % breakage)'));
  out.push(
    table(
      ['outstanding points', 'gross value', 'expected breakage (points)', 'liability'],
      [[liability.outstandingPoints, formatMoney(liability.grossValue, 'en-GB'), liability.expectedBreakagePoints, formatMoney(liability.liability, 'en-GB')]],
    ),
  );

  const whatIf = simulateProgram(programme(data, '3'), log, { baseline: program, asOf: data.endAt });
  out.push(subheading('What-if: electronics ×3 instead of ×2, replayed on the same history'));
  out.push(
    table(
      ['', 'points issued', 'gross liability', 'gold members'],
      [
        ['baseline (×2)', whatIf.baseline.issued, formatMoney(whatIf.baseline.liability, 'en-GB'), whatIf.baseline.tierCounts['gold'] ?? 0],
        ['candidate (×3)', whatIf.candidate.issued, formatMoney(whatIf.candidate.liability, 'en-GB'), whatIf.candidate.tierCounts['gold'] ?? 0],
        ['difference', whatIf.difference.issued, formatMoney({ amountMinor: whatIf.difference.liabilityMinor, currency: data.currency }, 'en-GB'), ''],
      ],
    ),
  );
  return out.join('\n');
}
