// The counting core of directlyFollows, shared with its accumulator. Durations are summarised in
// ascending order, so an edge's mean does not depend on the order of the journeys (a compensated
// sum is correctly rounded only up to a hair; summing in one fixed order makes it exact to repeat,
// and lets merged accumulators agree with one pass).
import { mean } from '../../core/statistics/mean.js';
import { median } from '../../core/statistics/median.js';
import type { DirectlyFollowsEdge, JourneySteps } from '../schemas.js';
import { compareText } from './journeys.js';

/** The name of the artificial start node of directlyFollows. */
export const START = '(start)';
/** The name of the artificial end node of directlyFollows. */
export const END = '(end)';

export interface FollowsEdge {
  readonly from: string;
  readonly to: string;
  count: number;
  /** Durations in ms (any order); null on artificial start / end edges. */
  readonly durations: number[] | null;
}

// Length-prefixed, not a separator: a touchpoint may hold any character (even \u0000), and two
// edges must never share a key (`from`'s length says where `to` starts). As cheap as a join.
export const followsKey = (from: string, to: string): string => `${String(from.length)}:${from}${to}`;

/** Counts validated journeys into `edges` (a new map when not given). */
export function tallyFollows(list: readonly JourneySteps[], startEnd: boolean, edges = new Map<string, FollowsEdge>()): Map<string, FollowsEdge> {
  const add = (from: string, to: string, duration: number | null): void => {
    const key = followsKey(from, to);
    let edge = edges.get(key);
    if (edge === undefined) {
      edge = { from, to, durations: duration === null ? null : [], count: 0 };
      edges.set(key, edge);
    }
    edge.count++;
    if (duration !== null) edge.durations?.push(duration);
  };
  for (const { steps } of list) {
    if (steps.length === 0) continue;
    if (startEnd) add(START, (steps[0] as { touchpoint: string }).touchpoint, null);
    for (let s = 1; s < steps.length; s++) {
      const a = steps[s - 1] as { touchpoint: string; at: number };
      const b = steps[s] as { touchpoint: string; at: number };
      // + 0: a −0 duration (zero instants of opposite signs) is 0, as JSON holds it.
      add(a.touchpoint, b.touchpoint, b.at - a.at + 0);
    }
    if (startEnd) add((steps[steps.length - 1] as { touchpoint: string }).touchpoint, END, null);
  }
  return edges;
}

/** The sorted edge list with mean and median times, durations read in ascending order. */
export function followsEdges(edges: Iterable<FollowsEdge>): DirectlyFollowsEdge[] {
  return [...edges]
    .sort((a, b) => b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to))
    .map(({ from, to, count, durations }) => {
      if (durations === null || durations.length === 0) return { from, to, count, meanMs: null, medianMs: null };
      const sorted = [...durations].sort((x, y) => x - y);
      return { from, to, count, meanMs: mean(sorted), medianMs: median(sorted) };
    });
}
