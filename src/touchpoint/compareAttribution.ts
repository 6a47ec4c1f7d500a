import { readInput } from './internal/input.js';
import { resolveModels } from './internal/models.js';
import { sortedChannels } from './internal/result.js';
import type { AttributionModel } from './schemas.js';
import type { AttributionInput } from './types.js';

/** One channel's row of an {@link AttributionComparison}. */
export interface AttributionComparisonRow {
  readonly channel: string;
  /** Conversions credited to the channel, per model name. */
  readonly conversions: Readonly<Record<string, number>>;
  /** Value credited to the channel, per model name. */
  readonly value: Readonly<Record<string, number>>;
}

/** The result of {@link compareAttribution}: a channel × model table. */
export interface AttributionComparison {
  /** The model names, in the order given: the columns. */
  readonly models: readonly string[];
  readonly totalConversions: number;
  readonly totalValue: number;
  /** One row per channel, in name order. */
  readonly rows: readonly AttributionComparisonRow[];
}

/**
 * Runs several attribution models on the same paths and lays their credits out as one table,
 * channel × model, for reports: how much each model gives each channel, side by side. Every
 * column sums to the input totals.
 *
 * A model is a heuristic name (see {@link attributeHeuristic}), `'markov'`, `'shapley'`, or
 * `{ model, options?, name? }` (see {@link attributionModelSchema}); columns are named by
 * `name`, else by the model (`'markov(order 2)'` for a Markov model of order 2,
 * `'shapley(conversionRate)'` for the conversion-rate game). Names must be distinct.
 *
 * @param paths - path records (see {@link AttributionPath}) or the columns of `encodePaths`
 * @param models - a non-empty array of models
 * @returns the table
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad paths (as the models do), an empty or
 *   non-array `models` (path `['models']`), an unknown model or bad options (path
 *   `['models', i, …]`), or two models with the same name (path `['models', i]`)
 *
 * @example
 * ```ts
 * import { compareAttribution } from 'omnicx/touchpoint';
 * const table = compareAttribution(
 *   [
 *     { path: 'search > email', conversions: 3, value: 120 },
 *     { path: 'email', conversions: 1, nulls: 4, value: 40 },
 *     { path: 'search', conversions: 0, nulls: 2 },
 *   ],
 *   ['firstTouch', 'lastTouch', 'linear', 'markov'],
 * );
 * console.log(table.models); // ['firstTouch', 'lastTouch', 'linear', 'markov']
 * console.log(table.rows[0]?.channel); // 'email'
 * console.log(table.rows[0]?.conversions); // { firstTouch: 1, lastTouch: 4, linear: 2.5, markov: 2.909090909090909 }
 * console.log(table.rows[1]?.value['firstTouch']); // 120
 * ```
 */
export function compareAttribution(paths: AttributionInput, models: readonly AttributionModel[]): AttributionComparison {
  const input = readInput(paths);
  const resolved = resolveModels(models, input);
  const { dictionary } = input.encoded;
  const results = resolved.map((model) => model.run(input.encoded, input.totalConversions, input.totalValue));
  const column = (pick: (k: number) => number): Record<string, number> =>
    Object.fromEntries(resolved.map((model, k) => [model.name, pick(k)]));
  return {
    models: resolved.map((model) => model.name),
    totalConversions: input.totalConversions,
    totalValue: input.totalValue,
    rows: sortedChannels(dictionary).map((c) => ({
      channel: dictionary[c] as string,
      conversions: column((k) => (results[k] as { conversions: Float64Array }).conversions[c] as number),
      value: column((k) => (results[k] as { values: Float64Array }).values[c] as number),
    })),
  };
}
