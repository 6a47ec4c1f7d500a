import { readFollowsAccumulator, tallyOfFollows } from './internal/followsAccumulator.js';
import { followsEdges } from './internal/followsCounts.js';
import type { DirectlyFollowsAccumulator, DirectlyFollowsEdge } from './schemas.js';

/**
 * Reads the directly-follows graph of an accumulator — the `result` step: exactly what
 * `directlyFollows` returns for all the journeys added, however they were split and merged (both
 * read each edge's times in ascending order). The accumulator is not modified.
 *
 * @param acc - a directly-follows accumulator (validated: it may come from JSON)
 * @returns the edges, as `directlyFollows`
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed or inconsistent accumulator
 *   (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addJourneysToDirectlyFollows, createDirectlyFollowsAccumulator, directlyFollowsFromAccumulator } from 'omnicx/journey';
 * const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator({ startEnd: true }), [
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 60_000 }, { touchpoint: 'buy', at: 90_000 }] },
 *   { steps: [{ touchpoint: 'ad', at: 0 }, { touchpoint: 'web', at: 120_000 }] },
 * ]);
 * const edges = directlyFollowsFromAccumulator(JSON.parse(JSON.stringify(acc)));
 * console.log(edges[0]); // { from: '(start)', to: 'ad', count: 2, meanMs: null, medianMs: null }
 * console.log(edges[1]); // { from: 'ad', to: 'web', count: 2, meanMs: 90000, medianMs: 90000 }
 * ```
 */
export function directlyFollowsFromAccumulator(acc: DirectlyFollowsAccumulator): DirectlyFollowsEdge[] {
  return followsEdges(tallyOfFollows(readFollowsAccumulator(acc, ['acc'])).values());
}
