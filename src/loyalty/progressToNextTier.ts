import { invalid } from '../core/internal/assert.js';
import type { InstantInput } from '../core/time/toInstant.js';
import { toInstant } from '../core/time/toInstant.js';
import { compileProgram } from './internal/compile.js';
import { advance, fromState } from './internal/engine.js';
import { type MemberState, type ProgramArgument, type TierProgress } from './schemas.js';
import { readMemberState } from './internal/readState.js';
import { readProgram } from './internal/programArgument.js';

/**
 * How far a member is from the next tier as of an instant: the qualifying progress in the
 * current window (in the metric's unit: minor units of spend, points or visits), the next
 * level's threshold and what is still missing, when the window closes, and whether the current
 * level's retain threshold is already met. The state is advanced to `asOf` on a copy first.
 *
 * @param program - the programme; it must have `tiers`
 * @param state - the member's state (never mutated)
 * @param asOf - the instant (ISO 8601 with offset, epoch ms or Date)
 * @returns a {@link TierProgress}; at the top level `nextTier` and `threshold` are `null` and
 *   `remaining` is 0
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with path `['program', 'tiers']` when the programme
 *   has no tiers, `['program', …]` / `['state', …]` for malformed input or a state of another programme
 *   (`['state', 'programId']`), `['asOf']` for a bad instant or one earlier than `state.asOf`
 *
 * @example
 * ```ts
 * import { applyEvent, defineProgram, progressToNextTier } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 *   tiers: { metric: 'qualifyingSpend', window: { type: 'calendarYear' },
 *            levels: [{ id: 'member', threshold: 0 }, { id: 'gold', threshold: 100_000 }] },
 * });
 * let state = applyEvent(program, null, { type: 'enrol', id: 'e', at: '2026-01-05T00:00:00Z', memberId: 'm' }).state;
 * state = applyEvent(program, state, { type: 'purchase', id: 'p', at: '2026-03-01T00:00:00Z', memberId: 'm', currency: 'USD',
 *   channel: 'store', lines: [{ sku: 'A', category: 'food', quantity: 1, amountMinor: 30_000 }] }).state;
 * const progress = progressToNextTier(program, state, '2026-06-01T00:00:00Z');
 * console.log(progress.tier, progress.nextTier, progress.remaining); // member gold 70000
 * ```
 */
export function progressToNextTier(program: ProgramArgument, state: MemberState, asOf: InstantInput): TierProgress {
  const { program: parsed, table } = readProgram(program, ['program']);
  if (parsed.tiers === undefined) throw invalid('The programme has no tiers', ['program', 'tiers']);
  const current = readMemberState(state, ['state'], parsed.id);
  const t = toInstant(asOf, ['asOf']);
  // As explainPoints: the state already holds what happened after an earlier instant.
  if (t < current.asOf) throw invalid('asOf is earlier than state.asOf: replay the member\'s events up to asOf', ['asOf']);
  const cp = compileProgram(parsed, ['program'], table);
  const w = fromState(cp, current);
  advance(cp, w, t, null);
  const level = cp.levels[w.tierIndex];
  const next = cp.levels[w.tierIndex + 1];
  return {
    tier: level?.id ?? null,
    nextTier: next?.id ?? null,
    metric: parsed.tiers.metric,
    progress: w.progress,
    threshold: next?.threshold ?? null,
    remaining: next === undefined ? 0 : Math.max(0, next.threshold - w.progress),
    windowEndsAt: w.periodEnd,
    retainThreshold: level?.retain ?? null,
    retained: level === undefined || w.progress >= level.retain,
    downgrade: w.downgrade === null ? null : { to: cp.levels[w.downgrade.to]?.id ?? null, at: w.downgrade.at },
  };
}
