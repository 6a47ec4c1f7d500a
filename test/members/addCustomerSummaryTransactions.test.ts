import { describe, expect, it } from 'vitest';
import { addCustomerSummaryTransactions, createCustomerSummaryAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';

const asOf = MONDAY + 56 * DAY; // week 2930
const W = 2922; // the week of MONDAY (2026-01-05)

describe('addCustomerSummaryTransactions', () => {
  it('keeps distinct periods, total and first-period spend per customer, in place', () => {
    const acc = createCustomerSummaryAccumulator({ asOf });
    const rows = deepFreeze([
      { customerId: 'a', at: MONDAY + 15 * DAY, amountMinor: 2000 },
      { customerId: 'a', at: MONDAY + DAY, amountMinor: 1000 },
      { customerId: 'a', at: MONDAY + 2 * DAY, amountMinor: 500 },
    ]);
    expect(addCustomerSummaryTransactions(acc, rows)).toBe(acc);
    expect(acc.customers).toEqual({ a: { periods: [W, W + 2], totalMinor: 3500, firstPeriodMinor: 1500 } });
    // an earlier purchase moves the first period (and its spend); a same-period one adds to it
    addCustomerSummaryTransactions(acc, [{ customerId: 'a', at: MONDAY - DAY, amountMinor: 70 }]);
    expect(acc.customers['a']).toEqual({ periods: [W - 1, W, W + 2], totalMinor: 3570, firstPeriodMinor: 70 });
    addCustomerSummaryTransactions(acc, [{ customerId: 'a', at: MONDAY - 2 * DAY, amountMinor: 30 }]);
    expect(acc.customers['a']).toEqual({ periods: [W - 1, W, W + 2], totalMinor: 3600, firstPeriodMinor: 100 });
  });

  it('validates every row before adding any, purchases after asOf included', () => {
    const acc = addCustomerSummaryTransactions(createCustomerSummaryAccumulator({ asOf }), [{ customerId: 'a', at: asOf, amountMinor: 1 }]);
    const before = JSON.stringify(acc);
    expectOmnicxError(() => addCustomerSummaryTransactions(acc, [{ customerId: 'b', at: 0, amountMinor: 1 }, { customerId: 'a', at: asOf + 1, amountMinor: 1 }]), 'INVALID_INPUT', ['transactions', 1, 'at']);
    expectOmnicxError(() => addCustomerSummaryTransactions(acc, [{ customerId: 'b', at: 0, amountMinor: -5 }]), 'INVALID_INPUT', ['transactions', 0, 'amountMinor']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses a malformed accumulator and a total past 2^53 − 1 without changing it', () => {
    const base = createCustomerSummaryAccumulator({ asOf });
    const row = [{ customerId: 'a', at: MONDAY, amountMinor: 2 }];
    expectOmnicxError(() => addCustomerSummaryTransactions({ ...base, periodDays: 0 }, row), 'INVALID_INPUT', ['acc', 'periodDays']);
    expectOmnicxError(() => addCustomerSummaryTransactions({ ...base, timeZone: 3 } as never, row), 'INVALID_INPUT', ['acc', 'timeZone']);
    expectOmnicxError(() => addCustomerSummaryTransactions({ ...base, customers: { a: { periods: [W + 9], totalMinor: 1, firstPeriodMinor: 1 } } }, row), 'INVALID_INPUT', ['acc', 'customers', 'a', 'periods', 0]);
    expectOmnicxError(() => addCustomerSummaryTransactions({ ...base, customers: { a: { periods: [W], totalMinor: 1, firstPeriodMinor: 2 } } }, row), 'INVALID_INPUT', ['acc', 'customers', 'a', 'firstPeriodMinor']);
    const full = { ...base, customers: { a: { periods: [W], totalMinor: Number.MAX_SAFE_INTEGER - 1, firstPeriodMinor: 0 } } };
    expectOmnicxError(() => addCustomerSummaryTransactions(full, row), 'NOT_SAFE_INTEGER', ['acc', 'customers', 'a', 'totalMinor']);
    expect(full.customers.a.totalMinor).toBe(Number.MAX_SAFE_INTEGER - 1);
  });
});
