import { describe, expect, it } from 'vitest';
import { createLiabilityAccumulator, liabilityAccumulatorSchema, prepareProgram } from '../../src/loyalty/index.js';
import { program, thrown } from './fixtures.js';

describe('createLiabilityAccumulator', () => {
  const p = program({ expiry: { type: 'rolling', months: 6 } });

  it('starts every sum at zero and keeps the options as JSON', () => {
    const acc = createLiabilityAccumulator({ program: p, asOf: '2026-04-01T00:00:00Z', breakageRate: 0.25 });
    expect(acc).toEqual({
      kind: 'loyaltyLiability',
      version: 1,
      program: p,
      asOf: Date.parse('2026-04-01T00:00:00Z'),
      breakageRate: 0.25,
      members: 0,
      availablePoints: 0,
      pendingPoints: 0,
      owedPoints: 0,
      expiredPoints: 0,
      redeemedPoints: 0,
      neverExpiringPoints: 0,
      expiringByMonth: [],
    });
    const roundTrip: unknown = JSON.parse(JSON.stringify(acc));
    expect(liabilityAccumulatorSchema.parse(roundTrip)).toEqual(acc);
  });

  it('records a missing breakage rate as null (estimated from history later)', () => {
    expect(createLiabilityAccumulator({ program: p, asOf: 0 }).breakageRate).toBeNull();
  });

  it('keeps a copy of a prepared programme, as of a plain one (shares nothing with the input)', () => {
    const prepared = prepareProgram(p);
    const acc = createLiabilityAccumulator({ program: prepared, asOf: '2026-06-01T00:00:00Z' });
    expect(acc).toStrictEqual(createLiabilityAccumulator({ program: p, asOf: '2026-06-01T00:00:00Z' }));
    expect(acc.program).not.toBe(prepared.program);
    expect(Object.isFrozen(acc.program)).toBe(false);
  });

  it('refuses bad options with the path to the bad field', () => {
    expect(thrown(() => createLiabilityAccumulator({ program: p, asOf: 0, breakageRate: 1 }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'breakageRate'] });
    expect(thrown(() => createLiabilityAccumulator({ program: { ...p, timeZone: 'Mars/Olympus' }, asOf: 0 }))).toMatchObject({ path: ['options', 'program', 'timeZone'] });
    expect(thrown(() => createLiabilityAccumulator({ program: p, asOf: 'yesterday' }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'asOf'] });
  });
});
