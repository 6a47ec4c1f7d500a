// Satisfaction benchmarks: each omnicx function against a hand-written baseline on the same data.
import { createRandom } from '../src/core/index.js';
import { nps } from '../src/satisfaction/index.js';
import { compare, type Comparison } from './lib.js';

/** Survey metrics: NPS over 10 M answers against the plainest counting loop. */
export async function surveyComparisons(): Promise<Comparison[]> {
  const random = createRandom(4);
  const n = 10_000_000;
  const scores = new Int8Array(n);
  for (let i = 0; i < n; i++) scores[i] = random.int(11);

  const results: Comparison[] = [];
  results.push(
    await compare(
      'nps of a 10M Int8Array (validated, adjusted Wald)',
      () => nps(scores).score,
      'single-pass counting loop (no validation)',
      () => {
        let promoters = 0;
        let detractors = 0;
        for (let i = 0; i < n; i++) {
          const v = scores[i] as number;
          if (v >= 9) promoters++;
          else if (v < 7) detractors++;
        }
        return (100 * (promoters - detractors)) / n;
      },
      { target: 'ratio ≥ 0.67 (within 1.5× of the loop)', timeMs: 3000, iterations: 20 },
    ),
  );
  return results;
}

export async function run(): Promise<Comparison[]> {
  return [...(await surveyComparisons())];
}
