// A weekly satisfaction report for a store network: NPS per store with intervals computed per
// shard and merged (as a backend would per worker), a two-store comparison, and an SLA check.
import {
  addNpsScore,
  createNpsAccumulator,
  defineBusinessCalendar,
  mergeNpsAccumulators,
  nps,
  npsDifference,
  npsFromAccumulator,
  slaStatus,
} from 'omnicx/satisfaction';
import { generateRetailData } from 'omnicx/sample';

const data = generateRetailData({ seed: 11, customers: 800, stores: 3, days: 60 });
const storeSurveys = data.surveys.filter((s) => s.storeId !== undefined);

// Two shards, one accumulator each; the merged result equals one pass over everything.
const half = Math.floor(storeSurveys.length / 2);
const shardA = createNpsAccumulator();
const shardB = createNpsAccumulator();
for (const s of storeSurveys.slice(0, half)) addNpsScore(shardA, s.nps);
for (const s of storeSurveys.slice(half)) addNpsScore(shardB, s.nps);
const merged = npsFromAccumulator(mergeNpsAccumulators(JSON.parse(JSON.stringify(shardA)) as typeof shardA, shardB));
const onePass = nps(storeSurveys.map((s) => s.nps));
if (merged.score !== onePass.score || merged.n !== onePass.n) throw new Error('merge differs from one pass');
console.log(`store NPS ${merged.score?.toFixed(1) ?? '–'} (n = ${String(merged.n)}), 95 % ${merged.interval?.lower.toFixed(1) ?? '–'} to ${merged.interval?.upper.toFixed(1) ?? '–'}`);

const [first, second] = data.stores;
if (first === undefined || second === undefined) throw new Error('expected two stores');
const a = nps(storeSurveys.filter((s) => s.storeId === first.id).map((s) => s.nps));
const b = nps(storeSurveys.filter((s) => s.storeId === second.id).map((s) => s.nps));
const diff = npsDifference(a, b);
console.log(`${first.city} − ${second.city}: ${diff.difference.toFixed(1)} points, p = ${diff.pValue.toPrecision(2)}`);

// A ticket opened on Friday evening with a 4-business-hour response target.
const calendar = defineBusinessCalendar({
  timeZone: 'Europe/Berlin',
  weekly: { mon: [['09:00', '18:00']], tue: [['09:00', '18:00']], wed: [['09:00', '18:00']], thu: [['09:00', '18:00']], fri: [['09:00', '18:00']] },
  holidays: ['2026-12-25'],
});
const status = slaStatus(
  { openedAt: '2026-03-27T16:30:00+01:00', priority: 'normal' },
  { businessHours: true, targets: { normal: { firstResponseMs: 4 * 3_600_000 } } },
  { now: '2026-03-30T09:00:00+02:00', calendar },
);
// 1.5 h on Friday, 2.5 h more from Monday 09:00 (after the clocks changed on Sunday).
console.log('due', new Date(status.firstResponse?.dueAt ?? 0).toISOString(), 'breached', status.firstResponse?.breached);
if (status.firstResponse?.dueAt !== Date.parse('2026-03-30T11:30:00+02:00')) throw new Error('SLA due time changed');
