import { describe, expect, it } from 'vitest';
import { cohortRetention, survivalCurve } from '../../src/members/index.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';

describe('survivalCurve', () => {
  it('computes Kaplan–Meier and Greenwood standard errors by hand', () => {
    // times: 1 event, 2 event + censor, 3 censor, 5 event (6 subjects)
    const km = survivalCurve([
      { duration: 1, churned: true },
      { duration: 2, churned: true },
      { duration: 2, churned: false },
      { duration: 3, churned: false },
      { duration: 5, churned: true },
      { duration: 6, churned: false },
    ]);
    expect(km.time).toEqual([1, 2, 3, 5, 6]);
    expect(km.atRisk).toEqual([6, 5, 3, 2, 1]);
    expect(km.events).toEqual([1, 1, 0, 1, 0]);
    const s1 = 5 / 6;
    const s2 = s1 * (4 / 5);
    const s5 = s2 * (1 / 2);
    expect(km.survival[0]).toBeCloseTo(s1, 14);
    expect(km.survival[1]).toBeCloseTo(s2, 14);
    expect(km.survival[3]).toBeCloseTo(s5, 14);
    expect(km.standardError[1]).toBeCloseTo(s2 * Math.sqrt(1 / (6 * 5) + 1 / (5 * 4)), 14);
    expect(km.standardError[3]).toBeCloseTo(s5 * Math.sqrt(1 / 30 + 1 / 20 + 1 / 2), 14);
  });

  it('drops to zero when the last subject at risk churns, with standard error 0', () => {
    const km = survivalCurve([{ duration: 1, churned: true }, { duration: 2, churned: true }]);
    expect(km.survival).toEqual([0.5, 0]);
    expect(km.standardError[1]).toBe(0);
    expect(survivalCurve([]).time).toEqual([]);
  });

  it('refuses bad subjects', () => {
    expectOmnicxError(() => survivalCurve([{ duration: -1, churned: true }]), 'INVALID_INPUT', ['subjects', 0, 'duration']);
    expectOmnicxError(() => survivalCurve([{ duration: 1, churned: 1 as unknown as boolean }]), 'INVALID_INPUT', ['subjects', 0, 'churned']);
    expectOmnicxError(() => survivalCurve({} as unknown as []), 'INVALID_INPUT', ['subjects']);
    // a hole of a sparse array is refused (it used to be skipped while still counted at risk)
    const sparse = new Array<{ duration: number; churned: boolean }>(2); // a hole at 1
    sparse[0] = { duration: 1, churned: true };
    expectOmnicxError(() => survivalCurve(sparse), 'INVALID_INPUT', ['subjects', 1]);
  });
});

describe('cohortRetention', () => {
  it('counts active customers per ISO week since acquisition', () => {
    const t = [
      { customerId: 'a', at: MONDAY + DAY, amountMinor: 1 },
      { customerId: 'a', at: MONDAY + 2 * DAY, amountMinor: 1 },
      { customerId: 'b', at: MONDAY + 6 * DAY, amountMinor: 1 },
      { customerId: 'b', at: MONDAY + 15 * DAY, amountMinor: 1 },
      { customerId: 'c', at: MONDAY + 8 * DAY, amountMinor: 1 },
      { customerId: 'c', at: MONDAY + 9 * DAY, amountMinor: 1 },
    ];
    const cohorts = cohortRetention(t, { period: 'week', timeZone: 'UTC' });
    expect(cohorts.map((c) => [c.label, c.start, c.size, c.active])).toEqual([
      ['2026-01-05', MONDAY, 2, [2, 0, 1]],
      ['2026-01-12', MONDAY + 7 * DAY, 1, [1, 0]],
    ]);
    expect(cohorts[0]?.retention).toEqual([1, 0, 0.5]);
  });

  it('counts each customer-week once for weeks before 1970 (negative period numbers)', () => {
    // ISO weeks of 1969-12-08, -15, -22: a buys in weeks 0 and 1, b in weeks 0 and 2 of the cohort
    const t = [
      { customerId: 'a', at: '1969-12-08T10:00:00Z', amountMinor: 1 },
      { customerId: 'a', at: '1969-12-15T10:00:00Z', amountMinor: 1 },
      { customerId: 'b', at: '1969-12-08T10:00:00Z', amountMinor: 1 },
      { customerId: 'b', at: '1969-12-22T10:00:00Z', amountMinor: 1 },
    ];
    const cohorts = cohortRetention(t, { period: 'week', timeZone: 'UTC' });
    expect(cohorts.map((c) => [c.label, c.size, c.active])).toEqual([['1969-12-08', 2, [2, 1, 1]]]);
    // the same pattern across the 1970 boundary
    const across = cohortRetention(
      [
        { customerId: 'a', at: '1969-12-29T10:00:00Z', amountMinor: 1 },
        { customerId: 'a', at: '1970-01-05T10:00:00Z', amountMinor: 1 },
        { customerId: 'b', at: '1969-12-29T10:00:00Z', amountMinor: 1 },
        { customerId: 'b', at: '1970-01-12T10:00:00Z', amountMinor: 1 },
        { customerId: 'c', at: '1970-01-19T10:00:00Z', amountMinor: 1 },
      ],
      { period: 'week', timeZone: 'UTC' },
    );
    expect(across.map((c) => [c.label, c.active])).toEqual([
      ['1969-12-29', [2, 1, 1, 0]],
      ['1970-01-19', [1]],
    ]);
  });

  it('places months on the zone calendar and starts cohorts at local midnight', () => {
    // 2026-01-31T23:30Z is already February in Berlin
    const t = [{ customerId: 'a', at: '2026-01-31T23:30:00Z', amountMinor: 1 }];
    expect(cohortRetention(t, { period: 'month', timeZone: 'UTC' })[0]?.label).toBe('2026-01');
    const berlin = cohortRetention(t, { period: 'month', timeZone: 'Europe/Berlin' })[0];
    expect(berlin?.label).toBe('2026-02');
    expect(berlin?.start).toBe(Date.parse('2026-01-31T23:00:00Z'));
  });

  it('refuses bad options', () => {
    expectOmnicxError(() => cohortRetention([], { period: 'day' as 'week', timeZone: 'UTC' }), 'INVALID_INPUT', ['options', 'period']);
    expectOmnicxError(() => cohortRetention([], { period: 'week', timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
  });
});
