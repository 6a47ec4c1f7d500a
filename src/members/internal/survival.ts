// Kaplan–Meier shared by survivalCurve and its accumulator: both tally subjects into counts per
// distinct time and run the same loop, so any split of the subjects gives bit-for-bit equal curves.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { assertObject, describe, invalid } from '../../core/internal/assert.js';

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

/** Events and censorings per distinct time (−0 is stored as 0: Map keys are SameValueZero). */
export type SurvivalTally = Map<number, [number, number]>;

/** Validates every subject first, then adds them to `byTime`; returns the number of subjects. */
export function tallySubjects(subjects: unknown, byTime: SurvivalTally, name = 'subjects'): number {
  if (!Array.isArray(subjects)) throw invalid(`${name} must be an array of { duration, churned }, got ${describe(subjects)}`, [name]);
  const list = subjects as readonly unknown[];
  const durations = new Float64Array(list.length);
  const churned = new Uint8Array(list.length);
  // A for loop, not forEach: a hole in a sparse array is read (and refused) as undefined, where
  // forEach skipped it while the subject count still included it.
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    const at: PathKey[] = [name, i];
    assertObject(s, at, `${name}.${String(i)}`);
    const d: unknown = s['duration'];
    const c: unknown = s['churned'];
    if (typeof d !== 'number' || !Number.isFinite(d) || d < 0) throw invalid(`${name}.${String(i)}.duration must be a non-negative number`, [...at, 'duration']);
    if (typeof c !== 'boolean') throw invalid(`${name}.${String(i)}.churned must be a boolean`, [...at, 'churned']);
    durations[i] = d;
    churned[i] = c ? 1 : 0;
  }
  for (let i = 0; i < list.length; i++) {
    const d = durations[i] as number;
    const entry = byTime.get(d) ?? [0, 0];
    entry[churned[i] === 1 ? 0 : 1]++;
    byTime.set(d, entry);
  }
  return list.length;
}

/** The Kaplan–Meier curve of a tally over `total` subjects. */
export function kaplanMeier(byTime: SurvivalTally, total: number): SurvivalCurve {
  const times = [...byTime.keys()].sort((a, b) => a - b);
  let atRisk = total;
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
