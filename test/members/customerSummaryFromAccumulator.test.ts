import { describe, expect, it } from 'vitest';
import { addCustomerSummaryTransactions, createCustomerSummaryAccumulator, customerSummaryFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';
import { summaryById } from './summaryAccumulator.js';

const asOf = MONDAY + 56 * DAY; // week 2930

describe('customerSummaryFromAccumulator', () => {
  it('gives the hand-computed lifetimes summaries, by customer id', () => {
    const acc = deepFreeze({
      ...createCustomerSummaryAccumulator({ asOf }),
      customers: {
        zed: { periods: [2925], totalMinor: 700, firstPeriodMinor: 700 },
        ann: { periods: [2922, 2924, 2926], totalMinor: 7500, firstPeriodMinor: 1500 },
      },
    });
    expect(customerSummaryFromAccumulator(acc)).toEqual([
      { customerId: 'ann', frequency: 2, recency: 4, T: 8, monetaryMean: 3000 },
      { customerId: 'zed', frequency: 0, recency: 0, T: 5, monetaryMean: 0 },
    ]);
  });

  it('equals customerSummary (sorted by id) with days, a zone and same-period purchases', () => {
    const rows = [
      { customerId: 'b', at: MONDAY + 3 * DAY + 1, amountMinor: 30 },
      { customerId: 'a', at: MONDAY, amountMinor: 7 },
      { customerId: 'b', at: MONDAY + 3 * DAY, amountMinor: 11 },
      { customerId: 'a', at: asOf, amountMinor: 13 },
      { customerId: 'b', at: MONDAY + 20 * DAY, amountMinor: 1 },
    ];
    for (const options of [{ asOf }, { asOf, periodDays: 1, timeZone: 'America/Los_Angeles' }, { asOf, periodDays: 30 }]) {
      expect(customerSummaryFromAccumulator(addCustomerSummaryTransactions(createCustomerSummaryAccumulator(options), rows))).toEqual(summaryById(rows, options));
    }
  });

  it('refuses a malformed accumulator', () => {
    const base = createCustomerSummaryAccumulator({ asOf });
    expectOmnicxError(() => customerSummaryFromAccumulator({ ...base, timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['acc', 'timeZone']);
    expectOmnicxError(() => customerSummaryFromAccumulator({ ...base, customers: { a: { periods: [1], totalMinor: 1 } } } as never), 'INVALID_INPUT', ['acc', 'customers', 'a', 'firstPeriodMinor']);
    expectOmnicxError(() => customerSummaryFromAccumulator({ ...base, asOf: 1e20 }), 'INVALID_INPUT', ['acc', 'asOf']);
    expectOmnicxError(() => customerSummaryFromAccumulator('acc' as never), 'INVALID_INPUT', ['acc']);
  });
});
