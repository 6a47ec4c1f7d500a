import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { newTally, requireCalendar, serviceKpisResult, tallyTickets } from './internal/serviceKpisCore.js';
import {
  serviceKpisOptionsSchema,
  serviceTicketSchema,
  type ServiceKpisOptions,
  type ServiceKpisResult,
  type ServiceTicket,
  type ServiceTicketInput,
} from './schemas.js';

/**
 * Service KPIs of a set of tickets as of an instant: first response time and resolution time
 * (n, mean, median, 90th percentile, in calendar or business time), first-contact resolution
 * rate and reopen rate with Wilson intervals, the backlog, and SLA attainment overall, per
 * priority and per channel.
 *
 * Only tickets opened by `asOf` count, and events after `asOf` have not happened yet.
 * - **First response / resolution time**: from `openedAt` to `firstResponseAt` / `resolvedAt`
 *   for tickets where it happened by `asOf`; `timeBasis: 'business'` counts business time of
 *   `calendar`; `excludePauses: true` also leaves out the pauses (as the SLA clocks do).
 *   Percentiles are Hyndman–Fan type 7 ({@link core!quantile}). Uncertainty: `standardErrorMs` of the
 *   mean and its Student t `meanInterval` (n − 1 degrees of freedom, lower bound kept ≥ 0; `null`
 *   when n < 2), and a distribution-free `medianInterval` [x₍ⱼ₎, x₍ₙ₋ⱼ₊₁₎] between order statistics,
 *   with the largest j whose coverage 1 − 2·P(B ≤ j − 1), B ~ Binomial(n, ½), reaches `confidence`
 *   (Conover 1999, Practical Nonparametric Statistics, 3rd ed., §3.2); its exact `coverage` and
 *   ranks are reported. It is `null` when n is too small for any such interval: n ≤ 5 at 95 %
 *   (even [x₍₁₎, x₍ₙ₎] covers only 1 − 2^(1−n)), n ≤ 7 at 99 %.
 * - **First-contact resolution**: among tickets resolved by `asOf` whose `contacts` is known, the
 *   share with `contacts === 1`.
 * - **Reopen rate**: among tickets resolved at least once (resolved by `asOf`, or
 *   `reopenCount > 0`), the share with `reopenCount > 0` (reopen counts carry no time stamp, so
 *   they are taken as known at `asOf`).
 * - **Backlog**: tickets opened by `asOf` and not resolved by then.
 * - **SLA attainment** (with `policy`): per clock (see {@link slaStatus}, read at `asOf`) met or
 *   breached counts, the met rate and its Wilson interval; clocks still running within target,
 *   and tickets whose priority has no target, are left out. Tickets without `channel` count in
 *   the totals and by priority only.
 *
 * No ticket gives n = 0 and `null` statistics, never NaN. Groups are sorted by key.
 *
 * @param tickets - an array of tickets (see {@link serviceTicketSchema}; never mutated)
 * @param options - see {@link serviceKpisOptionsSchema}: `asOf` required; `timeBasis` default
 *   `'calendar'`, `excludePauses` default `false`, `confidence` (of every interval) default 0.95
 * @returns a new {@link ServiceKpisResult}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when `tickets` is not an array (path `['tickets']`),
 *   for a bad ticket (path `['tickets', i, …]`), bad options (path `['options', …]`), or a missing
 *   calendar for business time (path `['options', 'calendar']`)
 *
 * @example
 * ```ts
 * import { serviceKpis } from 'omnicx/satisfaction';
 * const hour = 3_600_000;
 * const tickets = [
 *   { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', channel: 'chat', firstResponseAt: '2026-03-02T10:00:00Z', resolvedAt: '2026-03-02T13:00:00Z', contacts: 1 },
 *   { openedAt: '2026-03-02T09:00:00Z', priority: 'P2', channel: 'email', firstResponseAt: '2026-03-02T12:00:00Z', resolvedAt: '2026-03-03T09:00:00Z', contacts: 2, reopenCount: 1 },
 *   { openedAt: '2026-03-02T11:00:00Z', priority: 'P2', channel: 'email' },
 * ];
 * const policy = { targets: { P1: { firstResponseMs: hour }, P2: { firstResponseMs: 2 * hour } }, businessHours: false };
 * const kpis = serviceKpis(tickets, { asOf: '2026-03-03T12:00:00Z', policy });
 * console.log([kpis.firstResponseTime.n, (kpis.firstResponseTime.meanMs ?? 0) / hour]); // [2, 2]
 * console.log((kpis.resolutionTime.medianMs ?? 0) / hour); // 14
 * // resolution times 4 h and 24 h: SE = 10 h, t(0.975, 1) = 12.7062 → 14 ± 127 h, lower bound kept at 0; too few for a median interval
 * console.log([(kpis.resolutionTime.standardErrorMs ?? 0) / hour, kpis.resolutionTime.meanInterval?.lower, kpis.resolutionTime.medianInterval]); // [10, 0, null]
 * console.log([kpis.firstContactResolution.rate, kpis.reopenRate.rate, kpis.backlog.count]); // [0.5, 0.5, 1]
 * // P1 met (1 h ≤ 1 h), P2 #1 breached (3 h > 2 h), P2 #2 breached (no answer after 25 h)
 * console.log([kpis.slaAttainment?.firstResponse.met, kpis.slaAttainment?.firstResponse.breached]); // [1, 2]
 * ```
 */
export function serviceKpis(tickets: readonly ServiceTicketInput[], options: ServiceKpisOptions): ServiceKpisResult {
  if (!Array.isArray(tickets)) throw invalid(`tickets must be an array, got ${describe(tickets)}`, ['tickets']);
  const settings = parseWith(serviceKpisOptionsSchema, options, ['options']);
  requireCalendar(settings, ['options', 'calendar']);
  // Indexed loop, not map(): map() skips the holes of a sparse array and leaves them in the result.
  const parsed: ServiceTicket[] = [];
  const list: readonly unknown[] = tickets;
  for (let i = 0; i < list.length; i++) parsed.push(parseWith(serviceTicketSchema, list[i], ['tickets', i]));
  const tally = newTally();
  tallyTickets(parsed, settings, tally, ['options', 'calendar']);
  tally.firstResponseTimes.sort((a, b) => a - b);
  tally.resolutionTimes.sort((a, b) => a - b);
  return serviceKpisResult(tally, settings, settings.confidence);
}
