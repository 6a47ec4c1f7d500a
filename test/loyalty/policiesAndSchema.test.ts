// Review pins: the programme JSON round trip, validateProgram's warnings case by case, the three
// negative-balance policies over returns after redemption, repeated returns, adjustments beyond
// the balance and later earning, redemption refusals as data, endOfYear expiry and pending
// maturation in non-UTC zones at year and DST boundaries, and the columnar ledger against
// replay's on a mixed log (every entry type, duplicates, bigint explanations) for every range.
// Expected values are computed by hand in the comments.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  defineProgram,
  ledgerEntries,
  programJsonSchema,
  replay,
  replayColumns,
  validateProgram,
  type LedgerEntry,
  type MemberState,
  type ProgramInput,
} from '../../src/loyalty/index.js';
import { adjust, bonus, enrol, line, program, purchase, redeem, ret } from './fixtures.js';

const ms = (iso: string): number => Date.parse(iso);
const only = (r: { members: MemberState[] }): MemberState => {
  expect(r.members).toHaveLength(1);
  return r.members[0] as MemberState;
};
const rows = (ledger: readonly LedgerEntry[]) => ledger.map((e) => [e.type, e.eventId, e.lotId, e.points, e.forgivenPoints, e.reason]);
const balances = (s: MemberState) => [s.availablePoints, s.pendingPoints, s.owedPoints];

describe('defineProgram: the JSON round trip', () => {
  const base: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
  const decimal = fc.constantFrom('0', '1', '1.5', '0.25', '000123456789012.123456789012');
  const instant = fc.constantFrom('2026-01-01T00:00:00Z', '2026-03-29T02:30:00+01:00', '2026-01-01T00:00:00.9999-03:30', '+010000-01-01T00:00:00Z', 1_767_225_600_000, -1, 0);
  const arb = fc.record(
    {
      version: fc.oneof(fc.nat(), fc.constantFrom('v1', '2026-11')),
      timeZone: fc.constantFrom('UTC', 'america/new_york', 'Europe/Berlin', 'Asia/Kolkata'),
      points: decimal,
      rounding: fc.constantFrom('halfEven', 'halfUp', 'floor', 'ceil'),
      multiplier: decimal,
      from: instant,
      until: instant,
      hours: fc.record({ from: fc.integer({ min: 0, max: 23 }), to: fc.integer({ min: 1, max: 24 }) }),
      stacking: fc.constantFrom('multiply', 'add', 'best'),
      pending: fc.nat({ max: 3660 }),
      expiry: fc.constantFrom<ProgramInput['expiry']>({ type: 'none' }, { type: 'rolling', months: 13 }, { type: 'endOfYear' }, { type: 'endOfYear', yearsAfter: 2 }),
      negativeBalance: fc.constantFrom('allow', 'floorAtZero', 'deductFromFuture'),
      tiers: fc.boolean(),
    },
    { requiredKeys: ['version', 'timeZone', 'points'] },
  );
  it('defineProgram(JSON.parse(JSON.stringify(defineProgram(x)))) is defineProgram(x), for random programmes', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const input: ProgramInput = {
          ...base,
          version: a.version,
          timeZone: a.timeZone,
          earn: {
            base: { points: a.points, perAmountMinor: 7, ...(a.rounding === undefined ? {} : { rounding: a.rounding }) },
            rules: [
              { id: 'm', type: 'multiplier', multiplier: a.multiplier ?? '2', when: { ...(a.from === undefined ? {} : { from: a.from }), ...(a.until === undefined ? {} : { until: a.until }), ...(a.hours === undefined ? {} : { hours: a.hours }), ...(a.tiers === true ? { tiers: ['gold'] } : {}) } },
              { id: 'b', type: 'bonus', points: 5 },
              { id: 'e', type: 'eventBonus', event: 'review', points: 3 },
            ],
            ...(a.stacking === undefined ? {} : { stacking: a.stacking }),
            caps: [{ id: 'c', points: 0, per: 'transaction', ruleIds: ['b'] }],
          },
          ...(a.pending === undefined ? {} : { pending: { days: a.pending } }),
          ...(a.expiry === undefined ? {} : { expiry: a.expiry }),
          ...(a.negativeBalance === undefined ? {} : { returns: { negativeBalance: a.negativeBalance } }),
          ...(a.tiers === true ? { tiers: { metric: 'visits', window: { type: 'rollingMonths', months: 3 }, levels: [{ id: 'gold', threshold: 2, multiplier: '1.5', benefits: ['x'] }] } } : {}),
        };
        const once = defineProgram(input);
        const copy: unknown = JSON.parse(JSON.stringify(once));
        expect(defineProgram(copy as ProgramInput)).toStrictEqual(once);
        // … and parsing again is the identity (instants are already epoch milliseconds).
        expect(defineProgram(once)).toStrictEqual(once);
      }),
      { numRuns: 200 },
    );
  });

  it('the fully defaulted programme is itself valid input under the JSON Schema (a programme stored after defineProgram can be validated by another backend)', () => {
    const schema = programJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[]; additionalProperties: boolean };
    const full = JSON.parse(JSON.stringify(defineProgram({ ...base, earn: { ...base.earn, rules: [{ id: 'm', type: 'multiplier', multiplier: '2', when: { from: '2026-01-01T00:00:00Z' } }] }, tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 1 }] } }))) as Record<string, Record<string, unknown>>;
    // Every key of the output is a property of the schema (additionalProperties: false at each level checked here).
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(full).filter((k) => !(k in schema.properties))).toEqual([]);
    for (const k of ['earn', 'pending', 'expiry', 'redemption', 'returns', 'tiers'] as const) {
      const props = schema.properties[k]?.properties;
      if (props !== undefined) expect(Object.keys(full[k] ?? {}).filter((key) => !(key in props)), k).toEqual([]);
    }
    expect(schema.required).toEqual(['id', 'version', 'currency', 'timeZone', 'earn']);
  });
});

describe('validateProgram, warning by warning', () => {
  const base: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
  const codes = (p: ProgramInput, asOf?: string) => validateProgram(p, asOf === undefined ? {} : { asOf }).map((w) => [w.code, w.path.join('.')]);
  const levels = (...thresholds: number[]) => thresholds.map((threshold, i) => ({ id: `l${String(i)}`, threshold }));

  it('TIERS_NOT_INCREASING compares each level with the one before it only', () => {
    // 10, 5, 7: 5 ≤ 10 warns at level 1; 7 > 5 does not warn (the previous level is 5).
    expect(codes({ ...base, tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: levels(10, 5, 7) } })).toEqual([['TIERS_NOT_INCREASING', 'tiers.levels.1.threshold']]);
    // equal thresholds are not increasing
    expect(codes({ ...base, tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: levels(10, 10) } })).toEqual([['TIERS_NOT_INCREASING', 'tiers.levels.1.threshold']]);
    expect(codes({ ...base, tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: levels(0, 1, 2) } })).toEqual([]);
  });

  it('TIER_UNREACHABLE: the most a cap on all earning lets through per window, at the boundary', () => {
    const q = (per: 'day' | 'month' | 'year', points: number, window: NonNullable<ProgramInput['tiers']>['window'], ...thresholds: number[]): ProgramInput => ({
      ...base,
      earn: { ...base.earn, caps: [{ id: 'c', points, per }] },
      tiers: { metric: 'qualifyingPoints', window, levels: levels(...thresholds) },
    });
    // 1 per day, calendar year: at most 366 (leap year) → 366 reachable, 367 not.
    expect(codes(q('day', 1, { type: 'calendarYear' }, 366, 367))).toEqual([['TIER_UNREACHABLE', 'tiers.levels.1.threshold']]);
    // 100 per month, anniversary year: touches 13 local months → 1 300 reachable, 1 301 not.
    expect(codes(q('month', 100, { type: 'anniversary' }, 1300, 1301))).toEqual([['TIER_UNREACHABLE', 'tiers.levels.1.threshold']]);
    // 100 per year, rolling 12 months: touches 2 calendar years → 200 / 201.
    expect(codes(q('year', 100, { type: 'rollingMonths', months: 12 }, 200, 201))).toEqual([['TIER_UNREACHABLE', 'tiers.levels.1.threshold']]);
    // rolling 13 months touch 3 calendar years: ⌈13/12 + 1⌉ = 3 → 300 / 301.
    expect(codes(q('year', 100, { type: 'rollingMonths', months: 13 }, 300, 301))).toEqual([['TIER_UNREACHABLE', 'tiers.levels.1.threshold']]);
    // A yearly cap under a lifetime window never binds.
    expect(codes(q('year', 100, { type: 'lifetime' }, 1_000_000))).toEqual([]);
    // Other metrics are not limited by point caps; a cap scoped to a rule leaves the base uncapped.
    expect(codes({ ...q('day', 1, { type: 'calendarYear' }, 10_000), tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels: levels(10_000) } })).toEqual([]);
    expect(codes({ ...base, earn: { ...base.earn, rules: [{ id: 'r', type: 'bonus', points: 1 }], caps: [{ id: 'c', points: 1, per: 'year', ruleIds: ['r'] }] }, tiers: { metric: 'qualifyingPoints', window: { type: 'calendarYear' }, levels: levels(1_000) } })).toEqual([]);
  });

  it('AMBIGUOUS_STACKING only for multiplier rules that can meet on one line, with the combined factor', () => {
    const rules = (stacking: 'multiply' | 'add' | 'best', a: Record<string, unknown>, b: Record<string, unknown>, ma = '2', mb = '3'): ProgramInput => ({
      ...base,
      earn: { ...base.earn, stacking, rules: [{ id: 'a', type: 'multiplier', multiplier: ma, when: a }, { id: 'b', type: 'multiplier', multiplier: mb, when: b }] },
    });
    const messages = (p: ProgramInput) => validateProgram(p).map((w) => w.message);
    // category a × sku x: a line can be both → ×2 × ×3 = ×6
    expect(messages(rules('multiply', { categories: ['a'] }, { skus: ['x'] }))).toEqual(["Rules a (×2) and b (×3) can apply to the same line: with 'multiply' stacking it earns ×6"]);
    // add: 1 + (2 − 1) + (0.5 − 1) = 1.5
    expect(messages(rules('add', {}, {}, '2', '0.5'))).toEqual(["Rules a (×2) and b (×0.5) can apply to the same line: with 'add' stacking it earns ×1.5"]);
    // best: only equal multipliers are ambiguous
    expect(messages(rules('best', {}, {}, '2', '3'))).toEqual([]);
    expect(validateProgram(rules('best', {}, {}, '2', '2.0')).map((w) => [w.code, w.path])).toEqual([['AMBIGUOUS_STACKING', ['earn', 'rules', 1]]]);
    // disjoint: categories, [from, until) intervals that only touch, hours 22–2 and 2–22,
    // Friday 22–2 vs Saturday 0–2 (the weekday is that of the instant, not of the evening),
    // first purchase vs later ones
    expect(messages(rules('multiply', { categories: ['a'] }, { categories: ['b'] }))).toEqual([]);
    expect(messages(rules('multiply', { until: '2026-01-01T00:00:00Z' }, { from: '2026-01-01T00:00:00Z' }))).toEqual([]);
    expect(messages(rules('multiply', { hours: { from: 22, to: 2 } }, { hours: { from: 2, to: 22 } }))).toEqual([]);
    expect(messages(rules('multiply', { weekdays: [5], hours: { from: 22, to: 2 } }, { weekdays: [6], hours: { from: 0, to: 2 } }))).toEqual([]);
    expect(messages(rules('multiply', { firstPurchase: true }, { firstPurchase: false }))).toEqual([]);
  });

  it('EXPIRY_BEFORE_MATURITY at its boundaries (rolling: a lot expiring as it matures counts; endOfYear: the earn year\'s last moment)', () => {
    const e = (days: number, expiry: ProgramInput['expiry']) => codes({ ...base, pending: { days }, expiry });
    // rolling 12 months last at least 365 days (e.g. 2026-03-01 → 2027-03-01): 364 pending days are safe, 365 expire as they mature.
    expect(e(364, { type: 'rolling', months: 12 })).toEqual([]);
    expect(e(365, { type: 'rolling', months: 12 })).toEqual([['EXPIRY_BEFORE_MATURITY', 'expiry']]);
    // endOfYear (yearsAfter 0): earned 31 Dec 23:59 expires at midnight → any pending period is too long.
    expect(e(1, { type: 'endOfYear' })).toEqual([['EXPIRY_BEFORE_MATURITY', 'expiry']]);
    expect(e(0, { type: 'endOfYear' })).toEqual([]);
    // yearsAfter 1: earned 2026-12-31 23:59:59 matures 365 days later (2027-12-31 23:59:59), before 2028-01-01 00:00.
    expect(e(365, { type: 'endOfYear', yearsAfter: 1 })).toEqual([]);
    expect(e(366, { type: 'endOfYear', yearsAfter: 1 })).toEqual([['EXPIRY_BEFORE_MATURITY', 'expiry']]);
    expect(e(3660, { type: 'none' })).toEqual([]);
  });

  it('NON_POSITIVE_MULTIPLIER for every way of writing 0 (base rate, rule, level), PROMOTION_ENDED relative to asOf only, MIN_POINTS_OFF_INCREMENT', () => {
    const zero: ProgramInput = {
      ...base,
      earn: { base: { points: '0.000', perAmountMinor: 100 }, rules: [{ id: 'r', type: 'multiplier', multiplier: '00.0' }] },
      tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 0, multiplier: '0' }] },
    };
    expect(codes(zero)).toEqual([
      ['NON_POSITIVE_MULTIPLIER', 'earn.base.points'],
      ['NON_POSITIVE_MULTIPLIER', 'earn.rules.0.multiplier'],
      ['NON_POSITIVE_MULTIPLIER', 'tiers.levels.0.multiplier'],
    ]);
    const promo: ProgramInput = { ...base, earn: { ...base.earn, rules: [{ id: 'xmas', type: 'bonus', points: 5, when: { until: '2026-01-01T00:00:00+01:00' } }] } };
    // until is exclusive: ended at 2025-12-31T23:00Z exactly, not a millisecond before; never without asOf.
    expect(codes(promo, '2025-12-31T23:00:00Z')).toEqual([['PROMOTION_ENDED', 'earn.rules.0.when.until']]);
    expect(codes(promo, '2025-12-31T22:59:59.999Z')).toEqual([]);
    expect(codes(promo)).toEqual([]);
    // minPoints 120, increment 50: the smallest redemption is ⌈120/50⌉ × 50 = 150.
    expect(validateProgram({ ...base, redemption: { minPoints: 120, increment: 50 } }).map((w) => w.message)).toEqual(['The smallest redemption is 150, not 120']);
    expect(codes({ ...base, redemption: { minPoints: 150, increment: 50 } })).toEqual([]);
  });
});

describe('negative balances: returns after redemption, repeated returns, adjustments beyond the balance, later earning', () => {
  // p1 10 000 minor → 100, p2 3 000 → 30 (130). r1 redeems 120: p1 100 + p2 20 → 10 left (in p2).
  // x1 returns half of p1 (5 000 of 10 000): claw 100 × ½ = 50: p1 lot 0, p2 10, 40 short.
  // x2 returns the other half: cumulative 100 → claw 50 more: nothing left, 50 short.
  // r2 redeems 1: refused (insufficientPoints). p3 5 000 → 50. a1 −70. b1 birthday: no rule, 0 points. a2 +200.
  const log = [
    enrol(),
    purchase('p1', '2026-01-02T00:00:00Z', [line(10_000)]),
    purchase('p2', '2026-01-03T00:00:00Z', [line(3_000)]),
    redeem('r1', '2026-01-04T00:00:00Z', 120),
    ret('x1', '2026-01-05T00:00:00Z', 'p1', { amountMinor: 5_000 }),
    ret('x2', '2026-01-06T00:00:00Z', 'p1', { amountMinor: 5_000 }),
    redeem('r2', '2026-01-06T12:00:00Z', 1),
    purchase('p3', '2026-01-07T00:00:00Z', [line(5_000)]),
    adjust('a1', '2026-01-08T00:00:00Z', -70),
    bonus('b1', '2026-01-09T00:00:00Z', 'birthday'),
    adjust('a2', '2026-01-10T00:00:00Z', 200),
  ];
  const at = (policy: 'allow' | 'floorAtZero' | 'deductFromFuture', asOf: string) => replay(program({ returns: { clawback: 'proportional', negativeBalance: policy } }), log.filter((e) => ms(String(e.at)) <= ms(asOf)), { asOf });

  it('allow: the debt shows as a negative balance and every new award repays it first', () => {
    // after x2: owed 40 + 50 = 90 → available −90
    expect(balances(only(at('allow', '2026-01-06T12:00:00Z')))).toEqual([-90, 0, 90]);
    const r = at('allow', '2026-02-01T00:00:00Z');
    // p3 repays 50 (owed 40); a1 −70 → owed 110; a2 +200 repays 110 → 90 available
    expect(balances(only(r))).toEqual([90, 0, 0]);
    expect(rows(r.ledger).slice(1)).toEqual([
      ['earn', 'p1', 'p1', 100, 0, null],
      ['earn', 'p2', 'p2', 30, 0, null],
      ['redeem', 'r1', null, -120, 0, null],
      ['clawback', 'x1', 'p1', -50, 0, null],
      ['clawback', 'x2', 'p1', -50, 0, null],
      ['redeemRefused', 'r2', null, 0, 0, 'insufficientPoints'],
      ['earn', 'p3', 'p3', 50, 0, null],
      ['debtRepaid', null, 'p3', 50, 0, null],
      ['adjust', 'a1', null, -70, 0, 'test'],
      ['bonus', 'b1', null, 0, 0, null],
      ['adjust', 'a2', 'a2', 200, 0, 'test'],
      ['debtRepaid', null, 'a2', 110, 0, null],
    ]);
    // net balance = sum of the entries that change it: 100 + 30 − 120 − 50 − 50 + 50 − 70 + 200 = 90
    expect(r.ledger.filter((e) => e.type !== 'mature' && e.type !== 'debtRepaid').reduce((s, e) => s + e.points, 0)).toBe(90);
    expect(only(r).totals).toMatchObject({ earned: 180, redeemed: 120, clawedBack: 100, forgiven: 0, adjusted: 130, refusedRedemptions: 1 });
    expect(only(r).refusals).toEqual([{ eventId: 'r2', reason: 'insufficientPoints' }]);
  });

  it('deductFromFuture: the same debt as owedPoints, available never below 0', () => {
    expect(balances(only(at('deductFromFuture', '2026-01-06T12:00:00Z')))).toEqual([0, 0, 90]);
    // after p3: owed 40; after a1: 110, available 0
    expect(balances(only(at('deductFromFuture', '2026-01-08T00:00:00Z')))).toEqual([0, 0, 110]);
    const r = at('deductFromFuture', '2026-02-01T00:00:00Z');
    expect(balances(only(r))).toEqual([90, 0, 0]);
    expect(rows(r.ledger)).toEqual(rows(at('allow', '2026-02-01T00:00:00Z').ledger));
  });

  it('floorAtZero: what cannot be taken is forgiven, on the entry and in the totals, and later earning stays whole', () => {
    const r = at('floorAtZero', '2026-02-01T00:00:00Z');
    // x1: 10 from p2, 40 forgiven; x2: 50 forgiven; p3 +50; a1 −70: 50 taken, 20 forgiven; a2 +200 → 200
    expect(balances(only(r))).toEqual([200, 0, 0]);
    expect(rows(r.ledger).filter(([type]) => type === 'clawback' || type === 'adjust' || type === 'debtRepaid')).toEqual([
      ['clawback', 'x1', 'p1', -10, 40, null],
      ['clawback', 'x2', 'p1', 0, 50, null],
      ['adjust', 'a1', null, -50, 20, 'test'],
      ['adjust', 'a2', 'a2', 200, 0, 'test'],
    ]);
    expect(only(r).totals).toMatchObject({ clawedBack: 100, forgiven: 110, adjusted: 130 });
  });

  it('the same history folded with applyEvent gives the same states and entries under each policy', () => {
    for (const policy of ['allow', 'floorAtZero', 'deductFromFuture'] as const) {
      const p = program({ returns: { clawback: 'proportional', negativeBalance: policy } });
      let state: MemberState | null = null;
      const entries: LedgerEntry[] = [];
      for (const e of log) {
        const a = applyEvent(p, state, e);
        state = a.state;
        entries.push(...a.entries);
      }
      const r = replay(p, log);
      expect(state).toEqual(only(r));
      expect(entries).toEqual(r.ledger);
    }
  });
});

describe('redemption refusals are data, in the order belowMinimum, offIncrement, insufficientPoints', () => {
  it('records each refusal in the ledger, the state and the outcome; a retry answers the first outcome', () => {
    const p = program({ redemption: { minPoints: 100, increment: 25 } });
    const events = [
      enrol(),
      purchase('p', '2026-01-02T00:00:00Z', [line(17_500)]), // 175 points
      redeem('r1', '2026-01-03T00:00:00Z', 99), // < 100 (and off the increment): belowMinimum first
      redeem('r2', '2026-01-03T00:01:00Z', 110), // ≥ 100, 110 mod 25 = 10: offIncrement
      redeem('r3', '2026-01-03T00:02:00Z', 200), // 200 > 175: insufficientPoints
      redeem('r4', '2026-01-03T00:03:00Z', 175), // ok → 0 left
    ];
    let state: MemberState | null = null;
    const outcomes: unknown[] = [];
    for (const e of events) {
      const a = applyEvent(p, state, e);
      outcomes.push(a.outcome);
      state = a.state;
    }
    expect(outcomes.slice(2)).toEqual([
      { ok: false, reason: 'belowMinimum' },
      { ok: false, reason: 'offIncrement' },
      { ok: false, reason: 'insufficientPoints' },
      { ok: true },
    ]);
    const retry = applyEvent(p, state, { ...events[2], at: '2026-01-03T00:04:00Z' });
    expect([retry.duplicate, retry.outcome, retry.entries]).toEqual([true, { ok: false, reason: 'belowMinimum' }, []]);
    const r = replay(p, events);
    expect(only(r).refusals).toEqual([
      { eventId: 'r1', reason: 'belowMinimum' },
      { eventId: 'r2', reason: 'offIncrement' },
      { eventId: 'r3', reason: 'insufficientPoints' },
    ]);
    expect([only(r).availablePoints, only(r).totals.redeemed, only(r).totals.refusedRedemptions]).toEqual([0, 175, 3]);
    expect(rows(r.ledger).filter(([type]) => type === 'redeemRefused')).toEqual([
      ['redeemRefused', 'r1', null, 0, 0, 'belowMinimum'],
      ['redeemRefused', 'r2', null, 0, 0, 'offIncrement'],
      ['redeemRefused', 'r3', null, 0, 0, 'insufficientPoints'],
    ]);
  });

  it('a lot is usable at the instant it matures and gone at the instant it expires', () => {
    // pending 1 day, rolling 1 month: earned 01-02 00:00, matures 01-03 00:00, expires 02-02 00:00.
    const p = program({ pending: { days: 1 }, expiry: { type: 'rolling', months: 1 } });
    const earn = purchase('p', '2026-01-02T00:00:00Z', [line(10_000)]);
    const outcome = (at: string) => only(replay(p, [enrol(), earn, redeem('r', at, 100)])).refusals;
    expect(outcome('2026-01-02T23:59:59.999Z')).toEqual([{ eventId: 'r', reason: 'insufficientPoints' }]);
    expect(outcome('2026-01-03T00:00:00Z')).toEqual([]);
    expect(outcome('2026-02-01T23:59:59.999Z')).toEqual([]);
    expect(outcome('2026-02-02T00:00:00Z')).toEqual([{ eventId: 'r', reason: 'insufficientPoints' }]);
  });
});

describe('local calendars: endOfYear expiry at the year boundary and pending maturation across DST', () => {
  it('endOfYear in Berlin: the lot of 23:59:59.999 local on 31 Dec expires at local midnight, one of 00:00 local a year later', () => {
    const p = program({ timeZone: 'Europe/Berlin', expiry: { type: 'endOfYear' } });
    // 2026-12-31T22:59:59.999Z = 23:59:59.999 CET (2026) → expires 2027-01-01 00:00 CET = 2026-12-31T23:00Z
    // 2026-12-31T23:00:00Z = 00:00 CET 2027-01-01 (2027) → expires 2028-01-01 00:00 CET = 2027-12-31T23:00Z
    const events = [enrol(), purchase('x', '2026-12-31T22:59:59.999Z', [line(10_000)]), purchase('y', '2026-12-31T23:00:00Z', [line(20_000)])];
    const r = replay(p, events, { asOf: '2028-01-01T00:00:00Z' });
    expect(r.ledger.filter((e) => e.type === 'expire').map((e) => [e.lotId, e.points, e.at])).toEqual([
      ['x', -100, ms('2026-12-31T23:00:00Z')],
      ['y', -200, ms('2027-12-31T23:00:00Z')],
    ]);
  });

  it('endOfYear with yearsAfter 1 in New York: 23:30 local on 31 Dec (04:30Z on 1 Jan) still belongs to the old year', () => {
    const p = program({ timeZone: 'America/New_York', expiry: { type: 'endOfYear', yearsAfter: 1 } });
    // x: 2027-01-01T04:30Z = 2026-12-31 23:30 EST → year 2026 → expires start of 2028 = 2028-01-01T05:00Z
    // y: 2027-01-01T05:00Z = 2027-01-01 00:00 EST → year 2027 → expires start of 2029 = 2029-01-01T05:00Z
    const r = replay(p, [enrol(), purchase('x', '2027-01-01T04:30:00Z', [line(10_000)]), purchase('y', '2027-01-01T05:00:00Z', [line(10_000)])]);
    expect(only(r).lots.map((l) => [l.id, l.expiresAt])).toEqual([
      ['x', ms('2028-01-01T05:00:00Z')],
      ['y', ms('2029-01-01T05:00:00Z')],
    ]);
  });

  it('pending days are local calendar days in New York: 23 hours across the spring gap, the earlier reading in the repeated hour', () => {
    const p = program({ timeZone: 'America/New_York', pending: { days: 1 } });
    const r = replay(p, [
      enrol(),
      // 12:00 EST on 7 March → 12:00 EDT on 8 March = 16:00Z (23 h later)
      purchase('a', '2026-03-07T12:00:00-05:00', [line(10_000)]),
      // 02:30 EST on 7 March → 02:30 on 8 March does not exist: read with the offset before the gap, 07:30Z (03:30 EDT)
      purchase('b', '2026-03-07T02:30:00-05:00', [line(20_000)]),
      // 01:30 EDT on 31 October → 01:30 on 1 November happens twice: the earlier, EDT = 05:30Z
      purchase('c', '2026-10-31T01:30:00-04:00', [line(30_000)]),
      // 01:30 EST (the second 01:30) on 1 November → 01:30 EST on 2 November = 06:30Z (25 h later)
      purchase('d', '2026-11-01T01:30:00-05:00', [line(40_000)]),
    ], { asOf: '2026-12-01T00:00:00Z' });
    expect(only(r).lots.map((l) => [l.id, l.maturesAt])).toEqual([
      ['b', ms('2026-03-08T07:30:00Z')],
      ['a', ms('2026-03-08T16:00:00Z')],
      ['c', ms('2026-11-01T05:30:00Z')],
      ['d', ms('2026-11-02T06:30:00Z')],
    ]);
    expect(r.ledger.filter((e) => e.type === 'mature').map((e) => [e.lotId, e.at])).toEqual(only(r).lots.map((l) => [l.id, l.maturesAt]));
    // one millisecond before a's maturity it is still pending
    const before = only(replay(p, [enrol(), purchase('a', '2026-03-07T12:00:00-05:00', [line(10_000)])], { asOf: '2026-03-08T15:59:59.999Z' }));
    expect([before.availablePoints, before.pendingPoints]).toEqual([0, 100]);
  });
});

describe('ledgerEntries(replayColumns(…).ledger) on a mixed log', () => {
  // Two members, New York programme: fractional base rate (1.5 per 7 minor), multiplier 1.3333,
  // a bonus with a monthly cap, a birthday bonus, a daily cap that bigint purchases (9e12 minor)
  // hit, pending 2 days, rolling 1-month expiry, deductFromFuture, spend tiers with immediate
  // downgrade and grace; refusals of all three kinds, partial and full returns, a negative
  // adjustment beyond the balance, duplicates (same id again, one a changed copy an hour later).
  const p = defineProgram({
    id: 'mix', version: 1, currency: 'USD', timeZone: 'America/New_York',
    earn: {
      base: { points: '1.5', perAmountMinor: 7, rounding: 'halfEven', stage: 'order' },
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '1.3333', when: { categories: ['shoes'] } },
        { id: 'bb', type: 'bonus', points: 10, when: { minSpendMinor: 1000 } },
        { id: 'bd', type: 'eventBonus', event: 'birthday', points: 40 },
      ],
      caps: [{ id: 'd', points: 100_000_000_000, per: 'day' }, { id: 'bbcap', points: 15, per: 'month', ruleIds: ['bb'] }],
    },
    pending: { days: 2 },
    expiry: { type: 'rolling', months: 1 },
    redemption: { minPoints: 10, increment: 5 },
    returns: { clawback: 'proportional', negativeBalance: 'deductFromFuture' },
    tiers: { metric: 'qualifyingSpend', window: { type: 'rollingMonths', months: 1 }, levels: [{ id: 's', threshold: 1000, multiplier: '1.1' }, { id: 'g', threshold: 5000, multiplier: '1.2' }], downgrade: 'immediate', graceDays: 3 },
  });
  const big = 9_000_000_000_000;
  const events: Record<string, unknown>[] = [
    enrol('a'), enrol('b'),
    purchase('p1', '2026-01-02T10:00:00Z', [line(3000, 'shoes'), line(777)], {}, 'a'),
    purchase('p2', '2026-01-02T11:00:00Z', [line(big, 'shoes')], {}, 'b'),
    purchase('p3', '2026-01-03T10:00:00Z', [line(1234)], {}, 'a'),
    redeem('r1', '2026-01-03T11:00:00Z', 7, 'a'),
    redeem('r2', '2026-01-05T11:00:00Z', 12, 'a'),
    redeem('r3', '2026-01-05T12:00:00Z', 100_000, 'a'),
    redeem('r4', '2026-01-05T12:00:00Z', 1000, 'a'),
    ret('x1', '2026-01-06T10:00:00Z', 'p1', { amountMinor: 2000 }, 'a'),
    ret('x2', '2026-01-07T10:00:00Z', 'p1', {}, 'a'),
    purchase('p4', '2026-01-08T10:00:00Z', [line(big + 3, 'shoes')], {}, 'b'),
    adjust('j1', '2026-01-09T10:00:00Z', -5000, 'a'),
    bonus('b1', '2026-01-10T10:00:00Z', 'birthday', 'a'),
    bonus('b2', '2026-01-10T10:00:00Z', 'review', 'a'),
    purchase('p5', '2026-02-20T10:00:00Z', [line(99_999, 'shoes')], {}, 'a'),
  ];
  // The changed copy of p2 is later, so the first p2 is kept (an exact (at, id) tie would keep the
  // smaller serialisation, whatever the input order).
  events.push(events[2] as Record<string, unknown>, events[5] as Record<string, unknown>, { ...events[3], at: '2026-01-02T12:00:00Z', lines: [line(1)] });
  const asOf = '2026-05-01T00:00:00Z';

  it('equals replay\'s ledger, for the whole ledger and for every range [from, to)', () => {
    const r = replay(p, events, { asOf });
    const c = replayColumns(p, events, { asOf });
    expect(new Set(r.ledger.map((e) => e.type))).toEqual(new Set(['enrol', 'earn', 'bonus', 'redeem', 'redeemRefused', 'clawback', 'adjust', 'mature', 'expire', 'debtRepaid', 'tierChange']));
    expect(r.duplicates.map((d) => d.eventId)).toEqual(['p1', 'r1', 'p2']);
    expect(c.ledger.explanations.unroundedText).toHaveLength(2); // p2 and p4 computed with bigints
    expect(c.members).toStrictEqual(r.members);
    expect(ledgerEntries(c.ledger)).toStrictEqual(r.ledger);
    const n = c.ledger.length;
    for (let from = 0; from <= n; from++) {
      for (let to = from; to <= n; to++) expect(ledgerEntries(c.ledger, { from, to })).toStrictEqual(r.ledger.slice(from, to));
    }
  });

  it('gives the hand-computed figures', () => {
    const r = replay(p, events, { asOf });
    const a = r.ledger.filter((e) => e.memberId === 'a');
    const earn = (id: string) => a.find((e) => e.eventId === id && (e.type === 'earn' || e.type === 'bonus'));
    // p1: shoes 3000 × 1.5/7 = 642.857142…, × 1.3333 adds 214.264285…; food 777 × 1.5/7 = 166.5;
    // sum 1 023.621428… → half-even 1 024; bonus bb +10 (eligible spend 3 777 ≥ 1 000) → 1 034.
    expect([earn('p1')?.points, earn('p1')?.explanation?.rounding.unroundedPoints]).toEqual([1034, '1023.621428']);
    // p3 (silver, ×1.1 since p1 crossed 1 000): 1234 × 1.5/7 = 264.428571… × 1.1 = 290.871428… → 291;
    // bb +10 but bbcap leaves 15 − 10 = 5 this month → 296.
    expect([earn('p3')?.points, earn('p3')?.explanation?.caps]).toEqual([296, [{ capId: 'bbcap', cutPoints: 5 }]]);
    // r4 takes 1 000 (p1's 1 034 first: it expires first) → p1 34, p3 296 left.
    // x1: 2 000 of 3 777 eligible → round(1 034 × 2 000 / 3 777 = 547.52…) = 548: 34 from p1, 296 from p3, 218 owed.
    // x2: the rest → cumulative 1 034 → 486 more owed → 704; j1 −5 000 → 5 704; b1 +40 repays 40 → 5 664.
    expect(a.filter((e) => e.type === 'clawback').map((e) => e.points)).toEqual([-548, -486]);
    // p5: 99 999 × 1.5/7 × 1.3333 = 28 570.428578… → 28 570, + bb 10 (new month) = 28 580;
    // matures 02-22 and repays 5 664 → 22 916, which expires on 03-20 at 05:00 local (EDT) = 09:00Z.
    expect(a.filter((e) => e.type === 'debtRepaid').map((e) => e.points)).toEqual([40, 5664]);
    expect(a.filter((e) => e.type === 'expire').map((e) => [e.points, e.at])).toEqual([[-22_916, ms('2026-03-20T09:00:00Z')]]);
    // b: 9e12 shoes minor → 2 571 364 285 714.28… points, cut by the daily cap to 1e11.
    const b = r.ledger.filter((e) => e.memberId === 'b' && e.type === 'earn');
    expect(b.map((e) => [e.points, e.explanation?.rounding.unroundedPoints])).toEqual([
      [100_000_000_000, '2571364285714.285714'],
      // p4 at gold (×1.2): (9e12 + 3) × 1.5/7 × (1 + 0.3333 + 1.3333 × 0.2)
      [100_000_000_000, '3085637142858.171402'],
    ]);
    // tiers of a: none → s (p1) → g (p3) → s on 01-09 (3 days of grace after x1, x2 keeps s:
    // 1 234 ≥ 1 000) → none on 02-06 (p3 drops out on 02-03, + 3 days) → g (p5) → none on
    // 03-23 09:00Z (p5 drops out 03-20 05:00 EDT, + 3 local days).
    expect(a.filter((e) => e.type === 'tierChange').map((e) => [e.tier?.from, e.tier?.to, e.at])).toEqual([
      [null, 's', ms('2026-01-02T10:00:00Z')],
      ['s', 'g', ms('2026-01-03T10:00:00Z')],
      ['g', 's', ms('2026-01-09T10:00:00Z')],
      ['s', null, ms('2026-02-06T10:00:00Z')],
      [null, 'g', ms('2026-02-20T10:00:00Z')],
      ['g', null, ms('2026-03-23T09:00:00Z')],
    ]);
  });
});
