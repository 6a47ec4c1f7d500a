// Journey benchmarks: sessionize and funnel against naive implementations in the same run
// (compare() on smaller logs), plus one-shot timings at the full sizes (in the notes).
import { createRandom } from '../src/core/statistics/createRandom.js';
import { funnel, sessionize, type EventColumns, type JourneyEventInput } from '../src/journey/index.js';
import { compare, type Comparison } from './lib.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const TOUCHPOINTS = 40;

/**
 * A synthetic log in time order (as an event log is written): `n` events over 60 days from
 * `customers` customers. Customers arrive one after another and each is active for a while among
 * ~50 others, so their ~n / customers events fall into a few bursts (sessions) and interleave
 * with other customers' events. Touchpoints are skewed towards the low ids (so funnel steps 0,
 * 1, 2 … are progressively rarer).
 */
function columnsOf(n: number, customers: number, seed: number): EventColumns {
  const random = createRandom(seed);
  const customer = new Int32Array(n);
  const at = new Float64Array(n);
  const touchpoint = new Int32Array(n);
  const step = (60 * DAY) / n;
  const active = 50;
  for (let i = 0; i < n; i++) {
    const base = Math.floor((i / n) * (customers - active));
    customer[i] = base + Math.floor(random.next() * active);
    at[i] = Math.floor(i * step);
    touchpoint[i] = Math.floor(TOUCHPOINTS * random.next() ** 2);
  }
  return { customer, at, touchpoint, dictionary: Array.from({ length: TOUCHPOINTS }, (_, c) => `tp${String(c)}`) };
}

/** The same columns grouped by customer (a stable counting sort), as `encodeEvents` returns them. */
function grouped(columns: EventColumns, customers: number): EventColumns {
  const n = columns.at.length;
  const starts = new Int32Array(customers + 1);
  for (let i = 0; i < n; i++) starts[columns.customer[i]! + 1]!++;
  for (let c = 0; c < customers; c++) starts[c + 1]! += starts[c]!;
  const customer = new Int32Array(n);
  const at = new Float64Array(n);
  const touchpoint = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = starts[columns.customer[i]!]!++;
    customer[p] = columns.customer[i]!;
    at[p] = columns.at[i]!;
    touchpoint[p] = columns.touchpoint[i]!;
  }
  return { customer, at, touchpoint, dictionary: columns.dictionary };
}

function eventsOf(columns: EventColumns): JourneyEventInput[] {
  const events: JourneyEventInput[] = new Array<JourneyEventInput>(columns.at.length);
  for (let i = 0; i < columns.at.length; i++) {
    events[i] = {
      customerId: `c${String(columns.customer[i])}`,
      at: columns.at[i] as number,
      touchpoint: columns.dictionary[columns.touchpoint[i] as number] as string,
    };
  }
  return events;
}

/** The textbook sessionizer: sort a copy with a comparator, then one loop. */
function naiveSessionize(events: readonly JourneyEventInput[], timeoutMs: number): { customerId: string; events: JourneyEventInput[] }[] {
  const sorted = events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        (a.event.customerId < b.event.customerId ? -1 : a.event.customerId > b.event.customerId ? 1 : 0) ||
        (a.event.at as number) - (b.event.at as number) ||
        a.index - b.index,
    );
  const sessions: { customerId: string; events: JourneyEventInput[] }[] = [];
  let current: { customerId: string; events: JourneyEventInput[] } | undefined;
  let last = 0;
  for (const { event } of sorted) {
    const at = event.at as number;
    if (current?.customerId !== event.customerId || at - last > timeoutMs) {
      current = { customerId: event.customerId, events: [] };
      sessions.push(current);
    }
    current.events.push(event);
    last = at;
  }
  return sessions;
}

/**
 * The textbook funnel: group events per customer in a Map of arrays, sort each, and try every
 * attempt (each first-step event) greedily within the window; counts per step.
 */
function naiveFunnel(events: readonly JourneyEventInput[], steps: readonly string[], windowMs: number): number[] {
  const byCustomer = new Map<string, JourneyEventInput[]>();
  for (const event of events) {
    const list = byCustomer.get(event.customerId);
    if (list === undefined) byCustomer.set(event.customerId, [event]);
    else list.push(event);
  }
  const counts = new Array<number>(steps.length).fill(0);
  for (const list of byCustomer.values()) {
    list.sort((a, b) => (a.at as number) - (b.at as number));
    let best = -1;
    for (let i = 0; i < list.length; i++) {
      if (list[i]!.touchpoint !== steps[0]) continue;
      const start = list[i]!.at as number;
      let reached = 0;
      for (let p = i + 1; p < list.length && reached < steps.length - 1; p++) {
        if ((list[p]!.at as number) - start > windowMs) break;
        if (list[p]!.touchpoint === steps[reached + 1]) reached++;
      }
      if (reached > best) best = reached;
    }
    for (let k = 0; k <= best; k++) counts[k]!++;
  }
  return counts;
}

function timeOnce(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function run(): Promise<Comparison[]> {
  const steps = Array.from({ length: 20 }, (_, k) => `tp${String(k)}`);
  const results: Comparison[] = [];

  // sessionize: 5M events in one shot, 200k in the comparison
  const big = eventsOf(columnsOf(5_000_000, 500_000, 1));
  const sessionizeFullMs = timeOnce(() => sessionize(big));
  console.log(`  one shot: sessionize 5M events (500k customers) ${sessionizeFullMs.toFixed(0)} ms`);
  big.length = 0;
  const small = eventsOf(columnsOf(200_000, 20_000, 2));
  results.push(
    await compare('sessionize 200k events (20k customers)', () => sessionize(small), 'sort copy by comparator + loop', () => naiveSessionize(small, 30 * MINUTE), {
      target: '5M events in one shot',
      note: `one shot at 5M events (500k customers): ${sessionizeFullMs.toFixed(0)} ms`,
    }),
  );

  // funnel: 10M events as columns in one shot, 1M in the comparison (columns and objects)
  let columns = columnsOf(10_000_000, 1_000_000, 3);
  const funnelFullMs = timeOnce(() => funnel(columns, steps));
  columns = grouped(columns, 1_000_000);
  const funnelGroupedMs = timeOnce(() => funnel(columns, steps));
  console.log(`  one shot: funnel 20 steps, 10M events (1M customers) ${funnelFullMs.toFixed(0)} ms time-ordered, ${funnelGroupedMs.toFixed(0)} ms grouped by customer`);
  columns = columnsOf(1_000_000, 100_000, 4);
  const events = eventsOf(columns);
  const check = funnel(columns, steps).steps.map((s) => s.count);
  const naiveCheck = naiveFunnel(events, steps, 14 * DAY);
  if (JSON.stringify(check) !== JSON.stringify(naiveCheck)) throw new Error(`funnel mismatch: ${JSON.stringify(check)} vs ${JSON.stringify(naiveCheck)}`);
  results.push(
    await compare('funnel 20 steps, 1M events as columns', () => funnel(columns, steps), 'per-attempt enumeration on objects', () => naiveFunnel(events, steps, 14 * DAY), {
      target: '10M events, 20 steps < 3 s on one core',
      note: `one shot at 10M events, 1M customers: ${funnelFullMs.toFixed(0)} ms on time-ordered columns (grouping included), ${funnelGroupedMs.toFixed(0)} ms on columns already grouped by customer`,
      iterations: 5,
    }),
  );
  results.push(
    await compare('funnel 20 steps, 1M events as objects', () => funnel(events, steps), 'per-attempt enumeration on objects', () => naiveFunnel(events, steps, 14 * DAY), {
      iterations: 5,
    }),
  );
  return results;
}
