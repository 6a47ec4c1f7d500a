import { defineBusinessCalendar, serviceKpis, serviceKpisResultSchema, type ServiceTicketInput, type SlaPolicy } from '../../src/satisfaction/index.js';
import { expectOmnicxError, HOUR } from './expectOmnicxError.js';
import { describe, expect, it } from 'vitest';

const nineToFive = [['09:00', '17:00']] as const;
const calendar = defineBusinessCalendar({
  timeZone: 'UTC',
  weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive },
});
// Mon 2026-03-02 … Fri 2026-03-06 (UTC calendar, so business hours are 09–17Z); asOf is Wed 2026-03-04 09:00
const tickets: ServiceTicketInput[] = [
  // A: chat P1, responded after 1 h, resolved after 3 h, one contact
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', channel: 'chat', firstResponseAt: '2026-03-02T10:00:00Z', resolvedAt: '2026-03-02T12:00:00Z', contacts: 1 },
  // B: email P2, responded after 3 h, resolved next day 10:00 (calendar 25 h, business 8 + 1 = 9 h), reopened once, 3 contacts
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P2', channel: 'email', firstResponseAt: '2026-03-02T12:00:00Z', resolvedAt: '2026-03-03T10:00:00Z', contacts: 3, reopenCount: 1 },
  // C: email P2, opened Mon 16:00, no answer yet
  { openedAt: '2026-03-02T16:00:00Z', priority: 'P2', channel: 'email' },
  // D: phone P1 without channel, responded after 30 min, waiting on the customer 10:00–14:00 Tue, open
  { openedAt: '2026-03-03T09:00:00Z', priority: 'P1', firstResponseAt: '2026-03-03T09:30:00Z', pauses: [{ from: '2026-03-03T10:00:00Z', to: '2026-03-03T14:00:00Z' }] },
  // E: opened after asOf: left out
  { openedAt: '2026-03-05T09:00:00Z', priority: 'P1', firstResponseAt: '2026-03-05T09:01:00Z' },
  // F: P9 has no target; resolved (after asOf) → still open at asOf
  { openedAt: '2026-03-02T09:00:00Z', priority: 'P9', resolvedAt: '2026-03-06T09:00:00Z', contacts: 1 },
];
const asOf = '2026-03-04T09:00:00Z';
const policy: SlaPolicy = {
  targets: { P1: { firstResponseMs: HOUR, resolutionMs: 4 * HOUR }, P2: { firstResponseMs: 2 * HOUR, resolutionMs: 16 * HOUR } },
  businessHours: true,
};

describe('serviceKpis', () => {
  it('summarises response and resolution times in calendar time', () => {
    const kpis = serviceKpis(tickets, { asOf });
    expect(serviceKpisResultSchema.safeParse(kpis).success).toBe(true);
    expect(kpis.n).toBe(5); // A, B, C, D, F
    // first responses: A 1 h, B 3 h, D 0.5 h → mean 1.5 h, median 1 h, p90 = 1 + 0.8 × (3 − 1) = 2.6 h (type 7: h = 2·0.9 = 1.8)
    // sd² = ((−1)² + (−0.5)² + 1.5²)/2 = 1.75 h², SE = √(1.75/3) h = 0.7638 h; t(0.975, 2) = 4.302653 (R: qt(0.975, 2))
    // → 1.5 ± 3.2862 h, the lower bound kept at 0; n = 3 is too few for a 95 % median interval (coverage 1 − 2/2³ = 0.75)
    const se = Math.sqrt(1.75 / 3) * HOUR;
    expect(kpis.firstResponseTime).toEqual({
      n: 3,
      meanMs: 1.5 * HOUR,
      medianMs: HOUR,
      p90Ms: 2.6 * HOUR,
      standardErrorMs: expect.closeTo(se, 6) as number,
      meanInterval: { lower: 0, upper: expect.closeTo(1.5 * HOUR + 4.302652729911275 * se, 3) as number, confidence: 0.95, method: 'studentT' },
      medianInterval: null,
    });
    // resolutions by asOf: A 3 h, B 25 h → mean = median = 14 h, p90 = 3 + 0.9 × 22 = 22.8 h
    // sd = √(11² + 11²) = 11√2 h, SE = 11 h; t(0.975, 1) = 12.706205 → 14 + 139.768 h
    expect(kpis.resolutionTime).toEqual({
      n: 2,
      meanMs: 14 * HOUR,
      medianMs: 14 * HOUR,
      p90Ms: 22.8 * HOUR,
      standardErrorMs: expect.closeTo(11 * HOUR, 6) as number,
      meanInterval: { lower: 0, upper: expect.closeTo((14 + 11 * 12.706204736174707) * HOUR, 3) as number, confidence: 0.95, method: 'studentT' },
      medianInterval: null,
    });
  });

  it('summarises in business time, and without pauses when asked', () => {
    const business = serviceKpis(tickets, { asOf, timeBasis: 'business', calendar });
    // B resolved Tue 10:00 after Mon 09–17 (8 h) + Tue 09–10 (1 h) = 9 h; A 3 h → mean 6 h
    expect(business.resolutionTime.meanMs).toBe(6 * HOUR);
    expect(business.timeBasis).toBe('business');
    // D's pause starts after its response: unchanged
    expect(serviceKpis(tickets, { asOf, excludePauses: true }).firstResponseTime.meanMs).toBe(1.5 * HOUR);
    const paused: ServiceTicketInput[] = [
      { openedAt: '2026-03-02T09:00:00Z', priority: 'P1', resolvedAt: '2026-03-02T15:00:00Z', pauses: [{ from: '2026-03-02T10:00:00Z', to: '2026-03-02T12:00:00Z' }] },
    ];
    expect(serviceKpis(paused, { asOf, excludePauses: true }).resolutionTime.meanMs).toBe(4 * HOUR);
    expect(serviceKpis(paused, { asOf }).resolutionTime.meanMs).toBe(6 * HOUR);
  });

  it('computes first-contact resolution and reopen rates with Wilson intervals', () => {
    const kpis = serviceKpis(tickets, { asOf });
    // resolved by asOf with known contacts: A (1), B (3) → 1 of 2; F resolves after asOf
    expect(kpis.firstContactResolution).toMatchObject({ n: 2, count: 1, rate: 0.5 });
    // Wilson 95 % for 1 of 2: (0.5 + z²/4 ± z·√(0.125 + z²/16)) / (1 + z²/2), z = 1.959964 → [0.0945, 0.9055]
    expect(kpis.firstContactResolution.interval?.lower).toBeCloseTo(0.0945312, 6);
    expect(kpis.firstContactResolution.interval?.upper).toBeCloseTo(0.9054688, 6);
    // resolved at least once: A, B → B reopened
    expect(kpis.reopenRate).toMatchObject({ n: 2, count: 1, rate: 0.5 });
    expect(serviceKpis(tickets, { asOf, confidence: 0.9 }).reopenRate.interval?.confidence).toBe(0.9);
  });

  it('counts the backlog at asOf by priority and channel', () => {
    expect(serviceKpis(tickets, { asOf }).backlog).toEqual({
      count: 3, // C, D, F
      oldestOpenedAt: Date.UTC(2026, 2, 2, 9),
      byPriority: [
        { priority: 'P1', count: 1 },
        { priority: 'P2', count: 1 },
        { priority: 'P9', count: 1 },
      ],
      byChannel: [{ channel: 'email', count: 1 }],
    });
  });

  it('measures SLA attainment per priority and channel, leaving out clocks still within target', () => {
    const sla = serviceKpis(tickets, { asOf, calendar, policy }).slaAttainment;
    // first response: A met (1 h ≤ 1 h), B breached (3 h > 2 h), C breached (due Tue 10:00, no answer), D met (0.5 h)
    expect(sla?.firstResponse).toMatchObject({ n: 4, met: 2, breached: 2, rate: 0.5 });
    // resolution at Wed 09:00: A met (3 h ≤ 4 h), B met (9 h ≤ 16 h);
    //   C counted Mon 16–17 1 h + Tue 8 h = 9 h of 16 h → still running, left out;
    //   D: Tue 09–10 1 h, paused 10–14, 14–17 3 h → 4 h reached Tue 17:00, before asOf → breached
    expect(sla?.resolution).toMatchObject({ n: 3, met: 2, breached: 1 });
    expect(sla?.byPriority.map((g) => [g.priority, g.firstResponse.met, g.firstResponse.breached, g.resolution.met, g.resolution.breached])).toEqual([
      ['P1', 2, 0, 1, 1],
      ['P2', 0, 2, 1, 0],
    ]);
    expect(sla?.byChannel.map((g) => [g.channel, g.firstResponse.n, g.resolution.n])).toEqual([
      ['chat', 1, 1],
      ['email', 2, 1],
    ]);
    // a clock still within target is not settled
    const early = serviceKpis(tickets, { asOf: '2026-03-02T09:30:00Z', calendar, policy }).slaAttainment;
    expect(early?.firstResponse).toEqual({ n: 0, met: 0, breached: 0, rate: null, interval: null });
  });

  it('returns n = 0 and nulls, never NaN, for no tickets', () => {
    const kpis = serviceKpis([], { asOf, policy, calendar });
    expect(kpis).toEqual({
      asOf: Date.UTC(2026, 2, 4, 9),
      timeBasis: 'calendar',
      n: 0,
      firstResponseTime: { n: 0, meanMs: null, medianMs: null, p90Ms: null, standardErrorMs: null, meanInterval: null, medianInterval: null },
      resolutionTime: { n: 0, meanMs: null, medianMs: null, p90Ms: null, standardErrorMs: null, meanInterval: null, medianInterval: null },
      firstContactResolution: { n: 0, count: 0, rate: null, interval: null },
      reopenRate: { n: 0, count: 0, rate: null, interval: null },
      backlog: { count: 0, oldestOpenedAt: null, byPriority: [], byChannel: [] },
      slaAttainment: {
        firstResponse: { n: 0, met: 0, breached: 0, rate: null, interval: null },
        resolution: { n: 0, met: 0, breached: 0, rate: null, interval: null },
        byPriority: [],
        byChannel: [],
      },
    });
  });

  it('refuses bad input with the path of the bad field', () => {
    expectOmnicxError(() => serviceKpis({} as never, { asOf }), 'INVALID_INPUT', ['tickets']);
    expectOmnicxError(() => serviceKpis([{ openedAt: 'x', priority: 'P1' }], { asOf }), 'INVALID_INPUT', ['tickets', 0, 'openedAt']);
    expectOmnicxError(() => serviceKpis([], {} as never), 'INVALID_INPUT', ['options', 'asOf']);
    expectOmnicxError(() => serviceKpis([], { asOf, timeBasis: 'business' }), 'INVALID_INPUT', ['options', 'calendar']);
    expectOmnicxError(() => serviceKpis([], { asOf, policy }), 'INVALID_INPUT', ['options', 'calendar']);
    expectOmnicxError(() => serviceKpis([], { asOf, confidence: 1 }), 'INVALID_INPUT', ['options', 'confidence']);
  });
});

describe('serviceKpis with a sparse tickets array', () => {
  it('refuses a hole as a bad ticket (OmnicxError at its index), never a TypeError', () => {
    // eslint-disable-next-line no-sparse-arrays
    const tickets = [, { openedAt: '2026-03-02T09:00:00Z', priority: 'P1' }] as unknown as ServiceTicketInput[];
    expectOmnicxError(() => serviceKpis(tickets, { asOf: '2026-03-03T09:00:00Z' }), 'INVALID_INPUT', ['tickets', 0]);
    expectOmnicxError(() => serviceKpis(new Array(2) as ServiceTicketInput[], { asOf: 0 }), 'INVALID_INPUT', ['tickets', 0]);
  });
});

describe('serviceKpis uncertainty of response and resolution times', () => {
  const opened = Date.UTC(2026, 2, 2, 9);
  /** Tickets answered after 1 h, 2 h, …, n h (given in a shuffled order). */
  const answeredAfter = (hours: readonly number[]): ServiceTicketInput[] =>
    hours.map((h) => ({ openedAt: opened, priority: 'P1', firstResponseAt: opened + h * HOUR }));
  const summary = (hours: readonly number[], confidence?: number) =>
    serviceKpis(answeredAfter(hours), { asOf: opened + 100 * HOUR, ...(confidence === undefined ? {} : { confidence }) }).firstResponseTime;

  it('gives the order-statistics interval of the median with binomial ranks', () => {
    // n = 10: P(B ≤ 1) = (1 + 10)/2¹⁰ = 11/1024, coverage of [x₍₂₎, x₍₉₎] = 1 − 22/1024 = 0.978515625 ≥ 0.95;
    // [x₍₃₎, x₍₈₎] would cover 1 − 2·(1 + 10 + 45)/1024 = 0.890625 < 0.95 (ranks 2 and 9: Campbell & Gardner 1988,
    // BMJ 296:1454–1456; Conover 1999, Practical Nonparametric Statistics §3.2)
    const ten = summary([7, 3, 10, 1, 5, 9, 2, 8, 4, 6]);
    expect(ten.medianInterval).toEqual({
      lower: 2 * HOUR,
      upper: 9 * HOUR,
      confidence: 0.95,
      method: 'orderStatistics',
      lowerRank: 2,
      upperRank: 9,
      coverage: expect.closeTo(1 - 22 / 1024, 14) as number,
    });
    // n = 20: P(B ≤ 5) = (1 + 20 + 190 + 1140 + 4845 + 15504)/2²⁰ = 21700/1048576 → coverage 0.958611 with ranks 6 and 15;
    // ranks 7 and 14 cover 1 − 2·(21700 + 38760)/2²⁰ = 0.884682
    const twenty = summary(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(twenty.medianInterval).toMatchObject({ lower: 6 * HOUR, upper: 15 * HOUR, lowerRank: 6, upperRank: 15 });
    expect(twenty.medianInterval?.coverage).toBeCloseTo(1 - 43400 / 1048576, 13);
    // n = 100: 2·P(B ≤ 39) = 0.0352 ≤ 0.05 < 2·P(B ≤ 40) = 0.0569 (exact binomial sums, computed apart), so ranks 40 and 61;
    // Campbell & Gardner's large-sample rule n/2 ∓ 1.96·√n/2 (BMJ 1988) gives the same
    expect(summary(Array.from({ length: 100 }, (_, i) => i + 1)).medianInterval).toMatchObject({ lowerRank: 40, upperRank: 61 });
  });

  it('reports no median interval when n is too small to reach the confidence', () => {
    // n = 5: even [x₍₁₎, x₍₅₎] covers only 1 − 2/2⁵ = 0.9375; n = 6: 1 − 2/2⁶ = 0.96875
    expect(summary([1, 2, 3, 4, 5]).medianInterval).toBeNull();
    expect(summary([1, 2, 3, 4, 5, 6]).medianInterval).toMatchObject({ lowerRank: 1, upperRank: 6, coverage: 0.96875 });
    // at 99 % n = 8 is needed: 1 − 2/2⁷ = 0.984 < 0.99 ≤ 1 − 2/2⁸ = 0.992
    expect(summary([1, 2, 3, 4, 5, 6, 7], 0.99).medianInterval).toBeNull();
    expect(summary([1, 2, 3, 4, 5, 6, 7, 8], 0.99).medianInterval).toMatchObject({ lowerRank: 1, upperRank: 8, confidence: 0.99 });
    expect(summary([4]).meanInterval).toBeNull();
    expect(summary([4]).standardErrorMs).toBeNull();
    // equal times: SE 0 and a point interval
    expect(summary([2, 2, 2])).toMatchObject({ standardErrorMs: 0, meanInterval: { lower: 2 * HOUR, upper: 2 * HOUR } });
  });

  it("matches R's t.test for the mean: 1…10 hours", () => {
    // R: t.test(1:10)$conf.int = 3.334149 7.665851
    const ten = summary([7, 3, 10, 1, 5, 9, 2, 8, 4, 6]);
    expect((ten.meanInterval?.lower ?? NaN) / HOUR).toBeCloseTo(3.334149, 6);
    expect((ten.meanInterval?.upper ?? NaN) / HOUR).toBeCloseTo(7.665851, 6);
    expect(serviceKpisResultSchema.shape.firstResponseTime.safeParse(ten).success).toBe(true);
  });
});
