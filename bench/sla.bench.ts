// Business-calendar arithmetic: omnicx's precompiled calendar (offset table, arithmetic week
// skipping, no Intl in the hot path) against the naive approach — step day by day and build
// each shift's boundaries with @date-fns/tz's TZDate — on the same inputs, checked equal first.
import { TZDate } from '@date-fns/tz';
import { addBusinessDuration, businessDurationMs, defineBusinessCalendar } from '../src/satisfaction/index.js';
import { referenceAdd, referenceMeasure, type WalkReferenceCalendar } from '../test/satisfaction/walkReference.js';
import { compare, type Comparison } from './lib.js';

const TIME_ZONE = 'Europe/Berlin';
const DAY = 86_400_000;
const HOLIDAYS = ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-05-25', '2026-10-03', '2026-12-25', '2026-12-26'];
const SHIFTS: readonly (readonly [number, number, number, number])[] = [
  [9, 0, 12, 30],
  [13, 30, 18, 0],
];
const day = [['09:00', '12:30'], ['13:30', '18:00']] as const;
const calendar = defineBusinessCalendar({
  timeZone: TIME_ZONE,
  weekly: { mon: day, tue: day, wed: day, thu: day, fri: day },
  holidays: HOLIDAYS,
});

/** The shifts of the local day containing `instant` and of the days after it, built with TZDate. */
function naiveShifts(start: number): Generator<readonly [number, number]> {
  const local = new TZDate(start, TIME_ZONE);
  let year = local.getFullYear();
  let month = local.getMonth();
  let date = local.getDate();
  return (function* () {
    for (;;) {
      const midnight = new TZDate(year, month, date, 0, 0, TIME_ZONE);
      const weekday = midnight.getDay();
      const iso = `${String(year)}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
      if (weekday !== 0 && weekday !== 6 && !HOLIDAYS.includes(iso)) {
        for (const [h1, m1, h2, m2] of SHIFTS) {
          yield [new TZDate(year, month, date, h1, m1, TIME_ZONE).getTime(), new TZDate(year, month, date, h2, m2, TIME_ZONE).getTime()];
        }
      }
      const next = new TZDate(year, month, date + 1, 12, 0, TIME_ZONE);
      year = next.getFullYear();
      month = next.getMonth();
      date = next.getDate();
    }
  })();
}

function naiveAdd(start: number, durationMs: number): number {
  if (durationMs === 0) return start;
  let remaining = durationMs;
  for (const [from, to] of naiveShifts(start)) {
    if (to <= start) continue;
    const begin = Math.max(from, start);
    if (remaining <= to - begin) return begin + remaining;
    remaining -= to - begin;
  }
  throw new Error('unreachable');
}

function naiveMeasure(start: number, end: number): number {
  let total = 0;
  for (const [from, to] of naiveShifts(start)) {
    if (from >= end) return total;
    total += Math.max(0, Math.min(to, end) - Math.max(from, start));
  }
  throw new Error('unreachable');
}

// Deterministic inputs: starts spread over 2026 (minute resolution), SLA-like durations 0–40 h.
function inputs(count: number, seed: number): { starts: number[]; durations: number[] } {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
  const starts: number[] = [];
  const durations: number[] = [];
  for (let i = 0; i < count; i++) {
    starts.push(Date.UTC(2026, 0, 1) + Math.floor(next() * 360 * 24 * 60) * 60_000);
    durations.push(Math.floor(next() * 40 * 60) * 60_000);
  }
  return { starts, durations };
}

export async function run(): Promise<Comparison[]> {
  const N = 2_000;
  const { starts, durations } = inputs(N, 7);
  for (let i = 0; i < N; i++) {
    const s = starts[i] ?? 0;
    const d = durations[i] ?? 0;
    const got = addBusinessDuration(s, d, calendar);
    if (got !== naiveAdd(s, d)) throw new Error(`addBusinessDuration disagrees with the baseline at ${String(s)} + ${String(d)}`);
    if (businessDurationMs(s, got, calendar) !== d) throw new Error('businessDurationMs does not measure back');
  }
  const spans = inputs(200, 11);
  const ends = spans.starts.map((s, i) => s + ((spans.durations[i] ?? 0) % (90 * DAY)) * 36); // up to ~60 days
  for (let i = 0; i < 200; i++) {
    const s = spans.starts[i] ?? 0;
    const e = ends[i] ?? 0;
    if (businessDurationMs(s, e, calendar) !== naiveMeasure(s, e)) throw new Error('businessDurationMs disagrees with the baseline');
  }

  const add = await compare(
    `addBusinessDuration ×${String(N)} (0–40 h, Berlin, holidays)`,
    () => {
      let sum = 0;
      for (let i = 0; i < N; i++) sum += addBusinessDuration(starts[i] ?? 0, durations[i] ?? 0, calendar);
      return sum;
    },
    'naive day-stepping with TZDate',
    () => {
      let sum = 0;
      for (let i = 0; i < N; i++) sum += naiveAdd(starts[i] ?? 0, durations[i] ?? 0);
      return sum;
    },
    { target: '≥ 1M addBusinessDuration calls/s' },
  );
  const callsPerSecond = (N / add.candidateMedianMs) * 1000;
  const measure = await compare(
    'businessDurationMs ×200 (spans up to ~60 days)',
    () => {
      let sum = 0;
      for (let i = 0; i < 200; i++) sum += businessDurationMs(spans.starts[i] ?? 0, ends[i] ?? 0, calendar);
      return sum;
    },
    'naive day-stepping with TZDate',
    () => {
      let sum = 0;
      for (let i = 0; i < 200; i++) sum += naiveMeasure(spans.starts[i] ?? 0, ends[i] ?? 0);
      return sum;
    },
  );
  const far = await farComparisons();
  return [
    {
      ...add,
      note: `${(callsPerSecond / 1e6).toFixed(2)}M calls/s (${(add.candidateMedianMs / N * 1e6).toFixed(0)} ns/call); baseline ${(N / add.baselineMedianMs * 1000 / 1e3).toFixed(1)}k calls/s`,
    },
    {
      ...measure,
      note: `${((200 / measure.candidateMedianMs) * 1000 / 1e3).toFixed(0)}k calls/s`,
    },
    ...far,
  ];
}

/** Throws unless `run` throws an OmnicxError (the result leaves the Date range). */
function refused(run: () => number): number {
  try {
    run();
  } catch {
    return 0;
  }
  throw new Error('expected a refusal past the Date range');
}

/**
 * Far from the 1970–2100 offset table, against the slow walk on Intl (day by day, weeks skipped
 * on 3-day Intl probes: the algorithm before whole 400-year cycles were skipped), from
 * test/satisfaction/walkReference.ts. One minute of business time a week makes the longest walks.
 */
async function farComparisons(): Promise<Comparison[]> {
  const sparse: WalkReferenceCalendar = { timeZone: TIME_ZONE, weekly: { mon: [['09:00', '09:01']] } };
  const sparseCalendar = defineBusinessCalendar(sparse);
  const MINUTE = 60_000;
  // ±25 000 business minutes ≈ 480 years, from 2150 forward and from 2700 back
  const spans = [
    [Date.UTC(2150, 4, 5, 7, 3), 25_000 * MINUTE],
    [Date.UTC(2700, 4, 5, 7, 3), -25_000 * MINUTE],
  ] as const;
  for (const [s, d] of spans) {
    if (addBusinessDuration(s, d, sparseCalendar) !== referenceAdd(s, d, sparse)) throw new Error('far addBusinessDuration disagrees with the slow walk');
  }
  const long = await compare(
    'addBusinessDuration 1 min/week, ±25 000 min (≈ 480 y from 2150 / 2700)',
    () => spans.reduce((sum, [s, d]) => sum + addBusinessDuration(s, d, sparseCalendar), 0),
    'slow day-by-day walk on Intl',
    () => spans.reduce((sum, [s, d]) => sum + referenceAdd(s, d, sparse), 0),
    { timeMs: 2_000, iterations: 3 },
  );

  const definition: WalkReferenceCalendar = { timeZone: TIME_ZONE, weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } };
  const daily = defineBusinessCalendar(definition);
  const centuries = [
    [Date.UTC(1869, 0, 1), Date.UTC(1969, 0, 1)],
    [Date.UTC(2200, 0, 1), Date.UTC(2299, 11, 31)],
  ] as const;
  for (const [s, e] of centuries) {
    if (businessDurationMs(s, e, daily) !== referenceMeasure(s, e, definition)) throw new Error('far businessDurationMs disagrees with the slow walk');
  }
  const century = await compare(
    'businessDurationMs of 1869–1969 and 2200–2299 (2 shifts/day)',
    () => centuries.reduce((sum, [s, e]) => sum + businessDurationMs(s, e, daily), 0),
    'slow day-by-day walk on Intl',
    () => centuries.reduce((sum, [s, e]) => sum + referenceMeasure(s, e, definition), 0),
    { timeMs: 2_000, iterations: 3 },
  );

  // The worst case: 100 years of business time at 1 min/week need ~1 000 000 years, so both
  // directions walk to the end of the Date range (through 1800–1970, sampled from Intl) and are
  // refused. The slow walk would take minutes (the forward walk spans ~546 000 years), so its
  // baseline is the first 1 000 years of the same forward walk.
  const longest = 36_525 * 86_400_000;
  const firstThousandYears = Math.round((1_000 * 365.2425 * 86_400_000) / (7 * 86_400_000)) * MINUTE;
  const worst = await compare(
    'addBusinessDuration worst case: ±100 y at 1 min/week from ±8.6e15 (refused)',
    () => refused(() => addBusinessDuration(-8.6e15, longest, sparseCalendar)) + refused(() => addBusinessDuration(8.6e15, -longest, sparseCalendar)),
    'slow walk, first 1 000 y of it only',
    () => referenceAdd(-8.6e15, firstThousandYears, sparse),
    { timeMs: 2_000, iterations: 5 },
  );
  // CPU time of the worst case (this process only; best of 5), less sensitive to a loaded machine
  let worstCpuMs = Infinity;
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    refused(() => addBusinessDuration(-8.6e15, longest, sparseCalendar));
    refused(() => addBusinessDuration(8.6e15, -longest, sparseCalendar));
    const used = process.cpuUsage(before);
    worstCpuMs = Math.min(worstCpuMs, (used.user + used.system) / 1000);
  }
  return [
    { ...long, note: `${(long.candidateMedianMs / 2).toFixed(1)} ms per call` },
    { ...century, note: `${(century.candidateMedianMs / 2).toFixed(1)} ms per century` },
    {
      ...worst,
      note: `both directions ${worst.candidateMedianMs.toFixed(1)} ms (CPU ${worstCpuMs.toFixed(1)} ms); the slow walk needs ~${((worst.baselineMedianMs * 546) / 1000).toFixed(0)} s forward (546 × its first 1 000 y)`,
    },
  ];
}
