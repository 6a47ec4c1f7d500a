import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCustomerSummaryTransactions,
  compressSummaries,
  createCustomerSummaryAccumulator,
  customerSummaryFromAccumulator,
  mergeCustomerSummaryAccumulators,
} from '../../src/members/index.js';
import { accumulate, deepFreeze, mergeAll, shard, shardPlan, viaJson } from './accumulatorHelpers.js';
import { purchasesArb } from './cohortAccumulator.js';
import { expectOmnicxError } from './helpers.js';
import { SUMMARY_AS_OF, summaryById, summaryOptionsArb } from './summaryAccumulator.js';

describe('mergeCustomerSummaryAccumulators', () => {
  it('unites periods, adds totals and keeps the first-period spend of the earlier side', () => {
    const base = createCustomerSummaryAccumulator({ asOf: SUMMARY_AS_OF });
    const a = deepFreeze({ ...base, customers: { ann: { periods: [5, 7], totalMinor: 300, firstPeriodMinor: 100 }, bob: { periods: [1], totalMinor: 9, firstPeriodMinor: 9 } } });
    const b = deepFreeze({ ...base, customers: { ann: { periods: [3, 7], totalMinor: 50, firstPeriodMinor: 20 } } });
    const c = deepFreeze({ ...base, customers: { ann: { periods: [3], totalMinor: 5, firstPeriodMinor: 5 } } });
    const ab = mergeCustomerSummaryAccumulators(a, b);
    expect(ab.customers).toEqual({ ann: { periods: [3, 5, 7], totalMinor: 350, firstPeriodMinor: 20 }, bob: { periods: [1], totalMinor: 9, firstPeriodMinor: 9 } });
    expect(ab.customers['bob']).not.toBe(a.customers.bob);
    expect(mergeCustomerSummaryAccumulators(ab, c).customers['ann']).toEqual({ periods: [3, 5, 7], totalMinor: 355, firstPeriodMinor: 25 });
  });

  it('equals customerSummary for any split into shards and any merge tree, through JSON (property)', () => {
    fc.assert(
      fc.property(purchasesArb, summaryOptionsArb, shardPlan, (rows, options, plan) => {
        const accs = shard(rows, plan).map((part) => viaJson(accumulate(() => createCustomerSummaryAccumulator(options), addCustomerSummaryTransactions, part)));
        const merged = viaJson(mergeAll(accs, mergeCustomerSummaryAccumulators, plan));
        const summaries = customerSummaryFromAccumulator(merged);
        const once = summaryById(rows, options);
        expect(summaries).toEqual(once);
        expect(compressSummaries(summaries)).toEqual(compressSummaries(once));
        expect(merged).toEqual(addCustomerSummaryTransactions(createCustomerSummaryAccumulator(options), rows));
      }),
    );
  });

  it('refuses accumulators made with different options, and malformed ones', () => {
    const acc = createCustomerSummaryAccumulator({ asOf: SUMMARY_AS_OF });
    expectOmnicxError(() => mergeCustomerSummaryAccumulators(acc, createCustomerSummaryAccumulator({ asOf: 0 })), 'INVALID_INPUT', ['b', 'asOf']);
    expectOmnicxError(() => mergeCustomerSummaryAccumulators(acc, createCustomerSummaryAccumulator({ asOf: SUMMARY_AS_OF, periodDays: 1 })), 'INVALID_INPUT', ['b', 'periodDays']);
    expectOmnicxError(() => mergeCustomerSummaryAccumulators(acc, createCustomerSummaryAccumulator({ asOf: SUMMARY_AS_OF, timeZone: 'UTC' })), 'INVALID_INPUT', ['b', 'timeZone']);
    expectOmnicxError(() => mergeCustomerSummaryAccumulators(acc, { ...acc, customers: { a: { periods: [2, 2], totalMinor: 0, firstPeriodMinor: 0 } } }), 'INVALID_INPUT', ['b', 'customers', 'a', 'periods', 1]);
    expectOmnicxError(() => mergeCustomerSummaryAccumulators({ ...acc, customers: { a: [] } } as never, acc), 'INVALID_INPUT', ['a', 'customers', 'a']);
    const full = { ...acc, customers: { a: { periods: [1], totalMinor: Number.MAX_SAFE_INTEGER, firstPeriodMinor: 0 } } };
    expectOmnicxError(() => mergeCustomerSummaryAccumulators(full, full), 'NOT_SAFE_INTEGER', ['b', 'customers', 'a', 'totalMinor']);
  });
});
