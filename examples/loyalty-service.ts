// A small loyalty backend: plain functions over an in-memory store (a Map standing in for a
// database table of member states). It applies incoming events idempotently, answers balance
// queries as of "now" without writing, previews the points of a cart, and prints a transcript.
import { formatMoney, isOmnicxError, toInstant } from 'omnicx/core';
import {
  advanceTo,
  applyEvent,
  defineProgram,
  explainPoints,
  prepareProgram,
  progressToNextTier,
  programLiability,
  validateProgram,
  type CartInput,
  type LedgerEntry,
  type MemberState,
} from 'omnicx/loyalty';

const program = defineProgram({
  id: 'club',
  version: '2026-01',
  currency: 'EUR',
  timeZone: 'Europe/Berlin',
  earn: {
    base: { points: '1', perAmountMinor: 100, rounding: 'floor', stage: 'order' },
    exclude: { categories: ['giftcard'] },
    rules: [
      { id: 'shoes-x2', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } },
      { id: 'big-basket', type: 'bonus', points: 50, when: { minSpendMinor: 20_000 } },
      { id: 'birthday', type: 'eventBonus', event: 'birthday', points: 200 },
    ],
    caps: [{ id: 'daily', points: 1_000, per: 'day' }],
  },
  pending: { days: 14 },
  expiry: { type: 'rolling', months: 24 },
  redemption: { minPoints: 100, increment: 50, pointValueMinor: '1' },
  returns: { negativeBalance: 'allow' },
  tiers: {
    metric: 'qualifyingSpend',
    window: { type: 'calendarYear' },
    levels: [
      { id: 'member', threshold: 0 },
      { id: 'gold', threshold: 50_000, multiplier: '1.5', benefits: ['free shipping'] },
    ],
  },
});

// Prepared once at start-up: the handlers below then neither re-validate the programme nor ask
// Intl for Berlin's offsets on every request (about 4× fewer microseconds per applyEvent).
const engine = prepareProgram(program);

// The store: member id → state. A real service would use a table with optimistic locking.
const store = new Map<string, MemberState>();
const journal: LedgerEntry[] = [];

/** Applies one incoming event; retries of the same event id are acknowledged and ignored. */
function handleEvent(event: Record<string, unknown>): string {
  const memberId = String(event.memberId);
  try {
    const result = applyEvent(engine, store.get(memberId) ?? null, event);
    if (result.duplicate) return `${String(event.id)}: duplicate, ignored`;
    store.set(memberId, result.state);
    journal.push(...result.entries);
    if (!result.outcome.ok) return `${String(event.id)}: refused (${result.outcome.reason})`;
    const earned = result.entries.find((e) => e.type === 'earn' || e.type === 'bonus');
    return `${String(event.id)}: ok${earned === undefined ? '' : `, +${String(earned.points)} points`}`;
  } catch (error) {
    if (isOmnicxError(error)) return `${String(event.id)}: rejected ${error.code} at ${error.path.join('.')}`;
    throw error;
  }
}

/** The balance as of `now`, without writing the advanced state back. */
function balance(memberId: string, now: string): string {
  const state = store.get(memberId);
  if (state === undefined) return `${memberId}: not a member`;
  const current = advanceTo(engine, state, now).state;
  const tier = progressToNextTier(engine, current, now);
  const next = tier.nextTier === null ? 'top tier' : `${formatMoney({ amountMinor: tier.remaining, currency: 'EUR' }, 'en-GB')} to ${tier.nextTier}`;
  return `${memberId}: ${String(current.availablePoints)} available, ${String(current.pendingPoints)} pending, tier ${String(tier.tier)} (${next})`;
}

/** What a cart would earn, with the rules that give the points. */
function preview(memberId: string, cart: CartInput): string {
  const e = explainPoints(engine, store.get(memberId) ?? null, cart);
  const rules = e.rules.map((r) => `${r.ruleId} +${String(r.points)}`).join(', ');
  return `cart for ${memberId}: ${String(e.points)} points (base ${String(e.basePoints)}${e.tierPoints > 0 ? `, tier +${String(e.tierPoints)}` : ''}${rules === '' ? '' : `, ${rules}`})`;
}

const purchase = {
  type: 'purchase',
  id: 'order-1001',
  at: '2026-03-14T15:20:00+01:00',
  memberId: 'ann',
  currency: 'EUR',
  channel: 'store',
  store: 'berlin-mitte',
  lines: [
    { sku: 'RUN-42', category: 'shoes', quantity: 1, amountMinor: 12_999 },
    { sku: 'SOCK-3', category: 'apparel', quantity: 3, amountMinor: 1_497 },
    { sku: 'GIFT-50', category: 'giftcard', quantity: 1, amountMinor: 5_000 },
  ],
};

const warnings = validateProgram(program).map((w) => w.code);
console.log(warnings.length === 0 ? 'programme club/2026-01: no warnings' : `programme warnings: ${warnings.join(', ')}`);
console.log(handleEvent({ type: 'enrol', id: 'enrol-ann', at: '2026-01-05T10:00:00+01:00', memberId: 'ann' }));
console.log(preview('ann', { at: purchase.at, currency: 'EUR', channel: 'store', lines: purchase.lines }));
console.log(handleEvent(purchase));
console.log(handleEvent(purchase)); // the till retried the request
console.log(balance('ann', '2026-03-20T12:00:00+01:00'));
console.log(balance('ann', '2026-03-29T12:00:00+02:00'));
console.log(handleEvent({ type: 'redeem', id: 'redeem-1', at: '2026-03-30T10:00:00+02:00', memberId: 'ann', points: 120 }));
console.log(handleEvent({ type: 'redeem', id: 'redeem-2', at: '2026-03-30T10:01:00+02:00', memberId: 'ann', points: 150 }));
console.log(handleEvent({ type: 'return', id: 'return-1', at: '2026-04-02T11:00:00+02:00', memberId: 'ann', purchaseId: 'order-1001', lines: [{ index: 0 }] }));
console.log(handleEvent({ type: 'bonusEvent', id: 'bday-2026', at: '2026-05-01T09:00:00+02:00', memberId: 'ann', event: 'birthday' }));
console.log(handleEvent({ ...purchase, id: 'order-1002', at: '2026-05-02T12:00:00+02:00', currency: 'USD' }));
console.log(balance('ann', '2026-05-20T12:00:00+02:00'));
const liability = programLiability([...store.values()], { program, asOf: toInstant('2026-06-01T00:00:00+02:00') });
console.log(`liability: ${String(liability.outstandingPoints)} points outstanding, ${formatMoney(liability.liability, 'en-GB')} after ${liability.breakageSource} breakage`);
console.log(`ledger: ${journal.map((e) => e.type).join(', ')}`);
