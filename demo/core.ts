// The core section of the demo: money, rounding, time zones and statistics on the sample data.
import {
  allocateMoney,
  bootstrap,
  formatMoney,
  mean,
  moneyFromMinor,
  multiplyMoney,
  quantile,
  sumMoney,
  wilsonInterval,
  zonedDate,
} from 'omnicx/core';
import type { RetailData } from 'omnicx/sample';
import { barChart, heading, subheading, table } from './format.js';

export function coreSection(data: RetailData): string {
  const out: string[] = [heading('Core: money, time zones and statistics')];
  const currency = data.currency;
  const timeZone = data.options.timeZone;

  // Revenue per channel, in exact minor units.
  const byChannel = new Map<string, number[]>();
  for (const order of data.orders) {
    const list = byChannel.get(order.channel) ?? [];
    list.push(order.totalMinor);
    byChannel.set(order.channel, list);
  }
  const revenue = [...byChannel]
    .map(([channel, totals]) => ({
      channel,
      orders: totals.length,
      revenue: sumMoney(totals.map((t) => moneyFromMinor(t, currency)), currency),
    }))
    .sort((a, b) => b.revenue.amountMinor - a.revenue.amountMinor);
  const total = sumMoney(revenue.map((r) => r.revenue), currency);
  out.push(subheading(`Revenue by channel (total ${formatMoney(total, 'en-GB')})`));
  out.push(
    barChart(
      revenue.map((r) => ({
        label: r.channel,
        value: r.revenue.amountMinor / 100,
        note: `${formatMoney(r.revenue, 'en-GB')} from ${r.orders.toLocaleString('en-US')} orders`,
      })),
      { width: 36, hideValue: true },
    ),
  );

  // A marketing budget split by revenue share: largest remainder, so the parts sum to the whole.
  const budget = moneyFromMinor(1_000_000, currency);
  const parts = allocateMoney(
    budget,
    revenue.map((r) => r.revenue.amountMinor),
  );
  out.push(subheading(`A ${formatMoney(budget, 'en-GB')} budget split by revenue share (parts sum exactly)`));
  out.push(
    table(
      ['channel', 'share of revenue', 'budget', 'budget after 12.5 % cut (halfEven)'],
      revenue.map((r, i) => [
        r.channel,
        `${((r.revenue.amountMinor / total.amountMinor) * 100).toFixed(2)} %`,
        formatMoney(parts[i] ?? budget, 'en-GB'),
        formatMoney(multiplyMoney(parts[i] ?? budget, '0.875', { rounding: 'halfEven' }), 'en-GB'),
      ]),
    ),
  );
  out.push(`sum of parts: ${formatMoney(sumMoney(parts, currency), 'en-GB')}`);

  // Orders by local hour of day in the stores' time zone (DST-aware).
  const hours = new Array<number>(24).fill(0);
  for (const order of data.orders) {
    if (order.channel !== 'store') continue;
    const hour = zonedDate(order.at, timeZone).hour;
    hours[hour] = (hours[hour] ?? 0) + 1;
  }
  const open = hours.map((count, hour) => ({ hour, count })).filter((h) => h.count > 0);
  out.push(subheading(`In-store orders by local hour (${timeZone})`));
  out.push(barChart(open.map((h) => ({ label: `${String(h.hour).padStart(2, '0')}:00`, value: h.count })), { width: 36 }));

  // Basket value with a bootstrap interval, and the share of orders returned with Wilson's.
  const baskets = new Float64Array(data.orders.map((o) => o.totalMinor / 100));
  const ci = bootstrap(baskets, mean, { seed: 7, resamples: 1000 });
  const returned = new Set(data.returns.map((r) => r.orderId)).size;
  const returnRate = wilsonInterval(returned, data.orders.length);
  out.push(subheading('Order value and returns, with 95 % intervals'));
  out.push(
    table(
      ['metric', 'estimate', '95 % interval', 'method'],
      [
        ['mean order value', ci.estimate.toFixed(2), `${ci.lower.toFixed(2)} – ${ci.upper.toFixed(2)}`, 'percentile bootstrap, 1000 resamples'],
        ['median order value', quantile(baskets, 0.5).toFixed(2), '', 'R type 7'],
        [
          'orders with a return',
          `${((returned / data.orders.length) * 100).toFixed(1)} %`,
          `${(returnRate.lower * 100).toFixed(1)} – ${(returnRate.upper * 100).toFixed(1)} %`,
          'Wilson',
        ],
      ],
    ),
  );
  return out.join('\n');
}
