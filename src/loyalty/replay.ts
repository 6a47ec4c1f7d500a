import { parseWith } from '../core/errors/parseWith.js';
import { compileProgram } from './internal/compile.js';
import { parseEvents, replayCompiled } from './internal/fold.js';
import { ObjectSink } from './internal/sink.js';
import { replayOptionsSchema, type ProgramArgument, type ReplayOptions, type ReplayResult } from './schemas.js';
import { readProgram } from './internal/programArgument.js';

/**
 * Replays a programme over an event log: the members' states and the ledger as a pure fold.
 *
 * - Events are applied per member in the order of their instant `at`, then `id`, whatever their
 *   order in `events`, so the same events always give the same result.
 * - An event whose `id` was already applied is ignored and listed in `duplicates` (among copies
 *   of an id, the earliest is kept; among copies at the same instant, the one whose parsed event
 *   serialises smallest, so that the choice never depends on the input's order).
 * - Before each event, and finally as of `options.asOf`, the time-driven effects due by then are
 *   applied in time order: pending lots mature, lots expire, tier windows close (downgrades,
 *   grace periods).
 * - Refused redemptions are recorded as `redeemRefused` ledger entries, never thrown.
 * - For a large ledger, or one to bulk-insert, {@link replayColumns} gives the same ledger as
 *   typed-array columns.
 *
 * Nothing is mutated; the result shares no object with the input. Parts of the result that never
 * change (a purchase's refunds before any return and its line eligibility, rule parts and empty
 * lists in ledger explanations) are frozen and shared within the result: copy one before changing it.
 *
 * @param program - a programme (as from {@link defineProgram}, or its input form)
 * @param events - the event log ({@link loyaltyEventSchema}); instants as ISO strings, epoch ms or Dates
 * @param options - `asOf` (default: the latest event's instant), `ledger` (default `true`)
 * @returns a {@link ReplayResult}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['program', …]` for a malformed
 *   programme; with path `['events', i, …]` for a malformed or unknown event type, a negative
 *   amount, a return of an unknown purchase or of more than is left, an event before the member's
 *   enrolment (or without one), a second enrolment, an event after `asOf`;
 *   `CURRENCY_MISMATCH` (path `['events', i, 'currency']`) for a purchase in another currency
 *
 * @example
 * ```ts
 * import { defineProgram, replay } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 * });
 * const buy = { type: 'purchase', id: 'p1', at: '2026-02-01T10:00:00Z', memberId: 'ann', currency: 'USD', channel: 'web',
 *   lines: [{ sku: 'A', category: 'shoes', quantity: 1, amountMinor: 12_345 }] } as const;
 * const result = replay(program, [
 *   buy,
 *   { type: 'enrol', id: 'e1', at: '2026-01-01T00:00:00Z', memberId: 'ann' },
 *   buy, // a retried request
 * ]);
 * console.log(result.members[0]?.availablePoints); // 123
 * console.log(result.duplicates.length); // 1
 * ```
 */
export function replay(program: ProgramArgument, events: readonly unknown[], options: ReplayOptions = {}): ReplayResult {
  const { program: parsed, table } = readProgram(program, ['program']);
  const opts = parseWith(replayOptionsSchema, options, ['options']);
  const cp = compileProgram(parsed, ['program'], table);
  const sink = opts.ledger ? new ObjectSink(cp) : null;
  const { asOf, members, duplicates } = replayCompiled(cp, parseEvents(events, parsed.currency), opts.asOf, sink);
  return { asOf, members, ledger: sink === null ? [] : sink.entries, duplicates };
}
