// Loyalty ledger replay: 10k members, 100 purchases each (1M events), a programme with five
// earning rules, a daily cap, pending points, rolling expiry and three tiers. The candidate is
// `replay` (one pass, time effects scheduled per member); the baseline is what many backends do:
// recompute the member from scratch (a replay of their whole history) on every new event.
// The printed note times the 1M-event replay three ways: states only, with the ledger as
// objects, and with the ledger as columns (`replayColumns`).
import { loadavg } from 'node:os';
import { createRandom } from '../src/core/statistics/createRandom.js';
import { defineProgram, replay, replayColumns } from '../src/loyalty/index.js';
import { compare, type Comparison } from './lib.js';

export const program = defineProgram({
  id: 'bench',
  version: 1,
  currency: 'USD',
  timeZone: 'Europe/Berlin',
  earn: {
    base: { points: '1', perAmountMinor: 100, rounding: 'floor', stage: 'order' },
    exclude: { categories: ['giftcard'] },
    rules: [
      { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
      { id: 'app', type: 'multiplier', multiplier: '1.5', when: { channels: ['app'] } },
      { id: 'weekend', type: 'multiplier', multiplier: '1.25', when: { weekdays: [6, 7] } },
      { id: 'basket', type: 'bonus', points: 50, when: { minSpendMinor: 15_000 } },
      { id: 'morning', type: 'bonus', points: 10, when: { hours: { from: 7, to: 10 } } },
    ],
    stacking: 'multiply',
    caps: [{ id: 'daily', points: 2_000, per: 'day' }],
  },
  pending: { days: 14 },
  expiry: { type: 'rolling', months: 12 },
  tiers: {
    metric: 'qualifyingSpend',
    window: { type: 'calendarYear' },
    levels: [
      { id: 'member', threshold: 0 },
      { id: 'silver', threshold: 200_000, multiplier: '1.25' },
      { id: 'gold', threshold: 600_000, multiplier: '1.5' },
    ],
  },
});

const CATEGORIES = ['food', 'shoes', 'apparel', 'home', 'giftcard'];
const CHANNELS = ['store', 'web', 'app'];
const START = Date.UTC(2025, 0, 1);

export function events(members: number, perMember: number, seed: number): Record<string, unknown>[] {
  const rng = createRandom(seed);
  const random = (): number => rng.next();
  const out: Record<string, unknown>[] = [];
  for (let m = 0; m < members; m++) out.push({ type: 'enrol', id: `e${String(m)}`, at: START, memberId: `m${String(m)}` });
  const span = 730 * 86_400_000;
  for (let i = 0; i < members * perMember; i++) {
    const m = i % members;
    const k = Math.floor(i / members);
    const at = START + Math.floor(((k + random()) / perMember) * span);
    const lines = [];
    const n = 1 + Math.floor(random() * 3);
    for (let l = 0; l < n; l++) {
      const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)] ?? 'food';
      lines.push({ sku: `${category}-${String(l)}`, category, quantity: 1, amountMinor: 500 + Math.floor(random() * 12_000) });
    }
    out.push({ type: 'purchase', id: `p${String(i)}`, at, memberId: `m${String(m)}`, currency: 'USD', channel: CHANNELS[i % 3], lines });
  }
  return out;
}

function naive(log: readonly Record<string, unknown>[]): number {
  // Recompute the member from scratch on each event, as a backend without a ledger would.
  const byMember = new Map<unknown, Record<string, unknown>[]>();
  let total = 0;
  for (const e of log) {
    const history = byMember.get(e.memberId) ?? [];
    history.push(e);
    byMember.set(e.memberId, history);
    total += replay(program, history, { ledger: false }).members[0]?.availablePoints ?? 0;
  }
  return total;
}

export async function run(): Promise<Comparison[]> {
  const small = events(100, 20, 1);
  const oneShot = events(10_000, 100, 7);
  // Wall time is reported next to this process's CPU time: on a shared machine the latter is
  // the better estimate of one core's throughput.
  const timed = (ledger: 'none' | 'objects' | 'columns'): { wall: number; cpu: number; entries: number } => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const entries = ledger === 'columns' ? replayColumns(program, oneShot).ledger.length : replay(program, oneShot, { ledger: ledger === 'objects' }).ledger.length;
    const wall = performance.now() - t0;
    return { wall, cpu: process.cpuUsage(c0).user / 1000, entries };
  };
  const statesOnly = timed('none');
  const full = timed('objects');
  const columns = timed('columns');
  const rate = (ms: number): string => Math.round(oneShot.length / (ms / 1000)).toLocaleString('en-US');
  const note =
    `one-shot 1M purchases + 10k enrolments, events/s wall (cpu): states only ${rate(statesOnly.wall)} (${rate(statesOnly.cpu)}), ` +
    `with ledger ${rate(full.wall)} (${rate(full.cpu)}, ${String(full.entries)} entries), ` +
    `columnar ledger ${rate(columns.wall)} (${rate(columns.cpu)}, ${String(columns.entries)} rows); goal ≥ 500,000 events/s on one core`;
  // Printed as well as stored: the comparison line below reports the small run only.
  console.log(`  ${note} (load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  return [
    await compare(
      'loyalty replay, 100 members × 20 purchases',
      () => replay(program, small),
      'recompute member from scratch per event',
      () => naive(small),
      { target: '≥ 500k events/s (1M replay)', note },
    ),
  ];
}
