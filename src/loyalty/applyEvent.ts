import { invalid } from '../core/internal/assert.js';
import { compileProgram } from './internal/compile.js';
import { applyToWork, enrol, fromState, toState } from './internal/engine.js';
import { parseEvent } from './internal/parseEvent.js';
import { ObjectSink } from './internal/sink.js';
import { type ApplyEventResult, type MemberState, type ProgramArgument } from './schemas.js';
import { readMemberState } from './internal/readState.js';
import { readProgram } from './internal/programArgument.js';

/**
 * Applies one event to a member's stored state, for incremental use in a backend: folding
 * `applyEvent` over a member's events in order of `at`, then `id` (and finishing with
 * {@link advanceTo}) gives exactly the state {@link replay} gives.
 *
 * Time-driven effects due by the event's instant (maturation, expiry, tier windows) are applied
 * first. An event whose id the state has already seen is ignored (`duplicate: true`, state
 * returned as given, `outcome` that of the first application: a retried refused redemption is
 * still refused). A refused redemption returns `outcome: { ok: false, reason }` and is
 * recorded in the state's totals and the entries.
 *
 * @param program - the programme
 * @param state - the member's state, or `null` for an `enrol` event (never mutated)
 * @param event - the event ({@link loyaltyEventSchema})
 * @returns an {@link ApplyEventResult}: new state, new ledger entries, duplicate flag, outcome
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['program', …]`, `['state', …]` or
 *   `['event', …]`: malformed input, a state of another programme, an event for another member, an event earlier than
 *   `state.asOf` (replay the member's log instead), a non-enrol event without state, a second
 *   enrolment, a return of an unknown purchase; `CURRENCY_MISMATCH` (path `['event', 'currency']`)
 *
 * @example
 * ```ts
 * import { applyEvent, defineProgram } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'EUR', timeZone: 'Europe/Berlin',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 *   redemption: { minPoints: 100, increment: 50 },
 * });
 * const joined = applyEvent(program, null, { type: 'enrol', id: 'e1', at: '2026-01-01T09:00:00+01:00', memberId: 'm1' });
 * const bought = applyEvent(program, joined.state, { type: 'purchase', id: 'p1', at: '2026-01-02T09:00:00+01:00', memberId: 'm1',
 *   currency: 'EUR', channel: 'store', lines: [{ sku: 'A', category: 'food', quantity: 2, amountMinor: 25_000 }] });
 * console.log(bought.state.availablePoints); // 250
 * const refused = applyEvent(program, bought.state, { type: 'redeem', id: 'r1', at: '2026-01-03T09:00:00+01:00', memberId: 'm1', points: 120 });
 * console.log(refused.outcome); // { ok: false, reason: 'offIncrement' }
 * console.log(refused.state.availablePoints); // 250
 * ```
 */
export function applyEvent(program: ProgramArgument, state: MemberState | null, event: unknown): ApplyEventResult {
  const { program: parsed, table } = readProgram(program, ['program']);
  const cp = compileProgram(parsed, ['program'], table);
  const e = parseEvent(event, -1, parsed.currency);
  const sink = new ObjectSink(cp);
  const entries = sink.entries;
  if (state === null) {
    if (e.type !== 'enrol') throw invalid(`Member ${JSON.stringify(e.memberId)} has no state: the first event must be enrol`, ['event', 'type']);
    const w = enrol(cp, e.memberId, e.at, e.id, e.timeZone, sink);
    return { state: toState(cp, w), entries, duplicate: false, outcome: { ok: true } };
  }
  const current = readMemberState(state, ['state'], parsed.id);
  if (e.memberId !== current.memberId) {
    throw invalid(`Event for member ${JSON.stringify(e.memberId)} applied to the state of ${JSON.stringify(current.memberId)}`, ['event', 'memberId']);
  }
  if (current.eventIds.includes(e.id)) {
    // A retried request gets the outcome of the first: a refused redemption stays refused.
    const refused = current.refusals?.find((r) => r.eventId === e.id);
    return { state, entries, duplicate: true, outcome: refused === undefined ? { ok: true } : { ok: false, reason: refused.reason } };
  }
  if (e.at < current.asOf) {
    throw invalid('The event is earlier than state.asOf: replay the member\'s events to insert it in order', ['event', 'at']);
  }
  const w = fromState(cp, current);
  const outcome = applyToWork(cp, w, e, -1, sink);
  return { state: toState(cp, w), entries, duplicate: false, outcome };
}
