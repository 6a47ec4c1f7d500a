import { optionKeys } from '../core/internal/optionKeys.js';
import { booleanOption, readOptions } from './internal/read.js';
import type { DirectlyFollowsOptions } from './directlyFollows.js';
import type { DirectlyFollowsAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<DirectlyFollowsOptions>({ startEnd: true });

/**
 * Creates an empty directly-follows accumulator — the `create` step of the accumulator pattern
 * ({@link addJourneysToDirectlyFollows}, {@link mergeDirectlyFollowsAccumulators},
 * {@link directlyFollowsFromAccumulator}) for computing `directlyFollows` over journeys held in
 * shards or workers.
 *
 * A median cannot be merged from counts, so the accumulator keeps every time between two
 * consecutive steps, per edge, as `[durationMs, count]` pairs in ascending order: memory is one
 * pair per distinct duration of each edge — at most one per transition (Σ (steps − 1) over the
 * journeys), much less when times repeat (e.g. whole seconds). In exchange any split gives
 * exactly the result of `directlyFollows`.
 *
 * @param options - `startEnd` (default `false`), as for `directlyFollows`
 * @returns an empty accumulator (plain JSON)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-boolean `startEnd` (path `['options', 'startEnd']`)
 *
 * @example
 * ```ts
 * import { createDirectlyFollowsAccumulator } from 'omnicx/journey';
 * console.log(createDirectlyFollowsAccumulator({ startEnd: true })); // { kind: 'journeyDirectlyFollows', version: 1, startEnd: true, edges: [] }
 * ```
 */
export function createDirectlyFollowsAccumulator(options?: DirectlyFollowsOptions): DirectlyFollowsAccumulator {
  return { kind: 'journeyDirectlyFollows', version: 1, startEnd: booleanOption(readOptions(options, OPTION_KEYS), 'startEnd', false), edges: [] };
}
