import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, invalid } from '../core/internal/assert.js';
import { compileProgram } from './internal/compile.js';
import { addStates, fieldsOf, sumsOf } from './internal/liability.js';
import { liabilityAccumulatorSchema, type LiabilityAccumulator, type MemberState } from './schemas.js';

/**
 * Adds member states to a liability accumulator — the `add` step. Each state is advanced to the
 * accumulator's `asOf` on a copy (points expired by then are not counted) and its points are
 * added to the sums, exactly as {@link programLiability} counts them.
 *
 * **Updates `acc` in place** and returns it; a batch is added whole or not at all (a bad state
 * leaves `acc` as it was). Pass states in batches: the programme is compiled once per call. Use
 * {@link mergeLiabilityAccumulators} for a pure combination.
 *
 * @param acc - an accumulator from {@link createLiabilityAccumulator} (validated: it may come from JSON)
 * @param states - member states of the accumulator's programme (never mutated)
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed accumulator (path `['acc', …]`),
 *   a malformed state, a state of another programme or one later than `asOf` (path
 *   `['states', i, …]`); `NOT_SAFE_INTEGER` for sums past
 *   2^53 − 1
 *
 * @example
 * ```ts
 * import { addStatesToLiability, createLiabilityAccumulator, replay } from 'omnicx/loyalty';
 * const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
 * const { members } = replay(program, [
 *   { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
 *   { type: 'purchase', id: 'p', at: '2026-01-15T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'A', category: 'toys', quantity: 1, amountMinor: 12_000 }] },
 * ]);
 * const acc = addStatesToLiability(createLiabilityAccumulator({ program, asOf: '2026-06-01T00:00:00Z' }), members);
 * console.log(acc.members, acc.availablePoints, acc.neverExpiringPoints); // 1 120 120
 * ```
 */
export function addStatesToLiability(acc: LiabilityAccumulator, states: readonly MemberState[]): LiabilityAccumulator {
  assertWritable(acc, ['acc']);
  const parsed = parseWith(liabilityAccumulatorSchema, acc, ['acc']);
  if (!Array.isArray(states)) throw invalid('states must be an array', ['states']);
  const cp = compileProgram(parsed.program, ['acc', 'program']);
  const sums = sumsOf(parsed);
  addStates(cp, parsed.asOf, states, ['states'], sums);
  return Object.assign(acc, fieldsOf(sums));
}
