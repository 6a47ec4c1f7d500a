import { parseWith } from '../core/errors/parseWith.js';
import { ColumnSink, expectedRows } from './internal/columns.js';
import { compileProgram } from './internal/compile.js';
import { parseEvents, replayCompiled } from './internal/fold.js';
import { replayColumnsOptionsSchema, type ProgramArgument, type ReplayColumnsOptions, type ReplayColumnsResult } from './schemas.js';
import { readProgram } from './internal/programArgument.js';

/**
 * Replays a programme over an event log, as {@link replay} does, and returns the ledger as
 * columns: typed arrays of the same entries (a {@link LedgerColumns}, see
 * {@link ledgerColumnsSchema}), for backends that bulk-insert ledger rows and for large replays.
 * No entry object is built per row, nor an explanation or decimal text per purchase (a bonus
 * event's explanation is, and is taken apart), so a large replay spends far less time allocating
 * (and collecting) objects than `replay` with its ledger.
 *
 * The inputs, their validation, the errors, the order of events, the members and the duplicates
 * are exactly `replay`'s. The column ledger is lossless: {@link ledgerEntries} turns it (or any
 * range of its rows) into entries deep-equal to `replay(program, events, options).ledger`.
 *
 * @param program - a programme (as from {@link defineProgram}, or its input form)
 * @param events - the event log ({@link loyaltyEventSchema}); instants as ISO strings, epoch ms or Dates
 * @param options - `asOf` (default: the latest event's instant)
 * @returns a {@link ReplayColumnsResult}: `asOf`, `members`, `ledger` (columns) and `duplicates`
 * @throws {@link core!OmnicxError} as {@link replay}: `INVALID_INPUT` with path `['program', …]`,
 *   `['options', …]` (an unknown option, such as `ledger`) or `['events', i, …]`;
 *   `CURRENCY_MISMATCH` (path `['events', i, 'currency']`) for a purchase in another currency
 *
 * @example
 * ```ts
 * import { defineProgram, ledgerEntryTypes, ledgerEntries, replayColumns } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 }, rules: [{ id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } }] },
 * });
 * const { members, ledger } = replayColumns(program, [
 *   { type: 'enrol', id: 'e1', at: '2026-01-01T00:00:00Z', memberId: 'ann' },
 *   { type: 'purchase', id: 'p1', at: '2026-02-01T10:00:00Z', memberId: 'ann', currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'A', category: 'shoes', quantity: 1, amountMinor: 12_345 }] },
 * ]);
 * console.log(members[0]?.availablePoints); // 246
 * console.log(ledger.length); // 2
 * console.log(Array.from(ledger.type, (t) => ledgerEntryTypes[t])); // ['enrol', 'earn']
 * console.log(Array.from(ledger.points)); // [0, 246]
 * console.log(ledger.explanation[1]); // 0
 * console.log(ledger.explanations.basePoints[0]); // 123
 * console.log(ledger.ruleIds[ledger.ruleParts.rule[0] ?? -1]); // 'shoes'
 * console.log(ledgerEntries(ledger, { from: 1 })[0]?.explanation?.rounding.unroundedPoints); // '246.9'
 * ```
 */
export function replayColumns(program: ProgramArgument, events: readonly unknown[], options: ReplayColumnsOptions = {}): ReplayColumnsResult {
  const { program: parsed, table } = readProgram(program, ['program']);
  const opts = parseWith(replayColumnsOptionsSchema, options, ['options']);
  const cp = compileProgram(parsed, ['program'], table);
  const log = parseEvents(events, parsed.currency);
  const sink = new ColumnSink(cp, expectedRows(cp, log));
  const { asOf, members, duplicates } = replayCompiled(cp, log, opts.asOf, sink);
  return { asOf, members, ledger: sink.finish(), duplicates };
}
