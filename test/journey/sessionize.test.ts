import fc from 'fast-check';
import { buildJourneys, defineTouchpoints, sessionize, type JourneyEventInput } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, HOUR, MINUTE } from './helpers.js';
import { describe, expect, it } from 'vitest';

describe('sessionize', () => {
  it('splits where the gap exceeds the timeout; a gap equal to the timeout stays in the session', () => {
    const events = deepFreeze([
      { customerId: 'b', at: 0, touchpoint: 'x', channel: 'web' },
      { customerId: 'a', at: 30 * MINUTE, touchpoint: 'p2', channel: 'app' },
      { customerId: 'a', at: 0, touchpoint: 'p1', channel: 'app' },
      { customerId: 'a', at: 60 * MINUTE + 1, touchpoint: 'p3', channel: 'store' },
      { customerId: 'a', at: 61 * MINUTE, touchpoint: 'p4', channel: 'web' },
    ]);
    const sessions = sessionize(events);
    expect(sessions.map((s) => [s.customerId, s.index, s.events.map((e) => e.touchpoint)])).toEqual([
      ['a', 0, ['p1', 'p2']],
      ['a', 1, ['p3', 'p4']],
      ['b', 0, ['x']],
    ]);
    expect(sessions[0]).toMatchObject({ start: 0, end: 30 * MINUTE, durationMs: 30 * MINUTE, channels: ['app'] });
    expect(sessions[1]?.channels).toEqual(['store', 'web']);
    expect(sessions[2]?.durationMs).toBe(0);
    expect(sessions[0]?.events[0]).toBe(events[2]); // same object, not mutated
  });

  it('orders equal instants by input order and accepts ISO strings and Dates', () => {
    const sessions = sessionize([
      { customerId: 'a', at: '1970-01-01T00:00:01Z', touchpoint: 'first' },
      { customerId: 'a', at: new Date(1000), touchpoint: 'second' },
      { customerId: 'a', at: 1000, touchpoint: 'third' },
    ]);
    expect(sessions[0]?.events.map((e) => [e.touchpoint, e.at])).toEqual([
      ['first', 1000],
      ['second', 1000],
      ['third', 1000],
    ]);
  });

  it('honours a custom timeout', () => {
    const events = [0, 5 * MINUTE, 11 * MINUTE].map((at) => ({ customerId: 'a', at, touchpoint: 't' }));
    expect(sessionize(events, { timeoutMs: 5 * MINUTE }).map((s) => s.events.length)).toEqual([2, 1]);
    expect(sessionize(events, { timeoutMs: 0 }).length).toBe(3);
  });

  it('splits at local midnight in the time zone, including across a DST change', () => {
    // New York: 2026-03-08 springs forward at 02:00 local. 23:50 on the 7th (EST) and 00:10 on the 8th.
    const events = [
      { customerId: 'a', at: '2026-03-07T23:50:00-05:00', touchpoint: 't' },
      { customerId: 'a', at: '2026-03-08T00:10:00-05:00', touchpoint: 't' },
      { customerId: 'a', at: '2026-03-08T03:05:00-04:00', touchpoint: 't' },
      { customerId: 'a', at: '2026-03-08T03:20:00-04:00', touchpoint: 't' },
    ];
    const tz = 'America/New_York';
    expect(sessionize(events, { timeoutMs: 10 * HOUR }).length).toBe(1);
    expect(sessionize(events, { timeoutMs: 10 * HOUR, timeZone: tz, splitAtMidnight: true }).map((s) => s.events.length)).toEqual([1, 3]);
    // In UTC all four fall on 2026-03-08 (04:50Z … 07:20Z): no split.
    expect(sessionize(events, { timeoutMs: 10 * HOUR, splitAtMidnight: true }).length).toBe(1);
    expect(sessionize(events, { timeoutMs: 10 * HOUR, timeZone: tz }).length).toBe(1);
  });

  it('fills channel, kind and stage from a catalogue, the event value winning', () => {
    const touchpoints = defineTouchpoints([
      { id: 'ad', kind: 'digital', channel: 'social', stage: 'awareness', storeId: 's', zone: 'z' },
    ]);
    const [session] = sessionize(
      [
        { customerId: 'a', at: 0, touchpoint: 'ad' },
        { customerId: 'a', at: 1, touchpoint: 'ad', channel: 'web', kind: 'product', stage: 'x', storeId: 's2', zone: 'z2' },
      ],
      { touchpoints },
    );
    expect(session?.events[0]).toEqual({ customerId: 'a', at: 0, touchpoint: 'ad', channel: 'social', kind: 'digital', stage: 'awareness', storeId: 's', zone: 'z' });
    expect(session?.events[1]).toMatchObject({ channel: 'web', kind: 'product', stage: 'x', storeId: 's2', zone: 'z2' });
    expect(session?.channels).toEqual(['social', 'web']);
    const bare = defineTouchpoints([{ id: 'b', kind: 'service', channel: 'store' }]);
    expect(sessionize([{ customerId: 'a', at: 0, touchpoint: 'b' }], { touchpoints: bare })[0]?.events[0]).toEqual({
      customerId: 'a',
      at: 0,
      touchpoint: 'b',
      channel: 'store',
      kind: 'service',
    });
  });

  it('reports an instant given as -0 as 0, in the session and in its events', () => {
    // -0 and 0 are the same instant (1970-01-01T00:00:00Z); the output must not carry the sign:
    // start = 0, end = 1000, durationMs = 1000 − 0 = 1000, and events[0].at = 0 (not -0).
    const events = deepFreeze([
      { customerId: 'a', at: -0, touchpoint: 'p1' },
      { customerId: 'a', at: 1000, touchpoint: 'p2' },
    ]);
    const [session] = sessionize(events);
    expect(Object.is(session?.start, 0)).toBe(true);
    expect(Object.is(session?.events[0]?.at, 0)).toBe(true);
    expect(session?.durationMs).toBe(1000);
    const [only] = sessionize(deepFreeze([{ customerId: 'a', at: -0, touchpoint: 'p1' }]));
    // one event: start = end = 0 and durationMs = 0 − 0 = +0
    expect([Object.is(only?.start, 0), Object.is(only?.end, 0), Object.is(only?.durationMs, 0)]).toEqual([true, true, true]);
  });

  it('gives [] for no events', () => {
    expect(sessionize([])).toEqual([]);
  });

  it('refuses bad events and options with code and path', () => {
    const ok = { customerId: 'a', at: 0, touchpoint: 't' };
    const bad = (patch: Record<string, unknown>): JourneyEventInput[] => [ok, { ...ok, ...patch }];
    expectOmnicxError(() => sessionize('x' as never), 'INVALID_INPUT', ['events']);
    expectOmnicxError(() => sessionize([null as never]), 'INVALID_INPUT', ['events', 0]);
    expectOmnicxError(() => sessionize(bad({ customerId: undefined })), 'INVALID_INPUT', ['events', 1, 'customerId']);
    expectOmnicxError(() => sessionize(bad({ touchpoint: '' })), 'INVALID_INPUT', ['events', 1, 'touchpoint']);
    expectOmnicxError(() => sessionize(bad({ at: Number.NaN })), 'INVALID_DATE', ['events', 1, 'at']);
    expectOmnicxError(() => sessionize(bad({ at: Infinity })), 'INVALID_DATE', ['events', 1, 'at']);
    expectOmnicxError(() => sessionize(bad({ at: '2026-13-01T00:00:00Z' })), 'INVALID_DATE', ['events', 1, 'at']);
    expectOmnicxError(() => sessionize(bad({ at: '2026-03-01T00:00:00' })), 'INVALID_DATE', ['events', 1, 'at']);
    expectOmnicxError(() => sessionize(bad({ at: {} })), 'INVALID_INPUT', ['events', 1, 'at']);
    expectOmnicxError(() => sessionize(bad({ channel: '' })), 'INVALID_INPUT', ['events', 1, 'channel']);
    expectOmnicxError(() => sessionize(bad({ kind: 'x' })), 'INVALID_INPUT', ['events', 1, 'kind']);
    expectOmnicxError(() => sessionize(bad({ type: 'x' })), 'INVALID_INPUT', ['events', 1, 'type']);
    expectOmnicxError(() => sessionize(bad({ valueMinor: 1.5 })), 'INVALID_INPUT', ['events', 1, 'valueMinor']);
    expectOmnicxError(() => sessionize(bad({ valueMinor: 2 ** 60 })), 'NOT_SAFE_INTEGER', ['events', 1, 'valueMinor']);
    expectOmnicxError(() => sessionize(bad({ sentiment: 1.5 })), 'INVALID_INPUT', ['events', 1, 'sentiment']);
    expectOmnicxError(() => sessionize(bad({ sentiment: Number.NaN })), 'INVALID_INPUT', ['events', 1, 'sentiment']);
    expectOmnicxError(() => sessionize(bad({ id: 3 })), 'INVALID_INPUT', ['events', 1, 'id']);
    expectOmnicxError(() => sessionize(bad({ properties: [] })), 'INVALID_INPUT', ['events', 1, 'properties']);
    const touchpoints = defineTouchpoints([{ id: 't', kind: 'digital', channel: 'web' }]);
    expectOmnicxError(() => sessionize(bad({ touchpoint: 'u' }), { touchpoints }), 'INVALID_INPUT', ['events', 1, 'touchpoint']);
    expectOmnicxError(() => sessionize([ok], { touchpoints: {} as never }), 'INVALID_INPUT', ['options', 'touchpoints']);
    expectOmnicxError(() => sessionize([ok], { timeoutMs: -1 }), 'INVALID_INPUT', ['options', 'timeoutMs']);
    expectOmnicxError(() => sessionize([ok], { timeoutMs: Number.NaN }), 'INVALID_INPUT', ['options', 'timeoutMs']);
    expectOmnicxError(() => sessionize([ok], { splitAtMidnight: 1 as never }), 'INVALID_INPUT', ['options', 'splitAtMidnight']);
    expectOmnicxError(() => sessionize([ok], { timeZone: 'Mars/Olympus' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
    expectOmnicxError(() => sessionize([ok], { timeZone: '' }), 'INVALID_INPUT', ['options', 'timeZone']);
    expectOmnicxError(() => sessionize([ok], 3 as never), 'INVALID_INPUT', ['options']);
  });

  it('partitions the events into time-ordered sessions whose internal gaps never exceed the timeout (property)', () => {
    const event = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'é', 'B'),
      at: fc.integer({ min: 0, max: 10 * HOUR }),
      touchpoint: fc.constantFrom('x', 'y', 'z'),
    });
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), fc.integer({ min: 0, max: 2 * HOUR }), (events, timeoutMs) => {
        const copy = structuredClone(events);
        const sessions = sessionize(events, { timeoutMs });
        expect(events).toEqual(copy);
        const seen = sessions.flatMap((s) => s.events);
        expect(seen.length).toBe(events.length);
        expect(new Set(seen).size).toBe(events.length);
        for (const s of sessions) {
          for (let k = 1; k < s.events.length; k++) {
            const gap = s.events[k]!.at - s.events[k - 1]!.at;
            expect(gap).toBeGreaterThanOrEqual(0);
            expect(gap).toBeLessThanOrEqual(timeoutMs);
          }
        }
        for (let k = 1; k < sessions.length; k++) {
          const [p, s] = [sessions[k - 1]!, sessions[k]!];
          if (p.customerId === s.customerId) {
            expect(s.index).toBe(p.index + 1);
            expect(s.start - p.end).toBeGreaterThan(timeoutMs);
          } else {
            expect(p.customerId < s.customerId).toBe(true);
            expect(s.index).toBe(0);
          }
        }
      }),
    );
  });
});

// Where a fall-back crosses local midnight the local day repeats: America/St_Johns went from
// 00:01 NDT back to 23:01 NST on 2010-11-07 (02:31Z), Antarctica/Casey from 2010-03-05 02:00 (+11)
// to 2010-03-04 23:00 (+8). Events in the repeated hour are on one local day with no midnight
// between them, so they must share a session.
describe('splitAtMidnight where a fall-back crosses midnight', () => {
  const ids = (sessions: { events: readonly { touchpoint: string }[] }[]): string[][] => sessions.map((s) => s.events.map((e) => e.touchpoint));
  it('America/St_Johns 2010-11-06 23:10–23:50 NST is one session', () => {
    // Intl: 02:40Z → 2010-11-06 11:10 p.m. NST, 02:50Z → 11:20 p.m., 03:00Z → 11:30 p.m., 03:20Z → 11:50 p.m.
    const events = ['2010-11-07T02:40:00Z', '2010-11-07T02:50:00Z', '2010-11-07T03:00:00Z', '2010-11-07T03:20:00Z'].map((at, i) => ({
      customerId: 'c',
      at,
      touchpoint: `t${String(i)}`,
    }));
    // before: [['t0'], ['t1'], ['t2'], ['t3']]
    expect(ids(sessionize(events, { timeZone: 'America/St_Johns', splitAtMidnight: true }))).toEqual([['t0', 't1', 't2', 't3']]);
    expect(buildJourneys(events, { by: 'session', timeZone: 'America/St_Johns' }).map((j) => j.steps.map((s) => s.touchpoint))).toEqual([
      ['t0', 't1', 't2', 't3'],
    ]);
  });
  it('Antarctica/Casey 2010-03-04 23:10 and 23:40 (+08) share a session; local midnight still splits', () => {
    const events = ['2010-03-04T15:10:00Z', '2010-03-04T15:40:00Z', '2010-03-04T16:00:00Z'].map((at, i) => ({ customerId: 'c', at, touchpoint: `t${String(i)}` }));
    // before: [['t0'], ['t1'], ['t2']]
    expect(ids(sessionize(events, { timeZone: 'Antarctica/Casey', splitAtMidnight: true }))).toEqual([['t0', 't1'], ['t2']]);
  });
});
