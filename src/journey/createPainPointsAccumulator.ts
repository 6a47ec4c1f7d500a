import { optionKeys } from '../core/internal/optionKeys.js';
import { parseWith } from '../core/errors/parseWith.js';

import { invalid } from '../core/internal/assert.js';
import { negativeBelowOption } from './internal/painCounts.js';
import { durationOption, readOptions, stringList } from './internal/read.js';
import { touchpointCatalogueSchema, type PainPointsAccumulator, type TouchpointCatalogue } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<PainPointsAccumulatorOptions>({ timeoutMs: true, conversion: true, negativeBelow: true, touchpoints: true });

/** Options of {@link createPainPointsAccumulator}: those of `painPoints` that say what is counted. */
export interface PainPointsAccumulatorOptions {
  /** Session timeout in ms (finite): exits are counted per session. Default 30 min. */
  readonly timeoutMs?: number;
  /** Which events are conversions: touchpoint ids (a predicate cannot be stored in JSON). Default: `type: 'conversion'`. */
  readonly conversion?: string | readonly string[];
  /** Feedback with a sentiment strictly below this is negative, in [−1, 1]. Default 0. */
  readonly negativeBelow?: number;
  /** A catalogue from `defineTouchpoints`. */
  readonly touchpoints?: TouchpointCatalogue;
}

/**
 * Creates an empty pain-points accumulator — the `create` step of the accumulator pattern
 * ({@link addEventsToPainPoints}, {@link mergePainPointsAccumulators},
 * {@link painPointsFromAccumulator}) for computing `painPoints` over events held in shards or
 * workers. **Shards must partition customers**: exits are counted per session, and a customer's
 * sessions are cut from all their events, so a customer's events go to one `add` of one
 * accumulator (a customer added twice is refused). It keeps per touchpoint the four sums the
 * score is made of, and the customer ids seen (to refuse repeats): memory O(customers +
 * touchpoints). The `weights` and `confidence` are options of the result.
 *
 * @param options - see {@link PainPointsAccumulatorOptions}
 * @returns an empty accumulator (plain JSON)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options, as `painPoints` (path
 *   `['options', key]`); an infinite `timeoutMs` and a conversion predicate are refused (JSON
 *   cannot hold them)
 *
 * @example
 * ```ts
 * import { createPainPointsAccumulator } from 'omnicx/journey';
 * const acc = createPainPointsAccumulator({ conversion: 'till', negativeBelow: -0.2 });
 * console.log(acc.timeoutMs); // 1800000
 * console.log(acc.conversion); // ['till']
 * ```
 */
export function createPainPointsAccumulator(options?: PainPointsAccumulatorOptions): PainPointsAccumulator {
  const opts = readOptions(options, OPTION_KEYS);
  const timeoutMs = durationOption(opts, 'timeoutMs', 30 * 60_000) as number;
  if (!Number.isFinite(timeoutMs)) throw invalid('options.timeoutMs must be finite in an accumulator (JSON has no Infinity)', ['options', 'timeoutMs']);
  const raw = opts['conversion'];
  if (typeof raw === 'function') throw invalid('options.conversion must be touchpoint ids in an accumulator (a predicate cannot be stored in JSON)', ['options', 'conversion']);
  const conversion = raw === undefined ? null : [...stringList(raw, ['options', 'conversion'])];
  const negativeBelow = negativeBelowOption(opts);
  const touchpoints = opts['touchpoints'] === undefined ? null : parseWith(touchpointCatalogueSchema, opts['touchpoints'], ['options', 'touchpoints']);
  return { kind: 'journeyPainPoints', version: 1, timeoutMs, conversion, negativeBelow: negativeBelow + 0, touchpoints, customers: [], rows: [] };
}
