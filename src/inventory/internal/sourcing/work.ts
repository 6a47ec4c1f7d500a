// A sourcing solution under construction: remaining stock per (sku, location), remaining
// capacity per location and the allocation of every line.
import type { Problem } from './problem.js';

export interface Work {
  /** Remaining stock per sku, aligned with problem.stockers[sku]. */
  readonly avail: Float64Array[];
  readonly capRem: Float64Array;
  /** Per line: flat [location, quantity, location, quantity, …]. */
  readonly alloc: number[][];
}

export function createWork(p: Problem): Work {
  return {
    avail: p.stockQty.map((q) => Float64Array.from(q)),
    capRem: Float64Array.from(p.locCapacity),
    alloc: Array.from({ length: p.lineQty.length }, () => []),
  };
}

/** Remaining stock of a line's sku at a location (0 when the location does not stock it). */
export function availableAt(p: Problem, w: Work, sku: number, l: number): number {
  const k = p.slot.get(sku * p.nLocs + l);
  return k === undefined ? 0 : ((w.avail[sku] as Float64Array)[k] as number);
}

/** Ships `qty` units of `line` from location `l`, updating stock and capacity. */
export function assign(p: Problem, w: Work, line: number, l: number, qty: number, slot?: number): void {
  const s = p.lineSku[line] as number;
  // The caller may pass l's position in stockers[s] when it knows it (saves a table lookup).
  const k = slot === undefined ? (p.slot.get(s * p.nLocs + l) as number) : slot;
  const avail = w.avail[s] as Float64Array;
  avail[k] = (avail[k] as number) - qty;
  w.capRem[l] = (w.capRem[l] as number) - qty;
  const list = w.alloc[line] as number[];
  if (list.length === 0) {
    // Most lines ship from one location: an exact-size list (a push would reserve 17 slots).
    w.alloc[line] = [l, qty];
    return;
  }
  for (let i = 0; i < list.length; i += 2) {
    if (list[i] === l) {
      list[i + 1] = (list[i + 1] as number) + qty;
      return;
    }
  }
  list.push(l, qty);
}

/** Takes back every unit of order o; returns its previous allocation (one array per line). */
export function releaseOrder(p: Problem, w: Work, o: number): number[][] {
  const previous: number[][] = [];
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
    const list = w.alloc[line] as number[];
    const s = p.lineSku[line] as number;
    const avail = w.avail[s] as Float64Array;
    for (let i = 0; i < list.length; i += 2) {
      const l = list[i] as number;
      const qty = list[i + 1] as number;
      const k = p.slot.get(s * p.nLocs + l) as number;
      avail[k] = (avail[k] as number) + qty;
      w.capRem[l] = (w.capRem[l] as number) + qty;
    }
    previous.push(list);
    w.alloc[line] = [];
  }
  return previous;
}

/** Re-applies an allocation returned by releaseOrder. */
export function restoreOrder(p: Problem, w: Work, o: number, previous: readonly (readonly number[])[]): void {
  const start = p.lineStart[o] as number;
  previous.forEach((list, j) => {
    for (let i = 0; i < list.length; i += 2) assign(p, w, start + j, list[i] as number, list[i + 1] as number);
  });
}

/** Units and cost (variable + fixed per distinct location) of order o in w. */
export function orderValue(p: Problem, w: Work, o: number): { units: number; cost: number } {
  let units = 0;
  let cost = 0;
  const used: number[] = [];
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
    const list = w.alloc[line] as number[];
    for (let i = 0; i < list.length; i += 2) {
      const l = list[i] as number;
      const qty = list[i + 1] as number;
      units += qty;
      cost += qty * p.unitCost(o, l);
      if (!used.includes(l)) {
        used.push(l);
        cost += p.locFixed[l] as number;
      }
    }
  }
  return { units, cost };
}

export interface Value {
  readonly units: number;
  readonly cost: number;
}

export function totalValue(p: Problem, w: Work): Value {
  let units = 0;
  let cost = 0;
  for (let o = 0; o < p.nOrders; o++) {
    const v = orderValue(p, w, o);
    units += v.units;
    cost += v.cost;
  }
  return { units, cost };
}

/** Lexicographic: more units first, then lower cost. */
export function better(a: Value, b: Value): boolean {
  return a.units > b.units || (a.units === b.units && a.cost < b.cost);
}
