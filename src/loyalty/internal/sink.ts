// Where the ledger fold writes its entries. The fold calls a sink (or nothing, for states only);
// the object sink builds the `LedgerEntry` objects of `replay` and `applyEvent`, the column sink
// (columns.ts) writes the same entries into typed arrays without building them.
import type { EarnExplanation, LedgerEntry } from '../schemas.js';
import type { CompiledProgram } from './compile.js';

/** The entry types without a tier change or an explanation. */
export type PlainEntryType = Exclude<LedgerEntry['type'], 'tierChange' | 'earn' | 'bonus'>;

export interface LedgerSink {
  /**
   * Whether purchases are explained as objects (`earnPurchase`'s `explain`). When false, the sink
   * reads the explanation's figures from `cp.scratch` in `earn`, right after the purchase.
   */
  readonly explains: boolean;
  /** The entries that follow are those of the next member of the result. */
  member(memberId: string): void;
  /** An entry without tier change or explanation. */
  add(memberId: string, at: number, type: PlainEntryType, eventId: string | null, points: number, lotId: string | null, forgivenPoints: number, reason: string | null): void;
  /** A tier change between level indices (-1: below the first level). */
  tierChange(memberId: string, at: number, from: number, to: number): void;
  /**
   * The `earn` entry of the purchase just earned: with its explanation when `explains`;
   * otherwise (null) the figures are still in `cp.scratch`, earned at tier level `tierIndex`.
   */
  earn(memberId: string, at: number, eventId: string, points: number, lotId: string | null, tierIndex: number, explanation: EarnExplanation | null): void;
  /** The `bonus` entry of a bonus event. */
  bonus(memberId: string, at: number, eventId: string, points: number, lotId: string | null, explanation: EarnExplanation): void;
}

/**
 * The ledger as `LedgerEntry` objects, appended to `entries` (every entry has the same shape, in
 * the same key order, whatever its type).
 */
export class ObjectSink implements LedgerSink {
  readonly explains = true;
  readonly entries: LedgerEntry[];
  private readonly levels: CompiledProgram['levels'];

  constructor(cp: CompiledProgram, entries: LedgerEntry[] = []) {
    this.levels = cp.levels;
    this.entries = entries;
  }

  member(): void {
    // The entries carry their member id.
  }

  add(memberId: string, at: number, type: PlainEntryType, eventId: string | null, points: number, lotId: string | null, forgivenPoints: number, reason: string | null): void {
    this.entries.push({ memberId, at, type, eventId, lotId, points, forgivenPoints, reason, tier: null, explanation: null });
  }

  tierChange(memberId: string, at: number, from: number, to: number): void {
    const tier = { from: this.levels[from]?.id ?? null, to: this.levels[to]?.id ?? null };
    this.entries.push({ memberId, at, type: 'tierChange', eventId: null, lotId: null, points: 0, forgivenPoints: 0, reason: null, tier, explanation: null });
  }

  earn(memberId: string, at: number, eventId: string, points: number, lotId: string | null, _tierIndex: number, explanation: EarnExplanation | null): void {
    this.entries.push({ memberId, at, type: 'earn', eventId, lotId, points, forgivenPoints: 0, reason: null, tier: null, explanation });
  }

  bonus(memberId: string, at: number, eventId: string, points: number, lotId: string | null, explanation: EarnExplanation): void {
    this.entries.push({ memberId, at, type: 'bonus', eventId, lotId, points, forgivenPoints: 0, reason: null, tier: null, explanation });
  }
}
