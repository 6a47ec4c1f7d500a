// Shared builders for the loyalty tests. Instants are UTC ISO strings unless a test is about
// time zones.
import * as fc from 'fast-check';
import { expect } from 'vitest';
import {
  advanceTo,
  applyEvent,
  defineProgram,
  explainPoints,
  progressToNextTier,
  replay,
  replayColumns,
  simulateProgram,
  type MemberState,
  type PreparedProgram,
  type Program,
  type ProgramInput,
} from '../../src/loyalty/index.js';

export const T0 = '2026-01-01T00:00:00Z';

export function program(overrides: Partial<ProgramInput> = {}, earn: Partial<ProgramInput['earn']> = {}): ReturnType<typeof defineProgram> {
  return defineProgram({
    id: 'club',
    version: 1,
    currency: 'USD',
    timeZone: 'UTC',
    ...overrides,
    earn: { base: { points: '1', perAmountMinor: 100 }, ...earn },
  });
}

export function enrol(memberId = 'm', at: string | number = T0, id = `enrol-${memberId}`) {
  return { type: 'enrol', id, at, memberId } as const;
}

export function line(amountMinor: number, category = 'food', sku = `sku-${category}`) {
  return { sku, category, quantity: 1, amountMinor };
}

export function purchase(id: string, at: string | number, lines: ReturnType<typeof line>[], extra: Record<string, unknown> = {}, memberId = 'm') {
  return { type: 'purchase', id, at, memberId, currency: 'USD', channel: 'store', lines, ...extra } as const;
}

export function redeem(id: string, at: string | number, points: number, memberId = 'm') {
  return { type: 'redeem', id, at, memberId, points } as const;
}

export function ret(id: string, at: string | number, purchaseId: string, extra: Record<string, unknown> = {}, memberId = 'm') {
  return { type: 'return', id, at, memberId, purchaseId, ...extra } as const;
}

export function adjust(id: string, at: string | number, points: number, memberId = 'm') {
  return { type: 'adjust', id, at, memberId, points, reason: 'test' } as const;
}

export function bonus(id: string, at: string | number, event: 'signup' | 'birthday' | 'referral' | 'review', memberId = 'm') {
  return { type: 'bonusEvent', id, at, memberId, event } as const;
}

export function thrown(f: () => unknown): { code: string; path: unknown } {
  try {
    f();
  } catch (error) {
    const e = error as { code: string; path: unknown };
    return { code: e.code, path: e.path };
  }
  throw new Error('did not throw');
}

const DAY = 86_400_000;
const START = Date.parse(T0);

// Random event logs for up to three members: purchases (1–3 lines, a few with amounts of 1–9
// minor units), returns of earlier purchases (whole, an amount, or a line), redemptions (many
// refused), adjustments of either sign, bonus events, and duplicates of earlier events.
export const logArb = fc
  .array(
    fc.record({
      member: fc.integer({ min: 0, max: 2 }),
      kind: fc.constantFrom('purchase', 'purchase', 'purchase', 'return', 'redeem', 'adjust', 'bonus', 'duplicate'),
      dayOffset: fc.integer({ min: 0, max: 700 }),
      minute: fc.integer({ min: 0, max: 1439 }),
      amounts: fc.array(fc.oneof(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 1, max: 9 })), { minLength: 1, maxLength: 3 }),
      categories: fc.array(fc.constantFrom('food', 'shoes', 'giftcard'), { minLength: 3, maxLength: 3 }),
      points: fc.integer({ min: -300, max: 600 }),
      pick: fc.nat(),
      refund: fc.constantFrom('all', 'amount', 'line'),
      event: fc.constantFrom('birthday', 'review', 'signup'),
    }),
    { maxLength: 40 },
  )
  .map((steps) => {
    const events: Record<string, unknown>[] = [];
    const purchases: { id: string; memberId: string; at: number; total: number }[] = [];
    const members = ['a', 'b', 'c'];
    members.forEach((m, i) => events.push({ ...enrol(m, START), id: `enrol-${m}`, ...(i === 1 ? { timeZone: 'Asia/Tokyo' } : {}) }));
    steps.forEach((s, i) => {
      const memberId = members[s.member] ?? 'a';
      const at = START + s.dayOffset * DAY + s.minute * 60_000 + 1;
      const id = `e${String(i)}`;
      if (s.kind === 'purchase') {
        const lines = s.amounts.map((a, k) => line(a, s.categories[k] ?? 'food'));
        events.push(purchase(id, at, lines, { channel: 'web' }, memberId));
        purchases.push({ id, memberId, at, total: s.amounts.reduce((x, y) => x + y, 0) });
      } else if (s.kind === 'return') {
        const candidates = purchases.filter((p) => p.memberId === memberId);
        const target = candidates[s.pick % Math.max(1, candidates.length)];
        if (target === undefined || events.some((e) => e.type === 'return' && e.purchaseId === target.id)) return;
        const when = target.at + ((s.minute % 20) + 1) * DAY;
        const how = s.refund === 'amount' ? { amountMinor: Math.floor(target.total / 3) } : s.refund === 'line' ? { lines: [{ index: 0 }] } : {};
        events.push(ret(id, when, target.id, how, memberId));
      } else if (s.kind === 'redeem') {
        events.push(redeem(id, at, Math.max(1, Math.abs(s.points)), memberId));
      } else if (s.kind === 'adjust') {
        events.push(adjust(id, at, s.points === 0 ? 1 : s.points, memberId));
      } else if (s.kind === 'bonus') {
        events.push(bonus(id, at, s.event, memberId));
      } else if (events.length > 3) {
        events.push(events[3 + (s.pick % (events.length - 3))] as Record<string, unknown>);
      }
    });
    return events;
  });

/**
 * Asserts that a prepared programme gives exactly the plain programme's results: replay, the
 * columnar replay, applyEvent folded over the log in (at, id) order, then per member advanceTo,
 * a cart preview, tier progress (when the programme has tiers) and the simulation.
 */
export function expectPreparedLikePlain(plain: Program, prepared: PreparedProgram, log: readonly Record<string, unknown>[], asOf: number): void {
  expect(replay(prepared, log as never, { asOf })).toEqual(replay(plain, log as never, { asOf }));
  expect(replayColumns(prepared, log as never, { asOf })).toEqual(replayColumns(plain, log as never, { asOf }));
  const byMember = new Map<string, MemberState | null>();
  const sorted = [...log].sort((x, y) => Number(x.at) - Number(y.at) || String(x.id).localeCompare(String(y.id)));
  for (const e of sorted) {
    const id = String(e.memberId);
    const before = byMember.get(id) ?? null;
    const a = applyEvent(prepared, before, e);
    expect(a).toEqual(applyEvent(plain, before, e));
    byMember.set(id, a.state);
  }
  for (const state of byMember.values()) {
    if (state === null) continue;
    expect(advanceTo(prepared, state, asOf)).toEqual(advanceTo(plain, state, asOf));
    const cart = { at: asOf, currency: 'USD', channel: 'web', lines: [line(12_345, 'shoes')] };
    expect(explainPoints(prepared, state, cart)).toEqual(explainPoints(plain, state, cart));
    if (plain.tiers !== undefined) expect(progressToNextTier(prepared, state, asOf)).toEqual(progressToNextTier(plain, state, asOf));
  }
  expect(simulateProgram(prepared, log as never, { baseline: plain, asOf })).toEqual(simulateProgram(plain, log as never, { baseline: plain, asOf }));
}
