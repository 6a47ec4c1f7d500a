import { describe, expect, it } from 'vitest';
import { addCohortTransactions, cohortRetention, cohortRetentionFromAccumulator, createCohortRetentionAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';

describe('cohortRetentionFromAccumulator', () => {
  it('builds the hand-computed weekly matrix from the customers’ periods', () => {
    const week = 2922; // 2026-01-05
    const acc = deepFreeze({
      ...createCohortRetentionAccumulator({ period: 'week', timeZone: 'UTC' }),
      customers: { a: [week], b: [week, week + 2], c: [week + 1] },
    });
    const cohorts = cohortRetentionFromAccumulator(acc);
    expect(cohorts).toEqual([
      { start: MONDAY, label: '2026-01-05', size: 2, active: [2, 0, 1], retention: [1, 0, 0.5] },
      { start: MONDAY + 7 * DAY, label: '2026-01-12', size: 1, active: [1, 0], retention: [1, 0] },
    ]);
  });

  it('equals cohortRetention in a zone with DST and before 1970', () => {
    const rows = [
      { customerId: 'a', at: '1969-12-31T23:30:00-05:00', amountMinor: 1 },
      { customerId: 'a', at: '1970-03-01T12:00:00Z', amountMinor: 1 },
      { customerId: 'b', at: '2026-03-08T06:59:00Z', amountMinor: 1 },
      { customerId: 'b', at: '2026-11-01T06:30:00Z', amountMinor: 1 },
    ];
    for (const period of ['month', 'week'] as const) {
      const options = { period, timeZone: 'America/New_York' };
      expect(cohortRetentionFromAccumulator(addCohortTransactions(createCohortRetentionAccumulator(options), rows))).toEqual(cohortRetention(rows, options));
    }
  });

  it('labels months before year 0 on the right month (shared with cohortRetention)', () => {
    const rows = [{ customerId: 'a', at: '-000001-02-15T00:00:00Z', amountMinor: 1 }];
    const options = { period: 'month', timeZone: 'UTC' } as const;
    expect(cohortRetention(rows, options)[0]).toMatchObject({ label: '-1-02', start: Date.UTC(-1, 1, 1) });
    expect(cohortRetentionFromAccumulator(addCohortTransactions(createCohortRetentionAccumulator(options), rows))).toEqual(cohortRetention(rows, options));
  });

  it('refuses a malformed accumulator', () => {
    const base = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
    expectOmnicxError(() => cohortRetentionFromAccumulator({ ...base, customers: { a: ['1'] } } as never), 'INVALID_INPUT', ['acc', 'customers', 'a', 0]);
    expectOmnicxError(() => cohortRetentionFromAccumulator({ ...base, customers: { a: [1e9] } }), 'INVALID_INPUT', ['acc', 'customers', 'a', 0]);
    expectOmnicxError(() => cohortRetentionFromAccumulator({ ...base, timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['acc', 'timeZone']);
    expectOmnicxError(() => cohortRetentionFromAccumulator([] as never), 'INVALID_INPUT', ['acc']);
  });
});
