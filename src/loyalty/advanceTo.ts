import type { InstantInput } from '../core/time/toInstant.js';
import { toInstant } from '../core/time/toInstant.js';
import { compileProgram } from './internal/compile.js';
import { advance, fromState, toState } from './internal/engine.js';
import { ObjectSink } from './internal/sink.js';
import { type LedgerEntry, type MemberState, type ProgramArgument } from './schemas.js';
import { readMemberState } from './internal/readState.js';
import { readProgram } from './internal/programArgument.js';

/**
 * Applies the time-driven effects due up to `asOf` to a member's state: pending lots that
 * mature, lots that expire (only what is left of each), tier windows that close (downgrade at
 * period end, soft landing, grace days) and rolling-window contributions that drop out. Use it
 * before answering a balance query, or in a nightly job.
 *
 * @param program - the programme
 * @param state - the member's state (never mutated)
 * @param asOf - the instant to advance to (ISO 8601 with offset, epoch ms or Date); an instant
 *   at or before `state.asOf` returns an equal state and no entries
 * @returns the new state and the ledger entries of the effects
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['program', …]` or `['state', …]` for
 *   malformed input, `['asOf']` for a bad instant (`INVALID_DATE`)
 *
 * @example
 * ```ts
 * import { advanceTo, applyEvent, defineProgram } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 } }, pending: { days: 30 },
 * });
 * let state = applyEvent(program, null, { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' }).state;
 * state = applyEvent(program, state, { type: 'purchase', id: 'p', at: '2026-01-10T00:00:00Z', memberId: 'm', currency: 'USD',
 *   channel: 'web', lines: [{ sku: 'A', category: 'toys', quantity: 1, amountMinor: 5_000 }] }).state;
 * console.log(state.pendingPoints, state.availablePoints); // 50 0
 * const later = advanceTo(program, state, '2026-02-09T00:00:00Z');
 * console.log(later.state.pendingPoints, later.state.availablePoints); // 0 50
 * ```
 */
export function advanceTo(program: ProgramArgument, state: MemberState, asOf: InstantInput): { state: MemberState; entries: LedgerEntry[] } {
  const { program: parsed, table } = readProgram(program, ['program']);
  const current = readMemberState(state, ['state'], parsed.id);
  const t = toInstant(asOf, ['asOf']);
  const cp = compileProgram(parsed, ['program'], table);
  const w = fromState(cp, current);
  const sink = new ObjectSink(cp);
  advance(cp, w, t, sink);
  return { state: toState(cp, w), entries: sink.entries };
}
