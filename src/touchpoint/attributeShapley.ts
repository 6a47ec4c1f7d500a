import { parseWith } from '../core/index.js';
import { readInput } from './internal/input.js';
import { byChannel, creditsOf } from './internal/result.js';
import { shapleyCredits } from './internal/shapleyCredits.js';
import { shapleyOptionsSchema, type ShapleyOptions } from './schemas.js';
import type { AttributionInput, AttributionResult } from './types.js';

/** The result of {@link attributeShapley}. */
export interface ShapleyAttributionResult extends AttributionResult {
  readonly model: 'shapley';
  /** The characteristic function used. */
  readonly value: 'conversions' | 'conversionRate';
  /** Whether the Shapley values are exact (always for `'conversions'`; up to 20 channels for `'conversionRate'`). */
  readonly exact: boolean;
  /** Random permutations drawn; 0 when exact. */
  readonly samples: number;
  /**
   * φ per channel in the unit of the characteristic function: conversions, or a conversion rate
   * (then Σ φ is the overall conversion rate and a channel may have φ < 0).
   */
  readonly shapleyValues: Readonly<Record<string, number>>;
}

/**
 * Attribution by the Shapley value (Shapley 1953, "A value for n-person games") of a cooperative
 * game whose players are the distinct channels: each channel gets its marginal contribution
 * v(S ∪ {c}) − v(S) averaged over all orders in which the coalition can form,
 *   φ(c) = Σ_{S ∌ c} |S|!(n − |S| − 1)!/n! · (v(S ∪ {c}) − v(S)).
 * Only the set of channels of a path matters, not their order or repetitions.
 *
 * - `value: 'conversions'` (default): v(S) = conversions of the journeys whose channels all lie
 *   in S. Its Shapley value has a closed form, the simplified Shapley value of Zhao, Mahboobi &
 *   Bagheri (2018, "Shapley value methods for attribution modeling in online advertising",
 *   arXiv:1804.05327): each path's conversions (and value) are shared equally by its distinct
 *   channels. Exact for any number of channels.
 * - `value: 'conversionRate'`: v(S) = conversions / journeys (conversions + nulls) over the
 *   journeys whose channel set is within S (0 when there are none), so non-converting journeys
 *   count. Σ φ = the overall conversion rate, and credits are φ(c)/Σφ × the totals; a channel
 *   whose journeys convert worse than the rest gets φ < 0, hence negative credit. Exact over all
 *   2ⁿ coalitions for n ≤ 20 channels (a zeta transform, O(n·2ⁿ)); above 20 channels the mean
 *   marginal contribution over `samples` random orders (Castro, Gómez & Tejada 2009, Computers &
 *   Operations Research 36(5)), seeded with `seed` so results are reproducible, with a standard
 *   error of order 1/√samples.
 *
 * Journeys are grouped by channel set with exact sums and the game is built in a canonical order
 * (players by channel name, sets by their players), so the result is the same bit for bit in any
 * order of the rows, and {@link shapleyAttributionFromAccumulator} reproduces it from accumulators
 * of any split.
 *
 * @param paths - path records (see {@link AttributionPath}) or the columns of `encodePaths`
 * @param options - see {@link shapleyOptionsSchema}: `value` (default `'conversions'`),
 *   `samples` (default 10 000), `seed` (default 1)
 * @returns the Shapley values and the credits per channel; credits sum to the input totals
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad record or column (see `encodePaths`) or
 *   bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { attributeShapley } from 'omnicx/touchpoint';
 * const paths = [
 *   { path: 'search > email', conversions: 2, value: 100 },
 *   { path: 'search', conversions: 1, nulls: 1, value: 40 },
 * ];
 * const shared = attributeShapley(paths);
 * console.log(shared.credits['search']); // { conversions: 2, value: 90 }
 * const rate = attributeShapley(paths, { value: 'conversionRate' });
 * // v({search}) = 1/2, v({email}) = 0, v(both) = 3/4: φ(search) = (1/2 + 3/4)/2, φ(email) = (1/4 + 0)/2
 * console.log(rate.shapleyValues); // { email: 0.125, search: 0.625 }
 * console.log(rate.credits['email']?.conversions); // 0.5
 * ```
 */
export function attributeShapley(paths: AttributionInput, options?: ShapleyOptions): ShapleyAttributionResult {
  const parsed = parseWith(shapleyOptionsSchema, options ?? {}, ['options']);
  const input = readInput(paths);
  const { dictionary } = input.encoded;
  const totals = shapleyCredits(input.encoded, parsed, input.totalConversions, input.totalValue);
  return {
    model: 'shapley',
    value: parsed.value,
    exact: totals.exact,
    samples: totals.exact ? 0 : parsed.samples,
    totalConversions: input.totalConversions,
    totalValue: input.totalValue,
    shapleyValues: byChannel(dictionary, (c) => totals.phi[c] as number),
    credits: creditsOf(dictionary, totals.conversions, totals.values),
  };
}

