import { describe, expect, it } from 'vitest';
import { addRfmTransactions, createRfmAccumulator, rfmFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { DAY, MONDAY, expectOmnicxError } from './helpers.js';
import { rfmById } from './rfmAccumulator.js';

const asOf = MONDAY + 100 * DAY;

describe('rfmFromAccumulator', () => {
  it('scores the hand-computed profiles, rows by customer id', () => {
    const acc = deepFreeze({
      ...createRfmAccumulator({ asOf, bins: 2 }),
      customers: { b: [1, 1000, asOf - 30 * DAY] as [number, number, number], a: [2, 8000, asOf - DAY + 1] as [number, number, number] },
    });
    const rows = rfmFromAccumulator(acc);
    expect(rows.map((r) => [r.customerId, r.recencyDays, r.frequency, r.monetaryTotalMinor, r.monetaryMeanMinor, r.code, r.segment])).toEqual([
      ['a', 1, 2, 8000, 4000, '222', 'champions'],
      ['b', 30, 1, 1000, 1000, '111', 'hibernating'], // bins 2: score 1 → 1 on the 1–5 grid (R1 F1)
    ]);
  });

  it('equals rfm’s rows (sorted by id) with ties, numeric-looking ids and a zone', () => {
    const rows = [
      { customerId: '10', at: asOf - 2 * DAY, amountMinor: 100 },
      { customerId: '9', at: asOf - 2 * DAY, amountMinor: 100 },
      { customerId: 'b', at: asOf - 5 * DAY, amountMinor: 700 },
      { customerId: '__proto__', at: asOf, amountMinor: 100 },
      { customerId: '10', at: asOf - 50 * DAY, amountMinor: 1 },
    ];
    for (const options of [{ asOf }, { asOf, bins: 3, timeZone: 'Asia/Kolkata' }]) {
      const result = rfmFromAccumulator(addRfmTransactions(createRfmAccumulator(options), rows));
      expect(result).toEqual(rfmById(rows, options));
      expect(result.map((r) => r.customerId)).toEqual(['10', '9', '__proto__', 'b']);
    }
  });

  it('refuses a malformed accumulator', () => {
    const base = createRfmAccumulator({ asOf });
    expectOmnicxError(() => rfmFromAccumulator({ ...base, timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['acc', 'timeZone']);
    expectOmnicxError(() => rfmFromAccumulator({ ...base, segments: [{ name: 'x', recency: [1] }] } as never), 'INVALID_INPUT', ['acc', 'segments', 0, 'recency']);
    expectOmnicxError(() => rfmFromAccumulator({ ...base, customers: { a: [1, -1, 0] } }), 'INVALID_INPUT', ['acc', 'customers', 'a', 1]);
    expectOmnicxError(() => rfmFromAccumulator({ ...base, kind: 'nps' } as never), 'INVALID_INPUT', ['acc', 'kind']);
  });
});
