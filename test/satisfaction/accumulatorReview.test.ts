// Defects found by reviewing the new SERVQUAL, Kano and service-KPI uncertainty and accumulators
// (2026-11-28); each test failed before its fix (the last one documents a limit of the docs).
import { describe, expect, it } from 'vitest';
import {
  addServiceTickets,
  addServqualAnswers,
  createServiceKpisAccumulator,
  createServqualAccumulator,
  defineBusinessCalendar,
  serviceKpis,
  serviceKpisFromAccumulator,
  servqualFromAccumulator,
  servqualGaps,
  type ServiceKpisAccumulator,
  type ServqualAccumulator,
} from '../../src/satisfaction/index.js';
import { durationSummaryOfSorted } from '../../src/satisfaction/internal/durationSummary.js';
import { expectError, viaJson } from './surveyHelpers.js';

describe('review: service-KPI accumulator without the calendar its options need', () => {
  const tickets = [{ openedAt: '2026-03-02T06:00:00Z', priority: 'P1', resolvedAt: '2026-03-02T10:00:00Z' }];
  it('refuses timeBasis business with calendar null (serviceKpis refuses the same options)', () => {
    expectError(() => serviceKpis(tickets, { asOf: '2026-03-03T00:00:00Z', timeBasis: 'business' }), 'INVALID_INPUT', ['options', 'calendar']);
    const acc: ServiceKpisAccumulator = { ...createServiceKpisAccumulator({ asOf: '2026-03-03T00:00:00Z' }), timeBasis: 'business' };
    expectError(() => addServiceTickets(acc, tickets), 'INVALID_INPUT', ['acc', 'calendar']);
    expectError(() => serviceKpisFromAccumulator(acc), 'INVALID_INPUT', ['acc', 'calendar']);
  });
  it('refuses a business-hours policy with calendar null', () => {
    const acc: ServiceKpisAccumulator = {
      ...createServiceKpisAccumulator({ asOf: '2026-03-03T00:00:00Z' }),
      policy: { targets: { P1: { resolutionMs: 3_600_000 } }, businessHours: true },
    };
    expectError(() => addServiceTickets(acc, tickets), 'INVALID_INPUT', ['acc', 'calendar']);
  });
});

describe('review: inconsistent service-KPI accumulator counts', () => {
  const base = createServiceKpisAccumulator({ asOf: 0 });
  it('refuses count > n at a path inside acc', () => {
    expectError(() => serviceKpisFromAccumulator({ ...base, firstContactResolution: { n: 1, count: 5 } }), 'INVALID_INPUT', ['acc', 'firstContactResolution', 'count']);
    expectError(() => serviceKpisFromAccumulator({ ...base, reopenRate: { n: 0, count: 5 } }), 'INVALID_INPUT', ['acc', 'reopenRate', 'count']);
  });
  it('refuses a hand-edited calendar with OmnicxError, not a TypeError', () => {
    const calendar = defineBusinessCalendar({ timeZone: 'Europe/Berlin', weekly: { mon: [['09:00', '17:00']] } });
    const acc = viaJson(createServiceKpisAccumulator({ asOf: '2026-03-03T00:00:00Z', timeBasis: 'business', calendar }));
    const edited = { ...acc, calendar: { ...acc.calendar, weeklyMinutes: [null, null, null, null, null, null, null] } } as unknown as ServiceKpisAccumulator;
    const tickets = [{ openedAt: '2026-03-02T06:00:00Z', priority: 'P1', resolvedAt: '2026-03-02T10:00:00Z' }];
    expectError(() => addServiceTickets(edited, tickets), 'INVALID_INPUT', ['acc', 'calendar', 'weeklyMinutes', 0]);
  });
});

describe('review: SERVQUAL accumulator with impossible squaredGaps', () => {
  const acc = addServqualAnswers(createServqualAccumulator(), [
    { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
    { item: 'R1', dimension: 'reliability', expectation: 6, perception: 6 },
  ]);
  it('refuses Σd² < (Σd)²/n and a parity that integer gaps cannot have', () => {
    // gaps sum to −2 over n = 2: Σd² ≥ 4/2 = 2, and Σd² ≡ Σd (mod 2) since d² ≡ d
    expectError(() => servqualFromAccumulator({ ...acc, items: [{ ...acc.items[0]!, squaredGaps: 0 }] }), 'INVALID_INPUT', ['acc', 'items', 0, 'squaredGaps']);
    expectError(() => servqualFromAccumulator({ ...acc, items: [{ ...acc.items[0]!, squaredGaps: 3 }] }), 'INVALID_INPUT', ['acc', 'items', 0, 'squaredGaps']);
  });
});

describe('review: addServqualAnswers writes into a malformed accumulator', () => {
  it('refuses bad weights and holes in items before writing', () => {
    const junk = { ...createServqualAccumulator(), weights: { reliability: 'x' } } as unknown as ServqualAccumulator;
    expectError(() => addServqualAnswers(junk, []), 'INVALID_INPUT', ['acc', 'weights', 'reliability']);
    const holey = createServqualAccumulator();
    holey.items.length = 1; // [ <hole> ]
    expectError(() => addServqualAnswers(holey, [{ item: 'T1', dimension: 'tangibles', expectation: 1, perception: 1 }]), 'INVALID_INPUT', ['acc', 'items', 0]);
    expect(holey.items.length).toBe(1);
  });
});

describe('review: a -0 weight', () => {
  it('gives the same result after a JSON round trip of the accumulator', () => {
    const answers = [
      { item: 'R1', dimension: 'reliability', expectation: 7, perception: 5 },
      { item: 'T1', dimension: 'tangibles', expectation: 5, perception: 6 },
    ] as const;
    const weights = { reliability: -0, tangibles: 1 };
    const acc = addServqualAnswers(createServqualAccumulator({ weights }), [...answers]);
    expect(servqualFromAccumulator(viaJson(acc))).toEqual(servqualGaps([...answers], { weights }));
  });
});

describe('review: median interval at a confidence equal to an attainable coverage', () => {
  it('takes the narrowest interval whose coverage reaches the confidence', () => {
    const ranks = (n: number, confidence: number) => {
      const r = durationSummaryOfSorted(Array.from({ length: n }, (_, i) => i), confidence).medianInterval;
      return r === null ? null : [r.lowerRank, r.upperRank];
    };
    // n = 10: [x(2), x(9)] covers 1 − 2·(1 + 10)/1024 = 0.978515625 exactly (Conover 1999 §3.2)
    expect(ranks(10, 1 - 22 / 1024)).toEqual([2, 9]);
    // n = 6: [x(1), x(6)] covers 1 − 2/64 = 0.96875 exactly
    expect(ranks(6, 1 - 2 / 64)).toEqual([1, 6]);
  });
});

describe('review: servqualGaps TSDoc says the numbers do not depend on the order of the answers', () => {
  it('they do for fractional answers (evidence for the TSDoc fix; passes today)', () => {
    const rows = [0.1, 0.2, 0.3].map((perception) => ({ item: 'A', dimension: 'assurance' as const, expectation: 0, perception }));
    // (0.1 + 0.2) + 0.3 = 0.6000000000000001, (0.3 + 0.2) + 0.1 = 0.6
    expect(servqualGaps([...rows].reverse(), { scale: [0, 1] }).items[0]?.perception).not.toBe(servqualGaps(rows, { scale: [0, 1] }).items[0]?.perception);
  });
});
