import { describe, expect, it } from 'vitest';
import { createCustomerSummaryAccumulator, customerSummary, customerSummaryAccumulatorSchema, customerSummaryFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('createCustomerSummaryAccumulator', () => {
  it('returns a new empty plain JSON accumulator holding the parsed options', () => {
    const options = deepFreeze({ asOf: '2026-03-02T00:00:00+01:00', periodDays: 3, timeZone: 'Europe/Paris' });
    const acc = createCustomerSummaryAccumulator(options);
    expect(acc).toEqual({ kind: 'customerSummary', version: 1, asOf: Date.UTC(2026, 2, 1, 23), periodDays: 3, timeZone: 'Europe/Paris', customers: {} });
    expect(createCustomerSummaryAccumulator({ asOf: 0 })).toEqual({ kind: 'customerSummary', version: 1, asOf: 0, periodDays: 7, timeZone: null, customers: {} });
    expect(customerSummaryAccumulatorSchema.parse(acc)).toEqual(acc);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(customerSummaryFromAccumulator(acc)).toEqual(customerSummary([], options));
  });

  it('refuses bad options like customerSummary', () => {
    expectOmnicxError(() => createCustomerSummaryAccumulator({ asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
    expectOmnicxError(() => createCustomerSummaryAccumulator({ asOf: 0, periodDays: 1.5 }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => createCustomerSummaryAccumulator({ asOf: 0, periodDays: 0 }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => createCustomerSummaryAccumulator({ asOf: 0, timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
    expectOmnicxError(() => createCustomerSummaryAccumulator(7 as never), 'INVALID_INPUT', ['options']);
  });
});
