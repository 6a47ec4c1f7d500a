import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addStatesToLiability,
  advanceTo,
  applyEvent,
  createLiabilityAccumulator,
  liabilityAccumulatorSchema,
  liabilityFromAccumulator,
  memberStateSchema,
  mergeLiabilityAccumulators,
  prepareProgram,
  programLiability,
  replay,
  type MemberState,
  type Program,
  type ProgramInput,
} from '../../src/loyalty/index.js';
import { fastStateOk } from '../../src/loyalty/internal/readState.js';
import { enrol, expectPreparedLikePlain, line, logArb, program, purchase, redeem, thrown } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const tiers: NonNullable<ProgramInput['tiers']> = {
  metric: 'qualifyingSpend',
  window: { type: 'calendarYear' },
  levels: [{ id: 'base', threshold: 0 }, { id: 'gold', threshold: 30_000, multiplier: '1.5' }],
  downgrade: 'periodEnd',
  softLanding: false,
  graceDays: 0,
};
const zones = ['Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'Africa/Casablanca', 'Europe/Dublin'];
const shapes = [
  (timeZone: string): Program =>
    program({ timeZone, pending: { days: 2 }, expiry: { type: 'rolling', months: 1 }, tiers }, { rules: [{ id: 'weekend', type: 'multiplier', multiplier: '2', when: { weekdays: [6, 7] } }, { id: 'night', type: 'bonus', points: 5, when: { hours: { from: 0, to: 1 } } }], caps: [{ id: 'day', points: 400, per: 'day' }] }),
  (timeZone: string): Program =>
    program({ timeZone, expiry: { type: 'endOfYear' }, tiers: { ...tiers, window: { type: 'rollingMonths', months: 2 }, downgrade: 'immediate', graceDays: 3 } }, { rules: [{ id: 'evening', type: 'bonus', points: 7, when: { hours: { from: 18, to: 23 }, timeZone: 'member' } }], caps: [{ id: 'month', points: 900, per: 'month' }] }),
];
// Starts: inside 2026, straddling 1970-01-01 (the enrolment just before the table) and 2101-01-01 (the end of it).
const starts = [START, Date.parse('1969-12-31T20:00:00Z'), Date.parse('2099-04-01T00:00:00Z')];

describe('prepareProgram in odd zones and at the ends of the offset table', () => {
  it('every function gives the plain programme\'s result', () => {
    const prepared = new Map<string, ReturnType<typeof prepareProgram>>();
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: shapes.length - 1 }), fc.constantFrom(...starts), logArb, fc.integer({ min: 0, max: 800 }), (zone, k, start, rawLog, days) => {
        const p = (shapes[k] as (z: string) => Program)(zone);
        const key = `${zone}/${String(k)}`;
        const prep = prepared.get(key) ?? prepareProgram(p);
        prepared.set(key, prep);
        const shift = start - START;
        // Member c lives in Havana (midnight DST changes), b in Tokyo (logArb), a in the programme's zone.
        const log = rawLog.map((e): Record<string, unknown> & { at: number } => {
          const at = Number(e.at) + shift;
          return e.type === 'enrol' && e.memberId === 'c' ? { ...e, at, timeZone: 'America/Havana' } : { ...e, at };
        });
        const asOf = Math.max(start + 700 * DAY, ...log.map((e) => e.at)) + days * DAY;
        expectPreparedLikePlain(p, prep, log, asOf);
      }),
      { numRuns: 60 },
    );
  });
});

describe('readState: the fast check and zod agree on odd values', () => {
  const p = program({ pending: { days: 3 }, expiry: { type: 'rolling', months: 2 } });
  const state = replay(p, [enrol('m'), purchase('p', '2026-01-15T00:00:00Z', [line(12_000)]), redeem('r', '2026-01-20T00:00:00Z', 100_000)]).members[0] as MemberState;
  type Rec = Record<string, unknown>;
  type Loose = MemberState & Rec;
  const edit = (f: (c: Loose) => unknown): (() => unknown) => () => {
    const c = structuredClone(state) as Loose;
    const out = f(c);
    return out === undefined ? c : out;
  };
  const lot0 = (c: Loose): Rec => c.lots[0] as unknown as Rec;
  const purchase0 = (c: Loose): Rec => c.purchases[0] as unknown as Rec;
  const totals = (c: Loose): Rec => c.totals;
  const redefine = (c: Loose, enumerable: boolean, getter: boolean): void => {
    const v = c.asOf;
    Reflect.deleteProperty(c, 'asOf');
    Object.defineProperty(c, 'asOf', getter ? { get: () => v, enumerable } : { value: v, enumerable });
  };
  class Holder {
    readonly kept: number;
    constructor(o: object) {
      Object.assign(this, o);
      this.kept = 1;
    }
  }
  const cases: Record<string, [() => unknown, boolean]> = {
    'as replay returns it': [edit(() => undefined), true],
    'sparse eventIds': [edit((c) => { c.eventIds = Object.assign(new Array<string>(3), { 0: 'a', 2: 'b' }); }), false],
    'holes only': [edit((c) => { c.eventIds = new Array<string>(3); }), false],
    'fields on the prototype': [edit((c) => Object.create(c) as unknown), true],
    'Object.create(null)': [edit((c) => Object.assign(Object.create(null) as object, c)), true],
    'a getter': [edit((c) => { redefine(c, true, true); }), true],
    'a non-enumerable field': [edit((c) => { redefine(c, false, false); }), true],
    '-0': [edit((c) => { c.owedPoints = -0; lot0(c).remaining = -0; }), true],
    'an array with an extra property': [edit((c) => { (c.lots as unknown as Rec).extra = 1; }), true],
    'a class instance': [edit((c) => new Holder(c)), true],
    'a Map as tier': [edit((c) => { c.tier = Object.assign(new Map(), c.tier); }), true],
    'refusals: undefined': [edit((c) => { c.refusals = undefined; }), true],
    'expired: undefined': [edit((c) => { purchase0(c).expired = undefined; }), true],
    'totals as an array': [edit((c) => { c.totals = Object.assign([], c.totals); }), false],
    'a typed array of amounts': [edit((c) => { purchase0(c).lineAmountsMinor = new Float64Array(c.purchases[0]?.lineAmountsMinor ?? []); }), false],
    'a String object': [edit((c) => { (c as Rec).memberId = Object('m'); }), false],
    '2^53 − 1': [edit((c) => { totals(c).spendMinor = 2 ** 53 - 1; }), true],
    '2^53': [edit((c) => { totals(c).spendMinor = 2 ** 53; }), false],
    'an inherited name as lot source': [edit((c) => { lot0(c).source = 'toString'; }), false],
    'an inherited name as refusal reason': [edit((c) => { (c as Rec).refusals = [{ eventId: 'x', reason: 'constructor' }]; }), false],
    'downgrade as an array': [edit((c) => { (c.tier as unknown as Rec).downgrade = Object.assign([], { to: null, at: 1 }); }), false],
  };
  for (const [name, [make, ok]] of Object.entries(cases)) {
    it(name, () => {
      const value = make();
      expect(memberStateSchema.safeParse(value).success).toBe(ok);
      expect(fastStateOk(value)).toBe(ok);
      if (!ok) return;
      const before = JSON.stringify(value);
      const event = purchase('p2', '2026-02-01T00:00:00Z', [line(5_000)]);
      // The fast path (the value as it is) gives what zod's parse of it gives.
      const parsed: MemberState = memberStateSchema.parse(value);
      expect(applyEvent(p, value as MemberState, event)).toEqual(applyEvent(p, parsed, event));
      expect(advanceTo(p, value as MemberState, '2027-01-01T00:00:00Z')).toEqual(advanceTo(p, parsed, '2027-01-01T00:00:00Z'));
      expect(JSON.stringify(value)).toBe(before);
    });
  }
});

describe('liability accumulator', () => {
  const p = program({ pending: { days: 14 }, expiry: { type: 'rolling', months: 3 }, returns: { clawback: 'proportional', negativeBalance: 'allow' } });
  const options = { program: p, asOf: '2028-06-01T00:00:00Z' };
  // Key order as PostgreSQL jsonb stores it (by length, then bytes): the accumulator must survive it.
  const jsonb = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(jsonb);
    if (typeof v !== 'object' || v === null) return v;
    const keys = Object.keys(v).sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(keys.map((k) => [k, jsonb((v as Record<string, unknown>)[k])]));
  };

  it('adds a batch whole or not at all, survives JSON between steps, and equals programLiability', () => {
    fc.assert(
      fc.property(logArb, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 3, maxLength: 3 }), (log, shardOf) => {
        const { members } = replay(p, log, { asOf: options.asOf, ledger: false });
        const accs = [0, 1, 2].map((s) => {
          let acc = jsonb(JSON.parse(JSON.stringify(createLiabilityAccumulator(options)))) as ReturnType<typeof createLiabilityAccumulator>;
          for (const [i, m] of members.entries()) {
            if (shardOf[i] !== s) continue;
            const before = JSON.stringify(acc);
            // A batch with a bad state at its end changes nothing.
            expect(thrown(() => addStatesToLiability(acc, [m, { ...m, programId: 'other' }]))).toEqual({ code: 'INVALID_INPUT', path: ['states', 1, 'programId'] });
            expect(JSON.stringify(acc)).toBe(before);
            acc = jsonb(JSON.parse(JSON.stringify(addStatesToLiability(acc, [m])))) as typeof acc;
            expect(liabilityAccumulatorSchema.safeParse(acc).success).toBe(true);
          }
          return acc;
        });
        const merged = mergeLiabilityAccumulators(accs[2] as never, mergeLiabilityAccumulators(accs[1] as never, accs[0] as never));
        expect(liabilityFromAccumulator(merged)).toEqual(programLiability(members, options));
        // breakage from a given rate too
        const given = { ...options, breakageRate: 0.3 };
        const one = addStatesToLiability(createLiabilityAccumulator(given), members);
        expect(liabilityFromAccumulator(one)).toEqual(programLiability(members, given));
        expect(thrown(() => mergeLiabilityAccumulators(one, merged))).toEqual({ code: 'INVALID_INPUT', path: ['b', 'breakageRate'] });
      }),
      { numRuns: 40 },
    );
  });
});
