// One timed replay of the 1M-purchase log, run as a child process of loyalty.bench.ts (pinned to
// one CPU with taskset where available, so the figure is one core's: the GC's helper threads
// share that core instead of running beside it). Prints one JSON line with the wall and CPU
// times and the garbage collections inside the timed window (a full mark-compact of the ~800 MB
// heap, input and result, costs about half a second when the heap's growth triggers one).
//   node --import tsx bench/loyalty-replay.ts states|ledger|columns
import { PerformanceObserver, constants } from 'node:perf_hooks';
import * as loyalty from '../src/loyalty/index.js';
import { events, program } from './loyalty.bench.js';

const mode = process.argv[2] ?? 'states';
if (mode !== 'states' && mode !== 'ledger' && mode !== 'columns') throw new Error(`unknown mode ${mode}`);
const log = events(10_000, 100, 7);
const gcs: { kind: number; start: number; duration: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ kind: (e as unknown as { detail: { kind: number } }).detail.kind, start: e.startTime, duration: e.duration });
});
observer.observe({ entryTypes: ['gc'] });
const c0 = process.cpuUsage();
const t0 = performance.now();
let entries: number;
if (mode === 'columns') entries = loyalty.replayColumns(program, log).ledger.length;
else entries = loyalty.replay(program, log, { ledger: mode === 'ledger' }).ledger.length;
const t1 = performance.now();
const cpu = process.cpuUsage(c0);
// GC entries are delivered asynchronously.
setTimeout(() => {
  observer.disconnect();
  const inside = gcs.filter((g) => g.start >= t0 && g.start < t1);
  const sum = (kind: number): number => inside.filter((g) => g.kind === kind).reduce((s, g) => s + g.duration, 0);
  const result = {
    mode,
    events: log.length,
    wallMs: t1 - t0,
    userMs: cpu.user / 1000,
    systemMs: cpu.system / 1000,
    scavengeMs: sum(constants.NODE_PERFORMANCE_GC_MINOR),
    markCompactMs: sum(constants.NODE_PERFORMANCE_GC_MAJOR),
    markCompacts: inside.filter((g) => g.kind === constants.NODE_PERFORMANCE_GC_MAJOR).length,
    entries,
  };
  console.log(JSON.stringify(result));
}, 50);
