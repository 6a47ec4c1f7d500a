import { optionKeys } from '../core/internal/optionKeys.js';
import { neighbours } from './internal/neighbours.js';
import type { JourneySteps, StepNeighbours } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<StepNeighboursOptions>({ k: true });

/** Options of {@link nextSteps} and `previousSteps`. */
export interface StepNeighboursOptions {
  /** How many neighbours to return, an integer ≥ 1. Default 5. */
  readonly k?: number;
}

/**
 * The top k steps that come right after a touchpoint: for every occurrence of `touchpoint` in
 * the journeys, the touchpoint of the next step is counted; an occurrence that is the journey's
 * last step counts as an exit (`boundary`). Shares are of all occurrences, so the shares of all
 * next steps plus `boundaryShare` sum to 1 (before the top-k cut). Sorted by count (descending),
 * then touchpoint.
 *
 * @param journeys - journeys (steps in order); never mutated
 * @param touchpoint - the touchpoint id
 * @param options - see {@link StepNeighboursOptions}
 * @returns occurrences, exits and the top k next steps; no occurrences gives zeros and `null` shares
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad journeys (as `variants`), an empty
 *   touchpoint (path `['touchpoint']`) or a `k` below 1 (path `['options', 'k']`)
 *
 * @example
 * ```ts
 * import { nextSteps } from 'omnicx/journey';
 * const j = (...names: string[]) => ({ steps: names.map((touchpoint, at) => ({ touchpoint, at })) });
 * const next = nextSteps([j('cart', 'checkout'), j('cart', 'home'), j('cart', 'checkout'), j('cart')], 'cart', { k: 1 });
 * console.log(next.steps); // [{ touchpoint: 'checkout', count: 2, share: 0.5 }]
 * console.log(next.boundary); // 1
 * ```
 */
export function nextSteps(journeys: readonly JourneySteps[], touchpoint: string, options?: StepNeighboursOptions): StepNeighbours {
  return neighbours(journeys, touchpoint, options, 1, OPTION_KEYS);
}
