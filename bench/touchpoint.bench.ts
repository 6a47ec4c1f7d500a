// Touchpoint benchmarks: the exact Markov removal-effect model against a Monte Carlo simulation of
// the same chain (the method of ChannelAttribution), written here and run on the same data.
// The Monte Carlo baseline estimates P(conversion) and every P(conversion without c) from
// 100 000 simulated walks each, so its removal effects carry a few percent of noise; the note of
// each comparison reports its largest error against the exact credits.
import { createRandom, encodePaths, type EncodedPaths, type PathRecord } from '../src/core/index.js';
import { attributeMarkov } from '../src/touchpoint/index.js';
import { buildChain, type Chain } from '../src/touchpoint/internal/markov.js';
import { compare, type Comparison } from './lib.js';

const CHANNELS = ['paid search', 'organic search', 'social', 'email', 'display', 'affiliate', 'direct', 'sms', 'push', 'tv'];

/** 1M single journeys: a random walk over the channels, converting with a channel-dependent rate. */
function journeys(count: number): PathRecord[] {
  const random = createRandom(20260101);
  const lift = [0.03, 0.02, 0.01, 0.04, 0.005, 0.02, 0.03, 0.015, 0.01, 0.0];
  const records: PathRecord[] = new Array<PathRecord>(count);
  for (let i = 0; i < count; i++) {
    const path: string[] = [];
    let rate = 0.01;
    let channel = random.int(CHANNELS.length);
    for (;;) {
      path.push(CHANNELS[channel] as string);
      rate += lift[channel] as number;
      if (path.length === 8 || random.next() < 0.4) break;
      channel = random.next() < 0.3 ? channel : random.int(CHANNELS.length);
    }
    const converted = random.next() < rate;
    records[i] = { path: path.join(' > '), conversions: converted ? 1 : 0, nulls: converted ? 0 : 1, value: converted ? 50 : 0 };
  }
  return records;
}

/** Monte Carlo removal effects on a built chain: `walks` simulated journeys per removal. */
function monteCarlo(chain: Chain, m: number, walks: number, seed: number): Float64Array {
  const { out, conv, nul } = chain.graph;
  const n = out.length;
  // Cumulative transition tables per state: successors, then conversion, then null.
  const next: Int32Array[] = [];
  const cumulative: Float64Array[] = [];
  for (let s = 0; s < n; s++) {
    const row = out[s];
    const targets = row === undefined ? [] : [...row.keys()];
    const weights = row === undefined ? [] : [...row.values()];
    const total = weights.reduce((a, b) => a + b, 0) + (conv[s] as number) + (nul[s] as number);
    const cum = new Float64Array(targets.length + 2);
    let acc = 0;
    weights.forEach((w, k) => {
      acc += w / total;
      cum[k] = acc;
    });
    acc += (conv[s] as number) / total;
    cum[targets.length] = acc;
    cum[targets.length + 1] = 1;
    next.push(Int32Array.from(targets));
    cumulative.push(cum);
  }
  const random = createRandom(seed);
  const contains = (state: number, c: number): boolean => (chain.channelsOf[state] as Int32Array).includes(c);
  const simulate = (removed: number): number => {
    let converted = 0;
    for (let w = 0; w < walks; w++) {
      let state = 0;
      for (let step = 0; step < 10_000; step++) {
        const u = random.next();
        const cum = cumulative[state] as Float64Array;
        let k = 0;
        while ((cum[k] as number) <= u && k < cum.length - 1) k++;
        const targets = next[state] as Int32Array;
        if (k >= targets.length) {
          if (k === targets.length) converted++;
          break;
        }
        state = targets[k] as number;
        if (removed >= 0 && contains(state, removed)) break;
      }
    }
    return converted / walks;
  };
  const p = simulate(-1);
  const effects = new Float64Array(m);
  for (let c = 0; c < m; c++) effects[c] = 1 - simulate(c) / p;
  return effects;
}

function monteCarloCredits(encoded: EncodedPaths, order: number, walks: number): Float64Array {
  const effects = monteCarlo(buildChain(encoded, order), encoded.dictionary.length, walks, 7);
  const sum = effects.reduce((a, b) => a + b, 0);
  return effects.map((e) => e / sum);
}

function largestShareError(exact: ReturnType<typeof attributeMarkov>, encoded: EncodedPaths, shares: Float64Array): string {
  let worst = 0;
  let relative = 0;
  encoded.dictionary.forEach((channel, c) => {
    const truth = exact.credits[channel]!.conversions / exact.totalConversions;
    const error = Math.abs((shares[c] as number) - truth);
    if (error > worst) worst = error;
    if (truth > 0.01) relative = Math.max(relative, error / truth);
  });
  return `Monte Carlo (1e5 walks per removal) credit shares off by up to ${(100 * worst).toFixed(2)} points (${(100 * relative).toFixed(1)} % relative)`;
}

/** The smallest CPU time (user + system) of three runs: a figure that shared, loaded machines do not inflate. */
function cpuMs(task: () => unknown): number {
  let best = Infinity;
  for (let k = 0; k < 3; k++) {
    const start = process.cpuUsage();
    task();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

const cpuNote = (task: () => unknown): string => `candidate CPU time ${cpuMs(task).toFixed(0)} ms per run`;

export async function run(): Promise<Comparison[]> {
  const records = journeys(1_000_000);
  const encoded = encodePaths(records);
  const results: Comparison[] = [];
  const walks = 100_000;

  const exact1 = attributeMarkov(encoded);
  results.push(
    await compare(
      'exact Markov order 1, 1M encoded journeys',
      () => attributeMarkov(encoded),
      'Monte Carlo on the same chain, 1e5 walks',
      () => monteCarloCredits(encoded, 1, walks),
      { timeMs: 1000, iterations: 5, target: '≤ 100 ms after encoding', note: `${cpuNote(() => attributeMarkov(encoded))}; ${largestShareError(exact1, encoded, monteCarloCredits(encoded, 1, walks))}` },
    ),
  );
  results.push(
    await compare(
      'encodePaths + exact Markov, 1M text paths',
      () => attributeMarkov(encodePaths(records)),
      'split/trim/Map encoding + Monte Carlo',
      () => {
        const ids = new Map<string, number>();
        const dictionary: string[] = [];
        const steps: number[] = [];
        const offsets = [0];
        const conversions = new Float64Array(records.length);
        const nulls = new Float64Array(records.length);
        records.forEach((record, i) => {
          for (const raw of (record.path as string).split('>')) {
            const name = raw.trim();
            let id = ids.get(name);
            if (id === undefined) {
              id = dictionary.length;
              ids.set(name, id);
              dictionary.push(name);
            }
            steps.push(id);
          }
          offsets.push(steps.length);
          conversions[i] = record.conversions;
          nulls[i] = record.nulls ?? 0;
        });
        const naive: EncodedPaths = {
          dictionary,
          offsets: Int32Array.from(offsets),
          steps: Int32Array.from(steps),
          conversions,
          nulls,
          values: new Float64Array(records.length),
        };
        return monteCarloCredits(naive, 1, walks);
      },
      { timeMs: 1000, iterations: 3, target: '≤ 1 s end to end', note: cpuNote(() => attributeMarkov(encodePaths(records))) },
    ),
  );
  results.push(
    await compare(
      'encodePaths, 1M text paths',
      () => encodePaths(records),
      'split/trim/Map into number[] columns',
      () => {
        const ids = new Map<string, number>();
        const steps: number[] = [];
        const offsets = [0];
        for (const record of records) {
          for (const raw of (record.path as string).split('>')) {
            const name = raw.trim();
            let id = ids.get(name);
            if (id === undefined) ids.set(name, (id = ids.size));
            steps.push(id);
          }
          offsets.push(steps.length);
        }
        return [Int32Array.from(steps), Int32Array.from(offsets)];
      },
      { timeMs: 1000, iterations: 3, target: 'well under 1 s', note: cpuNote(() => encodePaths(records)) },
    ),
  );
  const exact3 = attributeMarkov(encoded, { order: 3 });
  results.push(
    await compare(
      `exact Markov order 3 (${String(exact3.states)} states), 1M journeys`,
      () => attributeMarkov(encoded, { order: 3 }),
      'Monte Carlo on the same chain, 1e5 walks',
      () => monteCarloCredits(encoded, 3, walks),
      { timeMs: 1000, iterations: 3, note: `${cpuNote(() => attributeMarkov(encoded, { order: 3 }))}; ${largestShareError(exact3, encoded, monteCarloCredits(encoded, 3, walks))}` },
    ),
  );
  for (const c of results) if (c.note !== undefined) console.log(`  ${c.name}: ${c.note}`);
  return results;
}
