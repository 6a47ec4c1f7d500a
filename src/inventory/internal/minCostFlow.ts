// Min-cost max-flow by the primal-dual method: Dijkstra on reduced costs with node potentials
// (Edmonds & Karp 1972; Tomizawa 1971) to find the shortest augmenting distance, then a blocking
// flow (Dinic 1970) on the admissible subgraph of zero-reduced-cost arcs, so that one Dijkstra
// serves every augmenting path of the same length. With non-negative integer arc costs all
// arithmetic is on integers below 2^53 and the result is exact: the cheapest flow among the
// maximum flows (successive shortest paths keep the flow cost-minimal for its value).
// minCostMaxFlowSparse solves the same problem on a pruned network first and prices the arcs it
// left out (for nodes with many parallel choices, such as a line with hundreds of locations).

export interface FlowNetwork {
  readonly nodes: number;
  arcs: number;
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly to: Int32Array;
  /** Residual capacity. */
  readonly cap: Float64Array;
  /** Original capacity of forward arcs (even indices). */
  readonly capacity: Float64Array;
  readonly cost: Float64Array;
}

export function createNetwork(nodes: number, maxArcs: number): FlowNetwork {
  return {
    nodes,
    arcs: 0,
    head: new Int32Array(nodes).fill(-1),
    next: new Int32Array(2 * maxArcs),
    to: new Int32Array(2 * maxArcs),
    cap: new Float64Array(2 * maxArcs),
    capacity: new Float64Array(2 * maxArcs),
    cost: new Float64Array(2 * maxArcs),
  };
}

/** Adds an arc u → v and its residual twin; returns the forward arc's index (even). */
export function addArc(net: FlowNetwork, u: number, v: number, capacity: number, cost: number): number {
  const e = net.arcs * 2;
  net.to[e] = v;
  net.cap[e] = capacity;
  net.capacity[e] = capacity;
  net.cost[e] = cost;
  net.next[e] = net.head[u] as number;
  net.head[u] = e;
  net.to[e + 1] = u;
  net.cap[e + 1] = 0;
  net.cost[e + 1] = -cost;
  net.next[e + 1] = net.head[v] as number;
  net.head[v] = e + 1;
  net.arcs += 1;
  return e;
}

/** Sets the cost of a forward arc (and its twin) and clears every flow. */
export function setCost(net: FlowNetwork, e: number, cost: number): void {
  net.cost[e] = cost;
  net.cost[e + 1] = -cost;
}

export function resetFlows(net: FlowNetwork): void {
  for (let e = 0; e < net.arcs * 2; e += 2) {
    net.cap[e] = net.capacity[e] as number;
    net.cap[e + 1] = 0;
  }
}

/** Flow on a forward arc. */
export function flowOf(net: FlowNetwork, e: number): number {
  return (net.capacity[e] as number) - (net.cap[e] as number);
}

export interface FlowResult {
  readonly flow: number;
  readonly cost: number;
  /**
   * Node potentials at the end: every residual arc has a non-negative reduced cost
   * cost + pot[u] − pot[v] (they certify that the flow is cheapest for its value).
   */
  readonly pot: Float64Array;
  /** Distances of the last (failed) search: Infinity for the nodes not reachable from s. */
  readonly dist: Float64Array;
}

/** Runs min-cost max-flow from s to t on a network with non-negative arc costs; returns flow and cost. */
export function minCostMaxFlow(net: FlowNetwork, s: number, t: number): FlowResult {
  const n = net.nodes;
  const { head, next, to, cap, cost } = net;
  const pot = new Float64Array(n);
  const dist = new Float64Array(n);
  const level = new Int32Array(n);
  const iter = new Int32Array(n);
  const queue = new Int32Array(n);
  const stack: number[] = [];
  // Binary heap of (key, node) with lazy deletion.
  let heapKeys = new Float64Array(1024);
  let heapNodes = new Int32Array(1024);
  let totalFlow = 0;
  let totalCost = 0;

  for (;;) {
    // Dijkstra on reduced costs, stopped when t is settled.
    dist.fill(Infinity);
    dist[s] = 0;
    let size = 0;
    const push = (key: number, node: number): void => {
      if (size === heapKeys.length) {
        const k = new Float64Array(size * 2);
        k.set(heapKeys);
        heapKeys = k;
        const m = new Int32Array(size * 2);
        m.set(heapNodes);
        heapNodes = m;
      }
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if ((heapKeys[parent] as number) <= key) break;
        heapKeys[i] = heapKeys[parent] as number;
        heapNodes[i] = heapNodes[parent] as number;
        i = parent;
      }
      heapKeys[i] = key;
      heapNodes[i] = node;
    };
    push(0, s);
    while (size > 0) {
      const d = heapKeys[0] as number;
      const u = heapNodes[0] as number;
      size--;
      if (size > 0) {
        const key = heapKeys[size] as number;
        const node = heapNodes[size] as number;
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= size) break;
          if (child + 1 < size && (heapKeys[child + 1] as number) < (heapKeys[child] as number)) child++;
          if ((heapKeys[child] as number) >= key) break;
          heapKeys[i] = heapKeys[child] as number;
          heapNodes[i] = heapNodes[child] as number;
          i = child;
        }
        heapKeys[i] = key;
        heapNodes[i] = node;
      }
      if (d > (dist[u] as number)) continue;
      if (u === t) break;
      const pu = pot[u] as number;
      for (let e = head[u] as number; e !== -1; e = next[e] as number) {
        if ((cap[e] as number) <= 0) continue;
        const v = to[e] as number;
        const nd = d + (cost[e] as number) + pu - (pot[v] as number);
        if (nd < (dist[v] as number)) {
          dist[v] = nd;
          push(nd, v);
        }
      }
    }
    const dt = dist[t] as number;
    if (dt === Infinity) break;
    for (let v = 0; v < n; v++) pot[v] = (pot[v] as number) + Math.min(dist[v] as number, dt);

    // Blocking flow on the admissible graph (residual arcs with zero reduced cost).
    for (;;) {
      level.fill(-1);
      level[s] = 0;
      let qh = 0;
      let qt = 0;
      queue[qt++] = s;
      while (qh < qt) {
        const u = queue[qh++] as number;
        const pu = pot[u] as number;
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          const v = to[e] as number;
          if ((cap[e] as number) <= 0 || level[v] !== -1) continue;
          if ((cost[e] as number) + pu - (pot[v] as number) !== 0) continue;
          level[v] = (level[u] as number) + 1;
          queue[qt++] = v;
        }
      }
      if (level[t] === -1) break;
      iter.set(head);
      stack.length = 0;
      let u = s;
      for (;;) {
        if (u === t) {
          let f = Infinity;
          for (const e of stack) f = Math.min(f, cap[e] as number);
          for (const e of stack) {
            cap[e] = (cap[e] as number) - f;
            cap[e ^ 1] = (cap[e ^ 1] as number) + f;
            totalCost += f * (cost[e] as number);
          }
          totalFlow += f;
          stack.length = 0;
          u = s;
          continue;
        }
        let e = iter[u] as number;
        const pu = pot[u] as number;
        const lu = level[u] as number;
        while (e !== -1) {
          const v = to[e] as number;
          if ((cap[e] as number) > 0 && level[v] === lu + 1 && (cost[e] as number) + pu - (pot[v] as number) === 0) break;
          e = next[e] as number;
        }
        iter[u] = e;
        if (e !== -1) {
          stack.push(e);
          u = to[e] as number;
          continue;
        }
        if (u === s) break;
        level[u] = -1;
        const back = stack.pop() as number;
        u = to[back ^ 1] as number;
        iter[u] = next[iter[u] as number] as number;
      }
    }
  }
  return { flow: totalFlow, cost: totalCost, pot, dist };
}

/**
 * The k-th smallest (from 0) of a[0 … m − 1], which it reorders: quickselect (Hoare 1961,
 * "Algorithm 65: FIND", Communications of the ACM 4:321) with a median-of-three pivot.
 */
function kthSmallest(a: Float64Array, m: number, k: number): number {
  let lo = 0;
  let hi = m - 1;
  while (hi > lo) {
    const mid = (lo + hi) >> 1;
    const x = a[lo] as number;
    const y = a[mid] as number;
    const z = a[hi] as number;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const tmp = a[i] as number;
        a[i] = a[j] as number;
        a[j] = tmp;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k] as number;
  }
  return a[k] as number;
}

/**
 * Rebuilds the adjacency lists with the forward arcs marked in `active` (per arc, forward index
 * e / 2) and their twins, in creation order: with every arc active the lists are exactly those
 * addArc built.
 */
function relink(net: FlowNetwork, active: Uint8Array): void {
  const { head, next, to } = net;
  head.fill(-1);
  for (let i = 0; i < net.arcs; i++) {
    if (active[i] !== 1) continue;
    const e = 2 * i;
    const u = to[e + 1] as number;
    const v = to[e] as number;
    next[e] = head[u] as number;
    head[u] = e;
    next[e + 1] = head[v] as number;
    head[v] = e + 1;
  }
}

/**
 * Min-cost max-flow as minCostMaxFlow, solved on a sparse network first: of the arcs marked
 * `prunable` (per forward arc index), each node with more than `pruneAbove` of them (default
 * `keep`) keeps only its `keep` cheapest (ties: lower index); the others are priced afterwards and
 * the network re-solved with those added until none qualifies (column generation, as in the
 * pricing step of the simplex method). An arc left out qualifies when it has a negative reduced
 * cost at the final potentials (the flow might not be cheapest) or leads from a node reachable
 * from s in the final residual network to one that is not (a path to t might pass through it).
 * When no arc qualifies, the flow is a maximum flow of the whole network (the nodes reachable from
 * s are closed under every residual arc and exclude t) and a cheapest one (the potentials give
 * every residual arc of the whole network a non-negative reduced cost, so it has no negative
 * cycle: the reduced-cost optimality conditions of Ahuja, Magnanti & Orlin 1993, Network Flows,
 * chapter 9). Same flow value and cost as minCostMaxFlow on the whole network; among several
 * cheapest flows it may return another. With no node above `pruneAbove` prunable arcs it is
 * exactly minCostMaxFlow. The adjacency lists are left holding every arc.
 */
export function minCostMaxFlowSparse(net: FlowNetwork, s: number, t: number, prunable: Uint8Array, keep: number, pruneAbove = keep): FlowResult {
  const arcs = net.arcs;
  const { head, next, to, cost } = net;
  // Per node, its prunable forward arcs; nodes with more than `keep` keep the cheapest.
  const active = new Uint8Array(arcs).fill(1);
  let pruned = false;
  const list: number[] = [];
  let costs = new Float64Array(64);
  for (let u = 0; u < net.nodes; u++) {
    list.length = 0;
    for (let e = head[u] as number; e !== -1; e = next[e] as number) if ((e & 1) === 0 && prunable[e >> 1] === 1) list.push(e >> 1);
    const m = list.length;
    if (m <= pruneAbove || m <= keep) continue;
    pruned = true;
    // The keep-th smallest cost (a numeric sort of a copy, no comparator); the arcs below it stay,
    // then those at it in index order until `keep` — the keep first by (cost, index).
    if (costs.length < m) costs = new Float64Array(2 * m);
    for (let j = 0; j < m; j++) costs[j] = cost[2 * (list[j] as number)] as number;
    const threshold = kthSmallest(costs, m, keep - 1);
    let below = 0;
    for (let j = 0; j < m; j++) {
      const c = cost[2 * (list[j] as number)] as number;
      if (c < threshold) below++;
      else active[list[j] as number] = 0;
    }
    // list holds the arcs in reverse index order (adjacency lists are built by prepending).
    for (let j = m - 1; j >= 0 && below < keep; j--) {
      const i = list[j] as number;
      if ((cost[2 * i] as number) === threshold) {
        active[i] = 1;
        below++;
      }
    }
  }
  if (!pruned) return minCostMaxFlow(net, s, t);
  for (;;) {
    relink(net, active);
    resetFlows(net);
    const result = minCostMaxFlow(net, s, t);
    const { pot, dist } = result;
    let added = 0;
    for (let i = 0; i < arcs; i++) {
      if (active[i] === 1) continue;
      const e = 2 * i;
      const u = to[e + 1] as number;
      const v = to[e] as number;
      if ((cost[e] as number) + (pot[u] as number) - (pot[v] as number) < 0 || ((dist[u] as number) < Infinity && (dist[v] as number) === Infinity)) {
        active[i] = 1;
        added++;
      }
    }
    if (added === 0) {
      // The flow is optimal for the whole network: restore its adjacency lists (flows on the
      // arcs left out are 0, their residual capacities untouched by resetFlows' full reset).
      active.fill(1);
      relink(net, active);
      return result;
    }
  }
}
