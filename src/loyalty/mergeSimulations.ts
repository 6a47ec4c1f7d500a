import { ErrorCode, OmnicxError } from '../core/errors/OmnicxError.js';
import { parseWith } from '../core/errors/parseWith.js';
import { invalid } from '../core/internal/assert.js';
import { combine, difference, versionSummary, type VersionSummary } from './internal/simulation.js';
import { simulationSchema, type Simulation } from './schemas.js';

function sameVersion(x: VersionSummary, y: VersionSummary, which: 'baseline' | 'candidate'): void {
  if (x.programId !== y.programId || x.version !== y.version) {
    throw invalid(`b.${which} is programme ${JSON.stringify(y.programId)} version ${JSON.stringify(y.version)}, a.${which} ${JSON.stringify(x.programId)} version ${JSON.stringify(x.version)}`, ['b', which, 'programId']);
  }
  if (x.pointValueMinor !== y.pointValueMinor || x.liability.currency !== y.liability.currency) {
    throw invalid(`b.${which} values points at ${y.pointValueMinor} ${y.liability.currency}, a.${which} at ${x.pointValueMinor} ${x.liability.currency}`, ['b', which, 'pointValueMinor']);
  }
}

function merged(x: VersionSummary, y: VersionSummary, which: 'baseline' | 'candidate'): VersionSummary {
  // A Map, not `tierCounts[tier] ?? 0` on an object: a level may be called 'constructor' or 'toString'.
  const counts = new Map(Object.entries(x.tierCounts));
  for (const [tier, count] of Object.entries(y.tierCounts)) counts.set(tier, (counts.get(tier) ?? 0) + count);
  const tierCounts: Record<string, number> = Object.fromEntries(counts);
  const outstanding = x.outstandingPoints + y.outstandingPoints;
  if (!Number.isSafeInteger(outstanding)) {
    throw new OmnicxError(ErrorCode.NOT_SAFE_INTEGER, 'outstandingPoints past 2^53 − 1 would not be exact', { path: ['b', which, 'outstandingPoints'] });
  }
  const program = { id: x.programId, version: x.version, currency: x.liability.currency, pointValueMinor: x.pointValueMinor };
  return versionSummary(program, combine(x, y, 1, ['b', which]), tierCounts, x.belowFirstLevel + y.belowFirstLevel, outstanding);
}

/**
 * Combines the simulations of two disjoint sets of members into the simulation of all of them —
 * for {@link simulateProgram} run per shard of members (each shard's events, every shard with the
 * same `asOf`). Totals, tier counts and outstanding points add up; the liabilities are recomputed
 * from the summed outstanding points (a sum of rounded amounts could be off by a minor unit per
 * shard), so any split gives exactly the simulation of all the events at once — provided event
 * ids are unique across the whole history: {@link replay} ignores an event whose id it has seen,
 * whoever the member, so an id used by two members in different shards is applied in both shards
 * but only once in the whole history, and shards cannot see that. Check `replay(...).duplicates`
 * (or the ids) across shards first when ids are not globally unique. Members are merged in order
 * of id. Pure, associative and commutative. Versions are compared by programme id, version label
 * and point value: give every candidate definition its own version label.
 *
 * @param a - a simulation
 * @param b - another, of the same baseline and candidate versions and `asOf`, with other members
 * @returns a new simulation
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed simulation (path `['a', …]` or
 *   `['b', …]`), another `asOf` (`['b', 'asOf']`), programme version (`['b', 'baseline' |
 *   'candidate', 'programId']`) or point value (`[…, 'pointValueMinor']`), or a member in both
 *   (`['b', 'members', j, 'memberId']`: shard by member); `NOT_SAFE_INTEGER` for sums past 2^53 − 1
 *
 * @example
 * ```ts
 * import { mergeSimulations, simulateProgram, type ProgramInput } from 'omnicx/loyalty';
 * const live: ProgramInput = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } }, redemption: { pointValueMinor: '0.5' } };
 * const richer: ProgramInput = { ...live, version: 2, earn: { base: { points: '2', perAmountMinor: 100 } } };
 * const shard = (memberId: string, amountMinor: number) => [
 *   { type: 'enrol', id: `e-${memberId}`, at: '2026-01-01T00:00:00Z', memberId },
 *   { type: 'purchase', id: `p-${memberId}`, at: '2026-01-02T00:00:00Z', memberId, currency: 'USD', channel: 'web',
 *     lines: [{ sku: 'S', category: 'shoes', quantity: 1, amountMinor }] },
 * ];
 * const options = { baseline: live, asOf: '2026-02-01T00:00:00Z' };
 * const both = mergeSimulations(simulateProgram(richer, shard('a', 100), options), simulateProgram(richer, shard('b', 100), options));
 * // a shard alone: 1 point × 0.5 = 0.5 → 0 (half-even); both shards: 2 points × 0.5 = 1
 * console.log(both.baseline.issued, both.candidate.issued); // 2 4
 * console.log(both.baseline.liability.amountMinor, both.candidate.liability.amountMinor); // 1 2
 * console.log(both.members.map((m) => m.memberId)); // ['a', 'b']
 * ```
 */
export function mergeSimulations(a: Simulation, b: Simulation): Simulation {
  const x = parseWith(simulationSchema, a, ['a']);
  const y = parseWith(simulationSchema, b, ['b']);
  if (x.asOf !== y.asOf) throw invalid(`b.asOf ${String(y.asOf)} differs from a.asOf ${String(x.asOf)}: simulate every shard with the same options.asOf`, ['b', 'asOf']);
  sameVersion(x.baseline, y.baseline, 'baseline');
  sameVersion(x.candidate, y.candidate, 'candidate');
  const ids = new Set(x.members.map((m) => m.memberId));
  y.members.forEach((m, j) => {
    if (ids.has(m.memberId)) throw invalid(`Member ${JSON.stringify(m.memberId)} is in both simulations: shard the events by member`, ['b', 'members', j, 'memberId']);
  });
  const baseline = merged(x.baseline, y.baseline, 'baseline');
  const candidate = merged(x.candidate, y.candidate, 'candidate');
  const members = [...x.members, ...y.members].sort((p, q) => (p.memberId < q.memberId ? -1 : p.memberId > q.memberId ? 1 : 0));
  return { asOf: x.asOf, baseline, candidate, difference: difference(candidate, baseline), members };
}
