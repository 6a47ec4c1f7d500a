import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replay, type ProgramInput } from '../../src/loyalty/index.js';
import { enrol, line, program, purchase, ret } from './fixtures.js';

type Tiers = NonNullable<ProgramInput['tiers']>;
const levels: Tiers['levels'] = [
  { id: 'member', threshold: 0 },
  { id: 'silver', threshold: 50_000, retainThreshold: 20_000 },
  { id: 'gold', threshold: 100_000, retainThreshold: 80_000 },
];
const tiered = (t: Partial<Tiers> = {}) => program({ tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' }, levels, ...t } });
const tierAt = (p: ReturnType<typeof program>, events: readonly unknown[], asOf: string) => replay(p, events, { asOf }).members[0]?.tier.levelId;

describe('grace days only delay a drop: hand-computed', () => {
  it('immediate: a second fall within the grace keeps the scheduled level when it meets that level retain', () => {
    const events = [
      enrol(),
      purchase('p1', '2026-03-01T00:00:00Z', [line(60_000), line(40_000), line(20_000)]),
      ret('r1', '2026-03-05T00:00:00Z', 'p1', { lines: [{ index: 0 }] }), // 60 000 < gold retain: silver
      ret('r2', '2026-03-06T00:00:00Z', 'p1', { lines: [{ index: 1 }] }), // 20 000 ≥ silver retain: silver kept
    ];
    expect(tierAt(tiered({ downgrade: 'immediate' }), events, '2026-04-01T00:00:00Z')).toBe('silver');
    expect(tierAt(tiered({ downgrade: 'immediate', graceDays: 10 }), events, '2026-04-01T00:00:00Z')).toBe('silver'); // today: member
  });
  it('immediate: a climb back within the grace counts as reaching the level', () => {
    const events = [
      enrol(),
      purchase('p1', '2026-03-01T00:00:00Z', [line(110_000), line(10_000)]),
      ret('r1', '2026-03-05T00:00:00Z', 'p1', { lines: [{ index: 0 }] }), // 10 000: member (no grace)
      purchase('p2', '2026-03-06T00:00:00Z', [line(50_000)]), // 60 000: silver (no grace)
      ret('r2', '2026-03-07T00:00:00Z', 'p2', { amountMinor: 30_000 }), // 30 000 ≥ silver retain: silver kept
    ];
    expect(tierAt(tiered({ downgrade: 'immediate' }), events, '2026-04-01T00:00:00Z')).toBe('silver');
    expect(tierAt(tiered({ downgrade: 'immediate', graceDays: 10 }), events, '2026-04-01T00:00:00Z')).toBe('silver'); // today: member
  });
  it('periodEnd: a second review within the grace judges retain from the scheduled level', () => {
    const w = { type: 'rollingMonths', months: 1 } as const;
    const events = [
      enrol(),
      purchase('p1', '2026-01-10T00:00:00Z', [line(120_000)]), // gold; drops out 02-10
      purchase('p2', '2026-02-15T00:00:00Z', [line(60_000)]), // 03-01 review: 60 000 → silver; drops out 03-15
      purchase('p3', '2026-03-20T00:00:00Z', [line(25_000)]), // 04-01 review: 25 000 ≥ silver retain → silver
    ];
    expect(tierAt(tiered({ window: w }), events, '2026-04-20T00:00:00Z')).toBe('silver');
    expect(tierAt(tiered({ window: w, graceDays: 45 }), events, '2026-04-20T00:00:00Z')).toBe('silver'); // today: member
  });
  it('immediate + soft landing: a second fall within the grace lowers the scheduled level as without grace', () => {
    const soft = (g: number) => tiered({ downgrade: 'immediate', softLanding: true, graceDays: g });
    const events = [
      enrol(),
      purchase('p1', '2026-03-01T00:00:00Z', [line(60_000), line(45_000), line(10_000)]),
      ret('r1', '2026-03-05T00:00:00Z', 'p1', { lines: [{ index: 0 }] }), // 55 000: gold → silver (soft)
      ret('r2', '2026-03-06T00:00:00Z', 'p1', { lines: [{ index: 1 }] }), // 10 000 < silver retain: silver → member
    ];
    expect(tierAt(soft(0), events, '2026-04-01T00:00:00Z')).toBe('member');
    expect(tierAt(soft(10), events, '2026-04-01T00:00:00Z')).toBe('member'); // today: silver
  });
});


// The docs' promise, as a property: a member with grace days is never on a lower level than the
// same member without them, at any half day; under `immediate` both end on the same level.
const DAY = 86_400_000;
const START = Date.parse('2026-01-01T00:00:00Z');
const order = levels.map((l) => l.id);

/** The level (index) after each tier change, by instant. */
function timeline(ledger: readonly { type: string; at: number; tier: { to: string | null } | null }[]): { at: number; to: number }[] {
  return ledger.filter((e) => e.type === 'tierChange').map((e) => ({ at: e.at, to: order.indexOf(e.tier?.to ?? '') }));
}

function levelAt(changes: readonly { at: number; to: number }[], t: number): number {
  let level = -1;
  for (const c of changes) if (c.at <= t) level = c.to;
  return level;
}

const stepArb = fc.record({
  day: fc.integer({ min: 0, max: 150 }),
  kind: fc.constantFrom('purchase', 'purchase', 'return'),
  amounts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }),
  pick: fc.nat(),
  whole: fc.boolean(),
});

describe('grace days only delay a drop: property', () => {
  it('never leaves a member below where no grace would have them, and under immediate ends in the same place', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'immediate' | 'periodEnd'>('immediate', 'periodEnd'),
        fc.boolean(),
        fc.constantFrom(10, 45, 100),
        fc.constantFrom<Tiers['window']>({ type: 'calendarYear' }, { type: 'rollingMonths', months: 1 }, { type: 'rollingMonths', months: 3 }),
        fc.array(stepArb, { maxLength: 25 }),
        (downgrade, softLanding, graceDays, window, steps) => {
          // Purchases of 10 000–120 000 per line; returns of a whole purchase or of one line not yet returned.
          const events: unknown[] = [enrol()];
          const bought: { id: string; left: number[] }[] = [];
          [...steps].sort((a, b) => a.day - b.day).forEach((s, i) => {
            const at = START + s.day * DAY + i * 1000;
            const open = bought.filter((b) => b.left.length > 0);
            if (s.kind === 'purchase' || open.length === 0) {
              bought.push({ id: `p${String(i)}`, left: s.amounts.map((_, k) => k) });
              events.push(purchase(`p${String(i)}`, at, s.amounts.map((a) => line(a * 10_000))));
              return;
            }
            const b = open[s.pick % open.length] as { id: string; left: number[] };
            if (s.whole) {
              b.left = [];
              events.push(ret(`r${String(i)}`, at, b.id));
            } else {
              const index = b.left.splice(s.pick % b.left.length, 1)[0] as number;
              events.push(ret(`r${String(i)}`, at, b.id, { lines: [{ index }] }));
            }
          });
          const end = START + 1000 * DAY;
          const run = (grace: number) => timeline(replay(tiered({ window, downgrade, softLanding, graceDays: grace }), events, { asOf: end }).ledger);
          const withGrace = run(graceDays);
          const without = run(0);
          for (let t = START; t <= end; t += DAY / 2) expect(levelAt(withGrace, t)).toBeGreaterThanOrEqual(levelAt(without, t));
          if (downgrade === 'immediate') expect(levelAt(withGrace, end)).toBe(levelAt(without, end));
        },
      ),
      { numRuns: 200 },
    );
  });
});
