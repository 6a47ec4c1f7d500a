import { describe, expect, it } from 'vitest';
import { replay, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, program, purchase, ret } from './fixtures.js';

type Tiers = NonNullable<ProgramInput['tiers']>;
const levels: Tiers['levels'] = [
  { id: 'member', threshold: 0 },
  { id: 'silver', threshold: 50_000, multiplier: '1.5' },
  { id: 'gold', threshold: 100_000, retainThreshold: 80_000, multiplier: '2' },
];

function tiered(tiers: Partial<Tiers> = {}, overrides: Partial<ProgramInput> = {}) {
  return program({ ...overrides, tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels, ...tiers } });
}

function tierAt(p: ReturnType<typeof program>, events: readonly unknown[], asOf: string): string | null | undefined {
  return replay(p, events, { asOf }).members[0]?.tier.levelId;
}

describe('tiers', () => {
  it('upgrades as soon as the threshold is met, and the multiplier applies from then on', () => {
    const events = [
      enrol(),
      purchase('p1', '2026-02-01T00:00:00Z', [line(60_000)]), // earns 600 at member, then silver
      purchase('p2', '2026-02-02T00:00:00Z', [line(10_000)]), // 100 × 1.5 = 150
    ];
    const r = replay(tiered(), events);
    expect(r.ledger.filter((e) => e.type === 'earn').map((e) => e.points)).toEqual([600, 150]);
    expect(r.ledger.filter((e) => e.type === 'tierChange').map((e) => e.tier)).toEqual([
      { from: null, to: 'member' },
      { from: 'member', to: 'silver' },
    ]);
  });

  it('rises past the next level in one step when progress reaches a higher threshold', () => {
    // Thresholds in increasing order: progress is checked against the next level first, and one
    // purchase that reaches gold from member goes there directly, in one tier change.
    const events = [enrol(), purchase('p1', '2026-02-01T00:00:00Z', [line(120_000)])];
    const r = replay(tiered(), events);
    expect(r.ledger.filter((e) => e.type === 'tierChange').map((e) => e.tier)).toEqual([
      { from: null, to: 'member' },
      { from: 'member', to: 'gold' },
    ]);
    // With no level at enrolment (every threshold above 0) as well.
    const high = tiered({ levels: [{ id: 'silver', threshold: 50_000 }, { id: 'gold', threshold: 100_000 }] });
    expect(replay(high, events).ledger.filter((e) => e.type === 'tierChange').map((e) => e.tier)).toEqual([{ from: null, to: 'gold' }]);
  });

  it('counts the window in the programme time zone (tier at the window boundary)', () => {
    // 2026-12-31T23:30 in New York is 2027-01-01T04:30Z: it counts for 2026 there, for 2027 in UTC
    const events = [enrol('m', '2026-01-01T05:00:00Z'), purchase('p1', '2026-06-01T00:00:00Z', [line(60_000)]), purchase('p2', '2027-01-01T04:30:00Z', [line(50_000)])];
    const ny = tiered({}, { timeZone: 'America/New_York' });
    // New York: 2026 spend 110 000 → gold for 2027
    expect(tierAt(ny, events, '2027-06-01T00:00:00Z')).toBe('gold');
    // UTC: 2026 spend 60 000 → silver kept; 2027 spend 50 000 → silver
    expect(tierAt(tiered(), events, '2027-06-01T00:00:00Z')).toBe('silver');
  });

  it('keeps a tier through the next period and downgrades at period end', () => {
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(120_000)])];
    expect(tierAt(tiered(), events, '2027-12-31T23:59:59Z')).toBe('gold');
    expect(tierAt(tiered(), events, '2028-01-01T00:00:00Z')).toBe('member');
  });

  it('keeps the tier when the retain threshold is met', () => {
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(120_000)]), purchase('p2', '2027-03-01T00:00:00Z', [line(85_000)])];
    expect(tierAt(tiered(), events, '2028-02-01T00:00:00Z')).toBe('gold');
  });

  it('drops one level at most with soft landing', () => {
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(120_000)])];
    expect(tierAt(tiered({ softLanding: true }), events, '2028-01-01T00:00:00Z')).toBe('silver');
    expect(tierAt(tiered({ softLanding: true }), events, '2029-01-01T00:00:00Z')).toBe('member');
  });

  it('delays a downgrade by the grace days and cancels it when the member requalifies', () => {
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(120_000)])];
    const grace = tiered({ graceDays: 30 });
    expect(tierAt(grace, events, '2028-01-30T23:59:59Z')).toBe('gold');
    expect(tierAt(grace, events, '2028-01-31T00:00:00Z')).toBe('member');
    const saved = [...events, purchase('p2', '2028-01-15T00:00:00Z', [line(100_000)])];
    expect(tierAt(grace, saved, '2028-03-01T00:00:00Z')).toBe('gold');
    const partly = [...events, purchase('p2', '2028-01-15T00:00:00Z', [line(60_000)])];
    expect(tierAt(grace, partly, '2028-03-01T00:00:00Z')).toBe('silver');
  });

  it('downgrades immediately when a return drops progress under an immediate policy', () => {
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(60_000), line(50_000)]), ret('r1', '2026-03-05T00:00:00Z', 'p1', { lines: [{ index: 1 }] })];
    expect(tierAt(tiered({ downgrade: 'immediate' }), events, '2026-03-06T00:00:00Z')).toBe('silver');
    expect(tierAt(tiered(), events, '2026-03-06T00:00:00Z')).toBe('gold');
    expect(tierAt(tiered({ downgrade: 'immediate' }), events, '2027-01-01T00:00:00Z')).toBe('member');
  });

  it('counts a rolling window of months, with monthly reviews', () => {
    const rolling = tiered({ window: { type: 'rollingMonths', months: 3 }, downgrade: 'immediate' });
    const events = [enrol(), purchase('p1', '2026-03-15T00:00:00Z', [line(60_000)])];
    expect(tierAt(rolling, events, '2026-06-14T23:59:59Z')).toBe('silver');
    expect(tierAt(rolling, events, '2026-06-15T00:00:00Z')).toBe('member');
    const review = tiered({ window: { type: 'rollingMonths', months: 3 } });
    expect(tierAt(review, events, '2026-06-30T00:00:00Z')).toBe('silver');
    expect(tierAt(review, events, '2026-07-01T00:00:00Z')).toBe('member');
    const returned = [...events, ret('r', '2026-04-01T00:00:00Z', 'p1', { amountMinor: 30_000 })];
    expect(tierAt(rolling, returned, '2026-04-02T00:00:00Z')).toBe('member');
  });

  it('counts anniversary years from enrolment', () => {
    const anniversary = tiered({ window: { type: 'anniversary' } });
    const events = [enrol('m', '2026-05-10T00:00:00Z'), purchase('p1', '2027-05-09T00:00:00Z', [line(60_000)]), purchase('p2', '2027-05-10T00:00:00Z', [line(50_000)])];
    // p1 in year 1, p2 in year 2: never 100 000 in one year
    expect(tierAt(anniversary, events, '2027-06-01T00:00:00Z')).toBe('silver');
    expect(tierAt(anniversary, events, '2029-05-10T00:00:00Z')).toBe('member');
  });

  it('never resets a lifetime window', () => {
    const life = tiered({ window: { type: 'lifetime' } });
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(60_000)]), purchase('p2', '2030-03-01T00:00:00Z', [line(50_000)])];
    expect(tierAt(life, events, '2040-01-01T00:00:00Z')).toBe('gold');
    const back = [...events, ret('r', '2030-03-02T00:00:00Z', 'p2')];
    expect(tierAt(tiered({ window: { type: 'lifetime' }, downgrade: 'immediate' }), back, '2030-03-03T00:00:00Z')).toBe('silver');
  });

  it('qualifies on points or visits', () => {
    const byVisits = program({ tiers: { metric: 'visits', window: { type: 'calendarYear' }, levels: [{ id: 'regular', threshold: 2 }] } });
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(1)])];
    expect(tierAt(byVisits, events, '2026-03-02T00:00:00Z')).toBe(null);
    expect(tierAt(byVisits, [...events, purchase('p2', '2026-03-02T00:00:00Z', [line(1)])], '2026-03-03T00:00:00Z')).toBe('regular');
    const byPoints = program({ tiers: { metric: 'qualifyingPoints', window: { type: 'calendarYear' }, downgrade: 'immediate', levels: [{ id: 'base', threshold: 0 }, { id: 'vip', threshold: 150 }] } }, {
      rules: [{ id: 'hello', type: 'eventBonus', event: 'signup', points: 100 }],
    });
    const pts = [enrol(), { type: 'bonusEvent', id: 'b', at: '2026-01-02T00:00:00Z', memberId: 'm', event: 'signup' }, purchase('p1', '2026-03-01T00:00:00Z', [line(5_000)])];
    expect(tierAt(byPoints, pts, '2026-03-02T00:00:00Z')).toBe('vip');
    expect(tierAt(byPoints, [...pts, ret('r', '2026-03-03T00:00:00Z', 'p1')], '2026-03-04T00:00:00Z')).toBe('base');
  });

  it('applies tier-gated rules and tier multipliers per stacking', () => {
    const p = tiered({}, {});
    const gated = program({
      tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels },
    });
    expect(gated.tiers?.levels.length).toBe(3);
    const withRule = program({ tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels } }, {
      stacking: 'add',
      rules: [{ id: 'gold-bonus', type: 'bonus', points: 7, when: { tiers: ['gold'] } }],
    });
    const events = [enrol(), purchase('p1', '2026-03-01T00:00:00Z', [line(100_000)]), purchase('p2', '2026-03-02T00:00:00Z', [line(10_000)])];
    // p2 at gold, add stacking: 100 × (1 + (2 − 1)) = 200, + 7
    expect(replay(withRule, events).ledger.filter((e) => e.type === 'earn').map((e) => e.points)).toEqual([1_000, 207]);
    expect(replay(p, events).ledger.filter((e) => e.type === 'earn').at(-1)?.explanation?.tierPoints).toBe(100);
  });
});
