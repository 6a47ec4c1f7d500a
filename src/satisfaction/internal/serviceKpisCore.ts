// The counting of serviceKpis, shared with its accumulator: a tally of tickets (counts, backlog
// and SLA tallies by key, sorted durations) and the result read from it.
import { wilsonInterval } from '../../core/statistics/wilsonInterval.js';
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { activeMs, businessTimeMeasure, calendarTimeMeasure, evaluateTicket, pausesAsOf, type EvaluatedClock, type TimeMeasure } from './calendarSla.js';
import type { CompiledCalendarShape } from './calendarArgument.js';
import { durationSummaryOfSorted } from './durationSummary.js';
import type { ServiceKpisResult, ServiceRate, ServiceTicket, SlaAttainment } from '../schemas.js';

export interface Tally {
  met: number;
  breached: number;
}

export interface TallyPair {
  readonly firstResponse: Tally;
  readonly resolution: Tally;
}

export function newPair(): TallyPair {
  return { firstResponse: { met: 0, breached: 0 }, resolution: { met: 0, breached: 0 } };
}

/** Everything serviceKpis counts; durations ascending. */
export interface ServiceTally {
  n: number;
  fcrN: number;
  fcrCount: number;
  reopenN: number;
  reopened: number;
  backlog: number;
  oldestOpenedAt: number | null;
  readonly backlogByPriority: Map<string, number>;
  readonly backlogByChannel: Map<string, number>;
  readonly total: TallyPair;
  readonly byPriority: Map<string, TallyPair>;
  readonly byChannel: Map<string, TallyPair>;
  firstResponseTimes: number[];
  resolutionTimes: number[];
}

export function newTally(): ServiceTally {
  return {
    n: 0,
    fcrN: 0,
    fcrCount: 0,
    reopenN: 0,
    reopened: 0,
    backlog: 0,
    oldestOpenedAt: null,
    backlogByPriority: new Map(),
    backlogByChannel: new Map(),
    total: newPair(),
    byPriority: new Map(),
    byChannel: new Map(),
    firstResponseTimes: [],
    resolutionTimes: [],
  };
}

/** The options that decide how a ticket is counted (confidence only matters when reading). */
export interface TallySettings {
  readonly asOf: number;
  readonly timeBasis: 'calendar' | 'business';
  readonly calendar?: CompiledCalendarShape | undefined;
  readonly policy?: { readonly targets: Readonly<Record<string, { firstResponseMs?: number | undefined; resolutionMs?: number | undefined }>>; readonly businessHours: boolean } | undefined;
  readonly excludePauses: boolean;
}

/** Throws the serviceKpis error when business time is asked for without a calendar. */
export function requireCalendar(settings: TallySettings, path: readonly PathKey[]): void {
  if (settings.calendar === undefined && (settings.timeBasis === 'business' || settings.policy?.businessHours === true)) {
    throw invalid(
      settings.timeBasis === 'business'
        ? `${path.join('.')} is required for timeBasis 'business'`
        : `${path.join('.')} is required when options.policy.businessHours is true`,
      path,
    );
  }
}

function tallyClock(tally: Tally, clock: EvaluatedClock | null): void {
  if (clock === null) return;
  if (clock.breached) tally.breached++;
  else if (clock.met) tally.met++;
}

function groupOf<V>(map: Map<string, V>, key: string, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

/** Counts validated tickets into `tally` (durations appended unsorted: sort them afterwards). */
export function tallyTickets(tickets: readonly ServiceTicket[], settings: TallySettings, tally: ServiceTally, calendarPath: readonly PathKey[]): void {
  const { asOf, timeBasis, calendar, policy, excludePauses } = settings;
  const business: TimeMeasure | undefined = calendar === undefined ? undefined : businessTimeMeasure(calendar, calendarPath);
  const kpiMeasure = timeBasis === 'business' && business !== undefined ? business : calendarTimeMeasure;
  const slaMeasure = policy?.businessHours === true && business !== undefined ? business : calendarTimeMeasure;
  for (const ticket of tickets) {
    if (ticket.openedAt > asOf) continue;
    tally.n++;
    const pauses = excludePauses ? pausesAsOf(ticket.pauses, ticket.openedAt, asOf) : [];
    const { firstResponseAt, resolvedAt } = ticket;
    if (firstResponseAt !== undefined && firstResponseAt <= asOf) {
      tally.firstResponseTimes.push(activeMs(kpiMeasure, ticket.openedAt, firstResponseAt, pauses));
    }
    const resolved = resolvedAt !== undefined && resolvedAt <= asOf;
    if (resolved) {
      tally.resolutionTimes.push(activeMs(kpiMeasure, ticket.openedAt, resolvedAt, pauses));
      if (ticket.contacts !== undefined) {
        tally.fcrN++;
        if (ticket.contacts === 1) tally.fcrCount++;
      }
    } else {
      tally.backlog++;
      tally.oldestOpenedAt = tally.oldestOpenedAt === null ? ticket.openedAt : Math.min(tally.oldestOpenedAt, ticket.openedAt);
      tally.backlogByPriority.set(ticket.priority, (tally.backlogByPriority.get(ticket.priority) ?? 0) + 1);
      if (ticket.channel !== undefined) tally.backlogByChannel.set(ticket.channel, (tally.backlogByChannel.get(ticket.channel) ?? 0) + 1);
    }
    if (resolved || ticket.reopenCount > 0) {
      tally.reopenN++;
      if (ticket.reopenCount > 0) tally.reopened++;
    }
    if (policy !== undefined && Object.hasOwn(policy.targets, ticket.priority)) {
      const clocks = evaluateTicket(slaMeasure, ticket, policy.targets[ticket.priority] ?? {}, asOf);
      const pairs = [tally.total, groupOf(tally.byPriority, ticket.priority, newPair)];
      if (ticket.channel !== undefined) pairs.push(groupOf(tally.byChannel, ticket.channel, newPair));
      for (const pair of pairs) {
        tallyClock(pair.firstResponse, clocks.firstResponse);
        tallyClock(pair.resolution, clocks.resolution);
      }
    }
  }
}

function rate(count: number, n: number, confidence: number): ServiceRate {
  if (n === 0) return { n: 0, count: 0, rate: null, interval: null };
  const { lower, upper } = wilsonInterval(count, n, { confidence });
  return { n, count, rate: count / n, interval: { lower, upper, confidence, method: 'wilson' } };
}

function attainment(tally: Tally, confidence: number): SlaAttainment {
  const n = tally.met + tally.breached;
  const r = rate(tally.met, n, confidence);
  return { n, met: tally.met, breached: tally.breached, rate: r.rate, interval: r.interval };
}

export function sortedKeys<V>(map: ReadonlyMap<string, V>): string[] {
  return [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The serviceKpis result of a tally whose durations are sorted ascending. */
export function serviceKpisResult(tally: ServiceTally, settings: TallySettings, confidence: number): ServiceKpisResult {
  const pairResult = (pair: TallyPair): { firstResponse: SlaAttainment; resolution: SlaAttainment } => ({
    firstResponse: attainment(pair.firstResponse, confidence),
    resolution: attainment(pair.resolution, confidence),
  });
  return {
    asOf: settings.asOf,
    timeBasis: settings.timeBasis,
    n: tally.n,
    firstResponseTime: durationSummaryOfSorted(tally.firstResponseTimes, confidence),
    resolutionTime: durationSummaryOfSorted(tally.resolutionTimes, confidence),
    firstContactResolution: rate(tally.fcrCount, tally.fcrN, confidence),
    reopenRate: rate(tally.reopened, tally.reopenN, confidence),
    backlog: {
      count: tally.backlog,
      oldestOpenedAt: tally.oldestOpenedAt,
      byPriority: sortedKeys(tally.backlogByPriority).map((priority) => ({ priority, count: tally.backlogByPriority.get(priority) ?? 0 })),
      byChannel: sortedKeys(tally.backlogByChannel).map((channel) => ({ channel, count: tally.backlogByChannel.get(channel) ?? 0 })),
    },
    slaAttainment:
      settings.policy === undefined
        ? null
        : {
            ...pairResult(tally.total),
            byPriority: sortedKeys(tally.byPriority).map((priority) => ({ priority, ...pairResult(tally.byPriority.get(priority) ?? newPair()) })),
            byChannel: sortedKeys(tally.byChannel).map((channel) => ({ channel, ...pairResult(tally.byChannel.get(channel) ?? newPair()) })),
          },
  };
}
