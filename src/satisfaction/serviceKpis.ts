import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import { wilsonInterval } from '../core/statistics/wilsonInterval.js';
import {
  activeMs,
  businessTimeMeasure,
  calendarTimeMeasure,
  evaluateTicket,
  pausesAsOf,
  type EvaluatedClock,
} from './internal/calendarSla.js';
import { durationSummaryOfSorted } from './internal/durationSummary.js';
import {
  serviceKpisOptionsSchema,
  serviceTicketSchema,
  type ServiceDurationSummary,
  type ServiceKpisOptions,
  type ServiceKpisResult,
  type ServiceRate,
  type ServiceTicket,
  type ServiceTicketInput,
  type SlaAttainment,
} from './schemas.js';

function durationSummary(values: readonly number[], confidence: number): ServiceDurationSummary {
  return durationSummaryOfSorted([...values].sort((a, b) => a - b), confidence);
}

function rate(count: number, n: number, confidence: number): ServiceRate {
  if (n === 0) return { n: 0, count: 0, rate: null, interval: null };
  const { lower, upper } = wilsonInterval(count, n, { confidence });
  return { n, count, rate: count / n, interval: { lower, upper, confidence, method: 'wilson' } };
}

interface Tally {
  met: number;
  breached: number;
}

interface TallyPair {
  readonly firstResponse: Tally;
  readonly resolution: Tally;
}

function newPair(): TallyPair {
  return { firstResponse: { met: 0, breached: 0 }, resolution: { met: 0, breached: 0 } };
}

function tallyClock(tally: Tally, clock: EvaluatedClock | null): void {
  if (clock === null) return;
  if (clock.breached) tally.breached++;
  else if (clock.met) tally.met++;
}

function attainment(tally: Tally, confidence: number): SlaAttainment {
  const n = tally.met + tally.breached;
  const r = rate(tally.met, n, confidence);
  return { n, met: tally.met, breached: tally.breached, rate: r.rate, interval: r.interval };
}

function sortedKeys<V>(map: ReadonlyMap<string, V>): string[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function groupOf<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

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
 *   Percentiles are Hyndman–Fan type 7 ({@link quantile}). Uncertainty: `standardErrorMs` of the
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
  const parsedOptions = parseWith(serviceKpisOptionsSchema, options, ['options']);
  const { asOf, timeBasis, calendar, policy, excludePauses, confidence } = parsedOptions;
  if (calendar === undefined && (timeBasis === 'business' || policy?.businessHours === true)) {
    throw invalid(
      timeBasis === 'business'
        ? "options.calendar is required for timeBasis 'business'"
        : 'options.calendar is required when options.policy.businessHours is true',
      ['options', 'calendar'],
    );
  }
  // Indexed loop, not map(): map() skips the holes of a sparse array and leaves them in the result.
  const parsed: ServiceTicket[] = [];
  const list: readonly unknown[] = tickets;
  for (let i = 0; i < list.length; i++) parsed.push(parseWith(serviceTicketSchema, list[i], ['tickets', i]));
  const business = calendar === undefined ? undefined : businessTimeMeasure(calendar, ['options', 'calendar']);
  const kpiMeasure = timeBasis === 'business' && business !== undefined ? business : calendarTimeMeasure;
  const slaMeasure = policy?.businessHours === true && business !== undefined ? business : calendarTimeMeasure;

  const firstResponseTimes: number[] = [];
  const resolutionTimes: number[] = [];
  let n = 0;
  let fcrN = 0;
  let fcrCount = 0;
  let reopenN = 0;
  let reopened = 0;
  let backlog = 0;
  let oldestOpenedAt: number | null = null;
  const backlogByPriority = new Map<string, number>();
  const backlogByChannel = new Map<string, number>();
  const total = newPair();
  const byPriority = new Map<string, TallyPair>();
  const byChannel = new Map<string, TallyPair>();

  for (const ticket of parsed) {
    if (ticket.openedAt > asOf) continue;
    n++;
    const pauses = excludePauses ? pausesAsOf(ticket.pauses, ticket.openedAt, asOf) : [];
    const { firstResponseAt, resolvedAt } = ticket;
    if (firstResponseAt !== undefined && firstResponseAt <= asOf) {
      firstResponseTimes.push(activeMs(kpiMeasure, ticket.openedAt, firstResponseAt, pauses));
    }
    const resolved = resolvedAt !== undefined && resolvedAt <= asOf;
    if (resolved) {
      resolutionTimes.push(activeMs(kpiMeasure, ticket.openedAt, resolvedAt, pauses));
      if (ticket.contacts !== undefined) {
        fcrN++;
        if (ticket.contacts === 1) fcrCount++;
      }
    } else {
      backlog++;
      oldestOpenedAt = oldestOpenedAt === null ? ticket.openedAt : Math.min(oldestOpenedAt, ticket.openedAt);
      backlogByPriority.set(ticket.priority, (backlogByPriority.get(ticket.priority) ?? 0) + 1);
      if (ticket.channel !== undefined) backlogByChannel.set(ticket.channel, (backlogByChannel.get(ticket.channel) ?? 0) + 1);
    }
    if (resolved || ticket.reopenCount > 0) {
      reopenN++;
      if (ticket.reopenCount > 0) reopened++;
    }
    if (policy !== undefined && Object.hasOwn(policy.targets, ticket.priority)) {
      const clocks = evaluateTicket(slaMeasure, ticket, policy.targets[ticket.priority] ?? {}, asOf);
      const pairs = [total, groupOf(byPriority, ticket.priority, newPair)];
      if (ticket.channel !== undefined) pairs.push(groupOf(byChannel, ticket.channel, newPair));
      for (const pair of pairs) {
        tallyClock(pair.firstResponse, clocks.firstResponse);
        tallyClock(pair.resolution, clocks.resolution);
      }
    }
  }

  const pairResult = (pair: TallyPair): { firstResponse: SlaAttainment; resolution: SlaAttainment } => ({
    firstResponse: attainment(pair.firstResponse, confidence),
    resolution: attainment(pair.resolution, confidence),
  });
  return {
    asOf,
    timeBasis,
    n,
    firstResponseTime: durationSummary(firstResponseTimes, confidence),
    resolutionTime: durationSummary(resolutionTimes, confidence),
    firstContactResolution: rate(fcrCount, fcrN, confidence),
    reopenRate: rate(reopened, reopenN, confidence),
    backlog: {
      count: backlog,
      oldestOpenedAt,
      byPriority: sortedKeys(backlogByPriority).map((priority) => ({ priority, count: backlogByPriority.get(priority) ?? 0 })),
      byChannel: sortedKeys(backlogByChannel).map((channel) => ({ channel, count: backlogByChannel.get(channel) ?? 0 })),
    },
    slaAttainment:
      policy === undefined
        ? null
        : {
            ...pairResult(total),
            byPriority: sortedKeys(byPriority).map((priority) => ({ priority, ...pairResult(byPriority.get(priority) ?? newPair()) })),
            byChannel: sortedKeys(byChannel).map((channel) => ({ channel, ...pairResult(byChannel.get(channel) ?? newPair()) })),
          },
  };
}
