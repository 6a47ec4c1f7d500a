// The funnel engine over sorted columns. For each customer it finds the attempt that reaches the
// furthest step (ties: the attempt that starts latest) and the times of its steps.
//
// Ordered and strict funnels without exclusions run a one-pass dynamic programme per customer
// (the windowFunnel idea of ClickHouse): level k holds the latest-starting attempt that has
// completed step k, as its start position and the times of its steps. An event of step k extends
// the attempt of level k − 1 when it lies within the window of that attempt's start and, in
// strict mode, immediately follows its last event; it replaces level k only when that attempt
// starts later than the one held there. The latest start is never worse: any later event that
// extends an earlier-starting attempt also extends a later-starting one. Steps of one event are
// tried from the highest down, so one event never completes two consecutive steps.
//
// Unordered funnels and funnels with exclusions enumerate the attempts (one per event of the
// first step — any step when unordered) and match each greedily, which is quadratic in the
// events of a customer inside one window but exact for every rule.
import type { SortedColumns } from './columns.js';
import type { FunnelMode } from '../schemas.js';

export type { FunnelMode };

export interface Exclusion {
  readonly codes: readonly number[];
  /** The attempt is disqualified while it has completed step `from` but not step `to`. */
  readonly from: number;
  readonly to: number;
}

export interface FunnelPlan {
  readonly steps: number;
  readonly mode: FunnelMode;
  readonly windowMs: number;
  /** Per touchpoint code, the steps it completes: stepList[stepStart[c]] … descending. */
  readonly stepStart: Int32Array;
  readonly stepList: Int32Array;
  /** isStep[c * steps + k] = 1 when code c completes step k. */
  readonly isStep: Uint8Array;
  /** Per touchpoint code, the exclusion ranges it triggers (flattened from, to pairs). */
  readonly exclusionStart: Int32Array;
  readonly exclusionList: Int32Array;
}

export function makePlan(
  dictionarySize: number,
  stepCodes: readonly (readonly number[])[],
  exclusions: readonly Exclusion[],
  mode: FunnelMode,
  windowMs: number,
): FunnelPlan {
  const m = stepCodes.length;
  const isStep = new Uint8Array(dictionarySize * m);
  stepCodes.forEach((codes, k) => {
    for (const c of codes) isStep[c * m + k] = 1;
  });
  const stepStart = new Int32Array(dictionarySize + 1);
  const list: number[] = [];
  for (let c = 0; c < dictionarySize; c++) {
    for (let k = m - 1; k >= 0; k--) if (isStep[c * m + k] === 1) list.push(k);
    stepStart[c + 1] = list.length;
  }
  const exclusionStart = new Int32Array(dictionarySize + 1);
  const pairs: number[] = [];
  for (let c = 0; c < dictionarySize; c++) {
    for (const e of exclusions) if (e.codes.includes(c)) pairs.push(e.from, e.to);
    exclusionStart[c + 1] = pairs.length;
  }
  return {
    steps: m,
    mode,
    windowMs,
    stepStart,
    stepList: Int32Array.from(list),
    isStep,
    exclusionStart,
    exclusionList: Int32Array.from(pairs),
  };
}

/** Per customer group: the furthest step reached (−1: none), the start position and step times. */
export interface FunnelOutcome {
  readonly level: Int32Array;
  readonly startPosition: Int32Array;
  /** Times of steps 0 … level of group g: times[timeStart[g]] … */
  readonly timeStart: Int32Array;
  readonly times: Float64Array;
}

/** `enumerate` forces the enumeration path (tests compare it with the dynamic programme). */
export function runFunnel(columns: SortedColumns, plan: FunnelPlan, enumerate = false): FunnelOutcome {
  const { at, touchpoint, groupStarts } = columns;
  const groups = groupStarts.length - 1;
  const m = plan.steps;
  const level = new Int32Array(groups).fill(-1);
  const startPosition = new Int32Array(groups).fill(-1);
  const timeStart = new Int32Array(groups + 1);
  let times = new Float64Array(Math.max(16, Math.min(at.length, groups * m)));
  let used = 0;
  const scratch = new Float64Array(m * m);
  const levelStart = new Int32Array(m);
  const levelLast = new Int32Array(m);
  const best = new Float64Array(m);
  const done = new Uint8Array(m);
  const fast = !enumerate && plan.mode !== 'unordered' && plan.exclusionList.length === 0;
  for (let g = 0; g < groups; g++) {
    const a = groupStarts[g] as number;
    const b = groupStarts[g + 1] as number;
    const result = fast
      ? dynamicProgramme(a, b, at, touchpoint, plan, levelStart, levelLast, scratch)
      : plan.mode === 'unordered'
        ? enumerateUnordered(a, b, at, touchpoint, plan, best, done)
        : enumerateOrdered(a, b, at, touchpoint, plan, best);
    level[g] = result.level;
    startPosition[g] = result.start;
    timeStart[g] = used;
    if (result.level >= 0) {
      if (used + result.level + 1 > times.length) {
        const grown = new Float64Array(Math.max(times.length * 2, used + m));
        grown.set(times);
        times = grown;
      }
      const source = fast ? scratch.subarray(result.level * m, result.level * m + result.level + 1) : best.subarray(0, result.level + 1);
      times.set(source, used);
      used += result.level + 1;
    }
  }
  timeStart[groups] = used;
  return { level, startPosition, timeStart, times };
}

interface Best {
  readonly level: number;
  readonly start: number;
}

const NONE: Best = { level: -1, start: -1 };

function dynamicProgramme(
  a: number,
  b: number,
  at: Float64Array,
  touchpoint: Int32Array,
  plan: FunnelPlan,
  levelStart: Int32Array,
  levelLast: Int32Array,
  rows: Float64Array,
): Best {
  const m = plan.steps;
  const { stepStart, stepList, windowMs } = plan;
  const strict = plan.mode === 'strict';
  levelStart.fill(-1);
  let best = -1;
  for (let p = a; p < b; p++) {
    const code = touchpoint[p] as number;
    const q1 = stepStart[code + 1] as number;
    for (let q = stepStart[code] as number; q < q1; q++) {
      const k = stepList[q] as number;
      const t = at[p] as number;
      if (k === 0) {
        levelStart[0] = p;
        levelLast[0] = p;
        rows[0] = t;
        if (best < 0) best = 0;
        continue;
      }
      const s = levelStart[k - 1] as number;
      if (s < 0 || t - (at[s] as number) > windowMs) continue;
      if (strict && levelLast[k - 1] !== p - 1) continue;
      if ((levelStart[k] as number) >= s) continue;
      levelStart[k] = s;
      levelLast[k] = p;
      rows.copyWithin(k * m, (k - 1) * m, (k - 1) * m + k);
      rows[k * m + k] = t;
      if (k > best) best = k;
    }
  }
  return best < 0 ? NONE : { level: best, start: levelStart[best] as number };
}

/** Whether an event of `code` disqualifies an attempt that has completed step `completed`. */
function excludes(plan: FunnelPlan, code: number, completed: number): boolean {
  const end = plan.exclusionStart[code + 1] as number;
  for (let q = plan.exclusionStart[code] as number; q < end; q += 2) {
    if ((plan.exclusionList[q] as number) <= completed && completed < (plan.exclusionList[q + 1] as number)) return true;
  }
  return false;
}

function enumerateOrdered(a: number, b: number, at: Float64Array, touchpoint: Int32Array, plan: FunnelPlan, best: Float64Array): Best {
  const m = plan.steps;
  const { isStep, windowMs } = plan;
  const strict = plan.mode === 'strict';
  const current = new Float64Array(m);
  let bestLevel = -1;
  let bestStart = -1;
  for (let p0 = a; p0 < b; p0++) {
    if (isStep[(touchpoint[p0] as number) * m] !== 1) continue;
    const t0 = at[p0] as number;
    current[0] = t0;
    let reached = 0;
    let killed = false;
    // A strict attempt stops advancing at the first other event, but an exclusion later in its
    // window still disqualifies it, as in ordered mode.
    let stalled = false;
    for (let p = p0 + 1; p < b; p++) {
      const t = at[p] as number;
      if (t - t0 > windowMs) break;
      const code = touchpoint[p] as number;
      if (!stalled && reached < m - 1 && isStep[code * m + reached + 1] === 1) {
        current[++reached] = t;
        continue;
      }
      if (reached === m - 1) break;
      if (excludes(plan, code, reached)) {
        killed = true;
        break;
      }
      if (strict) {
        if (plan.exclusionList.length === 0) break;
        stalled = true;
      }
    }
    if (!killed && reached >= bestLevel) {
      bestLevel = reached;
      bestStart = p0;
      best.set(current.subarray(0, reached + 1));
    }
  }
  return bestLevel < 0 ? NONE : { level: bestLevel, start: bestStart };
}

function enumerateUnordered(
  a: number,
  b: number,
  at: Float64Array,
  touchpoint: Int32Array,
  plan: FunnelPlan,
  best: Float64Array,
  done: Uint8Array,
): Best {
  const m = plan.steps;
  const { stepStart, stepList, windowMs } = plan;
  const current = new Float64Array(m);
  let bestLevel = -1;
  let bestStart = -1;
  for (let p0 = a; p0 < b; p0++) {
    const c0 = touchpoint[p0] as number;
    if (stepStart[c0] === stepStart[c0 + 1]) continue;
    const t0 = at[p0] as number;
    done.fill(0);
    let count = 0;
    let killed = false;
    for (let p = p0; p < b && count < m; p++) {
      const t = at[p] as number;
      if (t - t0 > windowMs) break;
      const code = touchpoint[p] as number;
      let taken = false;
      // stepList holds a code's steps in descending order: walk it backwards for the lowest first.
      for (let q = (stepStart[code + 1] as number) - 1; q >= (stepStart[code] as number); q--) {
        const k = stepList[q] as number;
        if (done[k] === 0) {
          done[k] = 1;
          current[count++] = t;
          taken = true;
          break;
        }
      }
      if (!taken && excludes(plan, code, count - 1)) {
        killed = true;
        break;
      }
    }
    if (!killed && count - 1 >= bestLevel) {
      bestLevel = count - 1;
      bestStart = p0;
      best.set(current.subarray(0, count));
    }
  }
  return bestLevel < 0 ? NONE : { level: bestLevel, start: bestStart };
}
