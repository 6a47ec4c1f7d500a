// The satisfaction section of the demo: NPS by touchpoint and CSAT by store with intervals, CES,
// and service KPIs with SLA attainment measured in business hours.
import type { RetailData } from 'omnicx/sample';
import { ces, defineBusinessCalendar, nps, satisfactionBy, serviceKpis } from 'omnicx/satisfaction';
import { barChart, formatNumber, heading, subheading, table } from './format.js';

const HOUR = 3_600_000;

export function satisfactionSection(data: RetailData): string {
  const out: string[] = [heading('Satisfaction and service')];
  const scores = Int8Array.from(data.surveys, (s) => s.nps);
  const overall = nps(scores);
  const effort = ces(data.surveys.map((s) => s.ces), { scale: [1, 7] });
  out.push(
    `NPS ${formatNumber(overall.score ?? 0)} (95 % ${formatNumber(overall.interval?.lower ?? 0)} to ${formatNumber(
      overall.interval?.upper ?? 0,
    )}, adjusted Wald, n = ${String(overall.n)}); CES mean ${effort.mean?.toFixed(2) ?? '–'} on 1–7 (t interval ${
      effort.interval?.lower.toFixed(2) ?? '–'
    }–${effort.interval?.upper.toFixed(2) ?? '–'})`,
  );

  const byTouchpoint = satisfactionBy(data.surveys, 'touchpoint', { kind: 'nps', value: 'nps', target: 0 });
  const names = new Map(data.touchpoints.map((t) => [t.id, t.name]));
  const groups = byTouchpoint.groups
    .filter((g) => g.result.n >= 15)
    .map((g) => ({ g, score: (g.result as { score: number | null }).score ?? 0 }))
    .sort((a, b) => b.score - a.score);
  out.push(subheading('NPS by touchpoint of the last contact, with 95 % intervals (groups of 15 or more answers)'));
  out.push(
    barChart(
      groups.map(({ g, score }) => {
        const interval = (g.result as { interval: { lower: number; upper: number } | null }).interval;
        return {
          label: names.get(String(g.key)) ?? String(g.key),
          value: score,
          ...(interval === null ? {} : { lower: interval.lower, upper: interval.upper }),
          note: `n=${String(g.result.n)}${g.worseThanTarget ? '  below target 0' : ''}${g.worseThanOverall ? '  below overall' : ''}`,
        };
      }),
      { width: 44, min: -100, max: 100 },
    ),
  );

  const byStore = satisfactionBy(
    data.surveys.filter((s) => s.storeId !== undefined),
    'storeId',
    { kind: 'csat', value: 'csat', scale: [1, 5], satisfied: [4, 5], target: 80 },
  );
  const storeNames = new Map(data.stores.map((s) => [s.id, `${s.id} ${s.city}`]));
  out.push(subheading('CSAT (top-2 box on 1–5) by store, Wilson 95 % intervals, target 80 %'));
  out.push(
    table(
      ['store', 'n', 'CSAT %', '95 % interval', 'flag'],
      byStore.groups.map((g) => {
        const r = g.result as { score: number | null; interval: { lower: number; upper: number } | null };
        return [
          storeNames.get(String(g.key)) ?? String(g.key),
          g.result.n,
          r.score ?? 0,
          r.interval === null ? '' : `${r.interval.lower.toFixed(1)} – ${r.interval.upper.toFixed(1)}`,
          g.worseThanTarget ? 'below target' : g.worseThanOverall ? 'below overall' : '',
        ];
      }),
    ),
  );

  // Support tickets: an SLA on business hours (Mon–Fri 08:00–20:00, Sat 09:00–17:00, holidays).
  const calendar = defineBusinessCalendar({
    timeZone: data.options.timeZone,
    weekly: {
      mon: [['08:00', '20:00']],
      tue: [['08:00', '20:00']],
      wed: [['08:00', '20:00']],
      thu: [['08:00', '20:00']],
      fri: [['08:00', '20:00']],
      sat: [['09:00', '17:00']],
    },
    holidays: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-12-25', '2026-12-26'],
  });
  const priorityOf = (category: string): string => (category === 'payment' || category === 'delivery' ? 'high' : 'normal');
  const tickets = data.tickets.map((t) => ({
    openedAt: t.openedAt,
    priority: priorityOf(t.category),
    channel: t.channel,
    ...(t.firstResponseAt === undefined ? {} : { firstResponseAt: t.firstResponseAt }),
    ...(t.resolvedAt === undefined ? {} : { resolvedAt: t.resolvedAt }),
    contacts: t.contacts,
    reopenCount: t.reopened ? 1 : 0,
  }));
  const kpis = serviceKpis(tickets, {
    asOf: data.endAt,
    timeBasis: 'business',
    calendar,
    policy: {
      businessHours: true,
      targets: { high: { firstResponseMs: 2 * HOUR, resolutionMs: 12 * HOUR }, normal: { firstResponseMs: 8 * HOUR, resolutionMs: 36 * HOUR } },
    },
  });
  const hours = (ms: number | null): string => (ms === null ? '–' : (ms / HOUR).toFixed(1));
  const pct = (rate: number | null): string => (rate === null ? '–' : `${(rate * 100).toFixed(1)} %`);
  out.push(subheading(`Service KPIs on ${String(kpis.n)} tickets (business hours, ${data.options.timeZone})`));
  out.push(
    table(
      ['metric', 'value', '95 % interval / detail'],
      [
        ['first response, median / p90 (h)', `${hours(kpis.firstResponseTime.medianMs)} / ${hours(kpis.firstResponseTime.p90Ms)}`, `n=${String(kpis.firstResponseTime.n)}`],
        ['resolution, median / p90 (h)', `${hours(kpis.resolutionTime.medianMs)} / ${hours(kpis.resolutionTime.p90Ms)}`, `n=${String(kpis.resolutionTime.n)}`],
        [
          'first-contact resolution',
          pct(kpis.firstContactResolution.rate),
          kpis.firstContactResolution.interval === null ? '' : `${pct(kpis.firstContactResolution.interval.lower)} – ${pct(kpis.firstContactResolution.interval.upper)}`,
        ],
        ['reopen rate', pct(kpis.reopenRate.rate), kpis.reopenRate.interval === null ? '' : `${pct(kpis.reopenRate.interval.lower)} – ${pct(kpis.reopenRate.interval.upper)}`],
        ['backlog at end of period', String(kpis.backlog.count), ''],
      ],
    ),
  );
  if (kpis.slaAttainment !== null) {
    out.push(subheading('SLA attainment by priority (first response 2 h / 8 h, resolution 12 h / 36 h of business time)'));
    out.push(
      table(
        ['priority', 'first response met', 'resolution met'],
        kpis.slaAttainment.byPriority.map((p) => [
          p.priority,
          `${pct(p.firstResponse.rate)} of ${String(p.firstResponse.n)}`,
          `${pct(p.resolution.rate)} of ${String(p.resolution.n)}`,
        ]),
      ),
    );
  }
  return out.join('\n');
}
