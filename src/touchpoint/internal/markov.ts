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
import { addExact, roundedSum } from './exactSum.js';
import { sortedChannels } from './result.js';

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

/**
 * Transition counts of an order-k chain, with exact partial sums (see exactSum.ts) as weights:
 * `tuples[s]` is the channel sequence of state s (ids into `names`; state 0 is start, the empty
 * sequence), edge e goes from `edgeFrom[e]` to `edgeTo[e]` with weight `edgeWeight[e]`, `conv[s]`
 * and `nul[s]` are the weights absorbed from s, `total` the weight leaving start. Weights are
 * journey counts (conversions + nulls of each path).
 */
export interface TransitionPartials {
  readonly names: readonly string[];
  readonly tuples: readonly Int32Array[];
  readonly edgeFrom: readonly number[];
  readonly edgeTo: readonly number[];
  readonly edgeWeight: readonly (readonly number[])[];
  readonly conv: readonly (readonly number[])[];
  readonly nul: readonly (readonly number[])[];
  readonly total: readonly number[];
}

/** Counts the transitions of encoded paths (validated) in an order-k chain. */
export function countTransitions(encoded: EncodedPaths, order: number): TransitionPartials {
  const { dictionary, offsets, steps, conversions, nulls } = encoded;
  const m = dictionary.length;
  const n = offsets.length - 1;
  // Pass 1: the state of every step. Order 1: channel id + 1. Order k: a k-tuple is coded in base
  // m + 1 with digits 1…m (unique for every tuple length), or as text past 2^53.
  const stateOfStep = new Int32Array(steps.length);
  const tuples: Int32Array[] = [new Int32Array(0)];
  if (order === 1) {
    for (let c = 0; c < m; c++) tuples.push(Int32Array.of(c));
    for (let j = 0; j < steps.length; j++) stateOfStep[j] = (steps[j] as number) + 1;
  } else {
    const base = m + 1;
    const numeric = base ** order <= Number.MAX_SAFE_INTEGER;
    const window = base ** (order - 1);
    const ids = new Map<number | string, number>();
    for (let i = 0; i < n; i++) {
      const from = offsets[i] as number;
      const to = offsets[i + 1] as number;
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
          state = tuples.length;
          ids.set(key, state);
          tuples.push(steps.slice(first, j + 1));
        }
        stateOfStep[j] = state;
      }
    }
  }
  const count = tuples.length;
  // Pass 2: transition weights. Whole counts whose sums stay below 2^53 add exactly in floating
  // point, in any order: count them in a plain (dense when small) table. Otherwise keep exact partial
  // sums per edge, so that the weights do not depend on the order of the paths either way. A path
  // can take the same transition several times (x > y > x > y), so an edge's weight is bounded by
  // Σ w·(steps of the path), not by Σ w: that is the sum that must stay below 2^53.
  let whole = true;
  let sum = 0;
  let traffic = 0;
  for (let i = 0; i < n && whole; i++) {
    const c = conversions[i] as number;
    const u = nulls[i] as number;
    whole = Number.isInteger(c) && Number.isInteger(u);
    sum += c + u;
    traffic += (c + u) * ((offsets[i + 1] as number) - (offsets[i] as number));
  }
  whole = whole && sum <= Number.MAX_SAFE_INTEGER && traffic <= Number.MAX_SAFE_INTEGER;
  const edgeFrom: number[] = [];
  const edgeTo: number[] = [];
  const edgeWeight: number[][] = [];
  if (whole) {
    const conv = new Float64Array(count);
    const nul = new Float64Array(count);
    const dense = count * count <= 1 << 22 ? new Float64Array(count * count) : null;
    const sparse = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const c = conversions[i] as number;
      const u = nulls[i] as number;
      const w = c + u;
      if (w === 0) continue;
      let previous = 0;
      for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
        const state = stateOfStep[j] as number;
        const key = previous * count + state;
        if (dense !== null) dense[key] = (dense[key] as number) + w;
        else sparse.set(key, (sparse.get(key) ?? 0) + w);
        previous = state;
      }
      conv[previous] = (conv[previous] as number) + c;
      nul[previous] = (nul[previous] as number) + u;
    }
    const push = (key: number, w: number): void => {
      edgeFrom.push(Math.floor(key / count));
      edgeTo.push(key % count);
      edgeWeight.push([w]);
    };
    if (dense !== null) {
      for (let key = 0; key < dense.length; key++) if ((dense[key] as number) > 0) push(key, dense[key] as number);
    } else {
      for (const [key, w] of sparse) push(key, w);
    }
    const one = (x: number): number[] => (x === 0 ? [] : [x]);
    return { names: dictionary, tuples, edgeFrom, edgeTo, edgeWeight, conv: Array.from(conv, one), nul: Array.from(nul, one), total: one(sum) };
  }
  const conv: number[][] = Array.from({ length: count }, () => []);
  const nul: number[][] = Array.from({ length: count }, () => []);
  const total: number[] = [];
  const edges = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const c = conversions[i] as number;
    const u = nulls[i] as number;
    const w = c + u;
    if (w === 0) continue;
    addExact(total, w);
    let previous = 0;
    for (let j = offsets[i] as number; j < (offsets[i + 1] as number); j++) {
      const state = stateOfStep[j] as number;
      const key = previous * count + state;
      let partials = edges.get(key);
      if (partials === undefined) edges.set(key, (partials = []));
      addExact(partials, w);
      previous = state;
    }
    addExact(conv[previous] as number[], c);
    addExact(nul[previous] as number[], u);
  }
  for (const [key, partials] of edges) {
    edgeFrom.push(Math.floor(key / count));
    edgeTo.push(key % count);
    edgeWeight.push(partials);
  }
  return { names: dictionary, tuples, edgeFrom, edgeTo, edgeWeight, conv, nul, total };
}

/** Builds the order-k chain from encoded paths; per-path weight = conversions + nulls. */
export function buildChain(encoded: EncodedPaths, order: number): Chain {
  return chainFromCounts(countTransitions(encoded, order));
}

/**
 * Builds the chain from transition counts, in a canonical form: states numbered by their channel
 * sequences (shorter first, then by channel name), edges inserted in (from, to) order, every weight
 * the rounded exact sum. The solve is then a function of the counts alone — not of the order of the
 * paths, nor of how they were split into accumulators — so results agree bit for bit.
 */
export function chainFromCounts(counts: TransitionPartials): Chain {
  const { names, tuples } = counts;
  const m = names.length;
  const rank = new Int32Array(m);
  sortedChannels(names).forEach((c, r) => (rank[c] = r));
  const count = tuples.length;
  const byTuple = (a: number, b: number): number => {
    const x = tuples[a] as Int32Array;
    const y = tuples[b] as Int32Array;
    if (x.length !== y.length) return x.length - y.length;
    for (let k = 0; k < x.length; k++) {
      const d = (rank[x[k] as number] as number) - (rank[y[k] as number] as number);
      if (d !== 0) return d;
    }
    return 0;
  };
  const sorted = Array.from({ length: count - 1 }, (_, k) => k + 1).sort(byTuple);
  const id = new Int32Array(count);
  sorted.forEach((old, k) => (id[old] = k + 1));
  const channelsOf: Int32Array[] = [new Int32Array(0)];
  for (const old of sorted) channelsOf.push(Int32Array.from(new Set(tuples[old] as Int32Array)));
  const conv = new Float64Array(count);
  const nul = new Float64Array(count);
  for (let old = 0; old < count; old++) {
    conv[id[old] as number] = roundedSum(counts.conv[old] as number[]);
    nul[id[old] as number] = roundedSum(counts.nul[old] as number[]);
  }
  const edges = counts.edgeFrom.map((from, e) => [id[from] as number, id[counts.edgeTo[e] as number] as number, e] as const);
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: (Map<number, number> | undefined)[] = Array.from({ length: count }, () => new Map<number, number>());
  const into: (Set<number> | undefined)[] = Array.from({ length: count }, () => new Set<number>());
  for (const [from, to, e] of edges) {
    const w = roundedSum(counts.edgeWeight[e] as number[]);
    if (w > 0) addEdge(out, into, from, to, w);
  }
  const total = roundedSum(counts.total);
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

/**
 * The transient part of a chain being reduced. Two layouts: a dense matrix over the alive states
 * (fast, used up to DENSE_LIMIT states), and the sparse graph above for larger chains.
 */
interface Work {
  /** Alive non-start states (global ids). */
  readonly alive: readonly number[];
  /** Start's weight to conversion so far. */
  readonly startConversion: number;
  copy(): Work;
  /** Eliminates `victims` and keeps the other alive states. */
  reduce(victims: readonly number[], keep: readonly number[]): Work;
}

/** Above this many states the dense matrix (8·n² bytes) gives way to the sparse graph. */
export const DENSE_LIMIT = 3000;

function sparseWork(graph: Graph): Work {
  return {
    alive: graph.alive,
    startConversion: graph.conv[0] as number,
    copy: () => sparseWork(clone(graph)),
    reduce(victims, keep) {
      eliminateAll(graph, victims.slice());
      graph.alive = keep.slice();
      return sparseWork(graph);
    },
  };
}

/** Dense layout: local index 0 is start, `ids[k]` the global id of local state k. */
function denseWork(ids: Int32Array, a: Float64Array, conv: Float64Array, nul: Float64Array): Work {
  const n = ids.length;
  const alive = Array.from(ids.subarray(1));
  return {
    alive,
    startConversion: conv[0] as number,
    copy: () => denseWork(ids, a.slice(), conv.slice(), nul.slice()),
    reduce(victims, keep) {
      const local = new Map<number, number>();
      for (let k = 0; k < n; k++) local.set(ids[k] as number, k);
      // Cheapest first: fewest predecessors × successors.
      const degree = (v: number): number => {
        let preds = 0;
        let succs = 0;
        for (let k = 0; k < n; k++) {
          if ((a[k * n + v] as number) > 0) preds++;
          if ((a[v * n + k] as number) > 0) succs++;
        }
        return preds * succs;
      };
      const order = victims.map((g) => local.get(g) as number).map((v) => [degree(v), v] as const);
      order.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const successors = new Int32Array(n);
      for (const [, v] of order) {
        const row = v * n;
        let d = (conv[v] as number) + (nul[v] as number);
        let count = 0;
        for (let w = 0; w < n; w++) {
          const b = a[row + w] as number;
          if (b > 0 && w !== v) {
            successors[count++] = w;
            d += b;
          }
        }
        const cv = conv[v] as number;
        const nv = nul[v] as number;
        for (let u = 0; u < n; u++) {
          const x = a[u * n + v] as number;
          if (x === 0 || u === v) continue;
          a[u * n + v] = 0;
          /* v8 ignore next 4 -- a state always has an exit: every journey ends in conversion or null */
          if (d === 0) {
            nul[u] = (nul[u] as number) + x;
            continue;
          }
          const f = x / d;
          const target = u * n;
          for (let k = 0; k < count; k++) {
            const w = successors[k] as number;
            a[target + w] = (a[target + w] as number) + f * (a[row + w] as number);
          }
          conv[u] = (conv[u] as number) + f * cv;
          nul[u] = (nul[u] as number) + f * nv;
        }
        a.fill(0, row, row + n);
      }
      // Compact to start + the kept states.
      const kept = Int32Array.of(0, ...keep.map((g) => local.get(g) as number));
      const size = kept.length;
      const next = new Float64Array(size * size);
      for (let i = 0; i < size; i++) {
        const from = (kept[i] as number) * n;
        for (let j = 0; j < size; j++) next[i * size + j] = a[from + (kept[j] as number)] as number;
      }
      return denseWork(
        Int32Array.from(kept, (k) => ids[k] as number),
        next,
        Float64Array.from(kept, (k) => conv[k] as number),
        Float64Array.from(kept, (k) => nul[k] as number),
      );
    },
  };
}

function workOf(chain: Chain): Work {
  const { graph } = chain;
  const n = graph.alive.length + 1;
  if (n > DENSE_LIMIT) return sparseWork(clone(graph));
  const ids = Int32Array.of(0, ...graph.alive);
  const local = new Map<number, number>();
  ids.forEach((g, k) => local.set(g, k));
  const a = new Float64Array(n * n);
  for (let k = 0; k < n; k++) {
    for (const [w, b] of graph.out[ids[k] as number] as Map<number, number>) a[k * n + (local.get(w) as number)] = b;
  }
  return denseWork(
    ids,
    a,
    Float64Array.from(ids, (g) => graph.conv[g] as number),
    Float64Array.from(ids, (g) => graph.nul[g] as number),
  );
}

/** P(conversion) from start once every transient state is eliminated or deleted. */
function startProbability(work: Work, total: number): number {
  return total === 0 ? 0 : Math.min(1, work.startConversion / total);
}

/**
 * P(conversion) of the whole chain, and P(conversion) with each channel of `channels` removed
 * (NaN for the other channel ids). P itself comes from the first leaf of the divide and conquer,
 * whose few remaining states all contain one channel: cheaper than eliminating the whole chain.
 */
export function solveChain(chain: Chain, channels: readonly number[], m: number): { probability: number; without: Float64Array } {
  const without = new Float64Array(m).fill(NaN);
  const mark = new Int32Array(m).fill(-1);
  let label = 0;
  let probability = NaN;
  const solve = (work: Work, group: readonly number[]): void => {
    if (group.length === 1) {
      without[group[0] as number] = startProbability(work, chain.total);
      // Nothing uses this work after its leaf, so it may be reduced in place.
      if (Number.isNaN(probability)) probability = startProbability(work.reduce(work.alive, []), chain.total);
      return;
    }
    const half = group.length >> 1;
    const parts = [group.slice(0, half), group.slice(half)];
    for (let p = 0; p < 2; p++) {
      const part = parts[p] as number[];
      const base = p === 0 ? work.copy() : work;
      label++;
      for (const c of part) mark[c] = label;
      const keep: number[] = [];
      const victims: number[] = [];
      for (const s of base.alive) {
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
      solve(base.reduce(victims, keep), part);
    }
  };
  const work = workOf(chain);
  if (channels.length > 0) solve(work, channels);
  // No channel leads to a conversion: every state was folded into null.
  else probability = startProbability(work.reduce(work.alive, []), chain.total);
  return { probability, without };
}
