// RFM scoring shared by rfm and its accumulator: the same option reading and the same rows from
// per-customer purchase counts, spend totals and last purchase instants.
import { parseWith } from '../../core/errors/parseWith.js';
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { DEFAULT_RFM_SEGMENTS } from '../DEFAULT_RFM_SEGMENTS.js';
import { rfmSegmentRuleSchema, type RfmSegmentRule } from '../schemas.js';
import { quantileScores } from './scores.js';
import * as z from 'zod';

/** The RFM profile of one customer, as returned by `rfm`. */
export interface RfmRow {
  readonly customerId: string;
  /** Calendar days (in the options' time zone) from the last purchase to `asOf`; 0 = bought that day. */
  readonly recencyDays: number;
  /** Number of purchases (transactions), the RFM convention: every row counts, same-day rows too. */
  readonly frequency: number;
  /** Total spend in minor units. */
  readonly monetaryTotalMinor: number;
  /** Mean spend per purchase in minor units. */
  readonly monetaryMeanMinor: number;
  /** Recency score 1..bins (higher = more recent). */
  readonly recencyScore: number;
  /** Frequency score 1..bins (higher = more purchases). */
  readonly frequencyScore: number;
  /** Monetary score 1..bins on the total spend (higher = more spend). */
  readonly monetaryScore: number;
  /** The scores concatenated, e.g. `'545'` (with bins = 10 the score 10 is written `'10'`). */
  readonly code: string;
  /** The first matching segment of the segment map, or `'other'` when none matches. */
  readonly segment: string;
}

const binsSchema = z.int().min(2).max(10).default(5);
const segmentsSchema = z.array(rfmSegmentRuleSchema);

/** `bins` (default 5) and the custom segment map (undefined for the default), read at `path`. */
export function readRfmScoring(bins: unknown, segments: unknown, path: readonly PathKey[]): { bins: number; custom: RfmSegmentRule[] | undefined } {
  return {
    bins: parseWith(binsSchema, bins, [...path, 'bins']),
    custom: segments === undefined ? undefined : parseWith(segmentsSchema, segments, [...path, 'segments']),
  };
}

function inRange(range: readonly [number, number] | undefined, score: number): boolean {
  return range === undefined || (score >= range[0] && score <= range[1]);
}

/** Rows in the order of `ids`, from per-customer purchase counts, totals and recency in days. */
export function rfmRows(
  ids: readonly string[],
  count: Float64Array,
  total: Float64Array,
  recency: Float64Array,
  bins: number,
  custom: readonly RfmSegmentRule[] | undefined,
): RfmRow[] {
  const m = ids.length;
  const negRecency = recency.map((r) => -r);
  const rScore = quantileScores(negRecency, bins);
  const fScore = quantileScores(count, bins);
  const mScore = quantileScores(total, bins);
  const rules: readonly RfmSegmentRule[] = custom ?? DEFAULT_RFM_SEGMENTS;
  // Scores 1..bins onto 1..5 linearly, the extremes onto the extremes (1 → 1, bins → 5) and
  // symmetrically (bins + 1 − s → 6 − scale(s), halves rounded away from the middle score 3).
  // ceil(5·s/bins) sent the lowest class to 3 (bins = 2) or 2 (bins = 3, 4), so with few bins
  // no customer could be 'hibernating', 'new customers' or 'promising'.
  const scale = (s: number): number => {
    if (custom !== undefined || bins === 5) return s;
    const v = 1 + (4 * (s - 1)) / (bins - 1) - 3;
    return 3 + Math.sign(v) * Math.round(Math.abs(v));
  };
  const rows: RfmRow[] = new Array<RfmRow>(m);
  for (let k = 0; k < m; k++) {
    const r = rScore[k] as number;
    const f = fScore[k] as number;
    const mo = mScore[k] as number;
    const rule = rules.find((x) => inRange(x.recency, scale(r)) && inRange(x.frequency, scale(f)) && inRange(x.monetary, scale(mo)));
    rows[k] = {
      customerId: ids[k] as string,
      recencyDays: recency[k] as number,
      frequency: count[k] as number,
      monetaryTotalMinor: total[k] as number,
      monetaryMeanMinor: (total[k] as number) / (count[k] as number),
      recencyScore: r,
      frequencyScore: f,
      monetaryScore: mo,
      code: `${String(r)}${String(f)}${String(mo)}`,
      segment: rule?.name ?? 'other',
    };
  }
  return rows;
}
