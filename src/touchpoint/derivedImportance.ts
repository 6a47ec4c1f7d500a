import * as z from 'zod';
import { recordOf } from '../core/internal/recordOf.js';
import { ErrorCode, OmnicxError, parseWith, pearson, spearman } from '../core/index.js';
import { derivedImportanceOptionsSchema, type DerivedImportanceOptions } from './schemas.js';

const scoresSchema = z.array(z.number());

/**
 * Derived (implicit) importance: when customers are not asked how much each touchpoint matters,
 * its importance is taken as the correlation between its score and overall satisfaction across
 * respondents (Pearson's r by default, or Spearman's ρ for ordinal scales); see e.g. Bacon 2003,
 * "A comparison of approaches to importance-performance analysis", International Journal of
 * Market Research 45(1):55–71. Feed the result to {@link importancePerformance}.
 *
 * Respondent k's overall score is `overall[k]` and their score of touchpoint t is
 * `touchpointScores[t][k]`; every array must have the same length (drop incomplete answers first).
 *
 * @param overall - overall satisfaction per respondent, finite numbers, at least 2
 * @param touchpointScores - per touchpoint id, its score per respondent (same order as `overall`)
 * @param options - see {@link derivedImportanceOptionsSchema}; `method` defaults to `'pearson'`
 * @returns per touchpoint id (in input order), the correlation, from −1 to 1
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array or non-finite score (path
 *   `['overall', k]` or `['touchpointScores', id, k]`), arrays of different lengths (path
 *   `['touchpointScores', id]`) or bad options; `INSUFFICIENT_DATA` for fewer than 2 respondents
 *   or constant scores (path `['overall']` or `['touchpointScores', id]`)
 *
 * @example
 * ```ts
 * import { derivedImportance } from 'omnicx/touchpoint';
 * const importance = derivedImportance([9, 7, 8, 4, 6], {
 *   checkout: [5, 4, 4, 1, 3],
 *   parking: [2, 3, 1, 3, 2],
 * });
 * console.log(importance['checkout']?.toFixed(3)); // '0.977'
 * console.log(importance['parking']?.toFixed(3)); // '-0.590'
 * ```
 */
export function derivedImportance(
  overall: readonly number[],
  touchpointScores: Readonly<Record<string, readonly number[]>>,
  options?: DerivedImportanceOptions,
): Record<string, number> {
  const { method } = parseWith(derivedImportanceOptionsSchema, options ?? {}, ['options']);
  const y = parseWith(scoresSchema, overall, ['overall']);
  const scores = parseWith(recordOf(z.string(), scoresSchema), touchpointScores, ['touchpointScores']);
  // overall is checked on its own, so that it is refused even without touchpoints and the error
  // names it (not the first touchpoint) when there are fewer than 2 respondents or it is constant.
  if (y.length < 2) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, `derived importance needs at least 2 respondents, got ${String(y.length)}`, {
      path: ['overall'],
    });
  }
  if (y.every((v) => v === y[0])) {
    throw new OmnicxError(ErrorCode.INSUFFICIENT_DATA, 'overall has zero variance (all its values are equal): no correlation is defined', {
      path: ['overall'],
    });
  }
  const correlate = method === 'pearson' ? pearson : spearman;
  const result: Record<string, number> = {};
  for (const [id, x] of Object.entries(scores)) {
    if (x.length !== y.length) {
      throw new OmnicxError(
        ErrorCode.INVALID_INPUT,
        `touchpointScores.${id} must have one score per respondent (${String(y.length)}), got ${String(x.length)}`,
        { path: ['touchpointScores', id] },
      );
    }
    let r: number;
    try {
      r = correlate(x, y);
    } catch (error) {
      /* v8 ignore next -- the correlations only throw OmnicxError */
      if (!(error instanceof OmnicxError)) throw error;
      const path = error.path[0] === 'y' ? ['overall'] : ['touchpointScores', id];
      throw new OmnicxError(error.code, error.message, { path, cause: error });
    }
    Object.defineProperty(result, id, { value: r, enumerable: true, writable: true, configurable: true });
  }
  return result;
}
