import { buildJourneys, journeysToPaths, type JourneyEvent } from '../../src/journey/index.js';
import { deepFreeze, expectOmnicxError, HOUR, MINUTE } from './helpers.js';
import { describe, expect, it } from 'vitest';

const LOG = deepFreeze([
  { customerId: 'a', at: 0, touchpoint: 'ad' },
  { customerId: 'a', at: 10 * MINUTE, touchpoint: 'web' },
  { customerId: 'a', at: 20 * MINUTE, touchpoint: 'buy', type: 'conversion' as const, valueMinor: 1000 },
  { customerId: 'a', at: 5 * HOUR, touchpoint: 'email' },
  { customerId: 'a', at: 5 * HOUR + MINUTE, touchpoint: 'buy', type: 'conversion' as const, valueMinor: 500 },
  { customerId: 'b', at: HOUR, touchpoint: 'ad' },
]);

const tps = (steps: readonly JourneyEvent[]): string[] => steps.map((s) => s.touchpoint);

describe('buildJourneys', () => {
  it('ends a customer journey at each conversion by default and keeps non-converting journeys', () => {
    const journeys = buildJourneys(LOG);
    expect(journeys.map((j) => [j.customerId, j.index, tps(j.steps), j.converted, j.conversionValueMinor, j.timeToConvertMs])).toEqual([
      ['a', 0, ['ad', 'web', 'buy'], true, 1000, 20 * MINUTE],
      ['a', 1, ['email', 'buy'], true, 500, MINUTE],
      ['b', 0, ['ad'], false, 0, null],
    ]);
    expect(journeys[0]).toMatchObject({ start: 0, end: 20 * MINUTE, durationMs: 20 * MINUTE, conversions: 1 });
  });

  it('keeps every conversion in one journey without endAtConversion', () => {
    const [a] = buildJourneys(LOG, { endAtConversion: false });
    expect(tps(a!.steps)).toEqual(['ad', 'web', 'buy', 'email', 'buy']);
    expect(a).toMatchObject({ conversions: 2, conversionValueMinor: 1500, timeToConvertMs: 20 * MINUTE });
  });

  it('recognises conversions by touchpoint id or predicate', () => {
    expect(buildJourneys(LOG, { conversion: 'web' }).map((j) => tps(j.steps))).toEqual([['ad', 'web'], ['buy', 'email', 'buy'], ['ad']]);
    expect(buildJourneys(LOG, { conversion: (e) => e.touchpoint === 'email' }).map((j) => j.converted)).toEqual([true, false, false]);
  });

  it('builds journeys per session', () => {
    const journeys = buildJourneys(LOG, { by: 'session', endAtConversion: false });
    expect(journeys.map((j) => tps(j.steps))).toEqual([['ad', 'web', 'buy'], ['email', 'buy'], ['ad']]);
    expect(buildJourneys(LOG, { by: 'session', timeoutMs: 5 * MINUTE, endAtConversion: false }).length).toBe(5);
    expect(buildJourneys(LOG, { by: 'session', timeZone: 'UTC' }).length).toBe(3);
    // a time zone alone splits sessions at its local midnight (23:50 and 00:10 in New York, 20 min apart)
    const late = [
      { customerId: 'n', at: '2026-03-07T23:50:00-05:00', touchpoint: 'a' },
      { customerId: 'n', at: '2026-03-08T00:10:00-05:00', touchpoint: 'b' },
    ];
    expect(buildJourneys(late, { by: 'session' }).length).toBe(1);
    expect(buildJourneys(late, { by: 'session', timeZone: 'America/New_York' }).map((j) => tps(j.steps))).toEqual([['a'], ['b']]);
  });

  it('drops steps earlier than the lookback before the first conversion (the boundary is kept)', () => {
    const journeys = buildJourneys(LOG, { lookbackMs: 10 * MINUTE });
    expect(journeys.map((j) => tps(j.steps))).toEqual([['web', 'buy'], ['email', 'buy'], ['ad']]);
    expect(journeys[0]).toMatchObject({ start: 10 * MINUTE, timeToConvertMs: 10 * MINUTE });
    const open = buildJourneys(
      [
        { customerId: 'x', at: 0, touchpoint: 'a' },
        { customerId: 'x', at: HOUR, touchpoint: 'b' },
      ],
      { lookbackMs: 30 * MINUTE },
    );
    expect(tps(open[0]!.steps)).toEqual(['b']);
  });

  it('gives [] for no events', () => {
    expect(buildJourneys([])).toEqual([]);
  });

  it('refuses bad options', () => {
    expectOmnicxError(() => buildJourneys(LOG, { by: 'visit' as never }), 'INVALID_INPUT', ['options', 'by']);
    expectOmnicxError(() => buildJourneys(LOG, { conversion: [] }), 'INVALID_INPUT', ['options', 'conversion']);
    expectOmnicxError(() => buildJourneys(LOG, { conversion: [''] }), 'INVALID_INPUT', ['options', 'conversion', 0]);
    expectOmnicxError(() => buildJourneys(LOG, { conversion: 3 as never }), 'INVALID_INPUT', ['options', 'conversion']);
    expectOmnicxError(() => buildJourneys(LOG, { lookbackMs: -1 }), 'INVALID_INPUT', ['options', 'lookbackMs']);
    expectOmnicxError(() => buildJourneys(LOG, { endAtConversion: 'yes' as never }), 'INVALID_INPUT', ['options', 'endAtConversion']);
    expectOmnicxError(() => buildJourneys(LOG, { timeoutMs: 1 }), 'INVALID_INPUT', ['options', 'timeoutMs']);
    expectOmnicxError(() => buildJourneys(LOG, { timeZone: 'UTC' }), 'INVALID_INPUT', ['options', 'timeZone']);
    expectOmnicxError(() => buildJourneys([{ customerId: 'a', at: 0 } as never]), 'INVALID_INPUT', ['events', 0, 'touchpoint']);
  });
});

describe('conversion values stay safe integers through buildJourneys → journeysToPaths', () => {
  it('buildJourneys refuses a conversion value sum beyond 2^53 − 1 instead of returning an inexact one', () => {
    const big = Number.MAX_SAFE_INTEGER;
    const events = [
      { customerId: 'c', at: 0, touchpoint: 'buy', type: 'conversion' as const, valueMinor: big },
      { customerId: 'c', at: 1, touchpoint: 'buy', type: 'conversion' as const, valueMinor: big },
    ];
    // before: conversionValueMinor 18014398509481982 (not a safe integer), no error
    expect(() => buildJourneys(events, { endAtConversion: false })).toThrow(expect.objectContaining({ code: 'NOT_SAFE_INTEGER' }));
  });
  it('journeysToPaths refuses a non-integer value (money is integer minor units)', () => {
    // before: accepted, record value 1.5
    expect(() => journeysToPaths([{ steps: [{ touchpoint: 'ad', at: 0 }], converted: true, conversionValueMinor: 1.5 }])).toThrow(
      expect.objectContaining({ path: ['journeys', 0, 'conversionValueMinor'] }),
    );
  });
});
