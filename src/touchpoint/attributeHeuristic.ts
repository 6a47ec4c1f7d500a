import { parseWith } from '../core/index.js';
import { heuristicCredits } from './internal/heuristic.js';
import { readAges, readInput } from './internal/input.js';
import { creditsOf } from './internal/result.js';
import { heuristicModelSchema, heuristicOptionsSchema, type HeuristicModel, type HeuristicOptions } from './schemas.js';
import type { AttributionInput, AttributionResult } from './types.js';

/**
 * Rule-based ("heuristic") attribution: each converting path hands its conversions and its value
 * to its touches by a fixed rule. Only paths with conversions give credit; a channel repeated in a
 * path is credited once per touch. Shares of a path with L touches, in path order:
 *
 * | model | 1 touch | 2 touches | L ≥ 3 touches |
 * |---|---|---|---|
 * | `'firstTouch'` | 1 | 1, 0 | first 1 |
 * | `'lastTouch'` | 1 | 0, 1 | last 1 |
 * | `'lastNonDirect'` | 1 | the last touch not in `direct` gets 1 (the last touch if all are direct) | same |
 * | `'linear'` | 1 | ½, ½ | 1/L each |
 * | `'positionBased'` (U) | 1 | ½, ½ | 40 % first, 40 % last, 20 %/(L − 2) each middle |
 * | `'jShaped'` | 1 | 25 %, 75 % | 20 % first, 60 % last, 20 %/(L − 2) each middle |
 * | `'inverseJ'` | 1 | 75 %, 25 % | 60 % first, 20 % last, 20 %/(L − 2) each middle |
 * | `'timeDecay'` | 1 | ∝ 2^(−Δt/h) | touch j gets wⱼ/Σw, wⱼ = 2^(−(convertedAt − touchedAtⱼ)/h) |
 *
 * These are the definitions of Adobe Analytics' attribution models (Adobe Experience League,
 * "Attribution models and lookback windows"): positionBased with `positionWeights` other than
 * 40/40 splits a two-touch path first/(first + last) to last/(first + last). Time decay uses
 * half-life h = `halfLifeDays` (default 7 days); it needs `touchedAt` on every converting record
 * (and `convertedAt`, default the last touch), so it cannot run on encoded columns.
 *
 * @param paths - path records (see {@link AttributionPath}) or the columns of `encodePaths`
 * @param model - one of {@link HeuristicModel}
 * @param options - see {@link heuristicOptionsSchema}: `direct` (default `['direct']`),
 *   `halfLifeDays` (default 7), `positionWeights` (default `{ first: 0.4, last: 0.4 }`)
 * @returns per channel, conversions and value credited; they sum to the input totals
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad record (see `encodePaths`: negative or
 *   non-finite counts, an empty path with conversions, … with path `[i, field]`), `touchedAt` of
 *   the wrong length (path `[i, 'touchedAt']`), a touch after the conversion (path
 *   `[i, 'touchedAt', j]`), time decay without times (path `[i, 'touchedAt']`, or `[]` for
 *   encoded columns), an unknown model (path `['model']`) or bad options (path `['options', …]`);
 *   `INVALID_DATE` for an unreadable instant
 *
 * @example
 * ```ts
 * import { attributeHeuristic } from 'omnicx/touchpoint';
 * const day = 86_400_000;
 * // Conversion worth 50 on day 9: paid search on day 0, social on day 3, then email and display on day 9.
 * const journey = {
 *   path: 'paid search > social > email > display',
 *   conversions: 1,
 *   value: 50,
 *   touchedAt: [0, 3 * day, 9 * day, 9 * day],
 *   convertedAt: 9 * day,
 * };
 * const decay = attributeHeuristic([journey], 'timeDecay');
 * console.log(decay.credits['display']?.value); // 16.88
 * console.log(decay.credits['social']?.value); // 9.32
 * console.log(decay.credits['paid search']?.value); // 6.92
 * const j = attributeHeuristic([journey], 'jShaped');
 * console.log(j.credits['display']); // { conversions: 0.6, value: 30 }
 * console.log(j.credits['email']?.value); // 5
 * ```
 */
export function attributeHeuristic(
  paths: AttributionInput,
  model: HeuristicModel,
  options?: HeuristicOptions,
): AttributionResult {
  const name = parseWith(heuristicModelSchema, model, ['model']);
  const parsed = parseWith(heuristicOptionsSchema, options ?? {}, ['options']);
  const input = readInput(paths);
  const ages = readAges(input.records, input.encoded, name === 'timeDecay');
  const totals = heuristicCredits(input.encoded, name, parsed, ages);
  return {
    model: name,
    totalConversions: input.totalConversions,
    totalValue: input.totalValue,
    credits: creditsOf(input.encoded.dictionary, totals.conversions, totals.values),
  };
}
