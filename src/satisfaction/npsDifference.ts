import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { logNormalSurvival } from '../core/statistics/logNormalSurvival.js';
import { normalSurvival } from '../core/statistics/normalSurvival.js';
import { criticalZ, npsStandardError } from './internal/npsCore.js';
import { parseOptions } from './internal/surveyInput.js';
import {
  npsCountsSchema,
  npsDifferenceOptionsSchema,
  type NpsCounts,
  type NpsDifferenceOptions,
  type NpsDifferenceResult,
} from './schemas.js';

function readSample(value: unknown, name: 'a' | 'b'): NpsCounts & { n: number } {
  const counts = parseWith(npsCountsSchema, value, [name]);
  const n = counts.promoters + counts.passives + counts.detractors;
  if (n === 0) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, `sample ${name} is empty: an NPS difference needs answers in both samples`, {
      path: [name],
    });
  }
  if (!Number.isSafeInteger(n)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `the size of sample ${name} is not a safe integer`, { path: [name] });
  }
  return { ...counts, n };
}

/** Centre and standard error of one sample on the proportion scale, by method. */
function centreAndError(s: NpsCounts & { n: number }, adjusted: boolean): [number, number] {
  const [p, d, m] = adjusted ? [s.promoters + 0.75, s.detractors + 0.75, s.n + 3] : [s.promoters, s.detractors, s.n];
  return [(p - d) / m, npsStandardError(p, d, m)];
}

const LN10 = Math.log(10);

/**
 * Compares the NPS of two independent samples (two stores, two months, two journeys): the
 * difference NPS(a) − NPS(b) in NPS points (−200…200), a confidence interval, and a two-sided
 * z-test of "no difference".
 *
 * The variance of a difference of independent estimates is the sum of their variances, each the
 * multinomial one of {@link nps}: SE = 100 · √(SE_a² + SE_b²), SE_x² = (p_P + p_D − (p_P − p_D)²)/n.
 * With `method: 'adjustedWald'` (the default, as recommended for the difference by Rocks 2016, The
 * American Statistician 70(4):365–372) both samples get ¾ promoter, ¾ detractor and 3/2 passive
 * pseudo-answers before the centre and the SE are computed; `'wald'` uses the raw counts.
 * z = centre / SE, the interval is centre ± z₁₋α/₂ · SE (clamped to [−200, 200] and containing the
 * observed difference), and the p-value is 2 · Φ̄(|z|) from {@link normalSurvival}.
 *
 * Very large samples give p-values below the smallest double (about 1e-308), which would print as
 * 0: `log10PValue` = log₁₀(2) + ln Φ̄(|z|)/ln 10, from {@link logNormalSurvival}, stays exact there
 * (e.g. −35000 means p = 10⁻³⁵⁰⁰⁰). It is −Infinity only with `'wald'` when both samples are
 * unanimous and differ (SE = 0).
 *
 * @param a - the first sample's counts `{ promoters, passives, detractors }` (an {@link NpsResult}
 *   or {@link NpsAccumulator} works too)
 * @param b - the second sample's counts
 * @param options - `method` `'adjustedWald'` (default) or `'wald'`, `confidence` (default 0.95)
 * @returns `difference` (NPS(a) − NPS(b), unadjusted), `standardError`, `z`, `interval`,
 *   `pValue`, `log10PValue`, `nA`, `nB`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad counts (path `['a', …]`, `['b', …]`) or
 *   options (path `['options', …]`); `INSUFFICIENT_DATA` when a sample is empty (path `['a']` or
 *   `['b']`)
 *
 * @example
 * ```ts
 * import { npsDifference } from 'omnicx/satisfaction';
 * // Wald: SE = 100·√((0.7 − 0.3²)/100 + (0.7 − 0.1²)/100) = 100·√0.013 = 11.402, z = 20/11.402
 * const store = { promoters: 50, passives: 30, detractors: 20 };
 * const web = { promoters: 40, passives: 30, detractors: 30 };
 * const result = npsDifference(store, web, { method: 'wald' });
 * console.log([result.difference, result.standardError.toFixed(3), result.z.toFixed(3), result.pValue.toFixed(4)]); // [20, '11.402', '1.754', '0.0794']
 * const huge = npsDifference({ promoters: 6e6, passives: 2e6, detractors: 2e6 }, { promoters: 2e6, passives: 2e6, detractors: 6e6 });
 * console.log([huge.pValue, huge.log10PValue < -1000]); // [0, true]
 * ```
 */
export function npsDifference(a: NpsCounts, b: NpsCounts, options?: NpsDifferenceOptions): NpsDifferenceResult {
  const sa = readSample(a, 'a');
  const sb = readSample(b, 'b');
  const { method, confidence } = parseOptions(npsDifferenceOptionsSchema, options);
  const adjusted = method === 'adjustedWald';
  const [centreA, errorA] = centreAndError(sa, adjusted);
  const [centreB, errorB] = centreAndError(sb, adjusted);
  const difference = (100 * (sa.promoters - sa.detractors)) / sa.n - (100 * (sb.promoters - sb.detractors)) / sb.n;
  const centre = centreA - centreB;
  const error = Math.sqrt(errorA * errorA + errorB * errorB);
  const z = centre === 0 ? 0 : error === 0 ? (centre > 0 ? Infinity : -Infinity) : centre / error;
  const half = criticalZ(confidence) * error;
  const logTail = logNormalSurvival(Math.abs(z));
  return {
    difference,
    standardError: error * 100,
    z,
    interval: {
      lower: Math.max(-200, Math.min((centre - half) * 100, difference)),
      upper: Math.min(200, Math.max((centre + half) * 100, difference)),
      confidence,
      method,
    },
    pValue: Math.min(1, 2 * normalSurvival(Math.abs(z))),
    log10PValue: Math.min(0, (Math.LN2 + logTail) / LN10),
    nA: sa.n,
    nB: sb.n,
  };
}
