import { parseWith } from '../../core/errors/parseWith.js';
// Path-graph accumulators: validation, and conversion between the JSON counts and the tally.

import type { PathKey } from '../../core/errors/OmnicxError.js';
import { invalid } from '../../core/internal/assert.js';
import { pathEdgesAccumulatorSchema, type PathEdgesAccumulator } from '../schemas.js';
import { sumCounts } from './accumulate.js';
import { compareText } from './journeys.js';
import { edgeKey, nodeId, type PathCut, type PathTally } from './pathCounts.js';

export function readPathAccumulator(acc: unknown, path: readonly PathKey[]): PathEdgesAccumulator {
  const parsed = parseWith(pathEdgesAccumulatorSchema, acc, path);
  const where = (...keys: PathKey[]): PathKey[] => [...path, ...keys];
  const nodes = new Set<string>();
  let entered = 0;
  parsed.nodes.forEach((n, i) => {
    const previous = parsed.nodes[i - 1];
    if (previous !== undefined && !(previous.step < n.step || (previous.step === n.step && compareText(previous.touchpoint, n.touchpoint) < 0))) {
      throw invalid(`${where('nodes').join('.')} must be sorted by step, then touchpoint, and distinct`, where('nodes', i));
    }
    if (n.step >= parsed.maxSteps) throw invalid(`${where('nodes', i, 'step').join('.')} must be below maxSteps (${String(parsed.maxSteps)})`, where('nodes', i, 'step'));
    if (n.step === 0) entered += n.count;
    nodes.add(nodeId(n.step, n.touchpoint));
  });
  if (entered !== parsed.journeys) throw invalid(`${where('journeys').join('.')} must equal the counts of the step-0 nodes (${String(entered)})`, where('journeys'));
  const out = new Map<string, number>();
  const into = new Map<string, number>();
  parsed.edges.forEach((e, i) => {
    const previous = parsed.edges[i - 1];
    if (
      previous !== undefined &&
      !(previous.step < e.step || (previous.step === e.step && (compareText(previous.from, e.from) < 0 || (previous.from === e.from && compareText(previous.to, e.to) < 0))))
    ) {
      throw invalid(`${where('edges').join('.')} must be sorted by step, from, then to, and distinct`, where('edges', i));
    }
    if (!nodes.has(nodeId(e.step, e.from)) || !nodes.has(nodeId(e.step + 1, e.to))) {
      throw invalid(`${where('edges', i).join('.')} joins nodes that are not in nodes`, where('edges', i));
    }
    const source = nodeId(e.step, e.from);
    out.set(source, (out.get(source) ?? 0) + e.count);
    const target = nodeId(e.step + 1, e.to);
    into.set(target, (into.get(target) ?? 0) + e.count);
  });
  // A journey passes each node after step 0 through exactly one edge into it, and leaves a node
  // through at most one edge.
  parsed.nodes.forEach((n, i) => {
    const id = nodeId(n.step, n.touchpoint);
    if ((out.get(id) ?? 0) > n.count || (n.step > 0 && (into.get(id) ?? 0) !== n.count)) {
      throw invalid(`${where('nodes', i, 'count').join('.')} must equal the counts of the edges into it and be at least those of the edges out of it`, where('nodes', i, 'count'));
    }
  });
  return parsed;
}

export function cutOf(acc: PathEdgesAccumulator): PathCut {
  return { maxSteps: acc.maxSteps, startAt: acc.startAt ?? undefined, endAt: acc.endAt ?? undefined };
}

export function tallyOfPaths(acc: PathEdgesAccumulator): PathTally {
  return {
    entered: acc.journeys,
    nodes: new Map(acc.nodes.map((n) => [nodeId(n.step, n.touchpoint), { ...n }])),
    edges: new Map(acc.edges.map((e) => [edgeKey(e.step, e.from, e.to), { ...e }])),
  };
}

/** Adds `b` into `a` (updated), refusing counts past 2^53 − 1. */
export function addPathTally(a: PathTally, b: PathTally, path: readonly PathKey[]): PathTally {
  a.entered = sumCounts(a.entered, b.entered, [...path, 'journeys']);
  for (const [key, n] of b.nodes) {
    const target = a.nodes.get(key);
    if (target === undefined) a.nodes.set(key, { ...n });
    else target.count = sumCounts(target.count, n.count, [...path, 'nodes']);
  }
  for (const [key, e] of b.edges) {
    const target = a.edges.get(key);
    if (target === undefined) a.edges.set(key, { ...e });
    else target.count = sumCounts(target.count, e.count, [...path, 'edges']);
  }
  return a;
}

export function pathSumsOf(tally: PathTally): Pick<PathEdgesAccumulator, 'journeys' | 'nodes' | 'edges'> {
  return {
    journeys: tally.entered,
    nodes: [...tally.nodes.values()].map((n) => ({ step: n.step, touchpoint: n.touchpoint, count: n.count })).sort((a, b) => a.step - b.step || compareText(a.touchpoint, b.touchpoint)),
    edges: [...tally.edges.values()]
      .map((e) => ({ step: e.step, from: e.from, to: e.to, count: e.count }))
      .sort((a, b) => a.step - b.step || compareText(a.from, b.from) || compareText(a.to, b.to)),
  };
}
