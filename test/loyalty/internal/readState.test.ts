import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advanceTo, applyEvent, memberStateSchema, programLiability, replay, type MemberState, type Program } from '../../../src/loyalty/index.js';
import { fastStateOk } from '../../../src/loyalty/internal/readState.js';
import { logArb, program, purchase, line } from '../fixtures.js';

const programs: Program[] = [
  program({ pending: { days: 14 }, expiry: { type: 'rolling', months: 3 } }, { caps: [{ id: 'day', points: 300, per: 'day' }] }),
  program({
    timeZone: 'Europe/Berlin',
    tiers: {
      metric: 'qualifyingSpend',
      window: { type: 'rollingMonths', months: 2 },
      levels: [{ id: 'base', threshold: 0 }, { id: 'silver', threshold: 20_000 }, { id: 'gold', threshold: 60_000, multiplier: '1.5' }],
      downgrade: 'periodEnd',
      softLanding: true,
      graceDays: 10,
    },
  }),
];

const states = fc.tuple(fc.constantFrom(...programs), logArb).map(([p, log]) => replay(p, log as never, { ledger: false }).members);

// Values that break one field or another (and a few that happen to be valid somewhere).
const bad = fc.constantFrom<unknown>(-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0, 0, '', 'x', null, undefined, true, [], {}, [1], new Date(0), 'purchase');

type Damage = { path: number[]; value: unknown; mode: 'set' | 'delete' | 'extra' };

/** A copy of `root` with the value at a path (each step an index into the keys or items there) damaged. */
function damaged(root: unknown, damage: Damage): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (let depth = 0; depth < damage.path.length; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[(damage.path[depth] as number) % keys.length] as string;
    const child = node[key];
    const last = depth === damage.path.length - 1 || typeof child !== 'object' || child === null;
    if (last) {
      if (damage.mode === 'delete') Reflect.deleteProperty(node, key);
      else if (damage.mode === 'extra') node.unexpected = damage.value;
      else node[key] = damage.value;
      return copy;
    }
    node = child as Record<string, unknown>;
  }
  node.unexpected = damage.value;
  return copy;
}

describe('readState (the fast check of member states)', () => {
  it('accepts the states replay returns, and zod agrees', () => {
    fc.assert(
      fc.property(states, (members) => {
        for (const m of members) {
          expect(fastStateOk(m)).toBe(true);
          expect(memberStateSchema.safeParse(m).success).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('accepts only what zod accepts, on random damage to valid states', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        states,
        fc.nat(),
        fc.record({ path: fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value: bad, mode: fc.constantFrom<Damage['mode']>('set', 'set', 'set', 'delete', 'extra') }),
        (members, pick, damage) => {
          const target = members[pick % members.length] as MemberState;
          const state = damaged(target, damage);
          const zod = memberStateSchema.safeParse(state).success;
          const fast = fastStateOk(state);
          if (fast) expect(zod).toBe(true);
          if (!zod) rejected++;
          // What zod accepts, the fast check accepts too (else the fast path would be slow for no reason).
          expect(fast).toBe(zod);
        },
      ),
      { numRuns: 1500 },
    );
    expect(rejected).toBeGreaterThan(500);
  });

  it('keeps unknown keys of a state out of every result, as zod would strip them', () => {
    const p = programs[0] as Program;
    const { members } = replay(p, [
      { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
      purchase('p1', '2026-01-05T00:00:00Z', [line(10_000)]),
    ]);
    const clean = members[0] as MemberState;
    const withExtras = structuredClone(clean) as MemberState & Record<string, unknown>;
    withExtras.note = 'x';
    (withExtras.lots[0] as Record<string, unknown>).secret = 1;
    (withExtras.purchases[0] as Record<string, unknown>).secret = 2;
    (withExtras.totals as Record<string, unknown>).secret = 3;
    const before = JSON.stringify(withExtras);
    const event = purchase('p2', '2026-02-01T00:00:00Z', [line(5_000)]);
    expect(applyEvent(p, withExtras, event)).toEqual(applyEvent(p, clean, event));
    expect(advanceTo(p, withExtras, '2026-06-01T00:00:00Z')).toEqual(advanceTo(p, clean, '2026-06-01T00:00:00Z'));
    expect(JSON.stringify(applyEvent(p, withExtras, event).state)).not.toContain('secret');
    expect(programLiability([withExtras], { program: p, asOf: '2026-03-01T00:00:00Z' })).toEqual(programLiability([clean], { program: p, asOf: '2026-03-01T00:00:00Z' }));
    expect(JSON.stringify(withExtras)).toBe(before); // not mutated
  });
});
