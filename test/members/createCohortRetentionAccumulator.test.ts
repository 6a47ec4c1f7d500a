import { describe, expect, it } from 'vitest';
import { cohortRetention, cohortRetentionAccumulatorSchema, cohortRetentionFromAccumulator, createCohortRetentionAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('createCohortRetentionAccumulator', () => {
  it('returns a new empty plain JSON accumulator holding the options', () => {
    const options = deepFreeze({ period: 'week' as const, timeZone: 'Asia/Tokyo' });
    const acc = createCohortRetentionAccumulator(options);
    expect(acc).toEqual({ kind: 'cohortRetention', version: 1, period: 'week', timeZone: 'Asia/Tokyo', customers: {} });
    expect(createCohortRetentionAccumulator(options).customers).not.toBe(acc.customers);
    expect(cohortRetentionAccumulatorSchema.parse(acc)).toEqual(acc);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(cohortRetentionFromAccumulator(acc)).toEqual(cohortRetention([], options));
  });

  it('refuses bad options like cohortRetention', () => {
    expectOmnicxError(() => createCohortRetentionAccumulator({ period: 'day' as 'week', timeZone: 'UTC' }), 'INVALID_INPUT', ['options', 'period']);
    expectOmnicxError(() => createCohortRetentionAccumulator({ period: 'week' } as never), 'INVALID_INPUT', ['options', 'timeZone']);
    expectOmnicxError(() => createCohortRetentionAccumulator({ period: 'week', timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
    expectOmnicxError(() => createCohortRetentionAccumulator(undefined as never), 'INVALID_INPUT', ['options']);
  });

  it('exports a schema that refuses unordered, repeated or fractional periods', () => {
    const acc = createCohortRetentionAccumulator({ period: 'month', timeZone: 'UTC' });
    expect(cohortRetentionAccumulatorSchema.safeParse({ ...acc, customers: { a: [1, 5, 9] } }).success).toBe(true);
    for (const periods of [[], [2, 1], [1, 1], [1.5], [3e7]]) {
      expect(cohortRetentionAccumulatorSchema.safeParse({ ...acc, customers: { a: periods } }).success).toBe(false);
    }
    expect(cohortRetentionAccumulatorSchema.safeParse({ ...acc, period: 'day' }).success).toBe(false);
  });
});
