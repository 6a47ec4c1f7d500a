import * as fc from 'fast-check';
import { deepFreeze } from '../../src/core/internal/freeze.js';
import { applyEvent, createLiabilityAccumulator, defineProgram, preparedProgramSchema, prepareProgram, programLiability, replay, simulateProgram, validateProgram, type Program, type ProgramInput } from '../../src/loyalty/index.js';
import { isValidatedPrepared } from '../../src/loyalty/internal/programArgument.js';
import { enrol, expectPreparedLikePlain, line, logArb, program, purchase, thrown } from './fixtures.js';
import { describe, expect, it } from 'vitest';

const tiers: NonNullable<ProgramInput['tiers']> = {
  metric: 'qualifyingSpend',
  window: { type: 'calendarYear' },
  levels: [{ id: 'base', threshold: 0 }, { id: 'gold', threshold: 30_000, multiplier: '1.5' }],
  downgrade: 'periodEnd',
  softLanding: false,
  graceDays: 0,
};

const programs: Program[] = [
  program({ timeZone: 'Europe/Berlin', pending: { days: 14 }, expiry: { type: 'rolling', months: 3 }, tiers }, { rules: [{ id: 'weekend', type: 'multiplier', multiplier: '2', when: { weekdays: [6, 7] } }], caps: [{ id: 'day', points: 400, per: 'day' }] }),
  program({ timeZone: 'Pacific/Auckland', expiry: { type: 'endOfYear' }, tiers: { ...tiers, window: { type: 'rollingMonths', months: 2 } } }, { rules: [{ id: 'evening', type: 'bonus', points: 7, when: { hours: { from: 18, to: 23 }, timeZone: 'member' } }] }),
  program({ timeZone: 'America/New_York', pending: { days: 3 }, expiry: { type: 'rolling', months: 1 } }, { caps: [{ id: 'month', points: 900, per: 'month' }] }),
];

describe('prepareProgram', () => {
  it('returns the validated programme with its zone offsets, frozen and plain JSON', () => {
    const p = programs[0] as Program;
    const prepared = prepareProgram(p);
    expect(prepared.kind).toBe('omnicx.preparedLoyaltyProgram');
    expect(prepared.program).toEqual(p);
    expect(Object.isFrozen(prepared) && Object.isFrozen(prepared.program.earn.rules) && Object.isFrozen(prepared.offsetTable.startsMs)).toBe(true);
    const t = prepared.offsetTable;
    // Berlin's 2026 changes: 2026-03-29T01:00Z to +02:00, 2026-10-25T01:00Z back to +01:00
    const i = t.startsMs.indexOf(Date.parse('2026-03-29T01:00:00Z'));
    expect(i).toBeGreaterThan(0);
    expect([t.offsetsMs[i - 1], t.offsetsMs[i], t.startsMs[i + 1], t.offsetsMs[i + 1]]).toEqual([3_600_000, 7_200_000, Date.parse('2026-10-25T01:00:00Z'), 3_600_000]);
    expect(preparedProgramSchema.parse(JSON.parse(JSON.stringify(prepared)))).toEqual(prepared);
  });

  it('gives every function exactly the results of the plain programme', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: programs.length - 1 }), logArb, fc.integer({ min: 0, max: 800 }), (k, log, days) => {
        const p = programs[k] as Program;
        const prepared = prepareProgram(p);
        // After every event of the log (purchases up to day 700, returns up to 20 days later).
        const asOf = Date.parse('2026-01-01T00:00:00Z') + (721 + days) * 86_400_000;
        expectPreparedLikePlain(p, prepared, log, asOf);
      }),
      { numRuns: 40 },
    );
  });

  it('is accepted inside options too: liability, its accumulator and the simulation baseline', () => {
    const p = programs[0] as Program;
    const prepared = prepareProgram(p);
    const log = [enrol('a'), enrol('b', '2026-01-01T00:00:00Z'), purchase('p1', '2026-02-01T10:00:00Z', [line(12_000)], {}, 'a'), purchase('p2', '2026-03-07T10:00:00Z', [line(30_000)], {}, 'b')];
    const { members } = replay(p, log);
    const asOf = '2026-05-01T00:00:00Z';
    expect(programLiability(members, { program: prepared, asOf })).toEqual(programLiability(members, { program: p, asOf }));
    const acc = createLiabilityAccumulator({ program: prepared, asOf, breakageRate: 0.2 });
    expect(acc).toEqual(createLiabilityAccumulator({ program: p, asOf, breakageRate: 0.2 })); // keeps the plain definition: JSON
    expect(simulateProgram(prepared, log, { baseline: prepared })).toEqual(simulateProgram(p, log, { baseline: p }));
    const damaged = JSON.parse(JSON.stringify(prepared)) as typeof prepared;
    expect(thrown(() => programLiability(members, { program: { ...damaged, offsetTable: { ...damaged.offsetTable, timeZone: 'UTC' } }, asOf }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'program', 'offsetTable', 'timeZone'] });
    expect(thrown(() => simulateProgram(p, log, { baseline: { ...damaged, version: 3 } as never }))).toEqual({ code: 'INVALID_INPUT', path: ['options', 'baseline', 'version'] });
  });

  it('reads offsets exactly outside 1970–2100 too (from Intl)', () => {
    const p = program({ timeZone: 'Pacific/Auckland', expiry: { type: 'rolling', months: 1 } });
    const prepared = prepareProgram(p);
    const log = [
      enrol('m', '1969-12-31T11:00:00Z'),
      purchase('a', '1969-12-31T11:30:00Z', [line(1_000)]), // 00:30 on Jan 1, 1970 in Auckland, just inside
      purchase('b', '2100-12-31T10:59:00Z', [line(2_000)]), // 23:59 NZDT, expires a month later: outside
      purchase('c', '2101-03-01T00:00:00Z', [line(3_000)]),
    ];
    expect(replay(prepared, log, { asOf: '2101-06-01T00:00:00Z' })).toEqual(replay(p, log, { asOf: '2101-06-01T00:00:00Z' }));
  });

  it('accepts a copy that went through JSON, checking it, and re-freezes one', () => {
    const p = programs[1] as Program;
    const copy = JSON.parse(JSON.stringify(prepareProgram(p))) as ReturnType<typeof prepareProgram>;
    const log = [enrol(), purchase('p', '2026-02-01T07:00:00Z', [line(5_000)])];
    expect(replay(copy, log)).toEqual(replay(p, log));
    expect(validateProgram(copy)).toEqual(validateProgram(p));
    expect(simulateProgram(copy, log, { baseline: p })).toEqual(simulateProgram(p, log, { baseline: p }));
    const again = prepareProgram(copy);
    expect(Object.isFrozen(again)).toBe(true);
    expect(again).toEqual(copy);
  });

  it('refuses a damaged prepared programme with the path of the damage', () => {
    const p = programs[0] as Program;
    const copy = JSON.parse(JSON.stringify(prepareProgram(p))) as ReturnType<typeof prepareProgram> & Record<string, unknown>;
    const log = [enrol()];
    const tz = { ...copy, offsetTable: { ...copy.offsetTable, timeZone: 'Asia/Tokyo' } };
    expect(thrown(() => replay(tz, log))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'offsetTable', 'timeZone'] });
    const starts = [...copy.offsetTable.startsMs];
    starts[2] = starts[1] as number;
    expect(thrown(() => applyEvent({ ...copy, offsetTable: { ...copy.offsetTable, startsMs: starts } }, null, log[0]))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'offsetTable', 'startsMs', 2] });
    expect(thrown(() => replay({ ...copy, program: { ...copy.program, currency: 'usd' } }, log))).toMatchObject({ code: 'INVALID_INPUT', path: ['program', 'program', 'currency'] });
    expect(thrown(() => replay({ ...copy, version: 2 } as never, log))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'version'] });
  });

  it('refuses a bad programme as defineProgram does', () => {
    const mars = { ...(programs[0] as Program), timeZone: 'Mars/Olympus' };
    expect(thrown(() => prepareProgram(mars))).toEqual({ ...thrown(() => defineProgram(mars)), path: ['program', 'timeZone'] });
    expect(thrown(() => prepareProgram({ ...(programs[0] as Program), stacking: 'x' } as never))).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('regression: a frozen copy is not proof of validation', () => {
  const p = program({ timeZone: 'Europe/Berlin', expiry: { type: 'endOfYear' } });
  // 23:30 UTC on 31 Dec 2026: already 2027 in Berlin, still 2026 in New York.
  const log = [enrol('m', '2026-01-01T00:00:00Z'), purchase('p', '2026-12-31T23:30:00Z', [line(12_000)])];

  it('a JSON copy moved to another zone is refused whether or not the caller froze it', () => {
    const copy = JSON.parse(JSON.stringify(prepareProgram(p))) as ReturnType<typeof prepareProgram> & { program: { timeZone: string } };
    copy.program.timeZone = 'America/New_York';
    const refused = { code: 'INVALID_INPUT', path: ['program', 'offsetTable', 'timeZone'] };
    expect(thrown(() => replay(copy, log))).toEqual(refused);
    // Object.freeze(JSON.parse(cached)) — a common way to keep configuration constant:
    expect(thrown(() => replay(Object.freeze({ ...copy }), log))).toEqual(refused); // main: replays with Berlin's offsets (expires 2028-01-01 Berlin, not 2027-01-01 New York)
    // Immer / Redux Toolkit freeze deeply what they produce:
    expect(thrown(() => replay(deepFreeze(structuredClone(copy)), log))).toEqual(refused);
  });

  it('a frozen hand-made prepared shape is validated (OmnicxError with a path, not a TypeError)', () => {
    const prepared = prepareProgram(p);
    const raw = Object.freeze({ kind: prepared.kind, version: 1 as const, program: { id: 'club', version: 1, currency: 'USD', timeZone: 'Europe/Berlin', earn: { base: { points: '1', perAmountMinor: 100 } }, expiry: { type: 'endOfYear' } }, offsetTable: prepared.offsetTable });
    // Valid once parsed (zod fills the defaults): same result as the plain definition.
    expect(replay(raw as never, log)).toEqual(replay(p, log)); // main: TypeError "Cannot read properties of undefined (reading 'flatMap')"
    const bad = Object.freeze({ ...prepared, program: { ...prepared.program, currency: 'usd' } });
    expect(thrown(() => applyEvent(bad, null, log[0]))).toMatchObject({ code: 'INVALID_INPUT', path: ['program', 'program', 'currency'] });
  });

  it('trusts only its own result: a frozen copy or a deep-frozen clone is checked again', () => {
    const prepared = prepareProgram(p);
    expect(isValidatedPrepared(prepared)).toBe(true);
    expect(isValidatedPrepared(Object.freeze(JSON.parse(JSON.stringify(prepared)) as object))).toBe(false);
    expect(isValidatedPrepared(deepFreeze(structuredClone(prepared)))).toBe(false);
    expect(isValidatedPrepared(Object.freeze({ ...prepared }))).toBe(false);
  });

  it('prepareProgram\'s own result is still used as it is, and is the same JSON', () => {
    const prepared = prepareProgram(p);
    expect(replay(prepared, log)).toEqual(replay(p, log));
    expect(JSON.parse(JSON.stringify(prepared))).toEqual(prepared);
    expect(Object.keys(prepared)).toEqual(['kind', 'version', 'program', 'offsetTable']);
    expect(Object.isFrozen(prepareProgram(JSON.parse(JSON.stringify(prepared)) as typeof prepared))).toBe(true);
  });
});
