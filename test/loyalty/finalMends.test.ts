// Pins what the last refactors (parseProgramOptions with trusting schemas, readMemberState with
// the programme id, noteExpired through the purchase index, the clock's lazily allocated tables,
// numeric liability months) must keep: a prepared programme inside options behaves as the plain
// definition, a state's checks keep their paths and order, `expired` does not depend on how a
// member's history was folded, and a clock answers the same before and after its tables exist.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addZonedMonths } from '../../src/core/time/index.js';
import { buildOffsetTable } from '../../src/core/time/internal/offsetTable.js';
import { openZone } from '../../src/core/time/internal/zone.js';
import { openClock } from '../../src/loyalty/internal/clock.js';
import {
  addStatesToLiability,
  advanceTo,
  applyEvent,
  createLiabilityAccumulator,
  explainPoints,
  liabilityFromAccumulator,
  mergeLiabilityAccumulators,
  prepareProgram,
  programLiability,
  progressToNextTier,
  replay,
  replayColumns,
  simulateProgram,
  type MemberState,
  type ProgramInput,
} from '../../src/loyalty/index.js';
import { enrol, line, logArb, purchase, thrown } from './fixtures.js';

const definition: ProgramInput = {
  id: 'club',
  version: 1,
  currency: 'USD',
  timeZone: 'Europe/Berlin',
  earn: { base: { points: '1', perAmountMinor: 100 } },
  expiry: { type: 'rolling', months: 2 },
  tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: [{ id: 'silver', threshold: 10_000 }] },
};

describe('a prepared programme inside options', () => {
  const prepared = prepareProgram(definition);
  const copy = JSON.parse(JSON.stringify(prepared)) as typeof prepared;

  it('gives the results of the plain definition (liability, accumulator, simulation)', () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const states = replay(definition, events, { asOf: '2028-01-01T00:00:00Z' }).members;
        for (const program of [prepared, copy, Object.freeze(copy)]) {
          const asOf = '2028-06-01T00:00:00Z';
          expect(programLiability(states, { program, asOf })).toStrictEqual(programLiability(states, { program: definition, asOf }));
          const acc = addStatesToLiability(createLiabilityAccumulator({ program, asOf, breakageRate: 0.25 }), states);
          const plain = addStatesToLiability(createLiabilityAccumulator({ program: definition, asOf, breakageRate: 0.25 }), states);
          expect(JSON.stringify(acc)).toBe(JSON.stringify(plain));
          expect(simulateProgram(definition, events, { baseline: program, asOf })).toStrictEqual(simulateProgram(definition, events, { baseline: definition, asOf }));
        }
      }),
      { seed: 20261128, numRuns: 25 },
    );
  });

  it('reports the options errors of the plain definition, and validates a copy in full', () => {
    const asOf = '2027-01-01T00:00:00Z';
    const damaged = { ...copy, program: { ...copy.program, currency: 'usd' } };
    const cases: [unknown, unknown][] = [
      [{ program: prepared, asOf: 'soon' }, { program: definition, asOf: 'soon' }],
      [{ program: prepared, asOf, extra: 1 }, { program: definition, asOf, extra: 1 }],
      [{ program: prepared, asOf, breakageRate: 1 }, { program: definition, asOf, breakageRate: 1 }],
      [{ program: prepared }, { program: definition }],
      [{ program: copy, asOf, breakageRate: -1 }, { program: definition, asOf, breakageRate: -1 }],
    ];
    for (const [withPrepared, withDefinition] of cases) {
      expect(thrown(() => programLiability([], withPrepared as never))).toStrictEqual(thrown(() => programLiability([], withDefinition as never)));
      expect(thrown(() => createLiabilityAccumulator(withPrepared as never))).toStrictEqual(thrown(() => createLiabilityAccumulator(withDefinition as never)));
    }
    expect(thrown(() => simulateProgram(definition, [], { baseline: prepared, asOf: 'soon' }))).toStrictEqual(thrown(() => simulateProgram(definition, [], { baseline: definition, asOf: 'soon' })));
    expect(thrown(() => simulateProgram(definition, [], { baseline: prepared, extra: 1 } as never))).toStrictEqual(thrown(() => simulateProgram(definition, [], { baseline: definition, extra: 1 } as never)));
    // A copy (even frozen) is checked against the schema, before the other options.
    for (const program of [damaged, Object.freeze(damaged)]) {
      expect(thrown(() => programLiability([], { program: program, asOf: 'soon' }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['options', 'program', 'program', 'currency'] });
      expect(thrown(() => createLiabilityAccumulator({ program: program, asOf }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['options', 'program', 'program', 'currency'] });
      expect(thrown(() => simulateProgram(definition, [], { baseline: program, asOf }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['options', 'baseline', 'program', 'currency'] });
    }
    const otherZone = Object.freeze({ ...copy, offsetTable: { ...copy.offsetTable, timeZone: 'UTC' } });
    expect(thrown(() => programLiability([], { program: otherZone, asOf }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['options', 'program', 'offsetTable', 'timeZone'] });
  });
});

describe('a state of another programme', () => {
  const prepared = prepareProgram(definition);
  const other = prepareProgram({ ...definition, id: 'other' });
  const { state } = applyEvent(prepared, null, enrol('m', '2026-01-01T00:00:00Z'));
  const cart = { at: '2026-02-01T00:00:00Z', currency: 'USD', channel: 'web', lines: [line(1_000)] };

  it('is refused at state.programId by every function, a malformed one is reported as malformed first', () => {
    const calls = (program: typeof prepared, s: unknown): (() => unknown)[] => [
      () => applyEvent(program, s as MemberState, purchase('p1', '2026-02-01T00:00:00Z', [line(500)])),
      () => advanceTo(program, s as MemberState, '2026-03-01T00:00:00Z'),
      () => explainPoints(program, s as MemberState, cart),
      () => progressToNextTier(program, s as MemberState, '2026-03-01T00:00:00Z'),
    ];
    for (const call of calls(other, state)) expect(thrown(call)).toStrictEqual({ code: 'INVALID_INPUT', path: ['state', 'programId'] });
    for (const call of calls(other, { ...state, asOf: 'later' })) expect(thrown(call)).toStrictEqual({ code: 'INVALID_INPUT', path: ['state', 'asOf'] });
    for (const call of calls(prepared, { ...state, programId: 7 })) expect(thrown(call)).toStrictEqual({ code: 'INVALID_INPUT', path: ['state', 'programId'] });
    expect(thrown(() => programLiability([state, { ...state, programId: 'other' }], { program: prepared, asOf: '2026-03-01T00:00:00Z' }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['states', 1, 'programId'] });
    expect(thrown(() => programLiability([state, { ...state, programId: 'other', asOf: 'x' } as never], { program: prepared, asOf: '2026-03-01T00:00:00Z' }))).toStrictEqual({ code: 'INVALID_INPUT', path: ['states', 1, 'asOf'] });
    expect(thrown(() => addStatesToLiability(createLiabilityAccumulator({ program: prepared, asOf: '2026-03-01T00:00:00Z' }), [{ ...state, programId: 'other' }]))).toStrictEqual({ code: 'INVALID_INPUT', path: ['states', 0, 'programId'] });
  });

  it('does not matter without a state (applyEvent and explainPoints with null)', () => {
    expect(applyEvent(other, null, enrol('m', '2026-01-01T00:00:00Z')).state.programId).toBe('other');
    expect(explainPoints(other, null, cart as never).points).toBe(10);
  });
});

describe('expired on purchase records', () => {
  it('is the same through replay, through applyEvent and advanceTo, and through replayColumns (members with many purchases and returns)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ d: fc.integer({ min: 0, max: 900 }), a: fc.integer({ min: 0, max: 20_000 }), ret: fc.integer({ min: 0, max: 5 }) }), { minLength: 70, maxLength: 160 }),
        fc.constantFrom<ProgramInput['expiry']>({ type: 'rolling', months: 1 }, { type: 'rolling', months: 5 }, { type: 'endOfYear', yearsAfter: 0 }),
        (steps, expiry) => {
          const p = prepareProgram({ ...definition, timeZone: 'America/New_York', expiry });
          const events: Record<string, unknown>[] = [enrol('m', Date.UTC(2026, 0, 1))];
          const returned = new Set<number>();
          [...steps]
            .sort((x, y) => x.d - y.d)
            .forEach((s, i) => {
              const at = Date.UTC(2026, 0, 2) + s.d * 86_400_000 + i * 1_000;
              events.push(purchase(`p${String(i)}`, at, [line(s.a), line(s.a + 1, 'shoes')]));
              const target = i - 3 - (s.d % 3);
              if (s.ret === 0 && target >= 0 && !returned.has(target)) {
                returned.add(target);
                events.push({ type: 'return', id: `r${String(i)}`, at: at + 500, memberId: 'm', purchaseId: `p${String(target)}`, lines: [{ index: 1 }] });
              }
            });
          events.sort((x, y) => (x.at as number) - (y.at as number));
          const asOf = '2030-01-01T00:00:00Z';
          const replayed = replay(p, events, { asOf }).members[0] as MemberState;
          let state: MemberState | null = null;
          for (const e of events) {
            state = applyEvent(p, state, e).state;
            // A trip through JSON between calls (a stored state) changes nothing.
            state = JSON.parse(JSON.stringify(state)) as MemberState;
          }
          const advanced = advanceTo(p, state as MemberState, asOf).state;
          expect(advanced).toStrictEqual(replayed);
          expect(advanced.purchases.map((r) => r.expired)).toStrictEqual(replayed.purchases.map((r) => r.expired));
          expect(replayed.purchases.some((r) => (r.expired ?? 0) > 0)).toBe(true);
          const columns = replayColumns(p, events, { asOf });
          expect(columns.members[0]?.purchases.map((r) => r.expired)).toStrictEqual(replayed.purchases.map((r) => r.expired));
        },
      ),
      { seed: 20261128, numRuns: 30 },
    );
  });
});

describe('the clock', () => {
  const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Apia'];
  const instant = fc.oneof(fc.integer({ min: Date.UTC(1965, 0, 1), max: Date.UTC(2105, 0, 1) }), fc.integer({ min: -8.6e15, max: 8.6e15 }));
  for (const zone of zones) {
    it(`answers the same before and after its tables exist (${zone})`, () => {
      const table = buildOffsetTable(openZone(zone, []));
      const longLived = openClock(zone, []);
      const longLivedTable = openClock(zone, [], table);
      fc.assert(
        fc.property(fc.array(fc.tuple(instant, fc.integer({ min: -30, max: 40 })), { minLength: 1, maxLength: 60 }), (readings) => {
          const shortLived = openClock(zone, []);
          for (const [ms, months] of readings) {
            const once = openClock(zone, []).addMonths(ms, months);
            expect(addZonedMonths(ms, months, zone)).toBe(once);
            expect(shortLived.addMonths(ms, months)).toBe(once);
            expect(longLived.addMonths(ms, months)).toBe(once);
            expect(longLivedTable.addMonths(ms, months)).toBe(once);
            expect(longLived.addDays(ms, months)).toBe(openClock(zone, []).addDays(ms, months));
            expect(longLivedTable.monthKey(ms)).toBe(openClock(zone, []).monthKey(ms));
          }
        }),
        { seed: 20261128, numRuns: 120 },
      );
    });
  }
});

describe('liability months', () => {
  it('are written as before past year 9999 and before year 0, and survive JSON and merging', () => {
    const { tiers: _tiers, ...untiered } = definition;
    const p: ProgramInput = { ...untiered, timeZone: 'UTC' };
    const expected: Record<string, string[]> = {
      '-001000': ['-001000-12', '-000999-01'],
      '-000001': ['-000001-12', '0000-01'],
      '0000': ['0000-12', '0001-01'],
      '9999': ['9999-12', '+010000-01'],
      '+275000': ['+275000-12', '+275001-01'],
    };
    for (const [year, months] of Object.entries(expected)) {
      let state = applyEvent(p, null, enrol('m', `${year}-01-01T00:00:00Z`)).state;
      state = applyEvent(p, state, purchase('p1', `${year}-10-31T23:30:00Z`, [line(1_000)])).state;
      state = applyEvent(p, state, purchase('p2', `${year}-11-30T23:30:00Z`, [line(3_000)])).state;
      const asOf = `${year}-12-01T00:00:00Z`;
      const liability = programLiability([state], { program: p, asOf });
      expect(liability.expiringByMonth).toStrictEqual([{ month: months[0], points: 10 }, { month: months[1], points: 30 }]);
      const acc = addStatesToLiability(createLiabilityAccumulator({ program: p, asOf }), [state]);
      expect(acc.expiringByMonth).toStrictEqual(liability.expiringByMonth);
      const merged = mergeLiabilityAccumulators(JSON.parse(JSON.stringify(acc)) as typeof acc, acc);
      expect(merged.expiringByMonth).toStrictEqual([{ month: months[0], points: 20 }, { month: months[1], points: 60 }]);
      const added = addStatesToLiability(JSON.parse(JSON.stringify(acc)) as typeof acc, [state]);
      expect(added).toStrictEqual(merged);
      expect(liabilityFromAccumulator(merged)).toStrictEqual(programLiability([state, state], { program: p, asOf }));
    }
  });
});
