// The greedy strategies: orders one at a time in processing sequence, each taking the best
// location(s) by the strategy's key from what earlier orders left.
import type { SourcingStrategy } from '../../schemas.js';
import type { Problem } from './problem.js';
import { assign, availableAt, createWork, releaseOrder, type Work } from './work.js';

export type GreedyStrategy = Exclude<SourcingStrategy, 'optimal'>;

/** What the explanation of a line needs: the ranked candidates and their stock at the time. */
export interface LineNote {
  readonly considered: readonly number[];
  readonly available: readonly number[];
  readonly candidates: number;
}

/** Strategy key of location l for order o (lower is better); ties go to secondary, then id. */
export function primaryKey(p: Problem, strategy: SourcingStrategy, o: number, l: number): number {
  if (strategy === 'priority') return -(p.locPriority[l] as number);
  if (strategy === 'nearest' || strategy === 'fewestShipments') return p.dist(o, l);
  return p.unitCost(o, l);
}

/** A lower bound on primaryKey for the distance-based strategies. */
function primaryFloor(p: Problem, strategy: SourcingStrategy, o: number, l: number): number {
  return strategy === 'nearest' || strategy === 'fewestShipments' ? p.distFloor(o, l) : p.unitCostFloor(o, l);
}

export function secondaryKey(p: Problem, strategy: SourcingStrategy, o: number, l: number): number {
  if (strategy === 'priority') return 0;
  if (strategy === 'nearest' || strategy === 'fewestShipments') return -(p.locPriority[l] as number);
  return p.dist(o, l);
}

function before(p: Problem, a1: number, a2: number, la: number, b1: number, b2: number, lb: number): boolean {
  if (a1 !== b1) return a1 < b1;
  if (a2 !== b2) return a2 < b2;
  return (p.locIdRank[la] as number) < (p.locIdRank[lb] as number);
}

/** The best `k` locations with stock and capacity left for a line, in strategy order. */
export function noteLine(p: Problem, w: Work, strategy: SourcingStrategy, line: number, k: number): LineNote {
  const o = p.lineOrder[line] as number;
  const s = p.lineSku[line] as number;
  const locs = p.stockers[s] as Int32Array;
  const avail = w.avail[s] as Float64Array;
  // Insertion into small sorted buffers (k is small); no allocation per candidate.
  const top = new Int32Array(k + 1);
  const k1 = new Float64Array(k + 1);
  const k2 = new Float64Array(k + 1);
  const amounts = new Float64Array(k + 1);
  let size = 0;
  let candidates = 0;
  for (let i = 0; i < locs.length; i++) {
    const l = locs[i] as number;
    const a = Math.min(avail[i] as number, w.capRem[l] as number);
    if (a <= 0) continue;
    candidates++;
    if (k === 0) continue;
    // A full top-k whose last key is below the floor of this one cannot admit it.
    if (size === k && strategy !== 'priority' && primaryFloor(p, strategy, o, l) > (k1[k - 1] as number)) continue;
    const x1 = primaryKey(p, strategy, o, l);
    const x2 = secondaryKey(p, strategy, o, l);
    let pos = size;
    while (pos > 0 && before(p, x1, x2, l, k1[pos - 1] as number, k2[pos - 1] as number, top[pos - 1] as number)) pos--;
    if (pos >= k) continue;
    for (let j = Math.min(size, k - 1); j > pos; j--) {
      top[j] = top[j - 1] as number;
      k1[j] = k1[j - 1] as number;
      k2[j] = k2[j - 1] as number;
      amounts[j] = amounts[j - 1] as number;
    }
    top[pos] = l;
    k1[pos] = x1;
    k2[pos] = x2;
    amounts[pos] = a;
    if (size < k) size++;
  }
  return { considered: Array.from(top.subarray(0, size)), available: Array.from(amounts.subarray(0, size)), candidates };
}

export function orderUnits(p: Problem, o: number): number {
  let total = 0;
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) total += p.lineQty[line] as number;
  return total;
}

/**
 * Per-run helpers of the split greedy: a mark per location (the locations the order at hand
 * ships from) and, built on first use, the locations in latitude order with, per sku, the
 * position in stockers[sku] of each (a dense sku × latitude-rank table), so that the
 * distance-keyed strategies can visit candidates by increasing latitude difference and stop once
 * the floor of the next one cannot beat the best so far.
 */
export interface SplitScratch {
  readonly mark: Int32Array;
  stamp: number;
  /** Locations by ascending latitude (ties: index); undefined until built. */
  rankLoc: Int32Array | undefined;
  /** Their latitudes. */
  rankLat: Float64Array | undefined;
  /** The latitude rank of each location. */
  rankOf: Int32Array | undefined;
  /** sku · nLocs + latitude rank → position in stockers[sku], or −1 (a row per sku, read outwards from the order's rank). */
  rankSlot: Int32Array | undefined;
  /** The smallest locFixed (the least shipment charge a location not yet used adds). */
  readonly minFixed: number;
}

/** Largest sku × location table the latitude walk builds (else the split greedy scans every stocker). */
const MAX_RANK_TABLE = 1 << 24;

export function createSplitScratch(p: Problem): SplitScratch {
  let minFixed = Infinity;
  for (let l = 0; l < p.nLocs; l++) minFixed = Math.min(minFixed, p.locFixed[l] as number);
  return { mark: new Int32Array(p.nLocs), stamp: 0, rankLoc: undefined, rankLat: undefined, rankOf: undefined, rankSlot: undefined, minFixed: p.nLocs === 0 ? 0 : minFixed };
}

function buildLatitudeIndex(p: Problem, scratch: SplitScratch): void {
  const nLocs = p.nLocs;
  const rankLoc = Int32Array.from(
    Array.from({ length: nLocs }, (_, l) => l).sort((a, b) => (p.locLat[a] as number) - (p.locLat[b] as number) || a - b),
  );
  const rankLat = new Float64Array(nLocs);
  const rankOf = new Int32Array(nLocs);
  for (let r = 0; r < nLocs; r++) {
    const l = rankLoc[r] as number;
    rankLat[r] = p.locLat[l] as number;
    rankOf[l] = r;
  }
  const rankSlot = new Int32Array(p.stockers.length * nLocs).fill(-1);
  p.stockers.forEach((locs, s) => {
    for (let k = 0; k < locs.length; k++) rankSlot[s * nLocs + (rankOf[locs[k] as number] as number)] = k;
  });
  scratch.rankLoc = rankLoc;
  scratch.rankLat = rankLat;
  scratch.rankOf = rankOf;
  scratch.rankSlot = rankSlot;
}

/** Line by line, each taking the best-keyed location with stock until filled (split allowed). */
export function sourceLinesSplit(
  p: Problem,
  w: Work,
  strategy: GreedyStrategy,
  o: number,
  used: number[] = [],
  scratch?: SplitScratch,
  beforeLine?: (line: number) => void,
): void {
  if (scratch !== undefined && strategy !== 'priority' && p.stockers.length * p.nLocs <= MAX_RANK_TABLE) {
    sourceLinesByLatitude(p, w, strategy, o, used, scratch, beforeLine);
    return;
  }
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
    beforeLine?.(line);
    const s = p.lineSku[line] as number;
    const locs = p.stockers[s] as Int32Array;
    const avail = w.avail[s] as Float64Array;
    let rem = p.lineQty[line] as number;
    const already = w.alloc[line] as number[];
    for (let i = 1; i < already.length; i += 2) rem -= already[i] as number;
    while (rem > 0) {
      let best = -1;
      let b1 = 0;
      let b2 = 0;
      let bestTake = 0;
      // The locations the order already ships from are looked at first (j < 0), as they are the
      // likely winners: the best so far then lets the distance floors skip most of the others.
      // The winner does not depend on the order of the scan (the key order is total).
      const seeded = strategy === 'priority' ? 0 : used.length;
      for (let j = -seeded; j < locs.length; j++) {
        let i = j;
        if (j < 0) {
          const k = p.slot.get(s * p.nLocs + (used[j + seeded] as number));
          if (k === undefined) continue;
          i = k;
        }
        const a = avail[i] as number;
        if (a <= 0) continue;
        const l = locs[i] as number;
        const cap = w.capRem[l] as number;
        if (cap <= 0) continue;
        const takeHere = Math.min(rem, a, cap);
        let x1: number;
        let x2: number;
        if (strategy === 'priority') {
          x1 = -(p.locPriority[l] as number);
          x2 = 0;
        } else if (strategy === 'lowestCost') {
          // Skip the distance when even its floor cannot beat the best so far.
          const fixedShare = used.includes(l) ? 0 : (p.locFixed[l] as number) / takeHere;
          if (best !== -1 && p.unitCostFloor(o, l) + fixedShare > b1) continue;
          x1 = p.unitCost(o, l) + fixedShare;
          x2 = p.dist(o, l);
        } else {
          if (best !== -1 && p.distFloor(o, l) > b1) continue;
          x1 = p.dist(o, l);
          x2 = -(p.locPriority[l] as number);
        }
        if (best === -1 || before(p, x1, x2, l, b1, b2, best)) {
          best = l;
          b1 = x1;
          b2 = x2;
          bestTake = takeHere;
        }
      }
      if (best === -1) break;
      assign(p, w, line, best, bestTake);
      if (!used.includes(best)) used.push(best);
      rem -= bestTake;
    }
  }
}

/**
 * sourceLinesSplit for 'nearest' and 'lowestCost', with the same winners: the locations the order
 * already ships from are looked at first, then the sku's other stockers outwards from the order's
 * latitude (increasing latitude difference, so increasing distance floor) until the floor of the
 * next one — plus, for lowestCost, the least shipment charge spread over the units still wanted,
 * as every location not yet used adds one — exceeds the best key so far. The key order is total,
 * so the winner does not depend on the order of the scan.
 */
function sourceLinesByLatitude(
  p: Problem,
  w: Work,
  strategy: 'nearest' | 'lowestCost' | 'fewestShipments',
  o: number,
  used: number[],
  scratch: SplitScratch,
  beforeLine?: (line: number) => void,
): void {
  if (scratch.rankSlot === undefined) buildLatitudeIndex(p, scratch);
  const rankLoc = scratch.rankLoc as Int32Array;
  const rankLat = scratch.rankLat as Float64Array;
  const rankSlot = scratch.rankSlot as Int32Array;
  const rankOf = scratch.rankOf as Int32Array;
  const nLocs = p.nLocs;
  const cost = strategy === 'lowestCost';
  const mark = scratch.mark;
  const stamp = ++scratch.stamp;
  for (const l of used) mark[l] = stamp;
  const olat = p.orderLat[o] as number;
  // First rank whose latitude is at least the order's.
  let split = 0;
  let top = nLocs;
  while (split < top) {
    const mid = (split + top) >>> 1;
    if ((rankLat[mid] as number) < olat) split = mid + 1;
    else top = mid;
  }
  for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
    beforeLine?.(line);
    const s = p.lineSku[line] as number;
    const avail = w.avail[s] as Float64Array;
    const row = s * nLocs;
    let rem = p.lineQty[line] as number;
    const already = w.alloc[line] as number[];
    for (let i = 1; i < already.length; i += 2) rem -= already[i] as number;
    while (rem > 0) {
      let best = -1;
      let b1 = 0;
      let b2 = 0;
      let bestTake = 0;
      let bestK = -1;
      for (const l of used) {
        const k = rankSlot[row + (rankOf[l] as number)] as number;
        if (k < 0) continue;
        const a = avail[k] as number;
        if (a <= 0) continue;
        const cap = w.capRem[l] as number;
        if (cap <= 0) continue;
        let x1: number;
        let x2: number;
        if (cost) {
          if (best !== -1 && p.unitCostFloor(o, l) > b1) continue;
          x1 = p.unitCost(o, l);
          x2 = p.dist(o, l);
        } else {
          if (best !== -1 && p.distFloor(o, l) > b1) continue;
          x1 = p.dist(o, l);
          x2 = -(p.locPriority[l] as number);
        }
        if (best === -1 || before(p, x1, x2, l, b1, b2, best)) {
          best = l;
          b1 = x1;
          b2 = x2;
          bestTake = Math.min(rem, a, cap);
          bestK = k;
        }
      }
      // Every location left is unused: it adds at least minFixed / rem per unit.
      const minShare = cost ? scratch.minFixed / rem : 0;
      let down = split - 1;
      let up = split;
      while (down >= 0 || up < nLocs) {
        let at: number;
        if (up >= nLocs || (down >= 0 && olat - (rankLat[down] as number) <= (rankLat[up] as number) - olat)) at = down--;
        else at = up++;
        const i = rankSlot[row + at] as number;
        if (i < 0) continue;
        const l = rankLoc[at] as number;
        if (best !== -1) {
          // The floors only grow from here on.
          const floor = cost ? p.unitCostFloor(o, l) + minShare : p.distFloor(o, l);
          if (floor > b1) break;
        }
        if (mark[l] === stamp) continue;
        const a = avail[i] as number;
        if (a <= 0) continue;
        const cap = w.capRem[l] as number;
        if (cap <= 0) continue;
        const takeHere = Math.min(rem, a, cap);
        let x1: number;
        let x2: number;
        if (cost) {
          const fixedShare = (p.locFixed[l] as number) / takeHere;
          if (best !== -1 && p.unitCostFloor(o, l) + fixedShare > b1) continue;
          x1 = p.unitCost(o, l) + fixedShare;
          x2 = p.dist(o, l);
        } else {
          x1 = p.dist(o, l);
          x2 = -(p.locPriority[l] as number);
        }
        if (best === -1 || before(p, x1, x2, l, b1, b2, best)) {
          best = l;
          b1 = x1;
          b2 = x2;
          bestTake = takeHere;
          bestK = i;
        }
      }
      if (best === -1) break;
      assign(p, w, line, best, bestTake, bestK);
      if (mark[best] !== stamp) {
        mark[best] = stamp;
        used.push(best);
      }
      rem -= bestTake;
    }
  }
}

/** Units each location could ship of order o's remaining quantities (before capacity). */
function coverage(p: Problem, w: Work, o: number, remaining: readonly number[], cover: Float64Array, touched: number[]): void {
  const start = p.lineStart[o] as number;
  for (let line = start; line < (p.lineStart[o + 1] as number); line++) {
    const rem = remaining[line - start] as number;
    if (rem <= 0) continue;
    const s = p.lineSku[line] as number;
    const locs = p.stockers[s] as Int32Array;
    const avail = w.avail[s] as Float64Array;
    for (let i = 0; i < locs.length; i++) {
      const a = avail[i] as number;
      if (a <= 0) continue;
      const l = locs[i] as number;
      if (cover[l] === 0) touched.push(l);
      cover[l] = (cover[l] as number) + Math.min(rem, a);
    }
  }
}

/** Ships from location l as much of the remaining quantities as stock and capacity allow, in line order. */
export function shipFrom(p: Problem, w: Work, o: number, l: number, remaining: number[]): number {
  const start = p.lineStart[o] as number;
  let shipped = 0;
  for (let line = start; line < (p.lineStart[o + 1] as number); line++) {
    const rem = remaining[line - start] as number;
    if (rem <= 0) continue;
    const qty = Math.min(rem, availableAt(p, w, p.lineSku[line] as number, l), w.capRem[l] as number);
    if (qty <= 0) continue;
    assign(p, w, line, l, qty);
    remaining[line - start] = rem - qty;
    shipped += qty;
  }
  return shipped;
}

/** Cost of shipping from l what shipFrom would ship (without doing it). */
function shipmentCost(p: Problem, w: Work, o: number, l: number, remaining: readonly number[]): number {
  const start = p.lineStart[o] as number;
  let cap = w.capRem[l] as number;
  let units = 0;
  for (let line = start; line < (p.lineStart[o + 1] as number); line++) {
    const qty = Math.min(remaining[line - start] as number, availableAt(p, w, p.lineSku[line] as number, l), cap);
    if (qty <= 0) continue;
    cap -= qty;
    units += qty;
  }
  return units * p.unitCost(o, l) + (p.locFixed[l] as number);
}

/**
 * Picks locations for the order as a whole: repeatedly the location that can ship the most of
 * what is left (capacity included), ties by the strategy key; once only when the order may not split.
 */
function sourceByLocation(
  p: Problem,
  w: Work,
  strategy: GreedyStrategy,
  o: number,
  cover: Float64Array,
  once: boolean,
  mustFill: number,
): void {
  const start = p.lineStart[o] as number;
  const remaining: number[] = [];
  for (let line = start; line < (p.lineStart[o + 1] as number); line++) remaining.push(p.lineQty[line] as number);
  const keyStrategy: SourcingStrategy = strategy === 'fewestShipments' ? 'nearest' : strategy;
  for (;;) {
    const touched: number[] = [];
    coverage(p, w, o, remaining, cover, touched);
    let best = -1;
    let bestUnits = 0;
    let b1 = 0;
    let b2 = 0;
    for (const l of touched) {
      const units = Math.min(cover[l] as number, w.capRem[l] as number);
      cover[l] = 0;
      if (units <= 0 || units < bestUnits || units < mustFill) continue;
      const x1 = keyStrategy === 'lowestCost' ? shipmentCost(p, w, o, l, remaining) : primaryKey(p, keyStrategy, o, l);
      const x2 = secondaryKey(p, keyStrategy, o, l);
      if (units > bestUnits || before(p, x1, x2, l, b1, b2, best)) {
        best = l;
        bestUnits = units;
        b1 = x1;
        b2 = x2;
      }
    }
    if (best === -1) return;
    shipFrom(p, w, o, best, remaining);
    if (once) return;
  }
}

/** Runs a greedy strategy over the whole batch, starting from `start` (or the full stock). */
export function runGreedy(
  p: Problem,
  strategy: GreedyStrategy,
  sequence: Int32Array,
  notes: LineNote[] | undefined,
  start?: Work,
): Work {
  const w = start ?? createWork(p);
  const cover = new Float64Array(p.nLocs);
  const scratch = createSplitScratch(p);
  const noteStrategy: SourcingStrategy = strategy === 'fewestShipments' ? 'nearest' : strategy;
  // Lines sourced one by one are explained when each is sourced (an earlier line of the same
  // order may have used a location's capacity); the others before their order.
  const perLine = p.allowSplit && strategy !== 'fewestShipments';
  const note = notes === undefined ? undefined : (line: number): void => void (notes[line] = noteLine(p, w, noteStrategy, line, p.maxConsidered));
  for (const o of sequence) {
    if (notes !== undefined && !perLine) {
      for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
        notes[line] = noteLine(p, w, noteStrategy, line, p.maxConsidered);
      }
    }
    const total = orderUnits(p, o);
    if (!p.allowSplit) {
      sourceByLocation(p, w, strategy, o, cover, true, p.allowPartial ? 0 : total);
      continue;
    }
    if (strategy === 'fewestShipments') sourceByLocation(p, w, strategy, o, cover, false, 0);
    else sourceLinesSplit(p, w, strategy, o, [], scratch, note);
    if (!p.allowPartial) {
      let shipped = 0;
      for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
        const list = w.alloc[line] as number[];
        for (let i = 1; i < list.length; i += 2) shipped += list[i] as number;
      }
      if (shipped < total) releaseOrder(p, w, o);
    }
  }
  return w;
}
