import { optionKeys } from '../core/internal/optionKeys.js';
import { describe, invalid } from '../core/internal/assert.js';
import type { PathRecord } from '../core/paths/schemas.js';
import { readJourneys } from './internal/journeys.js';
import { sumCounts } from './internal/accumulate.js';
import { booleanOption, conversionOption, enumOption, readOptions, stringOption } from './internal/read.js';
import type { JourneyEvent, JourneySteps } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<JourneysToPathsOptions>({ by: true, aggregate: true, direct: true, collapseRepeats: true, conversion: true });

/** Options of {@link journeysToPaths}. */
export interface JourneysToPathsOptions {
  /** Name the path by `'touchpoint'` (default) or by `'channel'` (steps without a channel are skipped). */
  readonly by?: 'touchpoint' | 'channel';
  /** Merge identical paths into one record with summed counts. Default `true`. */
  readonly aggregate?: boolean;
  /** Name given to the path of a converting journey with no touch before its conversion; without it such journeys are left out. */
  readonly direct?: string;
  /** Collapse consecutive repeats (`a, a, b` → `a, b`). Default `false`. */
  readonly collapseRepeats?: boolean;
  /**
   * Which steps are conversions, left out of the path: touchpoint ids (one or a list) or a
   * predicate on the step. Default: steps with `type: 'conversion'`. Pass the `conversion` given to
   * `buildJourneys`, or its conversion steps become touches of the path.
   */
  readonly conversion?: string | readonly string[] | ((step: JourneySteps['steps'][number]) => boolean);
}

/**
 * Turns journeys into path records (`{ path, conversions, nulls, value }`, see `PathRecord` in
 * `omnicx/core`) for attribution or `encodePaths`: the path is the journey's steps that are not
 * conversions (`type !== 'conversion'`, or not matched by the `conversion` option — give it the
 * same value as `buildJourneys` when that used one), in order; a converting journey (`converted: true`) gives
 * `conversions: 1, nulls: 0, value: conversionValueMinor`, any other `conversions: 0, nulls: 1,
 * value: 0`. A converting journey whose path is empty is left out (a conversion needs a
 * touchpoint) unless `direct` names such a path. Non-converting journeys with an empty path are
 * left out too (they carry no touchpoint).
 *
 * With `aggregate` (default) identical paths are merged in order of first appearance.
 *
 * @param journeys - journeys, e.g. from `buildJourneys`; never mutated
 * @param options - see {@link JourneysToPathsOptions}
 * @returns the path records
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`), a
 *   `conversionValueMinor` that is not a safe integer ≥ 0 (path `['journeys', j,
 *   'conversionValueMinor']`) or a bad option (path `['options', key]`, e.g. an empty conversion
 *   list); `NOT_SAFE_INTEGER` when an aggregated path's value passes 2^53 − 1
 *
 * @example
 * ```ts
 * import { journeysToPaths } from 'omnicx/journey';
 * const paths = journeysToPaths([
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'buy', at: 5, type: 'conversion' }], converted: true, conversionValueMinor: 2500 },
 *   { steps: [{ touchpoint: 'ad', at: 0 }], converted: false },
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'buy', at: 9, type: 'conversion' }], converted: true, conversionValueMinor: 1500 },
 * ]);
 * console.log(paths); // [{ path: ['ad'], conversions: 2, nulls: 1, value: 4000 }]
 * ```
 */
export function journeysToPaths(journeys: readonly JourneySteps[], options?: JourneysToPathsOptions): PathRecord[] {
  const list = readJourneys(journeys);
  const opts = readOptions(options, OPTION_KEYS);
  const by = enumOption(opts, 'by', ['touchpoint', 'channel'] as const, 'touchpoint');
  const aggregate = booleanOption(opts, 'aggregate', true);
  const collapse = booleanOption(opts, 'collapseRepeats', false);
  const direct = stringOption(opts, 'direct');
  const isConversion = conversionOption(opts);
  const records: { path: string[]; conversions: number; nulls: number; value: number }[] = [];
  const index = new Map<string, number>();
  list.forEach((journey, j) => {
    const converted = journey.converted === true;
    const value = converted ? (journey.conversionValueMinor ?? 0) : 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw invalid(`journeys[${String(j)}].conversionValueMinor must be a safe integer ≥ 0 (minor units), got ${describe(value)}`, [
        'journeys',
        j,
        'conversionValueMinor',
      ]);
    }
    const path: string[] = [];
    for (const step of journey.steps) {
      if (isConversion(step as JourneyEvent)) continue;
      const name = by === 'channel' ? step.channel : step.touchpoint;
      if (name === undefined || (collapse && path[path.length - 1] === name)) continue;
      path.push(name);
    }
    if (path.length === 0) {
      if (!converted || direct === undefined) return;
      path.push(direct);
    }
    const record = { path, conversions: converted ? 1 : 0, nulls: converted ? 0 : 1, value };
    if (!aggregate) {
      records.push(record);
      return;
    }
    const key = JSON.stringify(path);
    const at = index.get(key);
    if (at === undefined) {
      index.set(key, records.length);
      records.push(record);
    } else {
      const existing = records[at] as (typeof records)[number];
      existing.conversions += record.conversions;
      existing.nulls += record.nulls;
      existing.value = sumCounts(existing.value, record.value, ['journeys', j, 'conversionValueMinor']);
    }
  });
  return records;
}
