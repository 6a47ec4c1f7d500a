import { optionKeys } from '../core/internal/optionKeys.js';
import { describe, invalid } from '../core/internal/assert.js';
import { enumOption, readOptions } from './internal/read.js';
import type { StepNeighboursAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<StepNeighboursAccumulatorOptions>({ direction: true });

/** Options of {@link createStepNeighboursAccumulator}. */
export interface StepNeighboursAccumulatorOptions {
  /** `'next'` (default) counts the steps after each occurrence, as `nextSteps`; `'previous'` the steps before, as `previousSteps`. */
  readonly direction?: 'next' | 'previous';
}

/**
 * Creates an empty step-neighbour accumulator for one touchpoint — the `create` step of the
 * accumulator pattern ({@link addJourneysToStepNeighbours}, {@link mergeStepNeighboursAccumulators},
 * {@link stepNeighboursFromAccumulator}) for computing `nextSteps` or `previousSteps` over
 * journeys held in shards or workers. It keeps the occurrences, the boundary count and every
 * neighbour's count (`k` only cuts the result): memory is one count per distinct neighbour.
 *
 * @param touchpoint - the touchpoint whose neighbours are counted
 * @param options - see {@link StepNeighboursAccumulatorOptions}
 * @returns an empty accumulator (plain JSON)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an empty touchpoint (path `['touchpoint']`)
 *   or a bad direction (path `['options', 'direction']`)
 *
 * @example
 * ```ts
 * import { createStepNeighboursAccumulator } from 'omnicx/journey';
 * const acc = createStepNeighboursAccumulator('checkout', { direction: 'previous' });
 * console.log(acc.direction); // 'previous'
 * ```
 */
export function createStepNeighboursAccumulator(touchpoint: string, options?: StepNeighboursAccumulatorOptions): StepNeighboursAccumulator {
  if (typeof touchpoint !== 'string' || touchpoint === '') throw invalid(`touchpoint must be a non-empty string, got ${describe(touchpoint)}`, ['touchpoint']);
  const direction = enumOption(readOptions(options, OPTION_KEYS), 'direction', ['next', 'previous'] as const, 'next');
  return { kind: 'journeyStepNeighbours', version: 1, touchpoint, direction, occurrences: 0, boundary: 0, neighbours: [] };
}
