// A small harness over tinybench: every benchmark pairs a candidate (omnicx) with a baseline in
// the same run (a hand-written loop, the naive algorithm, a reference implementation) and
// reports the ratio of their median latencies. Machines are noisy: trust ratios, not times.
import { Bench } from 'tinybench';

export interface Comparison {
  /** What is measured, e.g. 'mean of 1M Float64Array'. */
  readonly name: string;
  /** What the candidate is compared to. */
  readonly baselineName: string;
  readonly candidateMedianMs: number;
  readonly baselineMedianMs: number;
  /** baseline / candidate: above 1 means omnicx is faster than the baseline. */
  readonly speedup: number;
  readonly samples: number;
  /** Optional target from an issue, e.g. '≤ 2 s for 1M events'. */
  readonly target?: string;
  readonly note?: string;
}

export interface CompareOptions {
  readonly timeMs?: number;
  readonly iterations?: number;
  readonly target?: string;
  readonly note?: string;
}

function medianOf(bench: Bench, taskName: string): { median: number; samples: number } {
  const task = bench.getTask(taskName);
  const result = task?.result;
  if (result?.state !== 'completed') throw new Error(`benchmark task ${taskName} did not complete`);
  return { median: result.latency.p50, samples: result.latency.samplesCount };
}

export async function compare(
  name: string,
  candidate: () => unknown,
  baselineName: string,
  baseline: () => unknown,
  options: CompareOptions = {},
): Promise<Comparison> {
  const bench = new Bench({ time: options.timeMs ?? 500, iterations: options.iterations ?? 10, warmup: true });
  let sink: unknown;
  bench.add('candidate', () => {
    sink = candidate();
  });
  bench.add('baseline', () => {
    sink = baseline();
  });
  await bench.run();
  if (sink === Symbol.for('never')) console.log('');
  const c = medianOf(bench, 'candidate');
  const b = medianOf(bench, 'baseline');
  return {
    name,
    baselineName,
    candidateMedianMs: c.median,
    baselineMedianMs: b.median,
    speedup: b.median / c.median,
    samples: Math.min(c.samples, b.samples),
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(options.note === undefined ? {} : { note: options.note }),
  };
}

export function formatComparison(c: Comparison): string {
  const ms = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(4));
  return `${c.name.padEnd(52)} ${ms(c.candidateMedianMs).padStart(10)} ms  vs ${c.baselineName.padEnd(34)} ${ms(
    c.baselineMedianMs,
  ).padStart(10)} ms  ratio ${c.speedup.toFixed(2)}×${c.target === undefined ? '' : `  target: ${c.target}`}`;
}
