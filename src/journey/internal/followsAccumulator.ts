import { parseWith } from '../../core/errors/parseWith.js';
// Directly-follows accumulators: validation, and conversion between the JSON edges (durations
// run-length encoded in ascending order) and the tally of the counting core.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { directlyFollowsAccumulatorSchema, type DirectlyFollowsAccumulator, type JourneySteps } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { END, followsKey, START, type FollowsEdge } from './followsCounts.js';
import { compareText } from './journeys.js';

type StoredEdge = DirectlyFollowsAccumulator['edges'][number];

export function readFollowsAccumulator(acc: unknown, path: readonly PathKey[]): DirectlyFollowsAccumulator {
  const parsed = parseWith(directlyFollowsAccumulatorSchema, acc, path);
  const where = (...keys: PathKey[]): PathKey[] => [...path, ...keys];
  parsed.edges.forEach((e, i) => {
    const previous = parsed.edges[i - 1];
    if (previous !== undefined && !(compareText(previous.from, e.from) < 0 || (previous.from === e.from && compareText(previous.to, e.to) < 0))) {
      throw invalid(`${where('edges').join('.')} must be sorted by from, then to, and distinct`, where('edges', i));
    }
    const named = e.from === START || e.to === END;
    if (named && !parsed.startEnd && e.durations === null) throw invalid(`${where('edges', i).join('.')} is a '(start)' or '(end)' edge, but startEnd is false`, where('edges', i));
    // Without startEnd, '(start)' and '(end)' are ordinary touchpoints (edges with durations).
    const artificial = parsed.startEnd && named;
    if (artificial !== (e.durations === null)) {
      throw invalid(`${where('edges', i, 'durations').join('.')} must be null exactly on the '(start)' and '(end)' edges of startEnd`, where('edges', i, 'durations'));
    }
    if (e.durations !== null) {
      let n = 0;
      e.durations.forEach(([value, count], k) => {
        const before = (e.durations as StoredEdge['durations'] & object)[k - 1];
        if (!Number.isFinite(value) || Object.is(value, -0) || (before !== undefined && !(before[0] < value))) {
          throw invalid(`${where('edges', i, 'durations').join('.')} must list finite durations in ascending order, each once`, where('edges', i, 'durations', k));
        }
        n += count;
      });
      if (n !== e.count) throw invalid(`${where('edges', i, 'count').join('.')} must equal the number of durations (${String(n)})`, where('edges', i, 'count'));
    }
  });
  return parsed;
}

/** The edges of an accumulator as the counting core's tally (durations expanded, ascending). */
export function tallyOfFollows(acc: DirectlyFollowsAccumulator): Map<string, FollowsEdge> {
  const edges = new Map<string, FollowsEdge>();
  for (const e of acc.edges) {
    const durations = e.durations === null ? null : e.durations.flatMap(([value, n]) => new Array<number>(n).fill(value));
    edges.set(followsKey(e.from, e.to), { from: e.from, to: e.to, count: e.count, durations });
  }
  return edges;
}

/** Adds `b` into `a` (updated), refusing counts past 2^53 − 1. */
export function addFollowsTally(a: Map<string, FollowsEdge>, b: ReadonlyMap<string, FollowsEdge>, path: readonly PathKey[]): Map<string, FollowsEdge> {
  for (const [key, e] of b) {
    const target = a.get(key);
    if (target === undefined) a.set(key, { from: e.from, to: e.to, count: e.count, durations: e.durations === null ? null : [...e.durations] });
    else {
      target.count = sumCounts(target.count, e.count, [...path, 'edges']);
      if (e.durations !== null) target.durations?.push(...e.durations);
    }
  }
  return a;
}

/** The JSON edges of a tally: sorted by from, to; durations run-length encoded, ascending. */
export function followsEdgesOf(tally: ReadonlyMap<string, FollowsEdge>): StoredEdge[] {
  return [...tally.values()]
    .sort((x, y) => compareText(x.from, y.from) || compareText(x.to, y.to))
    .map((e) => {
      if (e.durations === null) return { from: e.from, to: e.to, count: e.count, durations: null };
      const sorted = [...e.durations].sort((x, y) => x - y);
      const runs: [number, number][] = [];
      for (const value of sorted) {
        const last = runs[runs.length - 1];
        if (last !== undefined && last[0] === value) last[1]++;
        else runs.push([value, 1]);
      }
      return { from: e.from, to: e.to, count: e.count, durations: runs };
    });
}

/**
 * The add step's extra checks: JSON cannot hold a non-finite duration, and with `startEnd` a
 * touchpoint named like an artificial node would merge with it (in one pass, in an order-dependent
 * way), so both are refused.
 */
export function checkFollowsJourneys(list: readonly JourneySteps[], startEnd: boolean): void {
  list.forEach(({ steps }, j) => {
    steps.forEach((step, s) => {
      if (startEnd && (step.touchpoint === START || step.touchpoint === END)) {
        throw invalid(`journeys[${String(j)}].steps[${String(s)}].touchpoint ${JSON.stringify(step.touchpoint)} is the name of an artificial node of startEnd`, ['journeys', j, 'steps', s, 'touchpoint']);
      }
      if (s > 0 && !Number.isFinite(step.at - (steps[s - 1] as { at: number }).at)) {
        throw invalid(`journeys[${String(j)}].steps[${String(s)}].at is too far from the previous step for a finite duration`, ['journeys', j, 'steps', s, 'at']);
      }
    });
  });
}
