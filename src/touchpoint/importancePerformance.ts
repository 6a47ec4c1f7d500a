import * as z from 'zod';
import { mean, median, parseWith } from '../core/index.js';
import { ipaItemSchema, ipaOptionsSchema, type IpaItem, type IpaOptions, type IpaQuadrant } from './schemas.js';

/** The result of {@link importancePerformance}. */
export interface ImportancePerformanceResult {
  /** The importance at which the quadrants are cut. */
  readonly importanceCut: number;
  /** The performance at which the quadrants are cut. */
  readonly performanceCut: number;
  /** The items in input order, each with its quadrant. */
  readonly items: readonly (IpaItem & { readonly quadrant: IpaQuadrant })[];
}

/**
 * Importance–performance analysis (Martilla & James 1977, "Importance-performance analysis",
 * Journal of Marketing 41(1):77–79): places each touchpoint on a grid of importance against
 * performance, cut at the means (default), the medians or given cut points, and names its
 * quadrant:
 *
 * | | performance < cut | performance ≥ cut |
 * |---|---|---|
 * | importance ≥ cut | `'concentrateHere'` | `'keepUpTheGoodWork'` |
 * | importance < cut | `'lowPriority'` | `'possibleOverkill'` |
 *
 * A value exactly on a cut counts as high. Importance can be stated (survey weights) or derived
 * with {@link derivedImportance}; performance is typically a mean score or a {@link scorecard} score.
 *
 * @param items - see {@link IpaItem}; at least one; never mutated
 * @param options - see {@link ipaOptionsSchema}; `split` defaults to `'mean'`
 * @returns the cut points and each item's quadrant
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed item (path `[i, field]`) or bad
 *   options (path `['options', …]`); `INSUFFICIENT_DATA` for no items with a mean or median split
 *
 * @example
 * ```ts
 * import { importancePerformance } from 'omnicx/touchpoint';
 * const result = importancePerformance([
 *   { id: 'checkout', importance: 0.8, performance: 3.1 },
 *   { id: 'parking', importance: 0.2, performance: 4.5 },
 *   { id: 'advice', importance: 0.7, performance: 4.4 },
 *   { id: 'music', importance: 0.1, performance: 3.0 },
 * ]);
 * console.log(result.importanceCut); // 0.45
 * console.log(result.performanceCut); // 3.75
 * console.log(result.items.map((item) => item.quadrant)); // ['concentrateHere', 'possibleOverkill', 'keepUpTheGoodWork', 'lowPriority']
 * ```
 */
export function importancePerformance(items: readonly IpaItem[], options?: IpaOptions): ImportancePerformanceResult {
  const { split } = parseWith(ipaOptionsSchema, options ?? {}, ['options']);
  const list = parseWith(z.array(ipaItemSchema), items);
  let importanceCut: number;
  let performanceCut: number;
  if (typeof split === 'object') {
    importanceCut = split.importance;
    performanceCut = split.performance;
  } else {
    const importance = list.map((item) => item.importance);
    const performance = list.map((item) => item.performance);
    const centre = split === 'mean' ? mean : median;
    importanceCut = centre(importance);
    performanceCut = centre(performance);
  }
  return {
    importanceCut,
    performanceCut,
    items: list.map((item) => {
      const important = item.importance >= importanceCut;
      const performing = item.performance >= performanceCut;
      const quadrant: IpaQuadrant = important
        ? performing
          ? 'keepUpTheGoodWork'
          : 'concentrateHere'
        : performing
          ? 'possibleOverkill'
          : 'lowPriority';
      return { ...item, quadrant };
    }),
  };
}

