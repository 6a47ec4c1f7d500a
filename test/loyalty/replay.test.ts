import { describe, expect, it } from 'vitest';
import { advanceTo, applyEvent, replay, type MemberState } from '../../src/loyalty/index.js';
import { adjust, bonus, enrol, line, program, purchase, redeem, ret, T0, thrown } from './fixtures.js';

function member(result: ReturnType<typeof replay>, id = 'm'): MemberState {
  const m = result.members.find((x) => x.memberId === id);
  if (m === undefined) throw new Error(`no member ${id}`);
  return m;
}

describe('replay: lots, pending, expiry', () => {
  it('keeps points pending for pending.days, then matures them', () => {
    const p = program({ pending: { days: 30 } });
    const events = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(5_000)])];
    const before = member(replay(p, events, { asOf: '2026-02-08T23:59:59Z' }));
    expect([before.pendingPoints, before.availablePoints]).toEqual([50, 0]);
    const after = member(replay(p, events, { asOf: '2026-02-09T00:00:00Z' }));
    expect([after.pendingPoints, after.availablePoints]).toEqual([0, 50]);
  });

  it('expires only what is left of each lot (expiry with several lots)', () => {
    const p = program({ expiry: { type: 'rolling', months: 12 } });
    const events = [
      enrol(),
      purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)]), // lot 100, expires 2027-01-10
      purchase('p2', '2026-06-10T00:00:00Z', [line(20_000)]), // lot 200, expires 2027-06-10
      redeem('r1', '2026-07-01T00:00:00Z', 150), // takes 100 from p1 and 50 from p2 (expire-first)
    ];
    const mid = member(replay(p, events, { asOf: '2027-01-10T00:00:00Z' }));
    expect(mid.availablePoints).toBe(150);
    expect(mid.totals.expired).toBe(0); // p1 was fully redeemed: nothing left to expire
    expect(mid.lots.map((l) => [l.id, l.remaining])).toEqual([['p2', 150]]);
    const end = replay(p, events, { asOf: '2027-06-10T00:00:00Z' });
    expect(member(end).availablePoints).toBe(0);
    expect(member(end).totals.expired).toBe(150);
    expect(end.ledger.filter((e) => e.type === 'expire').map((e) => [e.lotId, e.points])).toEqual([['p2', -150]]);
  });

  it('expires at the start of the next local year with endOfYear', () => {
    const p = program({ timeZone: 'Asia/Tokyo', expiry: { type: 'endOfYear', yearsAfter: 0 } });
    const events = [enrol('m', '2025-06-01T00:00:00Z'), purchase('p1', '2025-12-31T14:00:00Z', [line(10_000)])]; // 23:00 Tokyo, 31 Dec
    expect(member(replay(p, events, { asOf: '2025-12-31T14:59:59Z' })).availablePoints).toBe(100);
    // 2026-01-01T00:00 Tokyo = 2025-12-31T15:00Z
    expect(member(replay(p, events, { asOf: '2025-12-31T15:00:00Z' })).availablePoints).toBe(0);
    const later = program({ expiry: { type: 'endOfYear', yearsAfter: 1 } });
    const lot = member(replay(later, [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(100)])])).lots[0];
    expect(lot?.expiresAt).toBe(Date.parse('2028-01-01T00:00:00Z'));
  });

  it('does not stall on a pending lot emptied by a return before its expiry date passes', () => {
    // Regression: the lot earned on 20 December (pending until 19 January) is fully clawed back
    // on 21 December; its end-of-year expiry (1 January) must not be scheduled again and again.
    const p = program({ pending: { days: 30 }, expiry: { type: 'endOfYear' } });
    const events = [enrol(), purchase('p1', '2026-12-20T00:00:00Z', [line(5_000)]), ret('x1', '2026-12-21T00:00:00Z', 'p1')];
    const state = member(replay(p, events, { asOf: '2027-02-01T00:00:00Z' }));
    expect([state.availablePoints, state.pendingPoints, state.lots.length, state.totals.clawedBack]).toEqual([0, 0, 0, 50]);
  });

  it('expires pending points that never matured', () => {
    const p = program({ pending: { days: 60 }, expiry: { type: 'rolling', months: 1 } });
    const r = replay(p, [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(1_000)])], { asOf: '2026-04-01T00:00:00Z' });
    expect(member(r).pendingPoints).toBe(0);
    expect(member(r).totals.expired).toBe(10);
  });
});

describe('replay: redemption', () => {
  const p = program({ redemption: { minPoints: 100, increment: 50 } });
  const base = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(30_000)])]; // 300 points

  it('refuses redemptions as data and records them', () => {
    const r = replay(p, [...base, redeem('a', '2026-01-11T00:00:00Z', 50), redeem('b', '2026-01-11T00:00:01Z', 120), redeem('c', '2026-01-11T00:00:02Z', 350)]);
    expect(r.ledger.filter((e) => e.type === 'redeemRefused').map((e) => [e.eventId, e.reason])).toEqual([
      ['a', 'belowMinimum'],
      ['b', 'offIncrement'],
      ['c', 'insufficientPoints'],
    ]);
    expect(member(r).availablePoints).toBe(300);
    expect(member(r).totals.refusedRedemptions).toBe(3);
  });

  it('never redeems pending points', () => {
    const pending = program({ pending: { days: 10 } });
    const r = replay(pending, [...base, redeem('a', '2026-01-11T00:00:00Z', 100)]);
    expect(r.ledger.at(-1)?.reason).toBe('insufficientPoints');
  });
});

describe('replay: returns', () => {
  const p = program({ pending: { days: 14 } });

  it('claws back in proportion to the refunded amount, from pending first', () => {
    // 10 000 + 30 000 → 400 points; refund of line 1 (30 000 of 40 000) → 400 × 3/4 = 300
    const r = replay(p, [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(10_000), line(30_000)]), ret('r1', '2026-01-12T00:00:00Z', 'p1', { lines: [{ index: 1 }] })]);
    expect([member(r).pendingPoints, member(r).availablePoints]).toEqual([100, 0]);
    expect(r.ledger.find((e) => e.type === 'clawback')?.points).toBe(-300);
  });

  it('claws back exactly everything after partial refunds that add up to the whole', () => {
    // 3 × 3 333 minor: 99.99 → 99 points; each third claws floor(99 × k/3) cumulatively: 33, 33, 33
    const r = replay(program(), [
      enrol(),
      purchase('p1', '2026-01-10T00:00:00Z', [line(9_999)]),
      ret('r1', '2026-01-11T00:00:00Z', 'p1', { amountMinor: 3_333 }),
      ret('r2', '2026-01-12T00:00:00Z', 'p1', { amountMinor: 3_333 }),
      ret('r3', '2026-01-13T00:00:00Z', 'p1'),
    ]);
    expect(r.ledger.filter((e) => e.type === 'clawback').map((e) => e.points)).toEqual([-33, -33, -33]);
    expect(member(r).availablePoints).toBe(0);
  });

  it('spreads an amount refund over the lines and ignores excluded lines', () => {
    // eligible 6 000 (100 pts at 1 per 60), gift card 4 000 excluded; refund 5 000 spread 3 000 / 2 000
    const q = program({}, { base: { points: '1', perAmountMinor: 60 }, exclude: { categories: ['giftcard'] } });
    const r = replay(q, [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(6_000), line(4_000, 'giftcard')]), ret('r1', '2026-01-11T00:00:00Z', 'p1', { amountMinor: 5_000 })]);
    // eligible refunded 3 000 of 6 000 → 50 points
    expect(member(r).availablePoints).toBe(50);
    expect(member(r).purchases[0]?.lineRefundedMinor).toEqual([3_000, 2_000]);
  });

  const refundAfterRedeem = [
    enrol(),
    purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)]), // 100
    purchase('p2', '2026-01-11T00:00:00Z', [line(3_000)]), // 30
    redeem('x', '2026-01-20T00:00:00Z', 120), // leaves 10 (in p2)
    ret('r1', '2026-01-21T00:00:00Z', 'p1'), // claw 100: 0 left in p1, 10 from p2, 90 short
  ];

  it('refund after redeem: allow goes negative and future points repay the debt', () => {
    const r = replay(program(), [...refundAfterRedeem, purchase('p3', '2026-01-22T00:00:00Z', [line(5_000)])]);
    // −90 + 50 = −40
    expect(member(r).availablePoints).toBe(-40);
    expect(member(r).owedPoints).toBe(40);
    expect(r.ledger.filter((e) => e.type === 'debtRepaid').map((e) => e.points)).toEqual([50]);
  });

  it('refund after redeem: floorAtZero forgives the shortfall', () => {
    const r = replay(program({ returns: { negativeBalance: 'floorAtZero' } }), refundAfterRedeem);
    expect(member(r).availablePoints).toBe(0);
    expect(member(r).totals.forgiven).toBe(90);
    expect(r.ledger.find((e) => e.type === 'clawback')).toMatchObject({ points: -10, forgivenPoints: 90 });
  });

  it('refund after redeem: deductFromFuture shows zero and deducts from later awards', () => {
    const q = program({ returns: { negativeBalance: 'deductFromFuture' }, pending: { days: 5 } });
    const r = replay(q, [...refundAfterRedeem.map((e) => e), purchase('p3', '2026-01-22T00:00:00Z', [line(12_000)])], { asOf: '2026-02-01T00:00:00Z' });
    // p3 earns 120, pending until 27 Jan, then repays 90 → 30 available
    expect(member(r).availablePoints).toBe(30);
    expect(member(r).owedPoints).toBe(0);
    const early = replay(q, refundAfterRedeem, { asOf: '2026-01-21T00:00:00Z' });
    expect([member(early).availablePoints, member(early).owedPoints]).toEqual([0, 90]);
  });

  it('refuses returns of unknown purchases and over-refunds', () => {
    expect(thrown(() => replay(program(), [enrol(), ret('r', '2026-01-02T00:00:00Z', 'nope')]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'purchaseId'] });
    const bought = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(100)])];
    expect(thrown(() => replay(program(), [...bought, ret('r', '2026-01-11T00:00:00Z', 'p1', { amountMinor: 101 })]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 2, 'amountMinor'] });
    expect(thrown(() => replay(program(), [...bought, ret('r', '2026-01-11T00:00:00Z', 'p1', { lines: [{ index: 3 }] })]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 2, 'lines', 0, 'index'] });
    expect(thrown(() => replay(program(), [...bought, ret('r', '2026-01-11T00:00:00Z', 'p1', { lines: [{ index: 0, amountMinor: 60 }, { index: 0, amountMinor: 60 }] })]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 2, 'lines', 1, 'amountMinor'] });
  });

  it('claws back pro rata of the total when nothing was eligible', () => {
    const q = program({}, { exclude: { categories: ['giftcard'] } });
    const r = replay(q, [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(100, 'giftcard')]), ret('r', '2026-01-11T00:00:00Z', 'p1')]);
    expect(member(r).purchases[0]?.refundedMinor).toBe(100);
  });
});

describe('replay: adjustments, bonus events, caps', () => {
  it('adds and removes points by adjustment, deducting beyond zero by policy', () => {
    const r = replay(program(), [enrol(), adjust('a1', '2026-01-02T00:00:00Z', 40), adjust('a2', '2026-01-03T00:00:00Z', -50), adjust('a3', '2026-01-04T00:00:00Z', 30)]);
    expect(member(r).availablePoints).toBe(20);
    expect(member(r).totals.adjusted).toBe(20);
  });

  it('awards event bonuses, limited by caps per year', () => {
    const p = program({}, {
      rules: [{ id: 'bday', type: 'eventBonus', event: 'birthday', points: 100 }],
      caps: [{ id: 'one-birthday', points: 100, per: 'year', ruleIds: ['bday'] }],
    });
    const r = replay(p, [enrol(), bonus('b1', '2026-05-01T00:00:00Z', 'birthday'), bonus('b2', '2026-05-02T00:00:00Z', 'birthday'), bonus('b3', '2027-05-01T00:00:00Z', 'birthday'), bonus('b4', '2027-05-02T00:00:00Z', 'review')]);
    expect(r.ledger.filter((e) => e.type === 'bonus').map((e) => e.points)).toEqual([100, 0, 100, 0]);
    expect(r.ledger.filter((e) => e.type === 'bonus')[1]?.explanation?.caps).toEqual([{ capId: 'one-birthday', cutPoints: 100 }]);
  });

  it('caps points per local day and month in the programme time zone', () => {
    const p = program({ timeZone: 'America/New_York' }, { caps: [{ id: 'daily', points: 150, per: 'day' }, { id: 'monthly', points: 250, per: 'month' }] });
    const r = replay(p, [
      enrol(),
      purchase('p1', '2026-03-10T15:00:00Z', [line(10_000)]), // 100
      purchase('p2', '2026-03-11T03:00:00Z', [line(10_000)]), // 23:00 on the 10th in New York: day cap leaves 50
      purchase('p3', '2026-03-11T15:00:00Z', [line(10_000)]), // new day: 100
      purchase('p4', '2026-03-12T15:00:00Z', [line(10_000)]), // month cap 250 reached: 0
      purchase('p5', '2026-04-01T15:00:00Z', [line(10_000)]), // new month: 100
    ]);
    expect(r.ledger.filter((e) => e.type === 'earn').map((e) => e.points)).toEqual([100, 50, 100, 0, 100]);
    const lifetime = program({}, { caps: [{ id: 'life', points: 120, per: 'lifetime' }] });
    const l = replay(lifetime, [enrol(), purchase('p1', '2026-03-10T15:00:00Z', [line(10_000)]), purchase('p2', '2030-03-10T15:00:00Z', [line(10_000)])]);
    expect(l.ledger.filter((e) => e.type === 'earn').map((e) => e.points)).toEqual([100, 20]);
  });
});

describe('replay: idempotence, order, bad input', () => {
  const events = [
    enrol(),
    purchase('p1', '2026-01-10T00:00:00Z', [line(10_000)]),
    redeem('x', '2026-01-11T00:00:00Z', 30),
    enrol('n'),
    purchase('q1', '2026-01-10T00:00:00Z', [line(5_000)], {}, 'n'),
  ];

  it('ignores and reports an event id applied twice (duplicate event)', () => {
    const r = replay(program(), [...events, events[1], events[1]]);
    expect(member(r).availablePoints).toBe(70);
    expect(r.duplicates).toEqual([
      { eventId: 'p1', memberId: 'm', at: Date.parse('2026-01-10T00:00:00Z'), index: 5 },
      { eventId: 'p1', memberId: 'm', at: Date.parse('2026-01-10T00:00:00Z'), index: 6 },
    ]);
  });

  it('gives the same result whatever the input order', () => {
    const a = replay(program(), events);
    const b = replay(program(), [...events].reverse());
    expect(b.members).toEqual(a.members);
    expect(b.ledger).toEqual(a.ledger);
    expect(a.members.map((m) => m.memberId)).toEqual(['m', 'n']);
  });

  it('can skip the ledger', () => {
    const r = replay(program(), events, { ledger: false });
    expect(r.ledger).toEqual([]);
    expect(member(r).availablePoints).toBe(70);
  });

  it('does not mutate its inputs', () => {
    const copy = structuredClone(events);
    const p = program();
    const pCopy = structuredClone(p);
    replay(p, events);
    expect(events).toEqual(copy);
    expect(p).toEqual(pCopy);
  });

  it('refuses bad input with code and path', () => {
    expect(thrown(() => replay(program(), [enrol(), { type: 'refund', id: 'x', at: T0, memberId: 'm' }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'type'] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), currency: 'EUR' }]))).toEqual({ code: 'CURRENCY_MISMATCH', path: ['events', 1, 'currency'] });
    expect(thrown(() => replay(program(), [enrol(), purchase('p', T0, [line(-5)])]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'amountMinor'] });
    expect(thrown(() => replay(program(), [enrol('m', '2026-02-01T00:00:00Z'), purchase('p', T0, [line(5)])]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'at'] });
    expect(thrown(() => replay(program(), [purchase('p', T0, [line(5)])]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 0, 'memberId'] });
    expect(thrown(() => replay(program(), [enrol(), enrol('m', '2026-01-02T00:00:00Z', 'again')]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'type'] });
    expect(thrown(() => replay(program(), [enrol(), purchase('p', '2026-03-01T00:00:00Z', [line(5)])], { asOf: '2026-02-01T00:00:00Z' }))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'at'] });
    expect(thrown(() => replay({ ...program(), earn: { ...program().earn, stacking: 'sum' } } as never, []))).toEqual({ code: 'INVALID_INPUT', path: ['program', 'earn', 'stacking'] });
    expect(thrown(() => replay(program(), 'nope' as never))).toEqual({ code: 'INVALID_INPUT', path: ['events'] });
    // Two lines of 2^52 minor units add up to 2^53, past the safe integers: the totals and
    // explanations would not be exact (on the fast path as through the schema: ISO instant).
    const huge = [line(2 ** 52), line(2 ** 52)];
    expect(thrown(() => replay(program(), [enrol(), purchase('p', T0, huge)]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines'] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, huge), at: Date.parse(T0) }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines'] });
    expect(replay(program(), [enrol(), { ...purchase('p', T0, [line(2 ** 52), line(2 ** 52 - 1)]), at: Date.parse(T0) }]).members[0]?.totals.spendMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('returns an empty result for no events', () => {
    expect(replay(program(), [])).toEqual({ asOf: 0, members: [], ledger: [], duplicates: [] });
  });
});

describe('replay: edge paths', () => {
  it('keeps the earliest copy of a duplicated id and is exact across a DST change', () => {
    const p = program({ timeZone: 'America/New_York' }, { caps: [{ id: 'day', points: 15, per: 'day' }] });
    // 2026-03-08 springs forward at 07:00Z; both purchases are on the local 8th
    const a = purchase('p1', '2026-03-08T06:59:59Z', [line(1_000)]);
    const b = purchase('p2', '2026-03-08T07:00:01Z', [line(1_000)]);
    const later = { ...a, at: '2026-03-09T00:00:00Z' };
    const r = replay(p, [enrol(), later, b, a]);
    expect(r.duplicates.map((d) => d.index)).toEqual([1]);
    expect(r.ledger.filter((e) => e.type === 'earn').map((e) => e.points)).toEqual([10, 5]);
    const same = replay(p, [enrol(), { ...a, store: 'z' }, a]);
    expect(same.duplicates.map((d) => d.index)).toEqual([1]);
    // Copies at one instant are told apart as parsed (the schema's key order, unknown keys
    // dropped): the key order and extra keys of the input do not decide which is kept.
    const reordered = { lines: a.lines, note: 'retry', store: 'z', channel: a.channel, currency: a.currency, memberId: a.memberId, at: Date.parse(String(a.at)), id: a.id, type: a.type };
    expect(replay(p, [enrol(), reordered, a]).duplicates.map((d) => d.index)).toEqual([1]);
    expect(replay(p, [enrol(), a, reordered]).duplicates.map((d) => d.index)).toEqual([2]);
  });

  it('parses events with ISO instants, Dates and stores through the schema', () => {
    const r = replay(program(), [
      enrol(),
      { ...purchase('p1', '2026-01-02T00:00:00+01:00', [line(1_000)]), store: 'berlin' },
      { ...purchase('p2', new Date('2026-01-03T00:00:00Z') as unknown as string, [line(1_000)]) },
    ]);
    expect(member(r).availablePoints).toBe(20);
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), store: '' }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'store'] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), lines: [null] }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), lines: [{ ...line(1), quantity: 0 }] }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'quantity'] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), lines: [{ ...line(1), sku: '' }] }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'sku'] });
    expect(thrown(() => replay(program(), [enrol(), { ...purchase('p', T0, [line(1)]), lines: [] }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines'] });
    expect(thrown(() => replay(program(), [enrol(), ret('r', T0, 'p', { lines: [{ index: 0 }], amountMinor: 5 })]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'amountMinor'] });
  });
});

describe('replay: instants in any accepted form', () => {
  it('gives the same result for instants as epoch ms, ISO text with any offset and Dates', () => {
    const spec: [string, string, number, string][] = [
      ['p1', '2026-01-02T09:30:00Z', 12_345, 'food'],
      ['p2', '2026-03-29T01:30:00Z', 4_999, 'shoes'],
      ['p3', '2026-07-14T23:59:59.999Z', 100, 'food'],
      ['p4', '2026-10-25T00:59:59Z', 25_000, 'home'],
    ];
    const build = (form: (ms: number, k: number) => unknown): Record<string, unknown>[] => [
      enrol(),
      ...spec.map(([id, iso, amount, category], k) => ({ ...purchase(id, iso, [line(amount, category)]), at: form(Date.parse(iso), k) })),
      ret('r1', '2026-08-01T00:00:00Z', 'p3'),
    ];
    const p = program({ timeZone: 'Europe/Berlin', pending: { days: 14 } });
    const epoch = replay(p, build((ms) => ms));
    // ISO text with +05:30 and -03:00 offsets, a Date, and epoch ms, mixed
    const offset = (ms: number, minutes: number): string => {
      const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 23);
      const sign = minutes < 0 ? '-' : '+';
      const abs = Math.abs(minutes);
      return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
    };
    const mixed = replay(p, build((ms, k) => [offset(ms, 330), new Date(ms), offset(ms, -180), ms][k]));
    expect(mixed).toEqual(epoch);
    expect(epoch.members[0]?.totals.purchases).toBe(4);
    // -0 is read as 0, as the schema does
    const zero = replay(p, [enrol('m', -1000), { ...purchase('p0', 0, [line(100)]), at: -0 }]);
    expect(Object.is(zero.members[0]?.purchases[0]?.at, 0)).toBe(true);
    // Text the reader refuses still fails with the field's path
    expect(thrown(() => replay(p, [enrol(), { ...purchase('p', T0, [line(1)]), at: '2026-01-02T00:00:00' }]))).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'at'] });
    expect(thrown(() => replay(p, [enrol(), { ...purchase('p', T0, [line(1)]), at: '2026-02-30T00:00:00Z' }]))).toMatchObject({ path: ['events', 1, 'at'] });
  });
});

describe('replay: engine paths (purchases with many lines, bigints, time-zone gaps, order of ties)', () => {
  it('earns on every line of a purchase with more lines than usual', () => {
    // 12 lines of 1 050 minor at 1 point per 100: 10.5 per line; floored once per order = 126,
    // floored per line = 12 × 10 = 120.
    const lines = Array.from({ length: 12 }, (_, i) => line(1_050, 'food', `sku-${String(i)}`));
    const events = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', lines), purchase('p2', '2026-01-11T00:00:00Z', [line(1_050)])];
    const order = replay(program(), events);
    expect(member(order).availablePoints).toBe(136);
    expect(order.ledger.filter((e) => e.type === 'earn').map((e) => e.explanation?.rounding.unroundedPoints)).toEqual(['126', '10.5']);
    const perLine = replay(program({}, { base: { points: '1', perAmountMinor: 100, stage: 'line' } }), events);
    expect(member(perLine).availablePoints).toBe(130);
    expect(member(perLine).purchases[0]?.lineEligible).toEqual(Array.from({ length: 12 }, () => true));
  });

  it('falls back to exact bigint arithmetic beyond 2^53 in a replay, with or without the ledger', () => {
    const p = program({}, {
      base: { points: '1.000000000001', perAmountMinor: 1, stage: 'line' },
      rules: [{ id: 'a', type: 'multiplier', multiplier: '1.000000000001' }],
    });
    // 9e15 × 1.000000000001 = 9 000 000 000 009 000 (base); × 1.000000000001 adds 9 000.000000009
    // (rule): 9 000 000 000 018 000.000000009, floored (the line's one rounding).
    const events = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(9_000_000_000_000_000)])];
    const withLedger = replay(p, events);
    expect(member(withLedger).availablePoints).toBe(9_000_000_000_018_000);
    const earn = withLedger.ledger.find((e) => e.type === 'earn')?.explanation;
    expect([earn?.basePoints, earn?.rules[0]?.points, earn?.rounding.unroundedPoints]).toEqual([9_000_000_000_009_000, 9_000, '9000000000018000']);
    expect(replay(p, events, { ledger: false }).members).toEqual(withLedger.members);
  });

  it('resolves maturities that land in a skipped or repeated local hour like Temporal (compatible)', () => {
    const p = program({ timeZone: 'Europe/Berlin', pending: { days: 1 } });
    const lots = member(
      replay(p, [
        enrol('m', '2026-03-01T00:00:00Z'),
        // 02:30 on 29 March does not exist in Berlin (clocks go 02:00 → 03:00): read as 03:30 CEST.
        purchase('spring', '2026-03-28T02:30:00+01:00', [line(1_000)]),
        // 02:30 on 25 October happens twice (03:00 → 02:00): the earlier, CEST, is taken.
        purchase('autumn', '2026-10-24T02:30:00+02:00', [line(1_000)]),
      ], { asOf: '2026-10-24T12:00:00Z' }),
    ).lots;
    expect(lots.map((l) => [l.id, l.maturesAt])).toEqual([
      ['spring', Date.parse('2026-03-29T03:30:00+02:00')],
      ['autumn', Date.parse('2026-10-25T02:30:00+02:00')],
    ]);
  });

  it('touches only the lots due when lots are in order, and takes the full pass otherwise (repeated hour, debt), as applyEvent does', () => {
    // replay keeps lots in order of expiry and maturity and applies the effects to the lots due
    // only; applyEvent (a working copy made from a state) always takes the full pass over the lots.
    const p = program({ timeZone: 'Europe/Berlin', pending: { days: 2 }, expiry: { type: 'rolling', months: 1 }, returns: { negativeBalance: 'allow' } });
    const events = [
      enrol('m', '2026-10-01T00:00:00Z'),
      // 02:30 CEST then 02:10 CET (the repeated hour): the later lot expires first (02:10 < 02:30 local).
      purchase('first', '2026-10-25T00:30:00Z', [line(1_000)]),
      purchase('second', '2026-10-25T01:10:00Z', [line(2_000)]),
      enrol('d', '2026-01-01T00:00:00Z'),
      purchase('d1', '2026-01-02T00:00:00Z', [line(10_000)], {}, 'd'),
      redeem('d-redeem', '2026-01-05T00:00:00Z', 100, 'd'),
      ret('d-return', '2026-01-06T00:00:00Z', 'd1', {}, 'd'),
      // owed 100: this lot repays 60 of it and is used up as it is added
      adjust('d-adjust', '2026-01-07T00:00:00Z', 60, 'd'),
      purchase('d2', '2026-01-08T00:00:00Z', [line(5_000)], {}, 'd'),
      purchase('d3', '2026-01-20T00:00:00Z', [line(7_000)], {}, 'd'),
    ];
    const asOf = Date.parse('2026-12-31T00:00:00Z');
    const result = replay(p, events, { asOf });
    expect(result.ledger.filter((e) => e.memberId === 'm' && e.type === 'expire').map((e) => [e.lotId, e.at])).toEqual([
      ['second', Date.parse('2026-11-25T01:10:00Z')],
      ['first', Date.parse('2026-11-25T01:30:00Z')],
    ]);
    expect(result.ledger.filter((e) => e.memberId === 'd' && e.type === 'debtRepaid').map((e) => [e.lotId, e.points])).toEqual([
      ['d-adjust', 60],
      ['d2', 40],
    ]);
    const states = new Map<string, MemberState>();
    const sorted = [...events].sort((a, b) => Date.parse(String(a.at)) - Date.parse(String(b.at)));
    for (const e of sorted) states.set(e.memberId, applyEvent(p, states.get(e.memberId) ?? null, e).state);
    expect(result.members).toEqual([...states.keys()].sort().map((id) => advanceTo(p, states.get(id) as MemberState, asOf).state));
  });

  it('applies events at the same instant in order of id, whatever their order in the log', () => {
    const p = program({}, { rules: [{ id: 'welcome', type: 'bonus', points: 100, when: { firstPurchase: true } }] });
    const at = '2026-01-10T00:00:00Z';
    const r = replay(p, [purchase('b', at, [line(1_000)]), purchase('a', at, [line(2_000)]), enrol()]);
    expect(r.ledger.filter((e) => e.type === 'earn').map((e) => [e.eventId, e.points])).toEqual([['a', 120], ['b', 10]]);
    expect(member(r).eventIds).toEqual(['enrol-m', 'a', 'b']);
  });

  it('refuses malformed purchases given with epoch-millisecond instants, with the path of the bad field', () => {
    const at = Date.parse('2026-01-10T00:00:00Z');
    const bad = (patch: Record<string, unknown>) => thrown(() => replay(program(), [enrol(), { ...purchase('p', at, [line(100)]), ...patch }]));
    expect(bad({ lines: [{ ...line(100), quantity: 0 }] })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'quantity'] });
    expect(bad({ lines: [null] })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0] });
    expect(bad({ lines: [{ ...line(100), category: '' }] })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'category'] });
    expect(bad({ lines: [{ ...line(100), amountMinor: 1.5 }] })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines', 0, 'amountMinor'] });
    expect(bad({ store: '' })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'store'] });
    expect(bad({ channel: 7 })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'channel'] });
    expect(bad({ currency: 'usd' })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'currency'] });
    expect(bad({ currency: 'EUR' })).toEqual({ code: 'CURRENCY_MISMATCH', path: ['events', 1, 'currency'] });
    expect(bad({ at: at + 0.5 })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'at'] });
    expect(bad({ lines: 'none' })).toEqual({ code: 'INVALID_INPUT', path: ['events', 1, 'lines'] });
    expect(member(replay(program(), [enrol(), { ...purchase('p', at, [line(100)]), store: 's1' }])).availablePoints).toBe(1);
  });
});

describe('replay: bigint arithmetic with every stacking mode', () => {
  const big = (stacking: 'add' | 'best', multipliers: readonly string[]) =>
    program({}, {
      base: { points: '1.000000000001', perAmountMinor: 1 },
      rules: multipliers.map((multiplier, i) => ({ id: `r${String(i)}`, type: 'multiplier' as const, multiplier })),
      stacking,
    });
  const events = [enrol(), purchase('p1', '2026-01-10T00:00:00Z', [line(4_000_000_000_000_000)])];
  const earned = (p: ReturnType<typeof program>) => {
    const e = replay(p, events).ledger.find((x) => x.type === 'earn')?.explanation;
    return [e?.points, e?.basePoints, ...(e?.rules.map((r) => r.points) ?? [])];
  };

  it('adds each multiplier on the base (add) and keeps only the best (best) beyond 2^53', () => {
    // base 4e15 × 1.000000000001 = 4 000 000 000 004 000; ×1.000000000001 adds 4 000.000000004,
    // ×2 adds the base again.
    expect(earned(big('add', ['1.000000000001', '2']))).toEqual([8_000_000_000_012_000, 4_000_000_000_004_000, 4_000, 4_000_000_000_004_000]);
    expect(earned(big('best', ['1.000000000001', '2']))).toEqual([8_000_000_000_008_000, 4_000_000_000_004_000, 0, 4_000_000_000_004_000]);
    expect(member(replay(big('add', ['1.000000000001', '2']), events, { ledger: false })).availablePoints).toBe(8_000_000_000_012_000);
  });

  it('earns nothing, never less, when multipliers below 1 add up under zero beyond 2^53', () => {
    const [points, base, ...rules] = earned(big('add', ['0.000000000001', '0.000000000001']));
    expect(points).toBe(0);
    expect((base ?? 0) + rules.reduce((s: number, r) => s + (r ?? 0), 0)).toBe(0);
  });
});

describe('replay: duplicates in a large log', () => {
  // More than 4096 events: dedupe splits the ids by hash into parts. The reference below is the
  // documented rule with a plain Map: among copies of an id the earliest is kept, then the
  // smallest serialisation; duplicates are reported in the order of the log, each when the copy
  // that drops it arrives.
  it('drops and reports the same copies as a Map over the whole log', () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    const log: Record<string, unknown>[] = [];
    for (let m = 0; m < 300; m++) log.push(enrol(`m${String(m)}`, '2026-01-01T00:00:00Z', `e${String(m)}`));
    for (let i = 0; i < 9_000; i++) {
      const at = Date.parse('2026-01-02T00:00:00Z') + Math.floor(random() * 300) * 3_600_000;
      log.push({ ...purchase(`p${String(i)}`, new Date(at).toISOString(), [line(100 + Math.floor(random() * 9_000))], {}, `m${String(i % 300)}`) });
    }
    const originals = log.slice(300);
    for (let k = 0; k < 1_500; k++) {
      const src = originals[Math.floor(random() * originals.length)] as Record<string, unknown>;
      const r = random();
      // an exact copy, a copy an hour later (dropped) or earlier (kept), a copy for a member who
      // appears only in dropped copies, a copy with another channel (same instant: serialisation decides)
      const at = Date.parse(src.at as string);
      log.push(
        r < 0.3 ? { ...src }
        : r < 0.5 ? { ...src, at: new Date(at + 3_600_000).toISOString() }
        : r < 0.6 ? { ...src, at: new Date(at - 1_000).toISOString() }
        : r < 0.8 ? { ...src, memberId: 'ghost', at: new Date(at + 7_200_000).toISOString() }
        : { ...src, channel: r < 0.9 ? 'app' : 'a' },
      );
    }
    for (let i = log.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [log[i], log[j]] = [log[j] as Record<string, unknown>, log[i] as Record<string, unknown>];
    }
    const instant = (e: Record<string, unknown>): number => Date.parse(e.at as string);
    const kept = new Map<string, number>();
    const expected: { eventId: string; memberId: string; at: number; index: number }[] = [];
    log.forEach((e, i) => {
      const id = e.id as string;
      const other = kept.get(id);
      if (other === undefined) {
        kept.set(id, i);
        return;
      }
      const o = log[other] as Record<string, unknown>;
      // The parsed events are compared (instants as epoch ms), as replay does.
      const norm = (x: Record<string, unknown>): string => JSON.stringify({ ...x, at: instant(x) });
      const keepOther = instant(o) !== instant(e) ? instant(o) < instant(e) : norm(o) <= norm(e);
      const drop = keepOther ? i : other;
      if (!keepOther) kept.set(id, i);
      const d = log[drop] as Record<string, unknown>;
      expected.push({ eventId: id, memberId: d.memberId as string, at: instant(d), index: drop });
    });
    const r = replay(program(), log, { ledger: false });
    expect(expected.length).toBeGreaterThan(1_000);
    expect(r.duplicates).toEqual(expected);
    const keptIds = new Map<string, string[]>();
    for (const index of kept.values()) {
      const e = log[index] as Record<string, unknown>;
      keptIds.set(e.memberId as string, [...(keptIds.get(e.memberId as string) ?? []), e.id as string]);
    }
    expect(r.members.map((m) => m.memberId)).toEqual([...keptIds.keys()].sort());
    for (const m of r.members) expect([...m.eventIds].sort()).toEqual([...(keptIds.get(m.memberId) ?? [])].sort());
  });
});
