import type { PathKey } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { cesResult, csatResult } from './internal/csatCore.js';
import { npsResult } from './internal/npsCore.js';
import { offScale, topBoxes } from './internal/surveyInput.js';
import {
  satisfactionKeySchema,
  satisfactionMetricSchema,
  type CesResult,
  type CsatResult,
  type NpsResult,
  type SatisfactionByResult,
  type SatisfactionKey,
  type SatisfactionMetric,
} from './schemas.js';

type Selector = string | ((response: unknown, index: number) => unknown);

function select(response: unknown, selector: Selector, index: number, what: string): { value: unknown; path: PathKey[] } {
  if (typeof selector === 'function') return { value: selector(response, index), path: ['responses', index] };
  if (typeof response !== 'object' || response === null) {
    throw invalid(`responses.${String(index)} must be an object with a ${what} property, got ${describe(response)}`, [
      'responses',
      index,
    ]);
  }
  return { value: (response as Record<string, unknown>)[selector], path: ['responses', index, selector] };
}

/**
 * Rolls a survey metric up by any key — touchpoint, journey stage, store, channel, month — with
 * `n` and a confidence interval per group, and flags the groups that are clearly worse: those
 * whose whole interval lies below the `target` (`worseThanTarget`) or below the overall score
 * (`worseThanOverall`). For a CES with `higherIsBetter: false` (a 1 = very low effort scale)
 * "worse" means the whole interval lies above.
 *
 * The metric is one of:
 * - `'nps'` or `{ kind: 'nps', method?, confidence?, target? }` — answers 0–10, see {@link nps};
 * - `{ kind: 'csat', scale?, satisfied?, confidence?, target? }` — see {@link csat};
 * - `{ kind: 'ces', scale?, confidence?, target?, higherIsBetter? }` — see {@link ces};
 * each with `value` (default `'score'`): the property that holds the answer, or a function
 * `(response, index) => answer`. A group's interval is the metric's own (adjusted Wald, Wilson,
 * Student t); comparing it with the overall point estimate is a screening rule, not a test.
 *
 * @param responses - an array of survey responses (plain objects unless both `key` and `value`
 *   are functions); never modified
 * @param key - the property to group by, or a function `(response, index) => string | number`
 * @param metric - the metric and its options (see above)
 * @returns `{ metric, target, overall, groups }`; groups in order of first appearance, each with
 *   `key`, `n`, `result`, `worseThanTarget`, `worseThanOverall`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['responses']`), a response
 *   that is not an object (path `['responses', i]`), a key that is not a string or finite number
 *   (path `['responses', i, key]`), an answer off the scale (path `['responses', i, value]`) or a
 *   bad metric (path `['metric', …]`)
 *
 * @example
 * ```ts
 * import { satisfactionBy } from 'omnicx/satisfaction';
 * const responses = [
 *   { touchpoint: 'store', score: 10 }, { touchpoint: 'store', score: 9 }, { touchpoint: 'store', score: 9 },
 *   { touchpoint: 'web', score: 3 }, { touchpoint: 'web', score: 2 }, { touchpoint: 'web', score: 9 },
 *   { touchpoint: 'web', score: 1 }, { touchpoint: 'web', score: 5 }, { touchpoint: 'web', score: 4 },
 * ];
 * const rollup = satisfactionBy(responses, 'touchpoint', { kind: 'nps', target: 50 });
 * console.log([rollup.overall.n, rollup.groups.map((group) => group.key)]); // [9, ['store', 'web']]
 * // web: 1 promoter, 5 detractors; adjusted Wald upper bound 7.65 < 50
 * console.log([rollup.groups[1]?.result.n, rollup.groups[1]?.worseThanTarget]); // [6, true]
 * ```
 */
export function satisfactionBy(
  responses: readonly unknown[],
  key: SatisfactionKey,
  metric: SatisfactionMetric | 'nps' | 'csat' | 'ces',
): SatisfactionByResult {
  if (!Array.isArray(responses)) throw invalid(`responses must be an array, got ${describe(responses)}`, ['responses']);
  const keySelector = parseWith(satisfactionKeySchema, key, ['key']) as Selector;
  const spec = parseWith(satisfactionMetricSchema, typeof metric === 'string' ? { kind: metric } : metric, ['metric']);
  const [low, high] = spec.kind === 'nps' ? [0, 10] : spec.scale;
  const top = spec.kind === 'csat' ? topBoxes(spec.scale, spec.satisfied, ['metric', 'satisfied']) : [];
  const valueSelector = spec.value as Selector;

  const size = high - low + 1;
  const overallCounts = new Array<number>(size).fill(0);
  const groups = new Map<string | number, number[]>();
  const list: readonly unknown[] = responses;
  for (let i = 0; i < list.length; i++) {
    const response = list[i];
    const k = select(response, keySelector, i, 'key');
    if (!(typeof k.value === 'string' || (typeof k.value === 'number' && Number.isFinite(k.value)))) {
      throw invalid(`${k.path.join('.')} must be a string or a finite number to group by, got ${describe(k.value)}`, k.path);
    }
    const answer = select(response, valueSelector, i, 'value');
    const v = answer.value as number;
    if (!(v >= low && v <= high && v === Math.floor(v))) offScale(answer.value, low, high, answer.path);
    let counts = groups.get(k.value);
    if (counts === undefined) {
      counts = new Array<number>(size).fill(0);
      groups.set(k.value, counts);
    }
    counts[v - low] = (counts[v - low] as number) + 1;
    overallCounts[v - low] = (overallCounts[v - low] as number) + 1;
  }

  const resultOf = (counts: readonly number[]): NpsResult | CsatResult | CesResult => {
    const n = counts.reduce((sum, c) => sum + c, 0);
    if (spec.kind === 'nps') {
      const detractors = counts.slice(0, 7).reduce((sum, c) => sum + c, 0);
      const passives = (counts[7] as number) + (counts[8] as number);
      return npsResult(n - detractors - passives, passives, detractors, spec.method, spec.confidence);
    }
    if (spec.kind === 'csat') return csatResult(top.reduce((sum, value) => sum + (counts[value - low] as number), 0), n, spec.confidence);
    return cesResult(counts, low, high, spec.confidence);
  };
  const estimateOf = (result: NpsResult | CsatResult | CesResult): number | null => ('mean' in result ? result.mean : result.score);
  const higherIsBetter = spec.kind !== 'ces' || spec.higherIsBetter;
  const worseThan = (result: NpsResult | CsatResult | CesResult, reference: number | null | undefined): boolean => {
    if (result.interval === null || reference === null || reference === undefined) return false;
    return higherIsBetter ? result.interval.upper < reference : result.interval.lower > reference;
  };

  const overall = resultOf(overallCounts);
  const overallEstimate = estimateOf(overall);
  return {
    metric: spec.kind,
    target: spec.target ?? null,
    overall,
    groups: [...groups].map(([groupKey, counts]) => {
      const result = resultOf(counts);
      return {
        key: groupKey,
        n: result.n,
        result,
        worseThanTarget: worseThan(result, spec.target),
        worseThanOverall: worseThan(result, overallEstimate),
      };
    }),
  };
}
