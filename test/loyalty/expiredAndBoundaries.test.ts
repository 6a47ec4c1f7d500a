// Purchase records' `expired`, expire-first consumption, `refusals`, compacted lots, the refusal of
// instants out of order, and validateProgram's boundaries: hand-computed cases and properties over
// random single-member logs (written in review of the fixes that introduced them).
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  advanceTo,
  applyEvent,
  defineProgram,
  explainPoints,
  programLiability,
  replay,
  validateProgram,
  type LedgerEntry,
  type MemberState,
  type ProgramInput,
} from '../../src/loyalty/index.js';
import { adjust, enrol, line, program, purchase, redeem, ret, thrown } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

type Policy = ProgramInput['returns'] extends infer R ? (R extends { negativeBalance?: infer P } ? P : never) : never;

function club(q: { pending: number; expiry: ProgramInput['expiry']; policy: Policy; rounding?: 'floor' | 'halfUp' | 'ceil'; tiers?: boolean }) {
  return defineProgram({
    id: 'club',
    version: 1,
    currency: 'USD',
    timeZone: 'Europe/Berlin',
    earn: { base: { points: '1', perAmountMinor: 100, rounding: q.rounding ?? 'halfUp' }, exclude: { categories: ['giftcard'] } },
    pending: { days: q.pending },
    expiry: q.expiry,
    redemption: { minPoints: 10, increment: 5, pointValueMinor: '1' },
    returns: { clawback: 'proportional', negativeBalance: q.policy },
    ...(q.tiers === true ? { tiers: { metric: 'qualifyingPoints', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 0 }, { id: 'b', threshold: 500 }] } } : {}),
  });
}

// One member: purchases of 1–3 lines, several returns per purchase (a line, an amount, the rest)
// spread before and after the purchase's expiry, redemptions (some refused), adjustments, and
// retries of earlier redemptions (same id).
const stepArb = fc.record({
  kind: fc.constantFrom('purchase', 'purchase', 'return', 'return', 'redeem', 'adjust', 'retry'),
  day: fc.integer({ min: 0, max: 200 }),
  minute: fc.integer({ min: 0, max: 1439 }),
  amounts: fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 3 }),
  giftcard: fc.boolean(),
  points: fc.integer({ min: -200, max: 400 }),
  pick: fc.nat(),
  how: fc.constantFrom('line', 'amount', 'rest'),
});

type Step = typeof stepArb extends fc.Arbitrary<infer S> ? S : never;

function buildLog(steps: readonly Step[]): Record<string, unknown>[] {
  const sorted = [...steps].sort((a, b) => a.day - b.day || a.minute - b.minute);
  const events: Record<string, unknown>[] = [enrol('m', START)];
  const bought: { id: string; lines: number[] }[] = [];
  const redeems: Record<string, unknown>[] = [];
  sorted.forEach((s, i) => {
    const at = START + s.day * DAY + s.minute * 60_000 + i + 1;
    const id = `e${String(i)}`;
    if (s.kind === 'purchase') {
      const lines = s.amounts.map((a, k) => line(a, s.giftcard && k === 1 ? 'giftcard' : 'food'));
      events.push(purchase(id, at, lines));
      bought.push({ id, lines: [...s.amounts] });
    } else if (s.kind === 'return') {
      const open = bought.filter((b) => b.lines.some((l) => l > 0));
      const b = open[s.pick % Math.max(1, open.length)];
      if (b === undefined) return;
      const k = b.lines.findIndex((l, j) => l > 0 && j >= s.pick % b.lines.length);
      const index = k >= 0 ? k : b.lines.findIndex((l) => l > 0);
      const left = b.lines[index] as number;
      if (s.how === 'rest') {
        events.push(ret(id, at, b.id));
        b.lines = b.lines.map(() => 0);
      } else if (s.how === 'line') {
        events.push(ret(id, at, b.id, { lines: [{ index }] }));
        b.lines[index] = 0;
      } else {
        const amount = 1 + (s.pick % left);
        events.push(ret(id, at, b.id, { lines: [{ index, amountMinor: amount }] }));
        b.lines[index] = left - amount;
      }
    } else if (s.kind === 'redeem') {
      const e = redeem(id, at, Math.max(1, Math.abs(s.points)));
      events.push(e);
      redeems.push(e);
    } else if (s.kind === 'adjust') {
      events.push(adjust(id, at, s.points === 0 ? 1 : s.points));
    } else if (redeems.length > 0) {
      events.push({ ...(redeems[s.pick % redeems.length] as Record<string, unknown>), at });
    }
  });
  return events;
}

function fold(p: ReturnType<typeof club>, events: readonly Record<string, unknown>[], asOf: number, viaJson: boolean) {
  let state: MemberState | null = null;
  const entries: LedgerEntry[] = [];
  const outcomes = new Map<string, unknown>();
  for (const e of events) {
    const r = applyEvent(p, state, e);
    if (!r.duplicate) outcomes.set(e.id as string, r.outcome);
    else expect(r.outcome).toEqual(outcomes.get(e.id as string));
    entries.push(...r.entries);
    state = viaJson ? (JSON.parse(JSON.stringify(r.state)) as MemberState) : r.state;
  }
  const advanced = advanceTo(p, state as MemberState, asOf);
  return { state: advanced.state, entries: [...entries, ...advanced.entries], outcomes };
}

const programArb = fc.record({
  pending: fc.constantFrom(0, 14),
  expiry: fc.constantFrom<ProgramInput['expiry']>({ type: 'rolling', months: 1 }, { type: 'rolling', months: 3 }, { type: 'endOfYear', yearsAfter: 0 }),
  policy: fc.constantFrom<Policy>('allow', 'floorAtZero', 'deductFromFuture'),
  rounding: fc.constantFrom<'floor' | 'halfUp' | 'ceil'>('floor', 'halfUp', 'ceil'),
  tiers: fc.boolean(),
});

describe('purchase records keep what expired', () => {
  it('clawbacks and expired points never exceed a purchase\'s points, and add up to them once it is refunded in full', () => {
    fc.assert(
      fc.property(programArb, fc.array(stepArb, { maxLength: 30 }), (q, steps) => {
        const p = club(q);
        const events = buildLog(steps);
        const asOf = START + 800 * DAY;
        const r = replay(p, events, { asOf });
        const m = r.members[0] as MemberState;
        let clawed = 0;
        let progress = 0;
        for (const record of m.purchases) {
          const expired = record.expired ?? 0;
          expect(record.clawedBack + expired).toBeLessThanOrEqual(record.points);
          if (record.totalMinor > 0 && record.refundedMinor === record.totalMinor) {
            expect(record.clawedBack + expired).toBe(record.points);
            // qualifying points are reversed in full, expired ones included
            if (q.tiers) expect(record.qualifyingReversed).toBe(record.points);
          }
          clawed += record.clawedBack;
          progress += record.qualifying - record.qualifyingReversed;
        }
        expect(clawed).toBe(m.totals.clawedBack);
        if (q.tiers) expect(m.qualifying.progress).toBe(progress);
        // what expired of purchase lots is at most what expired in all
        expect(m.purchases.reduce((s, x) => s + (x.expired ?? 0), 0)).toBeLessThanOrEqual(m.totals.expired);
        // the ledger's expire rows of purchase lots give each record's `expired`
        for (const record of m.purchases) {
          const rows = r.ledger.filter((e) => e.type === 'expire' && e.lotId === record.id).reduce((s, e) => s - e.points, 0);
          expect(record.expired ?? 0).toBe(rows);
        }
        // no 0-point rows other than enrol, redeemRefused, tierChange, and a clawback or adjustment that takes nothing
        for (const e of r.ledger) if (!['enrol', 'redeemRefused', 'tierChange', 'clawback', 'adjust', 'earn', 'bonus'].includes(e.type)) expect(e.points).not.toBe(0);
        // only open lots are listed
        for (const lot of m.lots) expect(lot.remaining > 0 || lot.pending).toBe(true);
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });

  it('applyEvent folded in order (also through JSON), then advanceTo, is replay exactly, retried redemptions answered as the first time', () => {
    fc.assert(
      fc.property(programArb, fc.array(stepArb, { maxLength: 30 }), fc.boolean(), (q, steps, viaJson) => {
        const p = club(q);
        const events = buildLog(steps);
        const asOf = START + 800 * DAY;
        const r = replay(p, events, { asOf });
        const f = fold(p, events, asOf, viaJson);
        expect(f.state).toEqual(r.members[0]);
        expect(f.entries).toEqual(r.ledger);
        // every refused redemption is in `refusals` with its ledger reason, in order
        const refused = r.ledger.filter((e) => e.type === 'redeemRefused').map((e) => ({ eventId: e.eventId, reason: e.reason }));
        expect(f.state.refusals ?? []).toEqual(refused);
        expect(f.state.totals.refusedRedemptions).toBe(refused.length);
        // a retry after everything still gets the first answer, and changes nothing
        for (const e of events.filter((x) => x.type === 'redeem')) {
          const again = applyEvent(p, f.state, { ...e, at: asOf + 1 });
          expect(again.duplicate).toBe(true);
          expect(again.state).toBe(f.state);
          expect(again.outcome).toEqual(f.outcomes.get(e.id as string));
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('by hand: a return in parts before and after the expiry, and a state without the field', () => {
    // Berlin, rolling 1 month, halfUp. p1 100 points (10 000 on two lines of 5 000) on 01-10.
    // r1 returns line 0 on 01-20: 50 clawed back, 50 left, expiring 02-10. r2 returns line 1 on 03-01: 50 × 2 = 100
    // target, minus 50 clawed, minus 50 expired: nothing. Totals: clawedBack 50, expired 50.
    const p = club({ pending: 0, expiry: { type: 'rolling', months: 1 }, policy: 'allow' });
    const events = [enrol('m', START), purchase('p1', '2026-01-10T12:00:00Z', [line(5_000), line(5_000)]), ret('r1', '2026-01-20T12:00:00Z', 'p1', { lines: [{ index: 0 }] }), ret('r2', '2026-03-01T12:00:00Z', 'p1', { lines: [{ index: 1 }] })];
    const r = replay(p, events, { asOf: '2026-04-01T00:00:00Z' });
    const m = r.members[0] as MemberState;
    expect(m.purchases[0]).toMatchObject({ points: 100, clawedBack: 50, expired: 50 });
    expect(r.ledger.filter((e) => e.type === 'clawback' || e.type === 'expire').map((e) => [e.type, e.points])).toEqual([
      ['clawback', -50],
      ['expire', -50],
      ['clawback', 0],
    ]);
    expect(m.availablePoints).toBe(0);
    // A state stored before `expired` existed (no field) reads as 0 and gets it from then on.
    const before = replay(p, events.slice(0, 3), { asOf: '2026-01-31T00:00:00Z' }).members[0] as MemberState;
    const legacy = { ...before, purchases: before.purchases.map(({ expired: _expired, ...rest }) => rest) };
    const after = applyEvent(p, legacy, events[3]);
    expect(after.state.purchases[0]).toMatchObject({ clawedBack: 50, expired: 50 });
    expect(after.entries.map((e) => [e.type, e.points])).toEqual([
      ['expire', -50],
      ['clawback', 0],
    ]);
  });

  it('by hand: a refused redemption retried through applyEvent, and a state without `refusals`', () => {
    const p = club({ pending: 0, expiry: { type: 'none' }, policy: 'allow' });
    let s = applyEvent(p, null, enrol('m', START)).state;
    s = applyEvent(p, s, purchase('p1', '2026-01-02T00:00:00Z', [line(3_000)])).state; // 30 points
    const refused = applyEvent(p, s, redeem('x', '2026-01-03T00:00:00Z', 50));
    expect(refused.outcome).toEqual({ ok: false, reason: 'insufficientPoints' });
    s = applyEvent(p, refused.state, purchase('p2', '2026-01-04T00:00:00Z', [line(3_000)])).state; // 60 points now
    // the retry, now affordable, is still the refused request
    const retry = applyEvent(p, s, redeem('x', '2026-01-05T00:00:00Z', 50));
    expect([retry.duplicate, retry.outcome, retry.state.availablePoints]).toEqual([true, { ok: false, reason: 'insufficientPoints' }, 60]);
    // an accepted one retried is ok, a state without the field answers ok (nothing known)
    const ok = applyEvent(p, s, redeem('y', '2026-01-05T00:00:00Z', 50));
    expect(applyEvent(p, ok.state, redeem('y', '2026-01-06T00:00:00Z', 50)).outcome).toEqual({ ok: true });
    const { refusals: _refusals, ...legacy } = s;
    expect(applyEvent(p, legacy as MemberState, redeem('x', '2026-01-05T00:00:00Z', 50)).outcome).toEqual({ ok: true });
  });
});

describe('expire-first consumption', () => {
  it('takes lots of an earlier version with a longer expiry after the new, shorter-lived ones; ties in creation order', () => {
    // Version 1 (rolling 12 months): a 100 on 01-10. Version 2 (rolling 1 month): b 100 on 02-01 and c 100 on 02-01
    // (same instant, so the same expiry, 03-01). A redemption of 150 on 02-02 takes b (first of the tie) then 50 of
    // c, never a (expires 2027-01-10). On 03-01 c's 50 expire; a's 100 remain.
    const v1 = club({ pending: 0, expiry: { type: 'rolling', months: 12 }, policy: 'allow' });
    const v2 = club({ pending: 0, expiry: { type: 'rolling', months: 1 }, policy: 'allow' });
    let s = applyEvent(v1, null, enrol('m', START)).state;
    s = applyEvent(v1, s, purchase('a', '2026-01-10T00:00:00Z', [line(10_000)])).state;
    s = applyEvent(v2, s, purchase('b', '2026-02-01T00:00:00Z', [line(10_000)])).state;
    s = applyEvent(v2, s, purchase('c', '2026-02-01T00:00:00Z', [line(10_000)])).state;
    s = applyEvent(v2, s, redeem('x', '2026-02-02T00:00:00Z', 150)).state;
    expect(s.lots.map((l) => [l.id, l.remaining])).toEqual([
      ['a', 100],
      ['c', 50],
    ]);
    const later = advanceTo(v2, s, '2026-03-02T00:00:00Z');
    expect(later.entries.map((e) => [e.type, e.lotId, e.points])).toEqual([['expire', 'c', -50]]);
    expect(later.state.purchases.map((r) => [r.id, r.expired])).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 50],
    ]);
    // a full return of b now claws back its 100 from a (c is gone): nothing of b expired
    const back = applyEvent(v2, later.state, ret('r', '2026-03-03T00:00:00Z', 'b'));
    expect(back.entries.map((e) => [e.type, e.points])).toEqual([['clawback', -100]]);
    expect(back.state.availablePoints).toBe(0);
  });

  it('never takes pending points, and takes lots without expiry last', () => {
    // v0 (expiry none): a 100 on 01-05, never expires; v1 (rolling 1 month, 14 days pending): b 100 on 01-10
    // (pending to 01-24), adjust +30 on 01-11 (matured at once, expires 02-11). Redeem 50 on 01-12: only the
    // adjustment and a can give; the adjustment expires first: 30 from it, then 20 from a (no expiry: last).
    const v0 = club({ pending: 0, expiry: { type: 'none' }, policy: 'allow' });
    const v1 = club({ pending: 14, expiry: { type: 'rolling', months: 1 }, policy: 'allow' });
    let s = applyEvent(v0, null, enrol('m', START)).state;
    s = applyEvent(v0, s, purchase('a', '2026-01-05T00:00:00Z', [line(10_000)])).state;
    s = applyEvent(v1, s, purchase('b', '2026-01-10T00:00:00Z', [line(10_000)])).state;
    s = applyEvent(v1, s, adjust('j', '2026-01-11T00:00:00Z', 30)).state;
    const r = applyEvent(v1, s, redeem('x', '2026-01-12T00:00:00Z', 50));
    expect(r.outcome).toEqual({ ok: true });
    expect(r.state.lots.map((l) => [l.id, l.remaining, l.pending])).toEqual([
      ['a', 80, false],
      ['b', 100, true],
    ]);
  });
});

describe('instants at the boundary', () => {
  const p = club({ pending: 0, expiry: { type: 'rolling', months: 1 }, policy: 'allow' });
  const state = replay(p, [enrol('m', START), purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)])], { asOf: '2026-01-20T00:00:00Z' }).members[0] as MemberState;
  const cart = (at: number | string) => ({ at, currency: 'USD', channel: 'web', lines: [line(5_000)] });

  it('explainPoints prices a cart at exactly state.asOf and refuses one a millisecond earlier', () => {
    expect(explainPoints(p, state, cart(state.asOf)).points).toBe(50);
    expect(thrown(() => explainPoints(p, state, cart(state.asOf - 1)))).toEqual({ code: 'INVALID_INPUT', path: ['cart', 'at'] });
  });

  it('programLiability takes a state at exactly asOf and refuses one a millisecond later, naming it', () => {
    expect(programLiability([state], { program: p, asOf: state.asOf }).availablePoints).toBe(100);
    expect(thrown(() => programLiability([state, state], { program: p, asOf: state.asOf - 1 }))).toEqual({ code: 'INVALID_INPUT', path: ['states', 0, 'asOf'] });
  });

  it('applyEvent at exactly state.asOf is applied, not refused', () => {
    const r = applyEvent(p, state, redeem('x', state.asOf, 50));
    expect([r.duplicate, r.outcome, r.state.availablePoints]).toEqual([false, { ok: true }, 50]);
  });
});

describe('validateProgram boundaries of the new rules', () => {
  const codes = (p: ReturnType<typeof program>) => validateProgram(p).map((w) => w.code);
  const capped = (window: NonNullable<ProgramInput['tiers']>['window'], threshold: number) =>
    program({ tiers: { metric: 'qualifyingPoints', window, levels: [{ id: 'a', threshold: 0 }, { id: 'b', threshold }] } }, { caps: [{ id: 'd', per: 'day', points: 1 }] });

  it('TIER_UNREACHABLE with a 1-point day cap: 366 calendar-year days, 367 anniversary days, 32 days in one rolling month, 63 in two', () => {
    expect(codes(capped({ type: 'calendarYear' }, 366))).toEqual([]);
    expect(codes(capped({ type: 'calendarYear' }, 367))).toEqual(['TIER_UNREACHABLE']);
    expect(codes(capped({ type: 'anniversary' }, 367))).toEqual([]);
    expect(codes(capped({ type: 'anniversary' }, 368))).toEqual(['TIER_UNREACHABLE']);
    expect(codes(capped({ type: 'rollingMonths', months: 1 }, 32))).toEqual([]);
    expect(codes(capped({ type: 'rollingMonths', months: 1 }, 33))).toEqual(['TIER_UNREACHABLE']);
    expect(codes(capped({ type: 'rollingMonths', months: 2 }, 63))).toEqual([]);
    expect(codes(capped({ type: 'rollingMonths', months: 2 }, 64))).toEqual(['TIER_UNREACHABLE']);
    expect(codes(capped({ type: 'lifetime' }, 1_000_000))).toEqual([]);
  });

  it('EXPIRY_BEFORE_MATURITY: 1 month lasts 28 days at least (31 Jan → 28 Feb), 2 months 59, endOfYear + 1 year 365 days and a moment', () => {
    const rolling = (months: number, days: number) => codes(program({ pending: { days }, expiry: { type: 'rolling', months } }));
    expect(rolling(1, 27)).toEqual([]);
    expect(rolling(1, 28)).toEqual(['EXPIRY_BEFORE_MATURITY']); // expires as it matures
    expect(rolling(2, 58)).toEqual([]);
    expect(rolling(2, 59)).toEqual(['EXPIRY_BEFORE_MATURITY']);
    const eoy = (yearsAfter: number, days: number) => codes(program({ pending: { days }, expiry: { type: 'endOfYear', yearsAfter } }));
    expect(eoy(0, 1)).toEqual(['EXPIRY_BEFORE_MATURITY']);
    expect(eoy(1, 365)).toEqual([]);
    expect(eoy(1, 366)).toEqual(['EXPIRY_BEFORE_MATURITY']);
  });

  it('AMBIGUOUS_STACKING: same weekday in the programme zone and in the member zone, and disjoint ones in one zone', () => {
    const rules = (a: number, b: number, zone: 'program' | 'member') => program({}, { rules: [
      { id: 'x', type: 'multiplier', multiplier: '2', when: { weekdays: [a] } },
      { id: 'y', type: 'multiplier', multiplier: '3', when: { weekdays: [b], timeZone: zone } },
    ] });
    expect(codes(rules(1, 1, 'member'))).toEqual(['AMBIGUOUS_STACKING']);
    expect(codes(rules(1, 2, 'member'))).toEqual(['AMBIGUOUS_STACKING']); // Monday 23:00 UTC is Tuesday east of it
    expect(codes(rules(1, 2, 'program'))).toEqual([]);
  });
});
