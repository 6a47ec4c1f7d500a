// Min-cost max-flow by the primal-dual method: Dijkstra on reduced costs with node potentials
// (Edmonds & Karp 1972; Tomizawa 1971) to find the shortest augmenting distance, then a blocking
// flow (Dinic 1970) on the admissible subgraph of zero-reduced-cost arcs, so that one Dijkstra
// serves every augmenting path of the same length. With non-negative integer arc costs all
// arithmetic is on integers below 2^53 and the result is exact: the cheapest flow among the
// maximum flows (successive shortest paths keep the flow cost-minimal for its value).

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

/** Runs min-cost max-flow from s to t on a network with non-negative arc costs; returns flow and cost. */
export function minCostMaxFlow(net: FlowNetwork, s: number, t: number): { flow: number; cost: number } {
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
  return { flow: totalFlow, cost: totalCost };
}
