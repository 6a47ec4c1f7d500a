import { describe, expect, it } from 'vitest';
import { createRfmAccumulator, rfm, rfmAccumulatorSchema, rfmFromAccumulator } from '../../src/members/index.js';
import { deepFreeze } from './accumulatorHelpers.js';
import { expectOmnicxError } from './helpers.js';

describe('createRfmAccumulator', () => {
  it('returns a new empty plain JSON accumulator holding the parsed options', () => {
    const segments = [{ name: 'vip', monetary: [2, 2] as [number, number] }];
    const options = deepFreeze({ asOf: '2026-03-31T00:00:00+02:00', bins: 2, timeZone: 'Europe/Berlin', segments });
    const acc = createRfmAccumulator(options);
    expect(acc).toEqual({ kind: 'rfm', version: 1, asOf: Date.UTC(2026, 2, 30, 22), timeZone: 'Europe/Berlin', bins: 2, segments, customers: {} });
    expect(acc.segments).not.toBe(segments);
    expect(acc.segments?.[0]).not.toBe(segments[0]);
    expect(rfmAccumulatorSchema.parse(acc)).toEqual(acc);
    expect(JSON.parse(JSON.stringify(acc))).toEqual(acc);
    expect(createRfmAccumulator({ asOf: 0 })).toEqual({ kind: 'rfm', version: 1, asOf: 0, timeZone: null, bins: 5, segments: null, customers: {} });
    expect(rfmFromAccumulator(acc)).toEqual(rfm([], options));
  });

  it('refuses bad options like rfm', () => {
    expectOmnicxError(() => createRfmAccumulator({} as never), 'INVALID_INPUT', ['options', 'asOf']);
    expectOmnicxError(() => createRfmAccumulator({ asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
    expectOmnicxError(() => createRfmAccumulator({ asOf: 0, bins: 11 }), 'INVALID_INPUT', ['options', 'bins']);
    expectOmnicxError(() => createRfmAccumulator({ asOf: 0, segments: [{ name: '' }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'name']);
    expectOmnicxError(() => createRfmAccumulator({ asOf: 0, timeZone: 'Nowhere/City' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
    expectOmnicxError(() => createRfmAccumulator(null as never), 'INVALID_INPUT', ['options']);
  });
});
