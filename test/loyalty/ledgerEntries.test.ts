import { describe, expect, it } from 'vitest';
import { ledgerEntries, replay, replayColumns, type LedgerColumns } from '../../src/loyalty/index.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { enrol, line, program, purchase, redeem } from './fixtures.js';

describe('ledgerEntries', () => {
  const p = program({ redemption: { minPoints: 100, increment: 1, pointValueMinor: '1' } });
  const events = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(30_000)]), redeem('r1', '2026-01-11T00:00:00Z', 50), redeem('r2', '2026-01-12T00:00:00Z', 120)];
  const { ledger } = replayColumns(p, events);
  const whole = replay(p, events).ledger;

  it('materialises a range of rows, by default all', () => {
    expect(ledgerEntries(ledger)).toStrictEqual(whole);
    expect(ledgerEntries(ledger, { from: 1, to: 3 })).toStrictEqual(whole.slice(1, 3));
    expect(ledgerEntries(ledger, { to: 2 })).toStrictEqual(whole.slice(0, 2));
    expect(ledgerEntries(ledger, { from: 4 })).toEqual([]);
    expect(ledgerEntries(ledger, { from: 2, to: 2 })).toEqual([]);
  });

  it('returns new objects every time, sharing nothing with the columns', () => {
    const first = ledgerEntries(ledger);
    const earn = first[1]?.explanation;
    expect(earn).not.toBeNull();
    earn?.rules.push({ ruleId: 'x', type: 'bonus', points: 1 });
    earn?.caps.push({ capId: 'y', cutPoints: 1 });
    if (earn !== null && earn !== undefined) earn.rounding.unroundedPoints = 'changed';
    (first[0] as { memberId: string }).memberId = 'changed';
    expect(ledgerEntries(ledger)).toStrictEqual(whole);
    expect(Object.isFrozen(first[1]?.explanation?.rules)).toBe(false);
  });

  it('refuses bad ranges with the path of the bound', () => {
    expectOmnicxError(() => ledgerEntries(ledger, { from: -1 }), 'INVALID_INPUT', ['range', 'from']);
    expectOmnicxError(() => ledgerEntries(ledger, { from: 1.5 }), 'INVALID_INPUT', ['range', 'from']);
    expectOmnicxError(() => ledgerEntries(ledger, { to: Number.NaN }), 'INVALID_INPUT', ['range', 'to']);
    expectOmnicxError(() => ledgerEntries(ledger, { to: 5 }), 'INVALID_INPUT', ['range', 'to']);
    expectOmnicxError(() => ledgerEntries(ledger, { from: 5 }), 'INVALID_INPUT', ['range', 'from']);
    expectOmnicxError(() => ledgerEntries(ledger, { from: 3, to: 2 }), 'INVALID_INPUT', ['range', 'from']);
    expectOmnicxError(() => ledgerEntries(ledger, { form: 1 } as never), 'INVALID_INPUT', ['range', 'form']);
    expectOmnicxError(() => ledgerEntries(ledger, 'all' as never), 'INVALID_INPUT', ['range']);
  });

  it('refuses columns whose tables or column types do not fit, with the path of the column', () => {
    expectOmnicxError(() => ledgerEntries(null as unknown as LedgerColumns), 'INVALID_INPUT', ['columns']);
    expectOmnicxError(() => ledgerEntries([] as unknown as LedgerColumns), 'INVALID_INPUT', ['columns', 'member']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, length: -1 }), 'INVALID_INPUT', ['columns', 'length']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, length: 5 }), 'INVALID_INPUT', ['columns', 'member']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, points: Array.from(ledger.points) as unknown as LedgerColumns['points'] }), 'INVALID_INPUT', ['columns', 'points']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, reason: 'none' as unknown as string[] }), 'INVALID_INPUT', ['columns', 'reason']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, capIds: undefined as unknown as string[] }), 'INVALID_INPUT', ['columns', 'capIds']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, explanations: { ...ledger.explanations, tier: new Float64Array(1) as unknown as LedgerColumns['explanations']['tier'] } }), 'INVALID_INPUT', ['columns', 'explanations', 'tier']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, explanations: { ...ledger.explanations, length: 2 } }), 'INVALID_INPUT', ['columns', 'explanations', 'eligibleSpendMinor']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, ruleParts: undefined as unknown as LedgerColumns['ruleParts'] }), 'INVALID_INPUT', ['columns', 'ruleParts']);
    expectOmnicxError(() => ledgerEntries({ ...ledger, capCuts: { ...ledger.capCuts, length: 1.5 } }), 'INVALID_INPUT', ['columns', 'capCuts', 'length']);
  });

  it('does not change the columns', () => {
    const before = structuredClone(ledger);
    ledgerEntries(ledger, { from: 1 });
    expect(ledger).toStrictEqual(before);
  });
});
