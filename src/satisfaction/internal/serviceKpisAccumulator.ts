// The service-KPI accumulator's JSON form <-> the tally of serviceKpisCore, and merging of tallies.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { parseWith } from '../../core/errors/parseWith.js';
import { businessCalendarCompiledSchema } from '../schemas.js';
import type { ServiceKpisAccumulator } from '../schemas.js';
import { addExact } from './accumulators.js';
import { newPair, newTally, requireCalendar, sortedKeys, type ServiceTally, type TallyPair, type TallySettings } from './serviceKpisCore.js';

/** The counting settings stored in an accumulator. */
export function settingsOf(acc: ServiceKpisAccumulator): TallySettings {
  return {
    asOf: acc.asOf,
    timeBasis: acc.timeBasis,
    excludePauses: acc.excludePauses,
    policy: acc.policy ?? undefined,
    calendar: acc.calendar ?? undefined,
  };
}

/** JSON with object keys sorted, to compare settings whatever order their keys were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/** Throws INVALID_INPUT at ['b', key] for the first counting setting in which b differs from a. */
export function assertSameSettings(a: ServiceKpisAccumulator, b: ServiceKpisAccumulator): void {
  for (const key of ['asOf', 'timeBasis', 'excludePauses', 'policy', 'calendar'] as const) {
    if (canonical(a[key]) !== canonical(b[key])) throw invalid(`b.${key} differs from a.${key}: only accumulators created with the same options merge`, ['b', key]);
  }
}

function assertAscending(values: readonly number[], path: readonly PathKey[]): void {
  for (let i = 1; i < values.length; i++) {
    if (!((values[i - 1] as number) <= (values[i] as number))) throw invalid(`${path.join('.')} must be in ascending order (index ${String(i)})`, [...path, i]);
  }
}

function mapOf<T extends object, V>(rows: readonly T[], key: (row: T) => string, value: (row: T) => V, path: readonly PathKey[]): Map<string, V> {
  const map = new Map<string, V>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (map.has(k)) throw invalid(`${path.join('.')}[${String(i)}] repeats the key ${JSON.stringify(k)}`, [...path, i]);
    map.set(k, value(row));
  });
  return map;
}

const pairOf = (row: { firstResponse: { met: number; breached: number }; resolution: { met: number; breached: number } }): TallyPair => ({
  firstResponse: { ...row.firstResponse },
  resolution: { ...row.resolution },
});

/** The tally held by a schema-valid accumulator; refuses unsorted durations and repeated keys. */
export function tallyOf(acc: ServiceKpisAccumulator, path: readonly PathKey[]): ServiceTally {
  // The options serviceKpis would refuse: business time or a business-hours policy without a calendar.
  requireCalendar(settingsOf(acc), [...path, 'calendar']);
  // The schema checks the calendar shallowly (as serviceKpis' argument); one from JSON gets the full check.
  if (acc.calendar !== null) parseWith(businessCalendarCompiledSchema, acc.calendar, [...path, 'calendar']);
  for (const key of ['firstContactResolution', 'reopenRate'] as const) {
    if (acc[key].count > acc[key].n) throw invalid(`${path.join('.')}.${key}.count must not exceed its n`, [...path, key, 'count']);
  }
  assertAscending(acc.firstResponseTimes, [...path, 'firstResponseTimes']);
  assertAscending(acc.resolutionTimes, [...path, 'resolutionTimes']);
  const sla = acc.slaAttainment;
  return {
    n: acc.n,
    fcrN: acc.firstContactResolution.n,
    fcrCount: acc.firstContactResolution.count,
    reopenN: acc.reopenRate.n,
    reopened: acc.reopenRate.count,
    backlog: acc.backlog.count,
    oldestOpenedAt: acc.backlog.oldestOpenedAt,
    backlogByPriority: mapOf(acc.backlog.byPriority, (r) => r.priority, (r) => r.count, [...path, 'backlog', 'byPriority']),
    backlogByChannel: mapOf(acc.backlog.byChannel, (r) => r.channel, (r) => r.count, [...path, 'backlog', 'byChannel']),
    total: pairOf(sla),
    byPriority: mapOf(sla.byPriority, (r) => r.priority, pairOf, [...path, 'slaAttainment', 'byPriority']),
    byChannel: mapOf(sla.byChannel, (r) => r.channel, pairOf, [...path, 'slaAttainment', 'byChannel']),
    firstResponseTimes: [...acc.firstResponseTimes],
    resolutionTimes: [...acc.resolutionTimes],
  };
}

/** Two ascending arrays merged into one, ascending. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const out = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = (a[i] as number) <= (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
  while (i < a.length) out[k++] = a[i++] as number;
  while (j < b.length) out[k++] = b[j++] as number;
  return out;
}

/** a + b, counts refused past 2^53 − 1 with NOT_SAFE_INTEGER at `path`. */
export function mergeTallies(a: ServiceTally, b: ServiceTally, path: readonly PathKey[]): ServiceTally {
  const add = (x: number, y: number, ...at: PathKey[]): number => addExact(x, y, [...path, ...at]);
  const addPair = (x: TallyPair, y: TallyPair, ...at: PathKey[]): TallyPair => ({
    firstResponse: { met: add(x.firstResponse.met, y.firstResponse.met, ...at, 'firstResponse', 'met'), breached: add(x.firstResponse.breached, y.firstResponse.breached, ...at, 'firstResponse', 'breached') },
    resolution: { met: add(x.resolution.met, y.resolution.met, ...at, 'resolution', 'met'), breached: add(x.resolution.breached, y.resolution.breached, ...at, 'resolution', 'breached') },
  });
  const union = <V>(x: ReadonlyMap<string, V>, y: ReadonlyMap<string, V>, both: (p: V, q: V, key: string) => V): Map<string, V> => {
    const out = new Map(x);
    for (const [key, value] of y) {
      const held = out.get(key);
      out.set(key, held === undefined ? value : both(held, value, key));
    }
    return out;
  };
  const tally = newTally();
  return {
    ...tally,
    n: add(a.n, b.n, 'n'),
    fcrN: add(a.fcrN, b.fcrN, 'firstContactResolution', 'n'),
    fcrCount: add(a.fcrCount, b.fcrCount, 'firstContactResolution', 'count'),
    reopenN: add(a.reopenN, b.reopenN, 'reopenRate', 'n'),
    reopened: add(a.reopened, b.reopened, 'reopenRate', 'count'),
    backlog: add(a.backlog, b.backlog, 'backlog', 'count'),
    oldestOpenedAt: a.oldestOpenedAt === null ? b.oldestOpenedAt : b.oldestOpenedAt === null ? a.oldestOpenedAt : Math.min(a.oldestOpenedAt, b.oldestOpenedAt),
    backlogByPriority: union(a.backlogByPriority, b.backlogByPriority, (p, q) => add(p, q, 'backlog', 'byPriority')),
    backlogByChannel: union(a.backlogByChannel, b.backlogByChannel, (p, q) => add(p, q, 'backlog', 'byChannel')),
    total: addPair(a.total, b.total, 'slaAttainment'),
    byPriority: union(a.byPriority, b.byPriority, (p, q) => addPair(p, q, 'slaAttainment', 'byPriority')),
    byChannel: union(a.byChannel, b.byChannel, (p, q) => addPair(p, q, 'slaAttainment', 'byChannel')),
    firstResponseTimes: mergeSorted(a.firstResponseTimes, b.firstResponseTimes),
    resolutionTimes: mergeSorted(a.resolutionTimes, b.resolutionTimes),
  };
}

/** The JSON parts of an accumulator holding `tally` (keys sorted). */
export function tallyFields(tally: ServiceTally): Pick<ServiceKpisAccumulator, 'n' | 'firstContactResolution' | 'reopenRate' | 'backlog' | 'slaAttainment' | 'firstResponseTimes' | 'resolutionTimes'> {
  const pairJson = (pair: TallyPair | undefined) => {
    const p = pair ?? newPair();
    return { firstResponse: { ...p.firstResponse }, resolution: { ...p.resolution } };
  };
  return {
    n: tally.n,
    firstContactResolution: { n: tally.fcrN, count: tally.fcrCount },
    reopenRate: { n: tally.reopenN, count: tally.reopened },
    backlog: {
      count: tally.backlog,
      oldestOpenedAt: tally.oldestOpenedAt,
      byPriority: sortedKeys(tally.backlogByPriority).map((priority) => ({ priority, count: tally.backlogByPriority.get(priority) ?? 0 })),
      byChannel: sortedKeys(tally.backlogByChannel).map((channel) => ({ channel, count: tally.backlogByChannel.get(channel) ?? 0 })),
    },
    slaAttainment: {
      ...pairJson(tally.total),
      byPriority: sortedKeys(tally.byPriority).map((priority) => ({ priority, ...pairJson(tally.byPriority.get(priority)) })),
      byChannel: sortedKeys(tally.byChannel).map((channel) => ({ channel, ...pairJson(tally.byChannel.get(channel)) })),
    },
    firstResponseTimes: tally.firstResponseTimes,
    resolutionTimes: tally.resolutionTimes,
  };
}
