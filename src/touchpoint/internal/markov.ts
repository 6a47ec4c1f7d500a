// The exact removal-effect Markov model.
//
// States: start (id 0), one transient state per observed k-tuple of channels (shorter tuples at
// the beginning of a path), and the absorbing states conversion and null. Transition weights are
// journey counts; probabilities are weights divided by the state's total out-weight, so they are
// never formed explicitly.
//
// P(conversion from start) is computed by state elimination (Gaussian elimination on I − Q written
// on the graph): eliminating v reroutes every u → v weight a to v's successors in proportion,
//   u → w += a · (v → w) / d_v,   d_v = Σ_{w ≠ v} (v → w) + (v → conv) + (v → null),
// which drops v's self-loop (a loop only delays absorption). Every quantity is a sum of
// non-negative terms, as in the GTH algorithm (Grassmann, Taksar & Heyman 1985), so nothing is
// lost to cancellation. When only start is left, P = (start → conv) / (its total weight).
//
// Removing channel c turns every state containing c into null. For all channels at once, a
// divide-and-conquer over the channels shares work: at a node for the channel set C, every state
// that contains no channel of C is eliminated (it survives every removal below), then the node
// splits. At a leaf {c} every remaining state contains c, so all of start's remaining out-weight
// goes to null: P₋c = (start → conv) / (start's total weight). Each state is eliminated
// O(k · log m) times instead of m times.
import type { EncodedPaths } from '../../core/index.js';

interface Graph {
  /** Out-edges of each alive transient state (global ids); undefined once gone. */
  readonly out: (Map<number, number> | undefined)[];
  /** In-edges of each alive state. */
  readonly into: (Set<number> | undefined)[];
  readonly conv: Float64Array;
  readonly nul: Float64Array;
  /** Alive non-start states. */
  alive: number[];
}

export interface Chain {
  readonly graph: Graph;
  /** Distinct channel ids of each state (start: none). */
  readonly channelsOf: readonly Int32Array[];
  /** Total weight (journeys) leaving start. */
  readonly total: number;
  /** Number of transient states observed, start included. */
  readonly states: number;
  /** 1 for the channels found in a state from which a conversion is reachable. */
  readonly present: Uint8Array;
}

function addEdge(out: (Map<number, number> | undefined)[], into: (Set<number> | undefined)[], from: number, to: number, w: number): void {
  const row = out[from] as Map<number, number>;
  row.set(to, (row.get(to) ?? 0) + w);
  (into[to] as Set<number>).add(from);
}

/** Builds the order-k chain from encoded paths; per-path weight = conversions + nulls. */
export function buildChain(encoded: EncodedPaths, order: number): Chain {
  const { dictionary, offsets, steps, conversions, nulls } = encoded;
  const m = dictionary.length;
  const n = offsets.length - 1;
  const base = m + 1;
  const numeric = base ** order <= Number.MAX_SAFE_INTEGER;
  const window = base ** (order - 1);
  const ids = new Map<number | string, number>();
  const channelsOf: Int32Array[] = [new Int32Array(0)];
  const out: (Map<number, number> | undefined)[] = [new Map()];
  const into: (Set<number> | undefined)[] = [new Set()];
  let convList: number[] = [0];
  let nulList: number[] = [0];
  // Order 1 on few channels: count into a dense matrix first (the hot loop of a million journeys).
  const dense = order === 1 && base * base <= 1 << 22 ? new Float64Array(base * base) : null;
  if (dense !== null) {
    for (let c = 0; c < m; c++) {
      channelsOf.push(Int32Array.of(c));
      out.push(new Map());
      into.push(new Set());
      convList.push(0);
      nulList.push(0);
    }
  }
  const denseConv = dense === null ? null : new Float64Array(base);
  const denseNul = dense === null ? null : new Float64Array(base);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const c = conversions[i] as number;
    const u = nulls[i] as number;
    const w = c + u;
    if (w === 0) continue;
    total += w;
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (dense !== null && denseConv !== null && denseNul !== null) {
      let previous = 0;
      for (let j = from; j < to; j++) {
        const state = (steps[j] as number) + 1;
        dense[previous * base + state] = (dense[previous * base + state] as number) + w;
        previous = state;
      }
      denseConv[previous] = (denseConv[previous] as number) + c;
      denseNul[previous] = (denseNul[previous] as number) + u;
      continue;
    }
    let previous = 0;
    let code = 0;
    for (let j = from; j < to; j++) {
      const first = Math.max(from, j - order + 1);
      let key: number | string;
      if (numeric) {
        code = j - from < order ? code * base + (steps[j] as number) + 1 : (code % window) * base + (steps[j] as number) + 1;
        key = code;
      } else {
        key = Array.from(steps.subarray(first, j + 1)).join(',');
      }
      let state = ids.get(key);
      if (state === undefined) {
        state = channelsOf.length;
        ids.set(key, state);
        channelsOf.push(Int32Array.from(new Set(steps.subarray(first, j + 1))));
        out.push(new Map());
        into.push(new Set());
        convList.push(0);
        nulList.push(0);
      }
      addEdge(out, into, previous, state, w);
      previous = state;
    }
    convList[previous] = (convList[previous] as number) + c;
    nulList[previous] = (nulList[previous] as number) + u;
  }
  if (dense !== null && denseConv !== null && denseNul !== null) {
    for (let a = 0; a < base; a++) {
      for (let b = 1; b < base; b++) {
        const w = dense[a * base + b] as number;
        if (w > 0) addEdge(out, into, a, b, w);
      }
    }
    convList = Array.from(denseConv);
    nulList = Array.from(denseNul);
  }
  const count = channelsOf.length;
  const conv = Float64Array.from(convList);
  const nul = Float64Array.from(nulList);
  // States from which no conversion is reachable are null in disguise: fold them into null, so
  // that a channel found only there has a removal effect of exactly 0 (and the solve is smaller).
  const live = new Uint8Array(count);
  let observed = 1;
  for (let s = 1; s < count; s++) if ((into[s] as Set<number>).size > 0) observed++;
  const queue: number[] = [];
  for (let s = 1; s < count; s++) {
    if ((conv[s] as number) > 0) {
      live[s] = 1;
      queue.push(s);
    }
  }
  while (queue.length > 0) {
    const s = queue.pop() as number;
    for (const u of into[s] as Set<number>) {
      if (live[u] === 0 && u !== 0) {
        live[u] = 1;
        queue.push(u);
      }
    }
  }
  const alive: number[] = [];
  for (let s = 1; s < count; s++) {
    if (live[s] === 1) {
      alive.push(s);
      continue;
    }
    for (const u of into[s] as Set<number>) {
      if (live[u] === 1 || u === 0) {
        const row = out[u] as Map<number, number>;
        nul[u] = (nul[u] as number) + (row.get(s) as number);
        row.delete(s);
      }
    }
  }
  for (let s = 1; s < count; s++) {
    if (live[s] === 1) {
      const inbound = into[s] as Set<number>;
      for (const u of inbound) if (u !== 0 && live[u] === 0) inbound.delete(u);
    } else {
      out[s] = undefined;
      into[s] = undefined;
    }
  }
  const present = new Uint8Array(m);
  for (const s of alive) for (const c of channelsOf[s] as Int32Array) present[c] = 1;
  return {
    graph: { out, into, conv, nul, alive },
    channelsOf,
    total,
    states: observed,
    present,
  };
}

function clone(graph: Graph): Graph {
  const out: (Map<number, number> | undefined)[] = new Array<Map<number, number> | undefined>(graph.out.length);
  const into: (Set<number> | undefined)[] = new Array<Set<number> | undefined>(graph.into.length);
  out[0] = new Map(graph.out[0]);
  into[0] = new Set();
  for (const s of graph.alive) {
    out[s] = new Map(graph.out[s]);
    into[s] = new Set(graph.into[s]);
  }
  return { out, into, conv: graph.conv.slice(), nul: graph.nul.slice(), alive: graph.alive.slice() };
}

function eliminate(graph: Graph, v: number): void {
  const { out, into, conv, nul } = graph;
  const ov = out[v] as Map<number, number>;
  let d = (conv[v] as number) + (nul[v] as number);
  for (const [w, b] of ov) if (w !== v) d += b;
  const cv = conv[v] as number;
  const nv = nul[v] as number;
  for (const u of into[v] as Set<number>) {
    if (u === v) continue;
    const ou = out[u] as Map<number, number>;
    const a = ou.get(v) as number;
    ou.delete(v);
    /* v8 ignore next 4 -- a state always has an exit: every journey ends in conversion or null */
    if (d === 0) {
      nul[u] = (nul[u] as number) + a;
      continue;
    }
    const f = a / d;
    conv[u] = (conv[u] as number) + f * cv;
    nul[u] = (nul[u] as number) + f * nv;
    for (const [w, b] of ov) {
      if (w === v) continue;
      ou.set(w, (ou.get(w) ?? 0) + f * b);
      (into[w] as Set<number>).add(u);
    }
  }
  for (const w of ov.keys()) if (w !== v) (into[w] as Set<number>).delete(v);
  out[v] = undefined;
  into[v] = undefined;
}

/** Eliminates the given states, cheapest first (fewest in × out edges). */
function eliminateAll(graph: Graph, victims: number[]): void {
  const cost = (s: number): number => (graph.into[s] as Set<number>).size * (graph.out[s] as Map<number, number>).size;
  const order = victims.map((s) => [cost(s), s] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [, s] of order) eliminate(graph, s);
}

/** P(conversion from start) once every transient state has been eliminated or deleted. */
function startProbability(graph: Graph, total: number): number {
  return total === 0 ? 0 : Math.min(1, (graph.conv[0] as number) / total);
}

/** P(conversion) of the whole chain. */
export function conversionProbability(chain: Chain): number {
  const graph = clone(chain.graph);
  eliminateAll(graph, graph.alive);
  graph.alive = [];
  return startProbability(graph, chain.total);
}

/** P(conversion) with each channel removed, for the channel ids in `channels`; NaN for the others. */
export function removalProbabilities(chain: Chain, channels: readonly number[], m: number): Float64Array {
  const result = new Float64Array(m).fill(NaN);
  const mark = new Int32Array(m).fill(-1);
  let label = 0;
  const solve = (graph: Graph, group: readonly number[]): void => {
    if (group.length === 1) {
      result[group[0] as number] = startProbability(graph, chain.total);
      return;
    }
    const half = group.length >> 1;
    const parts = [group.slice(0, half), group.slice(half)];
    for (let p = 0; p < 2; p++) {
      const part = parts[p] as number[];
      const work = p === 0 ? clone(graph) : graph;
      label++;
      for (const c of part) mark[c] = label;
      const keep: number[] = [];
      const victims: number[] = [];
      for (const s of work.alive) {
        const own = chain.channelsOf[s] as Int32Array;
        let hit = false;
        for (let k = 0; k < own.length; k++) {
          if (mark[own[k] as number] === label) {
            hit = true;
            break;
          }
        }
        (hit ? keep : victims).push(s);
      }
      eliminateAll(work, victims);
      work.alive = keep;
      solve(work, part);
    }
  };
  if (channels.length > 0) solve(clone(chain.graph), channels);
  return result;
}
