import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCohortTransactions,
  cohortRetention,
  cohortRetentionFromAccumulator,
  createCohortRetentionAccumulator,
  mergeCohortRetentionAccumulators,
} from '../../src/members/index.js';
import { accumulate, deepFreeze, mergeAll, shard, shardPlan, viaJson } from './accumulatorHelpers.js';
import { cohortOptionsArb, purchasesArb } from './cohortAccumulator.js';
import { expectOmnicxError } from './helpers.js';

describe('mergeCohortRetentionAccumulators', () => {
  it('unites each customer’s periods into a new object', () => {
    const base = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
    const a = deepFreeze({ ...base, customers: { ann: [1, 4], bob: [2] } });
    const b = deepFreeze({ ...base, customers: { ann: [0, 4, 5], cy: [3] } });
    const merged = mergeCohortRetentionAccumulators(a, b);
    expect(merged).toEqual({ ...base, customers: { ann: [0, 1, 4, 5], bob: [2], cy: [3] } });
    expect(merged.customers['bob']).not.toBe(a.customers.bob);
  });

  it('counts a customer seen in two shards once, in the cohort of the earliest purchase', () => {
    const options = { period: 'month', timeZone: 'UTC' } as const;
    const rows = [
      { customerId: 'ann', at: '2026-03-05T00:00:00Z', amountMinor: 1 },
      { customerId: 'ann', at: '2026-01-05T00:00:00Z', amountMinor: 1 },
      { customerId: 'ann', at: '2026-03-25T00:00:00Z', amountMinor: 1 },
      { customerId: 'bob', at: '2026-03-01T00:00:00Z', amountMinor: 1 },
    ];
    const march = addCohortTransactions(createCohortRetentionAccumulator(options), [rows[0], rows[3]] as never);
    const rest = addCohortTransactions(createCohortRetentionAccumulator(options), [rows[1], rows[2]] as never);
    // Adding the shards' cohort tables would give ann twice (January and March cohorts) and March twice.
    const cohorts = cohortRetentionFromAccumulator(mergeCohortRetentionAccumulators(march, rest));
    expect(cohorts.map((c) => [c.label, c.size, c.active])).toEqual([
      ['2026-01', 1, [1, 0, 1]],
      ['2026-03', 1, [1]],
    ]);
    expect(cohorts).toEqual(cohortRetention(rows, options));
  });

  it('equals cohortRetention for any split into shards and any merge tree, through JSON (property)', () => {
    fc.assert(
      fc.property(purchasesArb, cohortOptionsArb, shardPlan, (rows, options, plan) => {
        const accs = shard(rows, plan).map((part) => viaJson(accumulate(() => createCohortRetentionAccumulator(options), addCohortTransactions, part)));
        const merged = viaJson(mergeAll(accs, mergeCohortRetentionAccumulators, plan));
        expect(cohortRetentionFromAccumulator(merged)).toEqual(cohortRetention(rows, options));
        expect(merged).toEqual(addCohortTransactions(createCohortRetentionAccumulator(options), rows));
      }),
    );
  });

  it('refuses accumulators made with different options, and malformed ones', () => {
    const month = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
    expectOmnicxError(() => mergeCohortRetentionAccumulators(month, createCohortRetentionAccumulator({ period: 'week', timeZone: 'UTC' })), 'INVALID_INPUT', ['b', 'period']);
    expectOmnicxError(() => mergeCohortRetentionAccumulators(month, createCohortRetentionAccumulator({ period: 'month', timeZone: 'Europe/Paris' })), 'INVALID_INPUT', ['b', 'timeZone']);
    expectOmnicxError(() => mergeCohortRetentionAccumulators(month, { ...month, customers: { a: [] } }), 'INVALID_INPUT', ['b', 'customers', 'a']);
    expectOmnicxError(() => mergeCohortRetentionAccumulators({ ...month, customers: { a: [1, 1] } }, month), 'INVALID_INPUT', ['a', 'customers', 'a', 1]);
    expectOmnicxError(() => mergeCohortRetentionAccumulators({ ...month, customers: { '': [1] } }, month), 'INVALID_INPUT', ['a', 'customers', '']);
    expectOmnicxError(() => mergeCohortRetentionAccumulators(month, { ...month, version: 2 } as never), 'INVALID_INPUT', ['b', 'version']);
  });
});
