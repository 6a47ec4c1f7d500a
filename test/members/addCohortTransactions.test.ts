import { describe, expect, it } from 'vitest';
import { addCohortTransactions, createCohortRetentionAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';

describe('addCohortTransactions', () => {
  it('keeps each customer’s distinct active periods, ascending, in place', () => {
    const acc = createCohortRetentionAccumulator({ period: 'week', timeZone: 'UTC' });
    // MONDAY is 2026-01-05, ISO week 2922 counted from Monday 1970-01-05
    const week = (MONDAY / DAY - 4) / 7;
    expect(week).toBe(2922);
    const rows = deepFreeze([
      { customerId: 'a', at: MONDAY + 15 * DAY, amountMinor: 1 },
      { customerId: 'a', at: MONDAY + DAY, amountMinor: 1 },
      { customerId: 'a', at: MONDAY + 6 * DAY, amountMinor: 1 },
      { customerId: 'b', at: MONDAY + 7 * DAY, amountMinor: 1 },
    ]);
    expect(addCohortTransactions(acc, rows)).toBe(acc);
    expect(acc.customers).toEqual({ a: [week, week + 2], b: [week + 1] });
    addCohortTransactions(acc, [{ customerId: 'b', at: MONDAY - DAY, amountMinor: 1 }, { customerId: 'a', at: MONDAY + 8 * DAY, amountMinor: 1 }]);
    expect(acc.customers).toEqual({ a: [week, week + 1, week + 2], b: [week - 1, week + 1] });
  });

  it('places purchases on the accumulator zone’s calendar', () => {
    const berlin = addCohortTransactions(createCohortRetentionAccumulator({ period: 'month', timeZone: 'Europe/Berlin' }), [
      { customerId: 'a', at: '2026-01-31T23:30:00Z', amountMinor: 1 },
    ]);
    expect(berlin.customers).toEqual({ a: [2026 * 12 + 1] });
  });

  it('stores the customer id "__proto__" as an own key, not as a prototype', () => {
    const acc = addCohortTransactions(createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' }), [
      { customerId: '__proto__', at: '2026-01-10T00:00:00Z', amountMinor: 1 },
    ]);
    expect(Object.getPrototypeOf(acc.customers)).toBe(Object.prototype);
    expect(Object.keys(acc.customers)).toEqual(['__proto__']);
    expect(JSON.stringify(acc.customers)).toBe('{"__proto__":[24312]}');
  });

  it('validates every row before adding any', () => {
    const acc = addCohortTransactions(createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' }), [{ customerId: 'a', at: 0, amountMinor: 1 }]);
    const before = JSON.stringify(acc);
    expectOmnicxError(() => addCohortTransactions(acc, [{ customerId: 'b', at: 0, amountMinor: 1 }, { customerId: '', at: 0, amountMinor: 1 }]), 'INVALID_INPUT', ['transactions', 1, 'customerId']);
    expectOmnicxError(() => addCohortTransactions(acc, [{ customerId: 'b', at: 'yesterday', amountMinor: 1 }]), 'INVALID_DATE', ['transactions', 0, 'at']);
    expectOmnicxError(() => addCohortTransactions(acc, [{ customerId: 'b', at: 0, amountMinor: -1 }]), 'INVALID_INPUT', ['transactions', 0, 'amountMinor']);
    expectOmnicxError(() => addCohortTransactions(acc, 'rows' as never), 'INVALID_INPUT', ['transactions']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses a malformed accumulator without changing it', () => {
    const base = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
    const row = [{ customerId: 'a', at: 0, amountMinor: 1 }];
    expectOmnicxError(() => addCohortTransactions({ ...base, kind: 'survival' } as never, row), 'INVALID_INPUT', ['acc', 'kind']);
    expectOmnicxError(() => addCohortTransactions({ ...base, period: 'year' } as never, row), 'INVALID_INPUT', ['acc', 'period']);
    expectOmnicxError(() => addCohortTransactions({ ...base, timeZone: 'Mars/Olympus' }, row), 'UNKNOWN_TIME_ZONE', ['acc', 'timeZone']);
    expectOmnicxError(() => addCohortTransactions({ ...base, customers: null } as never, row), 'INVALID_INPUT', ['acc', 'customers']);
    const bad = { ...base, customers: { a: [5, 3] } };
    expectOmnicxError(() => addCohortTransactions(bad, row), 'INVALID_INPUT', ['acc', 'customers', 'a', 1]);
    expect(bad.customers).toEqual({ a: [5, 3] });
  });
});
