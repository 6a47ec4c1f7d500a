import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { optionKeys } from '../core/internal/optionKeys.js';
import { invalid } from '../core/internal/assert.js';
import { openZone } from '../core/time/internal/zone.js';
import {
  booleanOption,
  catalogueIndex,
  conversionOption,
  durationOption,
  enumOption,
  readEvents,
  readOptions,
} from './internal/read.js';
import { sessionRuns, type Run } from './internal/sessions.js';
import type { Journey, JourneyEvent, JourneyEventInput, TouchpointCatalogue } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<BuildJourneysOptions>({ by: true, conversion: true, lookbackMs: true, endAtConversion: true, timeoutMs: true, timeZone: true, touchpoints: true });

/** Options of {@link buildJourneys}. */
export interface BuildJourneysOptions {
  /** `'customer'` (default): a customer's events form journeys; `'session'`: each session does. */
  readonly by?: 'customer' | 'session';
  /**
   * Which events are conversions: touchpoint ids (one or a list) or a predicate on the normalised
   * event. Default: events with `type: 'conversion'`.
   */
  readonly conversion?: string | readonly string[] | ((event: JourneyEvent) => boolean);
  /** Keep only events at most this many ms before the journey's first conversion (or its last event). Default: no limit. */
  readonly lookbackMs?: number;
  /** End a journey at each conversion, so that the events after it start a new journey. Default `true`. */
  readonly endAtConversion?: boolean;
  /** Session timeout when `by: 'session'`. Default 30 min. */
  readonly timeoutMs?: number;
  /** Split sessions at local midnight in this IANA zone when `by: 'session'`. Default: no split. */
  readonly timeZone?: string;
  /** A catalogue from `defineTouchpoints`. */
  readonly touchpoints?: TouchpointCatalogue;
}

/**
 * Builds journeys from events: the ordered steps of a customer (or of a session) with whether and
 * when they converted. Non-converting journeys are kept — attribution and drop-off analyses need
 * them.
 *
 * - Events are ordered stably by (customerId, at, input order).
 * - `by: 'customer'` (default) starts from all of a customer's events; `by: 'session'` from each
 *   session (`timeoutMs`, default 30 min; with `timeZone`, sessions also end at local midnight).
 * - With `endAtConversion` (default `true`) a journey ends with (and includes) a conversion event;
 *   the customer's following events begin the next journey. Without it a journey may hold several
 *   conversions.
 * - With `lookbackMs`, steps earlier than (first conversion − lookbackMs) — or, for a journey
 *   without a conversion, (last event − lookbackMs) — are dropped; a step exactly lookbackMs
 *   before is kept.
 *
 * Each journey has `customerId`, `index` (0-based among the customer's journeys), `start`,
 * `end`, `durationMs`, `steps`, `converted`, `conversions` (the number of conversion events),
 * `conversionValueMinor` (the sum of their `valueMinor`, 0 when absent) and `timeToConvertMs`
 * (first conversion − start, `null` when it did not convert).
 *
 * @param events - the events, in any order; never mutated
 * @param options - see {@link BuildJourneysOptions}
 * @returns the journeys ordered by customer id, then time; `[]` for no events
 * @throws {@link core!OmnicxError} as {@link sessionize} for bad events; `INVALID_INPUT` for a bad
 *   option (path `['options', key]`, e.g. an empty conversion list or a negative lookback);
 *   `NOT_SAFE_INTEGER` when a journey's conversion value passes 2^53 − 1 (path `['events', i, 'valueMinor']`)
 *
 * @example
 * ```ts
 * import { buildJourneys } from 'omnicx/journey';
 * const journeys = buildJourneys(
 *   [
 *     { customerId: 'c1', at: 0, touchpoint: 'search-ad' },
 *     { customerId: 'c1', at: 60_000, touchpoint: 'web-checkout', valueMinor: 4_990 },
 *     { customerId: 'c1', at: 120_000, touchpoint: 'review-email' },
 *   ],
 *   { conversion: ['web-checkout'] },
 * );
 * console.log(journeys.map((j) => j.steps.length)); // [2, 1]
 * console.log(journeys[0]?.conversionValueMinor); // 4990
 * console.log(journeys[0]?.timeToConvertMs); // 60000
 * console.log(journeys[1]?.converted); // false
 * ```
 */
export function buildJourneys(events: readonly JourneyEventInput[], options?: BuildJourneysOptions): Journey[] {
  const opts = readOptions(options, OPTION_KEYS);
  const by = enumOption(opts, 'by', ['customer', 'session'] as const, 'customer');
  const isConversion = conversionOption(opts);
  const lookbackMs = durationOption(opts, 'lookbackMs', undefined);
  const endAtConversion = booleanOption(opts, 'endAtConversion', true);
  const timeoutMs = durationOption(opts, 'timeoutMs', 30 * 60_000) as number;
  const timeZone = opts['timeZone'];
  const zone = timeZone === undefined ? undefined : openZone(timeZone, ['options', 'timeZone']);
  if (by === 'customer' && (opts['timeoutMs'] !== undefined || zone !== undefined)) {
    throw invalid("options.timeoutMs and options.timeZone apply only with by: 'session'", [
      'options',
      opts['timeoutMs'] !== undefined ? 'timeoutMs' : 'timeZone',
    ]);
  }
  const log = readEvents(events, catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']));
  const runs: Run[] =
    by === 'session'
      ? sessionRuns(log, timeoutMs, zone)
      : Array.from({ length: log.customers.length }, (_, g) => ({
          group: g,
          from: log.groupStarts[g] as number,
          to: log.groupStarts[g + 1] as number,
        }));
  const journeys: Journey[] = [];
  let index = 0;
  let previousGroup = -1;
  const emit = (group: number, steps: JourneyEvent[], converting: boolean[]): void => {
    let firstConversion = -1;
    for (let k = 0; k < steps.length; k++) {
      if (converting[k] === true) {
        firstConversion = k;
        break;
      }
    }
    let kept = steps;
    let keptConverting = converting;
    if (lookbackMs !== undefined) {
      const anchor = (steps[firstConversion === -1 ? steps.length - 1 : firstConversion] as JourneyEvent).at;
      let cut = 0;
      while ((steps[cut] as JourneyEvent).at < anchor - lookbackMs) cut++;
      kept = steps.slice(cut);
      keptConverting = converting.slice(cut);
    }
    let conversions = 0;
    let value = 0;
    let firstAt: number | undefined;
    kept.forEach((step, k) => {
      if (keptConverting[k] !== true) return;
      conversions++;
      value += step.valueMinor ?? 0;
      if (!Number.isSafeInteger(value)) {
        throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, `a journey's conversion value reaches ${String(value)} minor units, beyond 2^53 − 1`, {
          path: ['events', log.events.indexOf(step), 'valueMinor'],
        });
      }
      firstAt ??= step.at;
    });
    index = group === previousGroup ? index + 1 : 0;
    previousGroup = group;
    const start = (kept[0] as JourneyEvent).at;
    const end = (kept[kept.length - 1] as JourneyEvent).at;
    journeys.push({
      customerId: log.customers[group] as string,
      index,
      start,
      end,
      durationMs: end - start,
      steps: kept,
      converted: conversions > 0,
      conversions,
      conversionValueMinor: value,
      timeToConvertMs: firstAt === undefined ? null : firstAt - start,
    });
  };
  for (const run of runs) {
    let steps: JourneyEvent[] = [];
    let converting: boolean[] = [];
    for (let p = run.from; p < run.to; p++) {
      const event = log.events[log.order[p] as number] as JourneyEvent;
      const conversion = isConversion(event);
      steps.push(event);
      converting.push(conversion);
      if (conversion && endAtConversion) {
        emit(run.group, steps, converting);
        steps = [];
        converting = [];
      }
    }
    if (steps.length > 0) emit(run.group, steps, converting);
  }
  return journeys;
}
