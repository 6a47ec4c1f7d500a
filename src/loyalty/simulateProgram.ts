import { compileProgram } from './internal/compile.js';
import { parseEvents, replayCompiled } from './internal/fold.js';
import { combine, difference, figures, versionSummary } from './internal/simulation.js';
import { simulateOptionsSchema, type MemberState, type Program, type ProgramArgument, type SimulateOptions, type Simulation } from './schemas.js';
import { parseProgramOptions, readProgram, trustingSimulateOptionsSchema } from './internal/programArgument.js';

function summary(program: Program, members: readonly MemberState[]): Simulation['baseline'] {
  const total = members.map((m) => figures(m)).reduce((s, f) => combine(s, f, 1), figures(undefined));
  // Counted in a Map: a level id is any string, 'constructor' or 'toString' included, which a
  // plain object would read from (or write to) its prototype. Object.fromEntries defines own keys.
  const counts = new Map<string, number>();
  let below = 0;
  for (const m of members) {
    const key = m.tier.levelId;
    if (key === null) below++;
    else counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const tierCounts: Record<string, number> = Object.fromEntries(counts);
  const outstanding = members.reduce((s, m) => s + Math.max(0, m.availablePoints) + m.pendingPoints, 0);
  return versionSummary({ id: program.id, version: program.version, currency: program.currency, pointValueMinor: program.redemption.pointValueMinor }, total, tierCounts, below, outstanding);
}

/**
 * What-if: replays the same event history under the live programme (`options.baseline`) and a
 * candidate version, and reports per member and in total the difference in points issued,
 * redeemed (a redemption the candidate's balance cannot cover is refused), expired and clawed
 * back, the balances as of `asOf`, the members per tier and the liability (outstanding points ×
 * point value, half-even, no breakage). Differences are candidate − baseline.
 *
 * @param candidate - the programme version to evaluate
 * @param events - the event history (as for {@link replay})
 * @param options - `baseline` programme, optional `asOf` (default: the latest event's instant)
 * @returns a {@link Simulation}
 * @throws {@link core!OmnicxError} as {@link replay} does for either programme (paths under
 *   `['candidate']`, `['options', 'baseline']` and `['events', i]`)
 *
 * @example
 * ```ts
 * import { simulateProgram, type ProgramArgument } from 'omnicx/loyalty';
 * const live: ProgramArgument = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
 * const doubleShoes: ProgramArgument = { ...live, version: 2, earn: { ...live.earn, rules: [{ id: 'shoes', type: 'multiplier', multiplier: '2', when: { categories: ['shoes'] } }] } };
 * const events = [
 *   { type: 'enrol', id: 'e', at: '2026-01-01T00:00:00Z', memberId: 'm' },
 *   { type: 'purchase', id: 'p', at: '2026-01-02T00:00:00Z', memberId: 'm', currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'S', category: 'shoes', quantity: 1, amountMinor: 8_000 }, { sku: 'F', category: 'food', quantity: 1, amountMinor: 2_000 }] },
 * ];
 * const what = simulateProgram(doubleShoes, events, { baseline: live });
 * console.log(what.baseline.issued, what.candidate.issued, what.difference.issued); // 100 180 80
 * console.log(what.difference.liabilityMinor); // 80
 * ```
 */
export function simulateProgram(candidate: ProgramArgument, events: readonly unknown[], options: SimulateOptions): Simulation {
  const { program: next, table } = readProgram(candidate, ['candidate']);
  const { opts, table: baselineTable } = parseProgramOptions(simulateOptionsSchema, trustingSimulateOptionsSchema, options, 'baseline', ['options']);
  const before = replayCompiled(compileProgram(opts.baseline, ['options', 'baseline'], baselineTable), parseEvents(events, opts.baseline.currency), opts.asOf, null);
  const after = replayCompiled(compileProgram(next, ['candidate'], table), parseEvents(events, next.currency), opts.asOf, null);
  const baseline = summary(opts.baseline, before.members);
  const cand = summary(next, after.members);
  const beforeById = new Map(before.members.map((m) => [m.memberId, m]));
  return {
    asOf: after.asOf,
    baseline,
    candidate: cand,
    difference: difference(cand, baseline),
    members: after.members.map((m) => {
      const b = beforeById.get(m.memberId);
      const fb = figures(b);
      const fc = figures(m);
      return {
        memberId: m.memberId,
        baseline: { ...fb, tier: b?.tier.levelId ?? null },
        candidate: { ...fc, tier: m.tier.levelId },
        difference: combine(fc, fb, -1),
        tierChanged: (b?.tier.levelId ?? null) !== m.tier.levelId,
      };
    }),
  };
}
