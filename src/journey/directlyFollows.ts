import { optionKeys } from '../core/internal/optionKeys.js';
import { followsEdges, tallyFollows } from './internal/followsCounts.js';
import { readJourneys } from './internal/journeys.js';
import { booleanOption, readOptions } from './internal/read.js';
import type { DirectlyFollowsEdge, JourneySteps } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<DirectlyFollowsOptions>({ startEnd: true });

/** Options of {@link directlyFollows}. */
export interface DirectlyFollowsOptions {
  /** Add edges from `'(start)'` to each first step and from each last step to `'(end)'`. Default `false`. */
  readonly startEnd?: boolean;
}

/**
 * The directly-follows graph of some journeys (process mining, van der Aalst, "Process Mining",
 * 2016, §6.2): an edge a → b for every pair of consecutive steps, with how often it occurs and
 * the mean and median time between the two steps (ms; the mean is summed in ascending order of
 * the times, so it does not depend on the order of the journeys). Self-loops (a → a) are kept. No
 * artificial start or end edges unless `startEnd: true`, which adds `'(start)'` → first step and
 * last step → `'(end)'` for every non-empty journey (their times are `null`).
 *
 * Sorted by count (descending), then `from`, then `to` (code-unit order).
 *
 * @param journeys - journeys (steps in order); never mutated
 * @param options - see {@link DirectlyFollowsOptions}
 * @returns the edges; `[]` for no journeys
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`) or a non-boolean
 *   `startEnd` (path `['options', 'startEnd']`)
 *
 * @example
 * ```ts
 * import { directlyFollows } from 'omnicx/journey';
 * const edges = directlyFollows([
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 60_000 }, { touchpoint: 'buy', at: 90_000 }] },
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 120_000 }] },
 * ]);
 * console.log(edges[0]); // { from: 'ad', to: 'web', count: 2, meanMs: 90000, medianMs: 90000 }
 * console.log(edges[1]); // { from: 'web', to: 'buy', count: 1, meanMs: 30000, medianMs: 30000 }
 * console.log(directlyFollows([{ steps: [{ touchpoint: 'ad', at: 0 }] }], { startEnd: true }).length); // 2
 * ```
 */
export function directlyFollows(journeys: readonly JourneySteps[], options?: DirectlyFollowsOptions): DirectlyFollowsEdge[] {
  const list = readJourneys(journeys);
  const startEnd = booleanOption(readOptions(options, OPTION_KEYS), 'startEnd', false);
  return followsEdges(tallyFollows(list, startEnd).values());
}
