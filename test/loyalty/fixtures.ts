// Shared builders for the loyalty tests. Instants are UTC ISO strings unless a test is about
// time zones.
import { defineProgram, type ProgramInput } from '../../src/loyalty/index.js';

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
