import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTo, applyEvent, defineProgram, progressToNextTier, programJsonSchema, replay, type MemberState } from '../../src/loyalty/index.js';
import { enrol, line, logArb, program, purchase, redeem, ret, T0, thrown } from './fixtures.js';

const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');

const rich = defineProgram({
  id: 'rich',
  version: '2026-01',
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
    ],
    caps: [{ id: 'daily', points: 800, per: 'day' }],
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
});

function byTime(a: Record<string, unknown>, b: Record<string, unknown>): number {
  const d = (a.at as number) - (b.at as number);
  return d !== 0 ? d : String(a.id) < String(b.id) ? -1 : String(a.id) > String(b.id) ? 1 : 0;
}

function foldApply(events: readonly Record<string, unknown>[], asOf: number): MemberState[] {
  const states = new Map<string, MemberState>();
  for (const e of [...events].sort(byTime)) {
    const memberId = e.memberId as string;
    states.set(memberId, applyEvent(rich, states.get(memberId) ?? null, e).state);
  }
  return [...states.keys()].sort().map((k) => advanceTo(rich, states.get(k) as MemberState, asOf).state);
}

describe('loyalty ledger properties', () => {
  it('applyEvent folded in order equals replay, and balances equal an independent recomputation', () => {
    fc.assert(
      fc.property(logArb, (events) => {
        const asOf = START + 800 * DAY;
        const result = replay(rich, events, { asOf });
        expect(foldApply(events, asOf)).toEqual(result.members);
        for (const m of result.members) {
          // the ledger alone gives the net balance
          const net = result.ledger
            .filter((e) => e.memberId === m.memberId && ['earn', 'bonus', 'redeem', 'clawback', 'adjust', 'expire'].includes(e.type))
            .reduce((s, e) => s + e.points, 0);
          expect(m.availablePoints + m.pendingPoints - (m.availablePoints < 0 ? 0 : m.owedPoints)).toBe(net);
          // the totals give it too
          const t = m.totals;
          expect(net).toBe(t.earned + t.adjusted - t.redeemed - t.expired - t.clawedBack + t.forgiven - (t.adjusted < 0 ? 0 : 0));
          // and the lots hold exactly what is available and pending
          const matured = m.lots.filter((l) => !l.pending).reduce((s, l) => s + l.remaining, 0);
          const pending = m.lots.filter((l) => l.pending).reduce((s, l) => s + l.remaining, 0);
          expect(pending).toBe(m.pendingPoints);
          expect(matured - m.owedPoints).toBe(m.availablePoints);
          for (const lot of m.lots) {
            expect(lot.remaining).toBeGreaterThanOrEqual(0);
            expect(lot.remaining).toBeLessThanOrEqual(lot.points);
          }
          if (m.owedPoints > 0) expect(matured).toBe(0);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is idempotent and order independent', () => {
    fc.assert(
      fc.property(logArb, fc.integer(), (events, seed) => {
        const asOf = START + 800 * DAY;
        const once = replay(rich, events, { asOf });
        const shuffled = [...events, ...events].map((e, i) => ({ e, k: Math.sin(seed + i) })).sort((a, b) => a.k - b.k).map((x) => x.e);
        const twice = replay(rich, shuffled, { asOf });
        expect(twice.members).toEqual(once.members);
        expect(twice.ledger).toEqual(once.ledger);
      }),
      { numRuns: 40 },
    );
  });
});

describe('applyEvent', () => {
  const p = program({ redemption: { minPoints: 0, increment: 1 } });
  const joined = applyEvent(p, null, enrol()).state;

  it('ignores an event id the state has already seen', () => {
    const once = applyEvent(p, joined, purchase('p1', '2026-01-02T00:00:00Z', [line(1_000)]));
    const again = applyEvent(p, once.state, purchase('p1', '2026-01-02T00:00:00Z', [line(1_000)]));
    expect(again.duplicate).toBe(true);
    expect(again.state).toBe(once.state);
    expect(again.entries).toEqual([]);
  });

  it('continues from a replayed state whose purchases met a cap through a reducing multiplier', () => {
    // Add stacking with ×0.75 on every line and a daily cap of 20: a 100.00 shoes purchase gives
    // base 100 + shoes 100 − 25 = 175, capped to 20 (it used to come out at −5, a state that
    // applyEvent then refused as malformed).
    const p = program({}, { stacking: 'add', caps: [{ id: 'daily', points: 20, per: 'day' }], rules: [
      { id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
      { id: 'reduced', type: 'multiplier', multiplier: '0.75' },
    ] });
    const events = [enrol(), purchase('p1', '2026-01-02T10:00:00Z', [line(10_000, 'shoes')]), purchase('p2', '2026-01-03T10:00:00Z', [line(10_000, 'shoes')])];
    const first = replay(p, events.slice(0, 2)).members[0] as MemberState;
    expect(first.availablePoints).toBe(20);
    const next = applyEvent(p, first, events[2]!);
    expect(next.state.availablePoints).toBe(40);
    expect(next.state).toEqual(replay(p, events).members[0]);
  });

  it('returns refusals as data', () => {
    const r = applyEvent(p, joined, redeem('x', '2026-01-02T00:00:00Z', 5));
    expect(r.outcome).toEqual({ ok: false, reason: 'insufficientPoints' });
    expect(r.entries.map((e) => e.type)).toEqual(['redeemRefused']);
  });

  it('refuses bad input with code and path', () => {
    expect(thrown(() => applyEvent(p, null, purchase('p', T0, [line(1)])))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'type'] });
    expect(thrown(() => applyEvent(p, joined, purchase('p', T0, [line(1)], {}, 'other')))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'memberId'] });
    const later = applyEvent(p, joined, purchase('p', '2026-02-01T00:00:00Z', [line(1)])).state;
    expect(thrown(() => applyEvent(p, later, purchase('q', '2026-01-15T00:00:00Z', [line(1)])))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'at'] });
    expect(thrown(() => applyEvent(p, { ...joined, availablePoints: 1.5 }, purchase('q', '2026-02-15T00:00:00Z', [line(1)])))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'availablePoints'] });
    expect(thrown(() => applyEvent(p, joined, { ...purchase('q', '2026-02-15T00:00:00Z', [line(1)]), currency: 'GBP' }))).toEqual({ code: 'CURRENCY_MISMATCH', path: ['event', 'currency'] });
    expect(thrown(() => applyEvent(p, joined, enrol('m', '2026-02-15T00:00:00Z', 'e2')))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'type'] });
    expect(thrown(() => applyEvent(p, joined, ret('r', '2026-02-15T00:00:00Z', 'zzz')))).toEqual({ code: 'INVALID_INPUT', path: ['event', 'purchaseId'] });
  });

  it('keeps the member time zone from enrolment for member-zone conditions', () => {
    const q = program({}, { rules: [{ id: 'sat', type: 'multiplier', multiplier: '2', when: { weekdays: [6], timeZone: 'member' } }] });
    const tokyo = applyEvent(q, null, { ...enrol(), timeZone: 'Asia/Tokyo' }).state;
    // Friday 2026-03-06T20:00Z is Saturday 05:00 in Tokyo
    const r = applyEvent(q, tokyo, purchase('p', '2026-03-06T20:00:00Z', [line(1_000)]));
    expect(r.state.availablePoints).toBe(20);
    expect(r.state.timeZone).toBe('Asia/Tokyo');
  });
});

describe('advanceTo and progressToNextTier', () => {
  it('refuses a state of another programme and bad instants', () => {
    const state = applyEvent(program(), null, enrol()).state;
    expect(thrown(() => advanceTo(program({ id: 'other' }), state, T0))).toEqual({ code: 'INVALID_INPUT', path: ['state', 'programId'] });
    expect(thrown(() => advanceTo(program(), state, '2026-01-01'))).toMatchObject({ path: ['asOf'] });
  });

  it('reports progress, the window end and retention', () => {
    let state = applyEvent(rich, null, enrol('m', '2026-01-01T00:00:00Z')).state;
    state = applyEvent(rich, state, purchase('p1', '2026-02-01T00:00:00Z', [line(95_000)])).state;
    const top = progressToNextTier(rich, state, '2026-03-01T00:00:00Z');
    expect(top).toMatchObject({ tier: 'gold', nextTier: null, threshold: null, remaining: 0, retained: true, progress: 95_000 });
    expect(top.windowEndsAt).toBe(Date.parse('2026-12-31T23:00:00Z')); // midnight in Berlin
    const next = progressToNextTier(rich, state, '2028-01-05T00:00:00Z');
    // soft landing scheduled with 10 grace days
    expect(next.downgrade).toEqual({ to: 'silver', at: Date.parse('2028-01-10T23:00:00Z') });
    expect(next.retained).toBe(false);
    expect(thrown(() => progressToNextTier(program(), state, T0))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'tiers'] });
  });
});

describe('defineProgram and programJsonSchema', () => {
  it('refuses malformed programmes with the path of the bad field', () => {
    const ok = { id: 'p', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
    const bad = (patch: Record<string, unknown>) => thrown(() => defineProgram({ ...ok, ...patch }));
    expect(bad({ timeZone: 'Mars/Base' })).toEqual({ code: 'INVALID_INPUT', path: ['timeZone'] });
    expect(bad({ earn: { base: { points: '-1', perAmountMinor: 100 } } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'base', 'points'] });
    expect(bad({ earn: { base: { points: '1', perAmountMinor: 100 }, stackng: 'add' } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'stackng'] });
    const rules = [{ id: 'r', type: 'bonus', points: 1 }, { id: 'r', type: 'bonus', points: 2 }];
    expect(bad({ earn: { base: { points: '1', perAmountMinor: 100 }, rules } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'rules', 1, 'id'] });
    expect(bad({ earn: { base: { points: '1', perAmountMinor: 100 }, caps: [{ id: 'c', points: 1, per: 'day', ruleIds: ['x'] }] } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'caps', 0, 'ruleIds', 0] });
    expect(bad({ earn: { base: { points: '1', perAmountMinor: 100 }, caps: [{ id: 'c', points: 1, per: 'day' }, { id: 'c', points: 1, per: 'day' }] } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'caps', 1, 'id'] });
    expect(bad({ earn: { base: { points: '1', perAmountMinor: 100 }, rules: [{ id: 'r', type: 'bonus', points: 1, when: { tiers: ['vip'] } }] } })).toEqual({ code: 'INVALID_INPUT', path: ['earn', 'rules', 0, 'when', 'tiers', 0] });
    expect(bad({ tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 0 }, { id: 'a', threshold: 1 }] } })).toEqual({ code: 'INVALID_INPUT', path: ['tiers', 'levels', 1, 'id'] });
  });

  it('exports a JSON Schema of the programme input', () => {
    const schema = programJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(['id', 'version', 'currency', 'timeZone', 'earn']);
    expect(Object.keys(schema.properties)).toContain('tiers');
  });
});
