import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineProgram,
  ledgerEntryTypes,
  ledgerColumnsSchema,
  ledgerEntries,
  replay,
  replayColumns,
  replayColumnsResultSchema,
  type Program,
} from '../../src/loyalty/index.js';
import { ColumnSink } from '../../src/loyalty/internal/columns.js';
import { compileProgram } from '../../src/loyalty/internal/compile.js';
import { parseEvents, replayCompiled } from '../../src/loyalty/internal/fold.js';
import { expectOmnicxError } from '../support/expectOmnicxError.js';
import { adjust, bonus, enrol, line, logArb, program, purchase, redeem, ret } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

// Programmes that between them take every path of the ledger: line and order rounding, every
// stacking mode (with reducing multipliers), caps per transaction, day, month and lifetime, on
// some rules and on everything, bonus events, pending points, rolling and end-of-year expiry,
// every negative-balance policy, tiers by spend and by points with grace, soft landing and
// immediate downgrades, and a base rate whose figures leave the safe integers (the bigint path,
// and unrounded totals whose text overflows the number path).
const programs: Record<string, Program> = {
  rich: defineProgram({
    id: 'rich',
    version: 1,
    currency: 'USD',
    timeZone: 'Europe/Berlin',
    earn: {
      base: { points: '1', perAmountMinor: 100, rounding: 'halfEven', stage: 'line' },
      exclude: { categories: ['giftcard'] },
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'weekend', type: 'multiplier', multiplier: '1.5', when: { weekdays: [6, 7], timeZone: 'member' } },
        { id: 'basket', type: 'bonus', points: 20, when: { minSpendMinor: 20_000 } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 50 },
        { id: 'review', type: 'eventBonus', event: 'review', points: 30 },
      ],
      caps: [
        { id: 'daily', points: 800, per: 'day' },
        { id: 'reviews', points: 60, per: 'lifetime', ruleIds: ['review'] },
      ],
    },
    pending: { days: 7 },
    expiry: { type: 'rolling', months: 6 },
    redemption: { minPoints: 10, increment: 5 },
    returns: { negativeBalance: 'allow' },
    tiers: {
      metric: 'qualifyingSpend',
      window: { type: 'calendarYear' },
      levels: [{ id: 'base', threshold: 0 }, { id: 'silver', threshold: 30_000, multiplier: '1.25' }, { id: 'gold', threshold: 90_000, multiplier: '1.5' }],
      softLanding: true,
      graceDays: 10,
    },
  }),
  forgiving: defineProgram({
    id: 'forgiving',
    version: 2,
    currency: 'USD',
    timeZone: 'America/New_York',
    earn: {
      base: { points: '1.5', perAmountMinor: 100, rounding: 'halfUp', stage: 'order' },
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '3', when: { categories: ['shoes'] } },
        { id: 'dull', type: 'multiplier', multiplier: '0.25', when: { categories: ['food'] } },
        { id: 'welcome', type: 'bonus', points: 100, when: { firstPurchase: true } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 200 },
      ],
      stacking: 'add',
      caps: [
        { id: 'shoes-tx', points: 150, per: 'transaction', ruleIds: ['shoes'] },
        { id: 'monthly', points: 1_500, per: 'month' },
      ],
    },
    expiry: { type: 'endOfYear', yearsAfter: 0 },
    returns: { negativeBalance: 'floorAtZero' },
    tiers: {
      metric: 'qualifyingPoints',
      window: { type: 'rollingMonths', months: 3 },
      levels: [{ id: 'plus', threshold: 400, multiplier: '1.1' }, { id: 'max', threshold: 1_200, multiplier: '2' }],
      downgrade: 'immediate',
      graceDays: 5,
    },
  }),
  owing: defineProgram({
    id: 'owing',
    version: 3,
    currency: 'USD',
    timeZone: 'UTC',
    earn: {
      // 1.000000000001 points per minor unit: a purchase's figures pass 2^53 (the bigint path),
      // and with the ×1.001 rule small purchases stay on the number path with a denominator of
      // 10^15, whose decimal text needs bigints.
      base: { points: '1.000000000001', perAmountMinor: 1, rounding: 'ceil', stage: 'line' },
      rules: [
        { id: 'tiny', type: 'multiplier', multiplier: '1.001', when: { categories: ['food'] } },
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'review', type: 'eventBonus', event: 'review', points: 5 },
      ],
      stacking: 'best',
      caps: [{ id: 'all', points: 100_000, per: 'year' }],
    },
    pending: { days: 3 },
    expiry: { type: 'rolling', months: 2 },
    returns: { negativeBalance: 'deductFromFuture' },
    tiers: {
      metric: 'visits',
      window: { type: 'anniversary' },
      levels: [{ id: 'regular', threshold: 3, multiplier: '1.000001' }],
    },
  }),
};

describe('replayColumns and ledgerEntries (properties)', () => {
  it('materialise exactly the ledger of replay, with the same members and duplicates, for every programme', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(programs)), logArb, fc.nat(), fc.integer({ min: 0, max: 900 }), (name, events, cut, days) => {
        const p = programs[name] as Program;
        const asOf = START + days * DAY + DAY;
        const lastAt = Math.max(...events.map((e) => e.at as number));
        const options = asOf >= lastAt ? { asOf } : {};
        const expected = replay(p, events, options);
        const result = replayColumns(p, events, options);
        expect(result.asOf).toBe(expected.asOf);
        expect(result.members).toStrictEqual(expected.members);
        expect(result.duplicates).toStrictEqual(expected.duplicates);
        expect(ledgerColumnsSchema.safeParse(result.ledger).success).toBe(true);
        expect(result.ledger.length).toBe(expected.ledger.length);
        expect(ledgerEntries(result.ledger)).toStrictEqual(expected.ledger);
        // Any split into two ranges gives the same entries.
        const k = cut % (result.ledger.length + 1);
        expect([...ledgerEntries(result.ledger, { from: 0, to: k }), ...ledgerEntries(result.ledger, { from: k })]).toStrictEqual(expected.ledger);
      }),
      { numRuns: 150 },
    );
  });

  it('takes both arithmetic paths and every entry type across the programmes', () => {
    // A guard on the generator: the property above is only as strong as the logs it sees.
    const seen = new Set<string>();
    let texts = 0;
    let exact = 0;
    let bigDenominators = 0;
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(programs)), logArb, (name, events) => {
        const { ledger } = replayColumns(programs[name] as Program, events);
        for (const t of ledger.type) seen.add(ledgerEntryTypes[t] as string);
        texts += ledger.explanations.unroundedText.length;
        for (const d of ledger.explanations.unroundedDenominator) {
          if (d > 0) exact++;
          if (d >= 1e15) bigDenominators++;
        }
      }),
      { numRuns: 150, seed: 7 },
    );
    expect([...seen].sort()).toEqual([...ledgerEntryTypes].sort());
    expect(Math.min(texts, exact, bigDenominators)).toBeGreaterThan(0);
  });
});

describe('replayColumns', () => {
  // Base 1 point per 100, floor, order stage; shoes ×2, a 50-point bonus from 100.00, a birthday
  // bonus; a cap of 100 points a day on shoes; gold (×1.5) from 200.00 of lifetime spend.
  const p = program(
    {
      tiers: { metric: 'qualifyingSpend', window: { type: 'lifetime' }, levels: [{ id: 'base', threshold: 0 }, { id: 'gold', threshold: 20_000, multiplier: '1.5' }] },
    },
    {
      rules: [
        { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
        { id: 'big', type: 'bonus', points: 50, when: { minSpendMinor: 10_000 } },
        { id: 'bday', type: 'eventBonus', event: 'birthday', points: 25 },
      ],
      caps: [{ id: 'promo', points: 100, per: 'day', ruleIds: ['shoes'] }],
    },
  );
  const events = [
    enrol('m', '2026-01-01T00:00:00Z'),
    purchase('p1', '2026-01-10T00:00:00Z', [line(12_345, 'shoes'), line(50_000, 'food')]),
    redeem('r1', '2026-01-11T00:00:00Z', 10_000),
    adjust('a1', '2026-01-12T00:00:00Z', -50),
    bonus('b1', '2026-01-13T00:00:00Z', 'birthday'),
  ];

  it('writes each entry as a row, and each explanation, its rule parts and cap cuts as rows', () => {
    const { ledger } = replayColumns(p, events);
    const types = Array.from(ledger.type, (t) => ledgerEntryTypes[t]);
    expect(types).toEqual(['enrol', 'tierChange', 'earn', 'tierChange', 'redeemRefused', 'adjust', 'bonus']);
    expect(ledger.length).toBe(7);
    expect(ledger.memberIds).toEqual(['m']);
    expect(Array.from(ledger.member)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(ledger.levelIds).toEqual(['base', 'gold']);
    expect(ledger.ruleIds).toEqual(['shoes', 'big', 'bday']);
    expect(ledger.ruleTypes).toEqual(['multiplier', 'bonus', 'eventBonus']);
    expect(ledger.capIds).toEqual(['promo']);
    expect(ledger.eventId).toEqual(['enrol-m', null, 'p1', null, 'r1', 'a1', 'b1']);
    expect(ledger.lotId).toEqual([null, null, 'p1', null, null, null, 'b1']);
    expect(ledger.reason).toEqual([null, null, null, null, 'insufficientPoints', 'test', null]);
    // 623.45 base + 123.45 shoes = 746.9, floored to 746 = 623 + 123; shoes capped at 100 (cut
    // 23); bonus 50: 773.
    expect(Array.from(ledger.points)).toEqual([0, 0, 773, 0, 0, -50, 25]);
    expect(Array.from(ledger.forgivenPoints)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(ledger.tierFrom)).toEqual([-2, -1, -2, 0, -2, -2, -2]);
    expect(Array.from(ledger.tierTo)).toEqual([-2, 0, -2, 1, -2, -2, -2]);
    expect(Array.from(ledger.explanation)).toEqual([-1, -1, 0, -1, -1, -1, 1]);
    const x = ledger.explanations;
    expect(x.length).toBe(2);
    expect(Array.from(x.eligibleSpendMinor)).toEqual([62_345, 0]);
    expect(Array.from(x.excludedSpendMinor)).toEqual([0, 0]);
    // The purchase earned at its level before it (base); the bonus event at gold.
    expect(Array.from(x.tier)).toEqual([0, 1]);
    expect(Array.from(x.basePoints)).toEqual([623, 0]);
    expect(Array.from(x.tierPoints)).toEqual([0, 0]);
    expect([Array.from(x.rulesStart), Array.from(x.rulesCount)]).toEqual([[0, 2], [2, 1]]);
    expect([Array.from(x.capsStart), Array.from(x.capsCount)]).toEqual([[0, 1], [1, 0]]);
    expect([x.roundingMode, x.roundingStage]).toEqual(['floor', 'order']);
    // 746.9 as 74 690 / 100 (over perAmountMinor × the shoes rule's denominator 1); 25 as 25 / 1.
    expect([Array.from(x.unroundedNumerator), Array.from(x.unroundedDenominator)]).toEqual([[74_690, 25], [100, 1]]);
    expect([Array.from(x.unroundedTextRow), x.unroundedText]).toEqual([[], []]);
    expect(Array.from(x.roundedPoints)).toEqual([746, 25]);
    expect(Array.from(x.points)).toEqual([773, 25]);
    expect(ledger.ruleParts.length).toBe(3);
    expect(Array.from(ledger.ruleParts.rule)).toEqual([0, 1, 2]);
    expect(Array.from(ledger.ruleParts.points)).toEqual([100, 50, 25]);
    expect(ledger.capCuts.length).toBe(1);
    expect([Array.from(ledger.capCuts.cap), Array.from(ledger.capCuts.cutPoints)]).toEqual([[0], [23]]);
    expect(ledgerEntries(ledger)).toStrictEqual(replay(p, events).ledger);
    expect(ledgerEntries(ledger)[2]?.explanation).toEqual({
      eligibleSpendMinor: 62_345,
      excludedSpendMinor: 0,
      tier: 'base',
      basePoints: 623,
      tierPoints: 0,
      rules: [{ ruleId: 'shoes', type: 'multiplier', points: 100 }, { ruleId: 'big', type: 'bonus', points: 50 }],
      caps: [{ capId: 'promo', cutPoints: 23 }],
      rounding: { mode: 'floor', stage: 'order', unroundedPoints: '746.9', roundedPoints: 746 },
      points: 773,
    });
  });

  it('cuts every column to the ledger length and passes its schema', () => {
    const result = replayColumns(p, events);
    const { ledger } = result;
    for (const column of [ledger.member, ledger.at, ledger.type, ledger.points, ledger.forgivenPoints, ledger.tierFrom, ledger.tierTo, ledger.explanation]) expect(column.length).toBe(7);
    expect(ledger.explanations.basePoints.length).toBe(2);
    expect(replayColumnsResultSchema.safeParse(result).success).toBe(true);
    const short = ledgerColumnsSchema.safeParse({ ...ledger, at: ledger.at.subarray(0, 6) });
    expect(short.success).toBe(false);
    expect(short.error?.issues.map((i) => i.path)).toEqual([['at']]);
    const parts = ledgerColumnsSchema.safeParse({ ...ledger, ruleParts: { ...ledger.ruleParts, length: 2 } });
    expect(parts.error?.issues.map((i) => i.path)).toEqual([['ruleParts', 'rule'], ['ruleParts', 'points']]);
  });

  it('refuses columns whose indices or figures ledgerEntries cannot turn into valid entries, at the first bad row', () => {
    const { ledger } = replayColumns(p, events);
    const x = ledger.explanations;
    const paths = (columns: unknown): unknown => ledgerColumnsSchema.safeParse(columns).error?.issues.map((i) => i.path);
    // Rows: enrol, tierChange, earn, tierChange, redeemRefused, adjust, bonus; 2 levels, 3 rules,
    // 1 cap, 2 explanations, 3 rule parts, 1 cap cut.
    const cases: [unknown, (string | number)[]][] = [
      [{ ...ledger, member: Int32Array.of(0, 0, 0, 0, 0, 0, 1) }, ['member', 6]],
      [{ ...ledger, type: Uint8Array.of(11, 10, 1, 10, 4, 6, 2) }, ['type', 0]],
      [{ ...ledger, points: Float64Array.of(0, 0, 773.5, 0, 0, -50, 25) }, ['points', 2]],
      [{ ...ledger, forgivenPoints: Float64Array.of(0, 0, 0, 0, 0, -1, 0) }, ['forgivenPoints', 5]],
      [{ ...ledger, at: Float64Array.of(0, 0, 0, Number.NaN, 0, 0, 0) }, ['at', 3]],
      [{ ...ledger, tierFrom: Int32Array.of(-2, -1, -2, 2, -2, -2, -2) }, ['tierFrom', 3]],
      [{ ...ledger, tierTo: Int32Array.of(-2, 0, -2, 1, -2, -2, 0) }, ['tierTo', 6]],
      [{ ...ledger, explanation: Int32Array.of(-1, -1, 0, -1, -1, -1, 2) }, ['explanation', 6]],
      [{ ...ledger, explanation: Int32Array.of(-1, -1, -1, -1, -1, -1, 1) }, ['explanation', 2]],
      [{ ...ledger, explanations: { ...x, tier: Int32Array.of(0, 2) } }, ['explanations', 'tier', 1]],
      [{ ...ledger, explanations: { ...x, rulesCount: Int32Array.of(2, 2) } }, ['explanations', 'rulesCount', 1]],
      [{ ...ledger, explanations: { ...x, capsStart: Int32Array.of(-1, 1) } }, ['explanations', 'capsStart', 0]],
      [{ ...ledger, explanations: { ...x, basePoints: Float64Array.of(623, 2 ** 53) } }, ['explanations', 'basePoints', 1]],
      [{ ...ledger, ruleParts: { ...ledger.ruleParts, rule: Int32Array.of(0, 1, 3) } }, ['ruleParts', 'rule', 2]],
      [{ ...ledger, capCuts: { ...ledger.capCuts, cap: Int32Array.of(1) } }, ['capCuts', 'cap', 0]],
      // A denominator of 0 without its text, and a text for a row that has its fraction.
      [{ ...ledger, explanations: { ...x, unroundedDenominator: Float64Array.of(0, 1) } }, ['explanations', 'unroundedDenominator', 0]],
      [{ ...ledger, explanations: { ...x, unroundedTextRow: Int32Array.of(1), unroundedText: ['25'] } }, ['explanations', 'unroundedTextRow', 0]],
    ];
    for (const [columns, path] of cases) expect(paths(columns)).toEqual([path]);
    // The ledger itself, and one whose first explanation is held as text, pass.
    expect(ledgerColumnsSchema.safeParse(ledger).success).toBe(true);
    const text = { ...ledger, explanations: { ...x, unroundedNumerator: Float64Array.of(0, 25), unroundedDenominator: Float64Array.of(0, 1), unroundedTextRow: Int32Array.of(0), unroundedText: ['746.9'] } };
    expect(ledgerColumnsSchema.safeParse(text).success).toBe(true);
    expect(ledgerEntries(text)).toStrictEqual(ledgerEntries(ledger));
  });

  it('keeps the unrounded points of purchases computed with bigints as text, and writes long fractions exactly', () => {
    const big = program({}, { base: { points: '1.000000000001', perAmountMinor: 1, stage: 'line' }, rules: [{ id: 'a', type: 'multiplier', multiplier: '1.000000000001' }] });
    const log = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(9_000_000_000_000_000)]), purchase('p2', '2026-01-11T00:00:00Z', [line(3)])];
    const { ledger } = replayColumns(big, log);
    // Both purchases need bigints (a denominator of 10^24): their text is stored.
    expect(Array.from(ledger.explanations.unroundedTextRow)).toEqual([0, 1]);
    expect(ledger.explanations.unroundedText).toEqual(['9000000000018000', '3']);
    expect(ledgerEntries(ledger)).toStrictEqual(replay(big, log).ledger);
    // 4 × 1.999999 + 4 × 1.999999 × 0.000000001 over 10^15 is computed with numbers, but its
    // decimals need bigints (10 × the remainder leaves the safe integers).
    const long = program({}, { base: { points: '1.999999', perAmountMinor: 1 }, rules: [{ id: 'tiny', type: 'multiplier', multiplier: '1.000000001' }], stacking: 'add' });
    const small = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(4)])];
    const columns = replayColumns(long, small).ledger;
    expect([columns.explanations.unroundedNumerator[0], columns.explanations.unroundedDenominator[0]]).toEqual([7_999_996_007_999_996, 1e15]);
    expect(ledgerEntries(columns)[1]?.explanation?.rounding.unroundedPoints).toBe('7.999996');
    expect(ledgerEntries(columns)).toStrictEqual(replay(long, small).ledger);
  });

  it('refuses the ledger flag and bad input as replay does', () => {
    expectOmnicxError(() => replayColumns(p, events, { ledger: false } as never), 'INVALID_INPUT', ['options', 'ledger']);
    expectOmnicxError(() => replayColumns(p, [purchase('p', '2026-01-01T00:00:00Z', [line(1)])]), 'INVALID_INPUT', ['events', 0, 'memberId']);
    expectOmnicxError(() => replayColumns(p, [enrol(), { ...purchase('p', '2026-01-02T00:00:00Z', [line(1)]), currency: 'EUR' }]), 'CURRENCY_MISMATCH', ['events', 1, 'currency']);
    expectOmnicxError(() => replayColumns(p, events, { asOf: '2026-01-05T00:00:00Z' }), 'INVALID_INPUT', ['events', 1, 'at']);
    expectOmnicxError(() => replayColumns({ ...p, currency: 'usd' }, events), 'INVALID_INPUT', ['program', 'currency']);
  });

  it('does not change its inputs', () => {
    const log = structuredClone(events);
    const before = structuredClone(log);
    const programCopy = structuredClone(p);
    replayColumns(p, log, { asOf: '2026-06-01T00:00:00Z' });
    expect(log).toEqual(before);
    expect(p).toEqual(programCopy);
  });

  it('returns empty columns for no events', () => {
    const { ledger, members, asOf } = replayColumns(p, []);
    expect([ledger.length, ledger.explanations.length, ledger.ruleParts.length, ledger.capCuts.length, members, asOf]).toEqual([0, 0, 0, 0, [], 0]);
    expect(ledgerEntries(ledger)).toEqual([]);
    expect(ledgerColumnsSchema.safeParse(ledger).success).toBe(true);
  });

  it('gives maturation and expiry rows the id of the event that created the lot, debt repaid and tier change rows none', () => {
    const q = program({ pending: { days: 2 }, expiry: { type: 'rolling', months: 1 }, returns: { negativeBalance: 'deductFromFuture' }, tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'one', threshold: 1 }] } });
    const log = [
      enrol('m', '2026-01-01T00:00:00Z'),
      purchase('p1', '2026-01-02T00:00:00Z', [line(10_000)]),
      redeem('r1', '2026-01-05T00:00:00Z', 100),
      ret('x1', '2026-01-06T00:00:00Z', 'p1'),
      adjust('a1', '2026-01-07T00:00:00Z', 300),
    ];
    const { ledger } = replayColumns(q, log, { asOf: '2026-03-01T00:00:00Z' });
    const rows = Array.from(ledger.type, (t, i) => [ledgerEntryTypes[t], ledger.eventId[i], ledger.lotId[i]]);
    expect(rows).toEqual([
      ['enrol', 'enrol-m', null],
      ['earn', 'p1', 'p1'],
      ['tierChange', null, null],
      ['mature', 'p1', 'p1'],
      ['redeem', 'r1', null],
      ['clawback', 'x1', 'p1'],
      ['adjust', 'a1', 'a1'],
      ['debtRepaid', null, 'a1'],
      ['expire', 'a1', 'a1'],
    ]);
    expect(ledgerEntries(ledger)).toStrictEqual(replay(q, log, { asOf: '2026-03-01T00:00:00Z' }).ledger);
  });

  it('grows past the rows and explanations it expected', () => {
    // A sink that expects 1 row: every table grows several times.
    const p2 = programs.rich as Program;
    const log = [...events.slice(0, 1), ...Array.from({ length: 60 }, (_, k) => purchase(`q${String(k)}`, START + (k + 1) * 5 * DAY, [line(20_000 + k, 'shoes')], {}, 'm')), bonus('b1', START + 400 * DAY, 'birthday')];
    const cp = compileProgram(p2);
    const sink = new ColumnSink(cp, { rows: 1, explanations: 1 });
    replayCompiled(cp, parseEvents(log, 'USD'), undefined, sink);
    const ledger = sink.finish();
    expect(ledger.length).toBeGreaterThan(64);
    expect(ledger.capCuts.length).toBeGreaterThan(0);
    expect(ledgerEntries(ledger)).toStrictEqual(replay(p2, log).ledger);
  });
});
