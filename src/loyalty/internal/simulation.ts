// Figures of a simulation, shared by simulateProgram and mergeSimulations: per member, per
// programme version (sums over members), and the liability recomputed from the summed
// outstanding points (so that shards merge exactly: a sum of rounded liabilities would not).
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { D } from '../../core/internal/decimal.js';
import type { MemberState, Simulation } from '../schemas.js';

type Figures = Omit<Simulation['difference'], 'liabilityMinor'>;
export type VersionSummary = Simulation['baseline'];

const KEYS = ['issued', 'redeemed', 'expired', 'clawedBack', 'refusedRedemptions', 'availablePoints', 'pendingPoints'] as const;

export function figures(m: MemberState | undefined): Figures {
  return {
    issued: m?.totals.earned ?? 0,
    redeemed: m?.totals.redeemed ?? 0,
    expired: m?.totals.expired ?? 0,
    clawedBack: m?.totals.clawedBack ?? 0,
    refusedRedemptions: m?.totals.refusedRedemptions ?? 0,
    availablePoints: m?.availablePoints ?? 0,
    pendingPoints: m?.pendingPoints ?? 0,
  };
}

/** `a + sign × b` figure by figure, refused past 2^53 − 1 (no longer exact). */
export function combine(a: Figures, b: Figures, sign: 1 | -1, path: readonly PathKey[] = []): Figures {
  const out = {} as Record<(typeof KEYS)[number], number>;
  for (const key of KEYS) {
    const value = a[key] + sign * b[key];
    if (!Number.isSafeInteger(value)) throw invalid(`${key} ${String(a[key])} ${sign === 1 ? '+' : '−'} ${String(b[key])} is past 2^53 − 1 and would not be exact`, [...path, key]);
    out[key] = value;
  }
  return out;
}

/** A version's summary from its summed figures, tier counts and outstanding points. */
export function versionSummary(
  program: { readonly id: string; readonly version: string | number; readonly currency: string; readonly pointValueMinor: string },
  total: Figures,
  tierCounts: Record<string, number>,
  belowFirstLevel: number,
  outstandingPoints: number,
): VersionSummary {
  const amountMinor = new D(outstandingPoints).times(program.pointValueMinor).toDecimalPlaces(0, D.ROUND_HALF_EVEN).toNumber();
  return {
    programId: program.id,
    version: program.version,
    ...total,
    tierCounts,
    belowFirstLevel,
    outstandingPoints,
    pointValueMinor: program.pointValueMinor,
    liability: { amountMinor, currency: program.currency },
  };
}

/** The difference candidate − baseline of two summaries. */
export function difference(candidate: VersionSummary, baseline: VersionSummary): Simulation['difference'] {
  return { ...combine(candidate, baseline, -1), liabilityMinor: candidate.liability.amountMinor - baseline.liability.amountMinor };
}
