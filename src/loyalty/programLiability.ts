import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { D } from '../core/internal/decimal.js';
import { civilFromDays } from '../core/time/internal/civil.js';
import { compileProgram } from './internal/compile.js';
import { advance, fromState } from './internal/engine.js';
import { liabilityOptionsSchema, memberStateSchema, type Liability, type LiabilityOptions, type MemberState } from './schemas.js';

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
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['states', i, …]` for a malformed state
 *   or a state of another programme, `['options', …]` for bad options
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
  const opts = parseWith(liabilityOptionsSchema, options, ['options']);
  if (!Array.isArray(states)) throw invalid('states must be an array', ['states']);
  const cp = compileProgram(opts.program, ['options', 'program']);
  let available = 0;
  let pending = 0;
  let owed = 0;
  let expired = 0;
  let redeemed = 0;
  let never = 0;
  const byMonth = new Map<string, number>();
  states.forEach((raw, i) => {
    const state = parseWith(memberStateSchema, raw, ['states', i]);
    if (state.programId !== opts.program.id) throw invalid(`State of programme ${JSON.stringify(state.programId)}`, ['states', i, 'programId']);
    const w = fromState(cp, state);
    advance(cp, w, opts.asOf, null);
    available += Math.max(0, w.matured - (opts.program.returns.negativeBalance === 'allow' ? w.owed : 0));
    pending += w.pending;
    owed += w.owed;
    expired += w.totals.expired;
    redeemed += w.totals.redeemed;
    for (const lot of w.lots) {
      if (lot.remaining === 0) continue;
      if (lot.expiresAt === null) {
        never += lot.remaining;
        continue;
      }
      const { year, month } = civilFromDays(cp.clock.day(lot.expiresAt));
      const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
      byMonth.set(key, (byMonth.get(key) ?? 0) + lot.remaining);
    }
  });
  const outstanding = available + pending;
  const source = opts.breakageRate !== undefined ? 'given' : expired + redeemed > 0 ? 'history' : 'none';
  const rate = opts.breakageRate !== undefined ? new D(String(opts.breakageRate)) : expired + redeemed > 0 ? new D(expired).div(expired + redeemed) : new D(0);
  const breakage = new D(outstanding).times(rate).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber();
  const value = new D(opts.program.redemption.pointValueMinor);
  const money = (points: number): { amountMinor: number; currency: string } => ({
    amountMinor: new D(points).times(value).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber(),
    currency: opts.program.currency,
  });
  return {
    asOf: opts.asOf,
    members: states.length,
    availablePoints: available,
    pendingPoints: pending,
    outstandingPoints: outstanding,
    owedPoints: owed,
    breakageRate: rate.toNumber(),
    breakageSource: source,
    expectedBreakagePoints: breakage,
    expectedRedemptionPoints: outstanding - breakage,
    grossValue: money(outstanding),
    liability: money(outstanding - breakage),
    expiringByMonth: [...byMonth].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, points]) => ({ month, points })),
    neverExpiringPoints: never,
  };
}
