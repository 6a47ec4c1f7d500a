import { parseWith } from '../core/errors/parseWith.js';
import { assertWritable, describe, invalid } from '../core/internal/assert.js';
import { mergeTallies, settingsOf, tallyFields, tallyOf } from './internal/serviceKpisAccumulator.js';
import { newTally, tallyTickets } from './internal/serviceKpisCore.js';
import { serviceKpisAccumulatorSchema, serviceTicketSchema, type ServiceKpisAccumulator, type ServiceTicket, type ServiceTicketInput } from './schemas.js';

/**
 * Adds a batch of tickets to a service-KPI accumulator, counted as {@link serviceKpis} counts them
 * with the accumulator's options. **Updates `acc` in place** and returns it; use
 * {@link mergeServiceKpisAccumulators} for a pure combination. The accumulator is checked against
 * its schema and the whole batch is checked first: a bad ticket leaves `acc` as it was. Each call
 * re-writes the sorted duration arrays (O(tickets held + batch)): add in batches, not one ticket
 * at a time.
 *
 * @param acc - an accumulator from {@link createServiceKpisAccumulator} (or parsed from JSON)
 * @param tickets - an array of tickets (see {@link serviceTicketSchema}; never mutated)
 * @returns `acc`, updated
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a frozen or malformed accumulator (path
 *   `['acc', …]`), a non-array (path `['tickets']`) or a bad ticket (path `['tickets', i, …]`);
 *   `NOT_SAFE_INTEGER` when a count would pass 2^53 − 1 (path `['acc', …]`)
 *
 * @example
 * ```ts
 * import { addServiceTickets, createServiceKpisAccumulator } from 'omnicx/satisfaction';
 * const acc = createServiceKpisAccumulator({ asOf: '2026-03-03T12:00:00Z' });
 * addServiceTickets(acc, [
 *   { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', firstResponseAt: '2026-03-02T11:00:00Z' },
 *   { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', firstResponseAt: '2026-03-02T10:00:00Z' },
 * ]);
 * console.log([acc.n, acc.firstResponseTimes]); // [2, [3600000, 7200000]]
 * ```
 */
export function addServiceTickets(acc: ServiceKpisAccumulator, tickets: readonly ServiceTicketInput[]): ServiceKpisAccumulator {
  assertWritable(acc, ['acc']);
  const held = parseWith(serviceKpisAccumulatorSchema, acc, ['acc']);
  const heldTally = tallyOf(held, ['acc']);
  if (!Array.isArray(tickets)) throw invalid(`tickets must be an array, got ${describe(tickets)}`, ['tickets']);
  // Indexed loop, not map(): map() skips the holes of a sparse array.
  const parsed: ServiceTicket[] = [];
  const list: readonly unknown[] = tickets;
  for (let i = 0; i < list.length; i++) parsed.push(parseWith(serviceTicketSchema, list[i], ['tickets', i]));
  const batch = newTally();
  tallyTickets(parsed, settingsOf(held), batch, ['acc', 'calendar']);
  batch.firstResponseTimes.sort((a, b) => a - b);
  batch.resolutionTimes.sort((a, b) => a - b);
  Object.assign(acc, tallyFields(mergeTallies(heldTally, batch, ['acc'])));
  return acc;
}
