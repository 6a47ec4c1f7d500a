import { optionKeys } from '../core/internal/optionKeys.js';
import { openZone } from '../core/time/internal/zone.js';
import { booleanOption, catalogueIndex, durationOption, readEvents, readOptions, stringOption } from './internal/read.js';
import { channelsOf, sessionRuns } from './internal/sessions.js';
import type { JourneyEvent, JourneyEventInput, Session, TouchpointCatalogue } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<SessionizeOptions>({ timeoutMs: true, timeZone: true, splitAtMidnight: true, touchpoints: true });

/** Options of {@link sessionize}. */
export interface SessionizeOptions {
  /** A session ends when the next event of the customer comes more than this many ms later. Default 30 min (1 800 000). */
  readonly timeoutMs?: number;
  /** The IANA time zone whose midnight ends a session when `splitAtMidnight` is on. Default `'UTC'`. */
  readonly timeZone?: string;
  /** Also end a session at local midnight in `timeZone` (Google Analytics' classic rule). Default `false`. */
  readonly splitAtMidnight?: boolean;
  /** A catalogue from `defineTouchpoints`: fills channel, kind, stage, store and zone; unknown touchpoints are refused. */
  readonly touchpoints?: TouchpointCatalogue;
}

/**
 * Splits each customer's events into sessions. Events are ordered stably by (customerId, at,
 * input order) — customer ids compare by UTF-16 code units — and a new session starts where the
 * gap to the customer's previous event is strictly greater than `timeoutMs` (a gap of exactly
 * `timeoutMs` stays in the session), and, with `splitAtMidnight`, where the local calendar day in
 * `timeZone` changes. Sessions partition the events: every event is in exactly one session.
 *
 * Sessions come out ordered by customer id, then time; `index` counts a customer's sessions from
 * 0. `start` and `end` are the instants (epoch ms) of the first and last event; `durationMs` is
 * end − start (0 for a single event). `channels` lists the distinct channels in order of first
 * appearance. The returned events have `at` in epoch ms; an input event whose `at` is already a
 * safe integer and which needs no catalogue filling is returned as the same object (never
 * mutated), others as copies.
 *
 * @param events - the events, in any order; never mutated
 * @param options - see {@link SessionizeOptions}
 * @returns the sessions; `[]` for no events
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a non-array (path `['events']`), a bad event
 *   field (path `['events', i, field]`: missing customerId or touchpoint, a touchpoint not in the
 *   catalogue, …), a negative or NaN timeout (path `['options', 'timeoutMs']`); `INVALID_DATE`
 *   for an unreadable `at` (path `['events', i, 'at']`); `UNKNOWN_TIME_ZONE` for a bad zone
 *   (path `['options', 'timeZone']`)
 *
 * @example
 * ```ts
 * import { sessionize } from 'omnicx/journey';
 * const sessions = sessionize([
 *   { customerId: 'c1', at: '2026-03-08T10:00:00Z', touchpoint: 'app-open', channel: 'app' },
 *   { customerId: 'c1', at: '2026-03-08T10:20:00Z', touchpoint: 'product-page', channel: 'app' },
 *   { customerId: 'c1', at: '2026-03-08T12:00:00Z', touchpoint: 'store-entry', channel: 'store' },
 * ]);
 * console.log(sessions.length); // 2
 * console.log(sessions[0]?.durationMs); // 1200000
 * console.log(sessions[1]?.channels); // ['store']
 * ```
 */
export function sessionize(events: readonly JourneyEventInput[], options?: SessionizeOptions): Session[] {
  const opts = readOptions(options, OPTION_KEYS);
  const timeoutMs = durationOption(opts, 'timeoutMs', 30 * 60_000) as number;
  const splitAtMidnight = booleanOption(opts, 'splitAtMidnight', false);
  const timeZone = stringOption(opts, 'timeZone');
  const zone = timeZone === undefined ? undefined : openZone(timeZone, ['options', 'timeZone']);
  const log = readEvents(events, catalogueIndex(opts['touchpoints'], ['options', 'touchpoints']));
  const runs = sessionRuns(log, timeoutMs, splitAtMidnight ? (zone ?? openZone('UTC', ['options', 'timeZone'])) : undefined);
  const sessions: Session[] = [];
  let index = 0;
  let previousGroup = -1;
  for (const run of runs) {
    index = run.group === previousGroup ? index + 1 : 0;
    previousGroup = run.group;
    const list: JourneyEvent[] = [];
    for (let p = run.from; p < run.to; p++) list.push(log.events[log.order[p] as number] as JourneyEvent);
    const start = (list[0] as JourneyEvent).at;
    const end = (list[list.length - 1] as JourneyEvent).at;
    sessions.push({
      customerId: log.customers[run.group] as string,
      index,
      start,
      end,
      durationMs: end - start,
      events: list,
      channels: channelsOf(list),
    });
  }
  return sessions;
}
