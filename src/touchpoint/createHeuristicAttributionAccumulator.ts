import { parseWith } from '../core/index.js';
import { canonicalDirect } from './internal/heuristicAccumulator.js';
import {
  heuristicModelSchema,
  heuristicOptionsSchema,
  type HeuristicAttributionAccumulator,
  type HeuristicModel,
  type HeuristicOptions,
} from './schemas.js';

/**
 * Creates an empty rule-based attribution accumulator — the `create` step of the accumulator
 * pattern ({@link addHeuristicAttributionPaths}, {@link mergeHeuristicAttributionAccumulators},
 * {@link heuristicAttributionFromAccumulator}): accumulate the paths of each shard, day or worker,
 * merge the accumulators in any order, and read the same credits as {@link attributeHeuristic} over
 * all the paths, bit for bit. Every credit and total is kept as exact partial sums (see
 * {@link exactPartialsSchema}), so the merge is exact; memory is O(channels).
 *
 * @param model - one of {@link HeuristicModel}
 * @param options - as for {@link attributeHeuristic} (`direct`, `halfLifeDays`, `positionWeights`);
 *   accumulators merge only with accumulators of the same model and options
 * @returns a new accumulator without channels
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an unknown model (path `['model']`) or bad
 *   options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createHeuristicAttributionAccumulator } from 'omnicx/touchpoint';
 * const acc = createHeuristicAttributionAccumulator('lastNonDirect', { direct: ['direct', 'brand search'] });
 * console.log(acc.options.direct); // ['brand search', 'direct']
 * console.log(acc.channels); // []
 * ```
 */
export function createHeuristicAttributionAccumulator(model: HeuristicModel, options?: HeuristicOptions): HeuristicAttributionAccumulator {
  const name = parseWith(heuristicModelSchema, model, ['model']);
  const parsed = parseWith(heuristicOptionsSchema, options ?? {}, ['options']);
  return {
    kind: 'heuristicAttribution',
    version: 1,
    model: name,
    options: {
      direct: canonicalDirect(parsed.direct),
      halfLifeDays: parsed.halfLifeDays,
      positionWeights: { first: parsed.positionWeights.first, last: parsed.positionWeights.last },
    },
    channels: [],
    conversions: [],
    values: [],
    totalConversions: [],
    totalValue: [],
  };
}
