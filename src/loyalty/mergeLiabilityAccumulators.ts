import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { addSums, fieldsOf, sumsOf } from './internal/liability.js';
import { liabilityAccumulatorSchema, type LiabilityAccumulator } from './schemas.js';

/**
 * Combines two liability accumulators into a new one holding the states of both — the `merge`
 * step. Pure, exact, associative and commutative. Both must be for the same programme (equal
 * definitions), the same `asOf` and the same breakage rate. The states of a member should be
 * added to one accumulator only: a member counted in both shards is counted twice.
 *
 * @param a - a liability accumulator
 * @param b - another, created with the same options
 * @returns a new accumulator
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['a', …]` or
 *   `['b', …]`), a different programme (path `['b', 'program']`), instant (`['b', 'asOf']`) or
 *   breakage rate (`['b', 'breakageRate']`); `NOT_SAFE_INTEGER` for sums past 2^53 − 1
 *
 * @example
 * ```ts
 * import { createLiabilityAccumulator, liabilityFromAccumulator, mergeLiabilityAccumulators } from 'omnicx/loyalty';
 * const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
 * const options = { program, asOf: '2026-06-01T00:00:00Z' };
 * const shard1 = { ...createLiabilityAccumulator(options), members: 2, availablePoints: 300, neverExpiringPoints: 300 };
 * const shard2 = { ...createLiabilityAccumulator(options), members: 1, availablePoints: 50, neverExpiringPoints: 50 };
 * const merged = mergeLiabilityAccumulators(shard1, shard2);
 * console.log(merged.members, liabilityFromAccumulator(merged).outstandingPoints); // 3 350
 * ```
 */
export function mergeLiabilityAccumulators(a: LiabilityAccumulator, b: LiabilityAccumulator): LiabilityAccumulator {
  const x = parseWith(liabilityAccumulatorSchema, a, ['a']);
  const y = parseWith(liabilityAccumulatorSchema, b, ['b']);
  if (JSON.stringify(x.program) !== JSON.stringify(y.program)) {
    throw invalid(`b.program (${JSON.stringify(y.program.id)} version ${JSON.stringify(y.program.version)}) differs from a.program (${JSON.stringify(x.program.id)} version ${JSON.stringify(x.program.version)})`, ['b', 'program']);
  }
  if (x.asOf !== y.asOf) throw invalid(`b.asOf ${String(y.asOf)} differs from a.asOf ${String(x.asOf)}`, ['b', 'asOf']);
  if (x.breakageRate !== y.breakageRate) throw invalid(`b.breakageRate ${String(y.breakageRate)} differs from a.breakageRate ${String(x.breakageRate)}`, ['b', 'breakageRate']);
  return {
    kind: 'loyaltyLiability',
    version: 1,
    program: x.program,
    asOf: x.asOf,
    breakageRate: x.breakageRate,
    ...fieldsOf(addSums(sumsOf(x), sumsOf(y), ['b'])),
  };
}
