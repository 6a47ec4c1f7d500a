import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRfmTransactions, createRfmAccumulator, mergeRfmAccumulators, rfmFromAccumulator } from '../../src/members/index.js';
import { accumulate, deepFreeze, mergeAll, shard, shardPlan, viaJson } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';
import { RFM_AS_OF, purchasesArb, rfmById, rfmOptionsArb } from './rfmAccumulator.js';

describe('mergeRfmAccumulators', () => {
  it('adds purchases and totals and keeps the later last purchase, into a new object', () => {
    const base = createRfmAccumulator({ asOf: 1000 });
    const a = deepFreeze({ ...base, customers: { ann: [2, 500, 900] as [number, number, number], bob: [1, 0, 10] as [number, number, number] } });
    const b = deepFreeze({ ...base, customers: { ann: [1, 70, 300] as [number, number, number] } });
    const merged = mergeRfmAccumulators(a, b);
    expect(merged).toEqual({ ...base, customers: { ann: [3, 570, 900], bob: [1, 0, 10] } });
    expect(merged.customers['bob']).not.toBe(a.customers.bob);
  });

  it('equals rfm for any split into shards and any merge tree, through JSON (property)', () => {
    fc.assert(
      fc.property(purchasesArb, rfmOptionsArb, shardPlan, (rows, options, plan) => {
        const accs = shard(rows, plan).map((part) => viaJson(accumulate(() => createRfmAccumulator(options), addRfmTransactions, part)));
        const merged = viaJson(mergeAll(accs, mergeRfmAccumulators, plan));
        expect(rfmFromAccumulator(merged)).toEqual(rfmById(rows, options));
        expect(merged).toEqual(addRfmTransactions(createRfmAccumulator(options), rows));
      }),
    );
  });

  it('refuses accumulators made with different options, and malformed ones', () => {
    const acc = createRfmAccumulator({ asOf: RFM_AS_OF });
    expectOmnicxError(() => mergeRfmAccumulators(acc, createRfmAccumulator({ asOf: RFM_AS_OF + 1 })), 'INVALID_INPUT', ['b', 'asOf']);
    expectOmnicxError(() => mergeRfmAccumulators(acc, createRfmAccumulator({ asOf: RFM_AS_OF, timeZone: 'UTC' })), 'INVALID_INPUT', ['b', 'timeZone']);
    expectOmnicxError(() => mergeRfmAccumulators(acc, createRfmAccumulator({ asOf: RFM_AS_OF, bins: 4 })), 'INVALID_INPUT', ['b', 'bins']);
    expectOmnicxError(() => mergeRfmAccumulators(acc, createRfmAccumulator({ asOf: RFM_AS_OF, segments: [] })), 'INVALID_INPUT', ['b', 'segments']);
    // the same segment map written with its keys in another order is the same option
    const one = createRfmAccumulator({ asOf: 0, segments: [{ name: 'x', frequency: [1, 2], recency: [1, 1] }] });
    const reordered: typeof one = { ...one, segments: [{ recency: [1, 1], frequency: [1, 2], name: 'x' }] };
    const two = viaJson(reordered);
    expect(Object.keys(two.segments?.[0] ?? {})).toEqual(['recency', 'frequency', 'name']);
    expect(mergeRfmAccumulators(one, two).segments).toEqual(one.segments);
    expectOmnicxError(() => mergeRfmAccumulators(acc, { ...acc, customers: { a: [1, 1] } } as never), 'INVALID_INPUT', ['b', 'customers', 'a']);
    const full = { ...acc, customers: { a: [Number.MAX_SAFE_INTEGER, 1, 0] as [number, number, number] } };
    expectOmnicxError(() => mergeRfmAccumulators(full, full), 'NOT_SAFE_INTEGER', ['b', 'customers', 'a', 0]);
  });
});
