import type { RfmSegmentRule } from './schemas.js';

/**
 * The default RFM segment map, on recency and frequency scores 1–5 (monetary is not used), first
 * match wins. It is the widely used ten-segment grid (e.g. the segment table popularised by
 * Putler's RFM analysis guide): champions R5 F4–5; loyal customers R3–4 F4–5; potential loyalists
 * R4–5 F2–3; new customers R5 F1; promising R4 F1; need attention R3 F3; about to sleep R3 F1–2;
 * can't lose R1–2 F5; at risk R1–2 F3–4; hibernating R1–2 F1–2. The rules cover all 25 cells.
 * With `bins` other than 5, scores are mapped linearly onto 1–5 (1 → 1, bins → 5, halves rounded away from 3) before matching.
 *
 * @example
 * ```ts
 * import { DEFAULT_RFM_SEGMENTS } from 'omnicx/members';
 * console.log(DEFAULT_RFM_SEGMENTS.length); // 10
 * console.log(DEFAULT_RFM_SEGMENTS[0]?.name); // 'champions'
 * ```
 */
export const DEFAULT_RFM_SEGMENTS: readonly RfmSegmentRule[] = Object.freeze(
  // Frozen rule by rule and range by range: `rfm` reads this shared map on every call, so a copy
  // of the list whose rules were then edited must not change the default for everyone.
  (
    [
      { name: 'champions', recency: [5, 5], frequency: [4, 5] },
      { name: 'loyal customers', recency: [3, 4], frequency: [4, 5] },
      { name: 'potential loyalists', recency: [4, 5], frequency: [2, 3] },
      { name: 'new customers', recency: [5, 5], frequency: [1, 1] },
      { name: 'promising', recency: [4, 4], frequency: [1, 1] },
      { name: 'need attention', recency: [3, 3], frequency: [3, 3] },
      { name: 'about to sleep', recency: [3, 3], frequency: [1, 2] },
      { name: "can't lose", recency: [1, 2], frequency: [5, 5] },
      { name: 'at risk', recency: [1, 2], frequency: [3, 4] },
      { name: 'hibernating', recency: [1, 2], frequency: [1, 2] },
    ] satisfies RfmSegmentRule[]
  ).map((rule) => Object.freeze({ ...rule, recency: Object.freeze(rule.recency), frequency: Object.freeze(rule.frequency) }) as RfmSegmentRule),
);
