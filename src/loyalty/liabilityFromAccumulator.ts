import { parseWith } from '../core/errors/parseWith.js';
import { liabilityFrom, sumsOf } from './internal/liability.js';
import { liabilityAccumulatorSchema, type Liability, type LiabilityAccumulator } from './schemas.js';

/**
 * The liability of the states added to an accumulator — the `result` step: the same
 * {@link Liability} as {@link programLiability} over all those states at once (breakage from the
 * accumulator's rate, or estimated from the summed history: expired ÷ (expired + redeemed)).
 *
 * @param acc - a liability accumulator (validated: it may come from JSON; never mutated)
 * @returns a {@link Liability}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`);
 *   `NOT_SAFE_INTEGER` when a sum of its points passes 2^53 − 1
 *
 * @example
 * ```ts
 * import { createLiabilityAccumulator, liabilityFromAccumulator } from 'omnicx/loyalty';
 * const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } }, redemption: { pointValueMinor: '0.5' } };
 * const acc = { ...createLiabilityAccumulator({ program, asOf: '2026-06-01T00:00:00Z' }), members: 4, availablePoints: 900, pendingPoints: 100, expiredPoints: 300, redeemedPoints: 700 };
 * const liability = liabilityFromAccumulator(acc);
 * console.log(liability.breakageSource, liability.breakageRate, liability.expectedBreakagePoints); // 'history' 0.3 300
 * console.log(liability.liability); // { amountMinor: 350, currency: 'USD' }
 * ```
 */
export function liabilityFromAccumulator(acc: LiabilityAccumulator): Liability {
  const x = parseWith(liabilityAccumulatorSchema, acc, ['acc']);
  return liabilityFrom(x.program, x.asOf, x.breakageRate ?? undefined, sumsOf(x), ['acc']);
}
