import { invalid } from '../core/internal/assert.js';
import { compileProgram } from './internal/compile.js';
import { addStates, emptySums, liabilityFrom } from './internal/liability.js';
import { parseProgramOptions, trustingOptionsSchema } from './internal/programArgument.js';
import { liabilityOptionsSchema, type Liability, type LiabilityOptions, type MemberState } from './schemas.js';

/**
 * The programme's outstanding points as of an instant and what they are worth: the liability a
 * finance team books. Each state is advanced to `asOf` (on a copy) first, so points that have
 * expired by then are not counted.
 *
 * Breakage (the share of outstanding points expected never to be redeemed) is
 * `options.breakageRate` when given; otherwise it is estimated from the members' history as
 * expired ÷ (expired + redeemed) points (`breakageSource: 'history'`), or 0 when nothing has
 * left a balance yet (`'none'`). This is the ratio method of IFRS 15 B46 / ASC 606 for customer
 * options; supply your own rate when you have a better model.
 *
 * @param states - member states of one programme (never mutated)
 * @param options - `program`, `asOf` (instant), optional `breakageRate` in [0, 1)
 * @returns a {@link Liability}; money in the programme's currency, minor units, half-even
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['states', i, …]` for a malformed state,
 *   a state of another programme or a state later than `asOf` (it cannot be taken back in time:
 *   replay the member's events up to `asOf`), `['options', …]` for bad options
 *
 * @example
 * ```ts
 * import { defineProgram, programLiability, replay } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 *   expiry: { type: 'rolling', months: 12 },
 *   redemption: { pointValueMinor: '0.5' },
 * });
 * const { members } = replay(program, [
 *   { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
 *   { type: 'purchase', id: 'p', at: '2026-01-15T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'A', category: 'toys', quantity: 1, amountMinor: 100_000 }] },
 * ]);
 * const liability = programLiability(members, { program, asOf: '2026-06-01T00:00:00Z', breakageRate: 0.2 });
 * console.log(liability.outstandingPoints, liability.expectedBreakagePoints); // 1000 200
 * console.log(liability.liability); // { amountMinor: 400, currency: 'USD' }
 * console.log(liability.expiringByMonth); // [{ month: '2027-01', points: 1000 }]
 * ```
 */
export function programLiability(states: readonly MemberState[], options: LiabilityOptions): Liability {
  const { opts, table } = parseProgramOptions(liabilityOptionsSchema, trustingOptionsSchema, options, 'program', ['options']);
  if (!Array.isArray(states)) throw invalid('states must be an array', ['states']);
  const cp = compileProgram(opts.program, ['options', 'program'], table);
  const sums = emptySums();
  addStates(cp, opts.asOf, states, ['states'], sums);
  return liabilityFrom(opts.program, opts.asOf, opts.breakageRate, sums, ['states']);
}
