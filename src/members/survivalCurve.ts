import { assertObject, describe, invalid } from '../core/internal/assert.js';
import type { SurvivalSubject } from './schemas.js';

/** A Kaplan–Meier curve: one entry per distinct event time, ascending. */
export interface SurvivalCurve {
  readonly time: readonly number[];
  /** Subjects at risk just before each time. */
  readonly atRisk: readonly number[];
  /** Events (churns) at each time. */
  readonly events: readonly number[];
  /** Subjects censored at each time (counted at risk at that time). */
  readonly censored: readonly number[];
  /** Ŝ(t) = Π (1 − dᵢ/nᵢ) over event times ≤ t. */
  readonly survival: readonly number[];
  /** Greenwood standard error Ŝ(t)·√Σ dᵢ/(nᵢ(nᵢ − dᵢ)); 0 once Ŝ reaches 0. */
  readonly standardError: readonly number[];
}

/**
 * The Kaplan–Meier survival curve (Kaplan & Meier 1958) with Greenwood's standard errors (Greenwood
 * 1926), from subjects observed for `duration` who churned (`churned: true`) or were censored.
 * Conventions of R's `survival::survfit`: subjects censored at an event time are at risk at that
 * time; entries are given at every distinct time with an event or a censoring.
 *
 * @param subjects - `{ duration, churned }` with a non-negative finite duration
 * @returns the curve (empty arrays for no subjects)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a bad subject (path `['subjects', i, key]`)
 *
 * @example
 * ```ts
 * import { survivalCurve } from 'omnicx/members';
 * const km = survivalCurve([
 *   { duration: 1, churned: true },
 *   { duration: 2, churned: false },
 *   { duration: 3, churned: true },
 *   { duration: 4, churned: false },
 * ]);
 * console.log(km.survival); // [0.75, 0.75, 0.375, 0.375]
 * ```
 */
export function survivalCurve(subjects: readonly SurvivalSubject[]): SurvivalCurve {
  const listed: unknown = subjects;
  if (!Array.isArray(listed)) throw invalid(`subjects must be an array of { duration, churned }, got ${describe(listed)}`, ['subjects']);
  const byTime = new Map<number, [number, number]>();
  subjects.forEach((s, i) => {
    assertObject(s, ['subjects', i], `subjects.${String(i)}`);
    const d: unknown = s.duration;
    const c: unknown = s.churned;
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) throw invalid(`subjects.${String(i)}.duration must be a non-negative number`, ['subjects', i, 'duration']);
    if (typeof c !== 'boolean') throw invalid(`subjects.${String(i)}.churned must be a boolean`, ['subjects', i, 'churned']);
    const entry = byTime.get(d) ?? [0, 0];
    entry[c ? 0 : 1]++;
    byTime.set(d, entry);
  });
  const times = [...byTime.keys()].sort((a, b) => a - b);
  let atRisk = subjects.length;
  let s = 1;
  let greenwood = 0;
  const out = { time: [] as number[], atRisk: [] as number[], events: [] as number[], censored: [] as number[], survival: [] as number[], standardError: [] as number[] };
  for (const t of times) {
    const [d, c] = byTime.get(t) as [number, number];
    s *= 1 - d / atRisk;
    if (d > 0 && d < atRisk) greenwood += d / (atRisk * (atRisk - d));
    out.time.push(t);
    out.atRisk.push(atRisk);
    out.events.push(d);
    out.censored.push(c);
    out.survival.push(s);
    out.standardError.push(s === 0 ? 0 : s * Math.sqrt(greenwood));
    atRisk -= d + c;
  }
  return out;
}
