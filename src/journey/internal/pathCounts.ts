// The counting core of pathEdges, shared with its accumulator: node and edge counts are sums over
// journeys; `minCount` only filters the finished counts.
import type { JourneySteps, PathGraph } from '../schemas.js';
import { compareText } from './journeys.js';

export interface PathCut {
  readonly maxSteps: number;
  readonly startAt: string | undefined;
  readonly endAt: string | undefined;
}

export interface PathTally {
  entered: number;
  /** key "k:touchpoint" → count. */
  readonly nodes: Map<string, { step: number; touchpoint: string; count: number }>;
  /** key step:length(from):from to (see edgeKey) → count. */
  readonly edges: Map<string, { step: number; from: string; to: string; count: number }>;
}

export const nodeId = (step: number, touchpoint: string): string => `${String(step)}:${touchpoint}`;
// Length-prefixed, not a separator: a touchpoint may hold any character (even \u0000), and two
// edges must never share a key (the step ends at the first ':', `from`'s length says where `to` starts).
export const edgeKey = (step: number, from: string, to: string): string => `${String(step)}:${String(from.length)}:${from}${to}`;

/** Counts validated journeys into `tally` (a new one when not given). */
export function tallyPaths(list: readonly JourneySteps[], cut: PathCut, tally: PathTally = { entered: 0, nodes: new Map(), edges: new Map() }): PathTally {
  const { maxSteps, startAt, endAt } = cut;
  for (const { steps } of list) {
    let from = 0;
    if (startAt !== undefined) {
      from = steps.findIndex((s) => s.touchpoint === startAt);
      if (from < 0) continue;
    }
    if (steps.length === 0) continue;
    tally.entered++;
    let previous: string | undefined;
    for (let k = 0; k < maxSteps && from + k < steps.length; k++) {
      const touchpoint = (steps[from + k] as { touchpoint: string }).touchpoint;
      const id = nodeId(k, touchpoint);
      const node = tally.nodes.get(id);
      if (node === undefined) tally.nodes.set(id, { step: k, touchpoint, count: 1 });
      else node.count++;
      if (previous !== undefined) {
        const key = edgeKey(k - 1, previous, touchpoint);
        const edge = tally.edges.get(key);
        if (edge === undefined) tally.edges.set(key, { step: k - 1, from: previous, to: touchpoint, count: 1 });
        else edge.count++;
      }
      previous = touchpoint;
      if (endAt !== undefined && touchpoint === endAt && k > 0) break;
    }
  }
  return tally;
}

export function pathGraph(tally: PathTally, minCount: number): PathGraph {
  const keptNodes = [...tally.nodes.values()].filter((n) => n.count >= minCount).map((n) => ({ id: nodeId(n.step, n.touchpoint), step: n.step, touchpoint: n.touchpoint, count: n.count }));
  const kept = new Set(keptNodes.map((n) => n.id));
  return {
    journeys: tally.entered,
    nodes: keptNodes.sort((a, b) => a.step - b.step || b.count - a.count || compareText(a.touchpoint, b.touchpoint)),
    edges: [...tally.edges.values()]
      .map((e) => ({ step: e.step, source: nodeId(e.step, e.from), target: nodeId(e.step + 1, e.to), from: e.from, to: e.to, count: e.count }))
      .filter((e) => e.count >= minCount && kept.has(e.source) && kept.has(e.target))
      .sort((a, b) => a.step - b.step || b.count - a.count || compareText(a.from, b.from) || compareText(a.to, b.to)),
  };
}
