import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { businessTimeMeasure, calendarTimeMeasure, evaluateTicket } from './internal/calendarSla.js';
import {
  serviceTicketSchema,
  slaPolicySchema,
  slaStatusOptionsSchema,
  type ServiceTicketInput,
  type SlaPolicy,
  type SlaStatusOptions,
  type SlaStatusResult,
} from './schemas.js';

/**
 * The SLA clocks of a ticket at an instant: for the first-response and resolution targets of
 * its priority, when each is due, how much time has been counted, how much remains, and whether
 * it was met or breached.
 *
 * A clock runs from `openedAt` until its event (`firstResponseAt`, `resolvedAt`), counting
 * business time of `options.calendar` when `policy.businessHours` is true (elapsed time
 * otherwise), and stops during the ticket's `pauses` (waiting on the customer; both clocks).
 * Everything is read as known at `options.now`: events and pauses after it have not happened,
 * a pause still running at `now` is open. `dueAt` is the earliest instant the counted time
 * reaches the target (`null` while an open pause stops the clock before it); the clock is
 * `breached` when its event — or `now`, while the event has not happened — comes after `dueAt`
 * (an answer exactly at `dueAt` meets it), with `breachedAt = dueAt`; `met` when the event
 * happened by `dueAt`.
 *
 * @param ticket - see {@link serviceTicketSchema} (never mutated)
 * @param policy - see {@link slaPolicySchema}
 * @param options - `now` (required) and `calendar` (required when `policy.businessHours`)
 * @returns a new {@link SlaStatusResult}; a clock is `null` when its target is not set
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with the path of the bad field (`['ticket', …]`,
 *   `['policy', …]`, `['options', …]`); `['ticket', 'priority']` when the policy has no target
 *   for the priority, `['options', 'calendar']` when business hours need a calendar that is
 *   missing, `['options', 'now']` when `now` is before `openedAt`
 *
 * @example
 * ```ts
 * import { defineBusinessCalendar, slaStatus } from 'omnicx/satisfaction';
 * const day = [['09:00', '17:00']] as const;
 * const calendar = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: day, tue: day, wed: day, thu: day, fri: day } });
 * const hour = 3_600_000;
 * const policy = { targets: { P2: { firstResponseMs: 4 * hour, resolutionMs: 16 * hour } }, businessHours: true };
 * const ticket = {
 *   openedAt: '2026-03-02T15:00:00+01:00', // Monday 15:00
 *   priority: 'P2',
 *   firstResponseAt: '2026-03-03T10:30:00+01:00', // 2 h Monday + 1.5 h Tuesday = 3.5 h
 *   pauses: [{ from: '2026-03-03T11:00:00+01:00', to: '2026-03-04T11:00:00+01:00' }], // waiting on the customer 8 h
 * };
 * const status = slaStatus(ticket, policy, { now: '2026-03-04T12:00:00+01:00', calendar });
 * const { firstResponse, resolution } = status;
 * console.log([firstResponse?.met, (firstResponse?.elapsedBusinessMs ?? 0) / hour]); // [true, 3.5]
 * // resolution: 2 h Mon + 2 h Tue (09–11) + 1 h Wed (11–12) = 5 h counted, 11 h to go
 * console.log([(resolution?.elapsedBusinessMs ?? 0) / hour, (resolution?.remainingBusinessMs ?? 0) / hour]); // [5, 11]
 * // due: Mon 2 h + Tue 2 h + Wed 11–17 6 h + Thu 09–15 6 h = 16 h → Thursday 15:00 +01:00
 * console.log(new Date(resolution?.dueAt ?? 0).toISOString()); // '2026-03-05T14:00:00.000Z'
 * ```
 */
export function slaStatus(ticket: ServiceTicketInput, policy: SlaPolicy, options: SlaStatusOptions): SlaStatusResult {
  const parsedTicket = parseWith(serviceTicketSchema, ticket, ['ticket']);
  const parsedPolicy = parseWith(slaPolicySchema, policy, ['policy']);
  const { now, calendar } = parseWith(slaStatusOptionsSchema, options, ['options']);
  if (parsedPolicy.businessHours && calendar === undefined) {
    throw invalid('options.calendar is required when policy.businessHours is true', ['options', 'calendar']);
  }
  if (!Object.hasOwn(parsedPolicy.targets, parsedTicket.priority)) {
    throw invalid(`policy.targets has no target for priority ${JSON.stringify(parsedTicket.priority)}`, ['ticket', 'priority']);
  }
  if (now < parsedTicket.openedAt) {
    throw invalid('options.now must not precede ticket.openedAt', ['options', 'now']);
  }
  const measure =
    parsedPolicy.businessHours && calendar !== undefined
      ? businessTimeMeasure(calendar, ['options', 'calendar'])
      : calendarTimeMeasure;
  const targets = parsedPolicy.targets[parsedTicket.priority] ?? {};
  return {
    priority: parsedTicket.priority,
    businessHours: parsedPolicy.businessHours,
    ...evaluateTicket(measure, parsedTicket, targets, now),
  };
}
