import { describe, expect, it } from 'vitest';
import { addRfmTransactions, createRfmAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';

const asOf = MONDAY + 100 * DAY;

describe('addRfmTransactions', () => {
  it('keeps purchases, total spend and last purchase per customer, in place', () => {
    const acc = createRfmAccumulator({ asOf });
    const rows = deepFreeze([
      { customerId: 'a', at: asOf - 10 * DAY, amountMinor: 100 },
      { customerId: 'a', at: asOf - 3 * DAY, amountMinor: 300 },
      { customerId: 'b', at: asOf, amountMinor: 0 },
    ]);
    expect(addRfmTransactions(acc, rows)).toBe(acc);
    expect(acc.customers).toEqual({ a: [2, 400, asOf - 3 * DAY], b: [1, 0, asOf] });
    addRfmTransactions(acc, [{ customerId: 'a', at: asOf - 20 * DAY, amountMinor: 5 }]);
    expect(acc.customers['a']).toEqual([3, 405, asOf - 3 * DAY]);
  });

  it('validates every row before adding any, purchases after asOf included', () => {
    const acc = addRfmTransactions(createRfmAccumulator({ asOf }), [{ customerId: 'a', at: asOf, amountMinor: 1 }]);
    const before = JSON.stringify(acc);
    expectOmnicxError(() => addRfmTransactions(acc, [{ customerId: 'a', at: asOf, amountMinor: 1 }, { customerId: 'a', at: asOf + 1, amountMinor: 1 }]), 'INVALID_INPUT', ['transactions', 1, 'at']);
    expectOmnicxError(() => addRfmTransactions(acc, [{ customerId: 'a', at: asOf, amountMinor: -1 }]), 'INVALID_INPUT', ['transactions', 0, 'amountMinor']);
    expectOmnicxError(() => addRfmTransactions(acc, [{ customerId: 7, at: asOf, amountMinor: 1 }] as never), 'INVALID_INPUT', ['transactions', 0, 'customerId']);
    expect(JSON.stringify(acc)).toBe(before);
  });

  it('refuses a malformed accumulator and a total past 2^53 − 1 without changing it', () => {
    const base = createRfmAccumulator({ asOf });
    const row = [{ customerId: 'a', at: asOf, amountMinor: 2 }];
    expectOmnicxError(() => addRfmTransactions({ ...base, asOf: 'x' } as never, row), 'INVALID_INPUT', ['acc', 'asOf']);
    expectOmnicxError(() => addRfmTransactions({ ...base, bins: 1 }, row), 'INVALID_INPUT', ['acc', 'bins']);
    expectOmnicxError(() => addRfmTransactions({ ...base, customers: { a: [1, 1, asOf + 1] } }, row), 'INVALID_INPUT', ['acc', 'customers', 'a', 2]);
    expectOmnicxError(() => addRfmTransactions({ ...base, customers: { a: [0, 1, asOf] } }, row), 'INVALID_INPUT', ['acc', 'customers', 'a', 0]);
    const full = { ...base, customers: { a: [1, Number.MAX_SAFE_INTEGER - 1, asOf] as [number, number, number] } };
    expectOmnicxError(() => addRfmTransactions(full, row), 'NOT_SAFE_INTEGER', ['acc', 'customers', 'a', 1]);
    expect(full.customers.a).toEqual([1, Number.MAX_SAFE_INTEGER - 1, asOf]);
  });
});
