// A Lagrangian lower bound for the 'optimal' strategy with shipment charges (split and partial
// shipping allowed). The problem: ship U* units (the most possible) at the least cost Σ c·x plus a
// fixed charge F_l per (order, location) pair used, subject to the stock of every (sku, location)
// and the capacity of every location.
//
// Relaxation. When no capacity can bind, a solution ships U* units exactly when it ships
// min(demand, stock) of every sku: every line of a sku with demand ≤ stock is filled in full, and
// all the stock of a sku with demand ≥ stock ships. The stock constraints are dualised (λ ≥ 0 per
// (sku, location); free in sign for the skus whose stock all ships, an equality), the lines to fill
// stay in the subproblem (through a fixed multiplier M above any cost, so the subproblem fills
// them). When a capacity can bind, the capacities (ν ≥ 0) and "ship at least U* units" (μ ≥ 0) are
// dualised instead. What is left is one small uncapacitated facility-location problem per order:
// open a set S of locations (F_l each); each line takes up to its quantity from S, at most
// u = min(quantity, stock, capacity) per location, at the reduced unit cost c + λ + ν − μ (− M).
// For any multipliers,
//   L = Σ_orders sub_o − Σ λ·stock − Σ ν·capacity + μ·U* (+ M · Σ quantities of the lines to fill)
// is a lower bound on the optimum (weak duality; Geoffrion 1974, "Lagrangean relaxation for integer
// programming", Mathematical Programming Study 2:82–114). The subproblem is not integral, so the
// best such bound is at least the strong (disaggregated, x ≤ u·y) LP relaxation, which the F/U
// slopes of the flow bound weaken further.
//
// The multipliers are improved by projected subgradient ascent (Held, Wolfe & Crowder 1974,
// "Validation of subgradient optimization", Mathematical Programming 6:62–88), with the direction
// deflected by the previous one (Camerini, Fratta & Maffioli 1975, "On improving relaxation
// methods by modified gradient techniques", Mathematical Programming Study 3:26–34); see
// createLagrangianAscent for the step.
//
// Each subproblem is solved exactly by branch and bound over the set of locations. The gross
// benefit of a set (Σ over lines of the best fill from it) is submodular — each line is a
// capacitated single-sink assignment, a gross-substitutes valuation — so a location's marginal
// benefit only shrinks as the set grows: a location whose benefit given S does not exceed its
// charge can be dropped from the subtree, and V(S) − Σ (benefit − charge)⁺ over the remaining
// locations bounds the subtree from below (the classic bounds of facility-location branch and
// bound; Cornuéjols, Nemhauser & Wolsey 1990, "The uncapacitated facility location problem", in
// Discrete Location Theory). A second bound prices each remaining location's units at
// c + F/(the most units it could ship), and a location is dropped when another charges no more and
// covers each of its lines in full at no higher cost. When an order exceeds its node budget, its
// root bound (a valid, weaker value) is used instead of the exact minimum.
//
// Honest arithmetic: the reported bound is re-evaluated at multipliers rounded to a dyadic grid
// (multiples of 2^-k, k chosen so every partial sum stays below 2^51 grid units), where all
// products and sums of integer costs, units and multipliers are exact, and rounded up to whole
// minor units only because every solution costs a whole number of minor units.
//
// The same subproblem, with unit costs c − M and the stock left, is the exact re-insertion move
// of the local search (createExactInsertion).
import type { Problem } from './problem.js';


interface Data {
  readonly nPairs: number;
  /** Per order: arcs arcStart[o] … arcStart[o + 1] − 1, grouped by line, lines of order o in lineArcStart. */
  readonly arcStart: Int32Array;
  readonly lineArcStart: Int32Array;
  readonly arcCost: Float64Array;
  readonly arcCap: Float64Array;
  readonly arcPair: Int32Array;
  readonly arcLine: Int32Array;
  /** Index of the arc's location in its order's local location list. */
  readonly arcLocal: Int32Array;
  /** ν index of the arc's location, −1 when its capacity is not dualised. */
  readonly arcCapIdx: Int32Array;
  /** −1 when the arc's line has no "ship at least" multiplier (per sku mode). */
  readonly arcGroup: Int32Array;
  /** Per arc: M when its line must be filled (M above any cost, fixed), else 0. */
  readonly arcBig: Float64Array;
  /** Σ M · quantity over the lines that must be filled. */
  readonly bigTotal: number;
  /** 1 when the pair's stock must all ship (its multiplier is free in sign). */
  readonly pairFree: Uint8Array;
  /** Per order: local locations localStart[o] … localStart[o + 1] − 1 (global index in localLoc). */
  readonly localStart: Int32Array;
  readonly localLoc: Int32Array;
  readonly pairStock: Float64Array;
  readonly capLoc: Int32Array;
  readonly capValue: Float64Array;
  readonly groupUnits: Float64Array;
}

function buildData(p: Problem, units: number): Data {
  const nSkus = p.stockers.length;
  const pairBase = new Int32Array(nSkus + 1);
  for (let s = 0; s < nSkus; s++) pairBase[s + 1] = (pairBase[s] as number) + (p.stockers[s] as Int32Array).length;
  const nPairs = pairBase[nSkus] as number;
  const pairStock = new Float64Array(nPairs);
  const stockAt = new Float64Array(p.nLocs);
  for (let s = 0; s < nSkus; s++) {
    const locs = p.stockers[s] as Int32Array;
    const qty = p.stockQty[s] as Float64Array;
    for (let k = 0; k < locs.length; k++) {
      pairStock[(pairBase[s] as number) + k] = qty[k] as number;
      stockAt[locs[k] as number] = (stockAt[locs[k] as number] as number) + (qty[k] as number);
    }
  }
  // A capacity can bind only when below the location's stock of the batch's skus.
  const capIdxOf = new Int32Array(p.nLocs).fill(-1);
  const capLocList: number[] = [];
  for (let l = 0; l < p.nLocs; l++) {
    if ((p.locCapacity[l] as number) < (stockAt[l] as number)) {
      capIdxOf[l] = capLocList.length;
      capLocList.push(l);
    }
  }
  const capLoc = Int32Array.from(capLocList);
  const capValue = Float64Array.from(capLocList, (l) => p.locCapacity[l] as number);
  // When no capacity can bind, a solution ships the most units exactly when it ships
  // min(demand, stock) of every sku: every line of a sku with demand ≤ stock is filled in full (kept
  // in the subproblem with a fixed multiplier M above any cost, so it fills them), and every unit of
  // a sku with demand ≥ stock ships (an equality, so its multipliers are free in sign). Otherwise
  // one multiplier μ for "ship at least U* units".
  const perSku = capLoc.length === 0;
  const groupUnits = new Float64Array(perSku ? 0 : 1);
  const pairFree = new Uint8Array(nPairs);
  const mustFill = new Uint8Array(nSkus);
  let big = 1;
  if (perSku) {
    const demand = new Float64Array(nSkus);
    for (let i = 0; i < p.lineQty.length; i++) demand[p.lineSku[i] as number] = (demand[p.lineSku[i] as number] as number) + (p.lineQty[i] as number);
    for (let s = 0; s < nSkus; s++) {
      let stock = 0;
      for (const q of p.stockQty[s] as Float64Array) stock += q;
      if ((demand[s] as number) <= stock) mustFill[s] = 1;
      if ((demand[s] as number) >= stock) pairFree.fill(1, pairBase[s], pairBase[s + 1]);
    }
    let maxFixed = 0;
    for (const f of p.locFixed) maxFixed = Math.max(maxFixed, f);
    let maxCost = 0;
    for (let o = 0; o < p.nOrders; o++) for (let l = 0; l < p.nLocs; l++) maxCost = Math.max(maxCost, p.unitCost(o, l));
    big = 4 * (maxCost + maxFixed) + 1;
  } else {
    groupUnits[0] = units;
  }
  let bigTotal = 0;

  const nLines = p.lineQty.length;
  let nArcs = 0;
  for (let i = 0; i < nLines; i++) nArcs += (p.stockers[p.lineSku[i] as number] as Int32Array).length;
  const arcStart = new Int32Array(p.nOrders + 1);
  const lineArcStart = new Int32Array(nLines + 1);
  const arcCost = new Float64Array(nArcs);
  const arcCap = new Float64Array(nArcs);
  const arcPair = new Int32Array(nArcs);
  const arcLine = new Int32Array(nArcs);
  const arcLocal = new Int32Array(nArcs);
  const arcCapIdx = new Int32Array(nArcs);
  const arcGroup = new Int32Array(nArcs);
  const arcBig = new Float64Array(nArcs);
  const localStart = new Int32Array(p.nOrders + 1);
  const localLocList: number[] = [];
  const localOf = new Int32Array(p.nLocs).fill(-1);
  let a = 0;
  for (let o = 0; o < p.nOrders; o++) {
    arcStart[o] = a;
    localStart[o] = localLocList.length;
    const base = localLocList.length;
    for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
      lineArcStart[line] = a;
      const s = p.lineSku[line] as number;
      if (mustFill[s] === 1) bigTotal += big * (p.lineQty[line] as number);
      const locs = p.stockers[s] as Int32Array;
      const qty = p.stockQty[s] as Float64Array;
      const q = p.lineQty[line] as number;
      for (let k = 0; k < locs.length; k++) {
        const l = locs[k] as number;
        const u = Math.min(q, qty[k] as number, p.locCapacity[l] as number);
        if (!(u > 0)) continue;
        if (localOf[l] === -1) {
          localOf[l] = localLocList.length - base;
          localLocList.push(l);
        }
        arcCost[a] = p.unitCost(o, l);
        arcCap[a] = u;
        arcPair[a] = (pairBase[s] as number) + k;
        arcLine[a] = line;
        arcLocal[a] = localOf[l] as number;
        arcCapIdx[a] = capIdxOf[l] as number;
        arcGroup[a] = perSku ? -1 : 0;
        arcBig[a] = mustFill[s] === 1 ? big : 0;
        a++;
      }
    }
    for (let j = base; j < localLocList.length; j++) localOf[localLocList[j] as number] = -1;
  }
  arcStart[p.nOrders] = a;
  localStart[p.nOrders] = localLocList.length;
  lineArcStart[nLines] = a;
  return {
    nPairs,
    arcStart,
    lineArcStart,
    arcCost,
    arcCap,
    arcPair,
    arcLine,
    arcLocal,
    arcCapIdx,
    arcGroup,
    arcBig,
    bigTotal,
    pairFree,
    localStart,
    localLoc: Int32Array.from(localLocList),
    pairStock,
    capLoc,
    capValue,
    groupUnits,
  };
}

/**
 * Sorts arcs[from … to − 1] by reduced cost r, ties by arc index (the order an insertion sort of
 * the arcs in index order gives): insertion sort for short runs, else the built-in sort.
 */
function sortArcs(arcs: Int32Array, from: number, to: number, r: Float64Array): void {
  if (to - from > 16) {
    arcs.subarray(from, to).sort((x, y) => {
      const rx = r[x] as number;
      const ry = r[y] as number;
      return rx < ry ? -1 : rx > ry ? 1 : x - y;
    });
    return;
  }
  for (let j = from + 1; j < to; j++) {
    const a = arcs[j] as number;
    const ra = r[a] as number;
    let i = j;
    while (i > from && ((r[arcs[i - 1] as number] as number) > ra || ((r[arcs[i - 1] as number] as number) === ra && (arcs[i - 1] as number) > a))) {
      arcs[i] = arcs[i - 1] as number;
      i--;
    }
    arcs[i] = a;
  }
}

/** Search nodes per order and evaluation before falling back to the order's root bound. */
const NODE_BUDGET = 20_000;

/** Scratch space of the order subproblem, sized for the largest order. */
interface Scratch {
  /** Reduced cost and capacity per arc of the order (local arc index). */
  readonly r: Float64Array;
  readonly cap: Float64Array;
  /** Per line (local), its arcs with negative reduced cost sorted ascending (local arc indices). */
  readonly sorted: Int32Array;
  readonly sortedStart: Int32Array;
  /** Per local location, its arcs with negative reduced cost (at most one per line). */
  readonly locArcs: Int32Array;
  readonly locArcStart: Int32Array;
  /** 1 when the local location is in S, 2 while in R for the linear bound, else 0. */
  readonly state: Uint8Array;
  readonly fixed: Float64Array;
  /** Per local location: the most units the order can take there at a negative reduced cost. */
  readonly most: Float64Array;
  /** Per line: units filled from S, and the S-fill (sorted arcs taken, units of each). */
  readonly filled: Float64Array;
  readonly fillUnits: Float64Array;
  /** Per line (from its sortedStart): the positions in sorted of the arcs S fills, fillCount of them. */
  readonly fillPos: Int32Array;
  readonly fillCount: Int32Array;
  readonly take: Float64Array;
  readonly bestS: Uint8Array;
  /** 1 for the local locations whose arcs the search can use (kept candidates, warm start). */
  readonly relevant: Uint8Array;
  readonly eff: Float64Array;
  readonly effArc: Int32Array;
  /** [0] = 1 when the last solveOrder exceeded its node budget. */
  readonly exhausted: Uint8Array;
}

function createScratch(p: Problem, d: Data): Scratch {
  let maxArcs = 0;
  let maxLocal = 0;
  let maxLines = 0;
  for (let o = 0; o < p.nOrders; o++) {
    maxArcs = Math.max(maxArcs, (d.arcStart[o + 1] as number) - (d.arcStart[o] as number));
    maxLocal = Math.max(maxLocal, (d.localStart[o + 1] as number) - (d.localStart[o] as number));
    maxLines = Math.max(maxLines, (p.lineStart[o + 1] as number) - (p.lineStart[o] as number));
  }
  return {
    r: new Float64Array(maxArcs),
    cap: new Float64Array(maxArcs),
    sorted: new Int32Array(maxArcs),
    sortedStart: new Int32Array(maxLines + 1),
    locArcs: new Int32Array(maxArcs),
    locArcStart: new Int32Array(maxLocal + 1),
    state: new Uint8Array(maxLocal),
    fixed: new Float64Array(maxLocal),
    most: new Float64Array(maxLocal),
    filled: new Float64Array(maxLines),
    fillUnits: new Float64Array(maxArcs),
    fillPos: new Int32Array(maxArcs),
    fillCount: new Int32Array(maxLines),
    take: new Float64Array(maxArcs),
    bestS: new Uint8Array(maxLocal),
    relevant: new Uint8Array(maxLocal),
    eff: new Float64Array(maxArcs),
    effArc: new Int32Array(maxArcs),
    exhausted: new Uint8Array(1),
  };
}

/**
 * Solves order o's subproblem for the reduced costs in sc.r (indexed by the order's arcs): the
 * minimum over sets S of Σ_S F − (best fill of every line from S). Returns the minimum (or the
 * root bound when the search exceeds its budget) and leaves the units taken per arc by the best
 * set found in sc.take.
 */
function solveOrder(p: Problem, d: Data, o: number, sc: Scratch, previous?: Uint8Array): number {
  const a0 = d.arcStart[o] as number;
  const a1 = d.arcStart[o + 1] as number;
  const lineLo = p.lineStart[o] as number;
  const nLines = (p.lineStart[o + 1] as number) - lineLo;
  const localLo = d.localStart[o] as number;
  const nLocal = (d.localStart[o + 1] as number) - localLo;
  const { r, cap, sorted, sortedStart, locArcs, locArcStart, state, fixed, most, filled, fillUnits, fillPos, fillCount, take, bestS, eff, effArc } = sc;
  take.fill(0, 0, a1 - a0);
  sc.exhausted[0] = 0;
  // Per line, the arcs with negative reduced cost, in arc order for now: they are sorted below,
  // once the locations that can matter are known. (A line has an arc per location stocking its
  // sku — hundreds in a ship-from-store network — and sorting them all on every call dominated
  // the run time with many locations.)
  let n = 0;
  for (let i = 0; i < nLines; i++) {
    sortedStart[i] = n;
    for (let a = (d.lineArcStart[lineLo + i] as number) - a0; a < (d.lineArcStart[lineLo + i + 1] as number) - a0; a++) {
      if (!((r[a] as number) < 0) || !((cap[a] as number) > 0)) continue;
      sorted[n++] = a;
    }
  }
  sortedStart[nLines] = n;
  if (n === 0) {
    previous?.fill(0, localLo, localLo + nLocal);
    return 0;
  }
  // Arcs per local location (counting sort), the most units there, and the gain of each location
  // alone (its benefit less its charge).
  locArcStart.fill(0, 0, nLocal + 1);
  for (let j = 0; j < n; j++) {
    const k = d.arcLocal[a0 + (sorted[j] as number)] as number;
    locArcStart[k + 1] = (locArcStart[k + 1] as number) + 1;
  }
  for (let k = 0; k < nLocal; k++) locArcStart[k + 1] = (locArcStart[k + 1] as number) + (locArcStart[k] as number);
  const cursor = most; // reused as a cursor, then overwritten below
  for (let k = 0; k < nLocal; k++) cursor[k] = locArcStart[k] as number;
  for (let j = 0; j < n; j++) {
    const a = sorted[j] as number;
    const k = d.arcLocal[a0 + a] as number;
    locArcs[cursor[k] as number] = a;
    cursor[k] = (cursor[k] as number) + 1;
  }
  let magnitude = 0;
  const cand: number[] = [];
  const candGain: number[] = [];
  let rootBound = 0;
  for (let k = 0; k < nLocal; k++) {
    const f = p.locFixed[d.localLoc[localLo + k] as number] as number;
    fixed[k] = f;
    state[k] = 0;
    bestS[k] = 0;
    let units = 0;
    let benefit = 0;
    for (let j = locArcStart[k] as number; j < (locArcStart[k + 1] as number); j++) {
      const a = locArcs[j] as number;
      const u = Math.min(p.lineQty[d.arcLine[a0 + a] as number] as number, cap[a] as number);
      units += u;
      benefit -= u * (r[a] as number);
    }
    most[k] = units;
    magnitude += f + benefit;
    if (benefit > f) {
      cand.push(k);
      candGain.push(benefit - f);
      rootBound -= benefit - f;
    }
  }
  if (cand.length === 0) {
    previous?.fill(0, localLo, localLo + nLocal);
    return 0;
  }
  // Pruning by the linear bound (computed with a division, so in floats) needs a margin far above
  // its rounding error: then the minimum found stays exact.
  const margin = 1e-9 * (magnitude + 1);

  // The S-fill of every line: walk its sorted arcs, taking from locations in S. Returns the benefit.
  const fillS = (): number => {
    let benefit = 0;
    for (let i = 0; i < nLines; i++) {
      let left = p.lineQty[lineLo + i] as number;
      let count = 0;
      for (let j = sortedStart[i] as number; j < (sortedStart[i + 1] as number); j++) {
        fillUnits[j] = 0;
        if (left === 0 || state[d.arcLocal[a0 + (sorted[j] as number)] as number] !== 1) continue;
        const x = Math.min(left, cap[sorted[j] as number] as number);
        fillUnits[j] = x;
        fillPos[(sortedStart[i] as number) + count++] = j;
        benefit -= x * (r[sorted[j] as number] as number);
        left -= x;
      }
      fillCount[i] = count;
      filled[i] = (p.lineQty[lineLo + i] as number) - left;
    }
    return benefit;
  };
  // Extra benefit of adding location k to S (after fillS): per line, its units fill empty slots
  // first, then displace the dearest units of S.
  const marginal = (k: number): number => {
    let total = 0;
    for (let jj = locArcStart[k] as number; jj < (locArcStart[k + 1] as number); jj++) {
      const a = locArcs[jj] as number;
      const ra = r[a] as number;
      const line = d.arcLine[a0 + a] as number;
      const i = line - lineLo;
      const q = p.lineQty[line] as number;
      // Only the arcs S fills carry units (fillPos, in sorted order): the walks skip the others,
      // which add nothing (whole units, so the sums are exact in any grouping).
      const f0 = sortedStart[i] as number;
      const f1 = f0 + (fillCount[i] as number);
      let cheaper = 0;
      for (let f = f0; f < f1; f++) {
        const j = fillPos[f] as number;
        if (!((r[sorted[j] as number] as number) < ra)) break;
        cheaper += fillUnits[j] as number;
      }
      let t = Math.min(cap[a] as number, q - cheaper);
      const empty = Math.min(t, q - (filled[i] as number));
      total -= empty * ra;
      t -= empty;
      for (let f = f1 - 1; f >= f0 && t > 0; f--) {
        const j = fillPos[f] as number;
        const x = Math.min(t, fillUnits[j] as number);
        if (x === 0) continue;
        total += x * ((r[sorted[j] as number] as number) - ra);
        t -= x;
      }
    }
    return total;
  };
  // Linear bound on any superset of S within S ∪ R: a location of R costs at least F/most per
  // unit it ships (the relaxation y = x/most), so each line fills greedily at r (S) or r + F/most (R).
  const linearBound = (R: readonly number[], chargeS: number): number => {
    for (const k of R) state[k] = 2;
    let total = chargeS;
    for (let i = 0; i < nLines; i++) {
      const q = p.lineQty[lineLo + i] as number;
      let m = 0;
      for (let j = sortedStart[i] as number; j < (sortedStart[i + 1] as number); j++) {
        const a = sorted[j] as number;
        const k = d.arcLocal[a0 + a] as number;
        const s = state[k] as number;
        if (s === 0) continue;
        const c = s === 1 ? (r[a] as number) : (r[a] as number) + (fixed[k] as number) / (most[k] as number);
        if (!(c < 0)) continue;
        let e = m++;
        while (e > 0 && (eff[e - 1] as number) > c) {
          eff[e] = eff[e - 1] as number;
          effArc[e] = effArc[e - 1] as number;
          e--;
        }
        eff[e] = c;
        effArc[e] = a;
        // Entries after arcs that already carry the whole line are never reached by the fill
        // below (and insertions only push them further back): drop them, so the list stays as
        // short as the line's fill instead of growing with every location.
        let carried = 0;
        for (let x = 0; x < m; x++) {
          if (carried >= q) {
            m = x;
            break;
          }
          carried += cap[effArc[x] as number] as number;
        }
      }
      let left = q;
      for (let e = 0; e < m && left > 0; e++) {
        const x = Math.min(left, cap[effArc[e] as number] as number);
        total += x * (eff[e] as number);
        left -= x;
      }
    }
    for (const k of R) state[k] = 0;
    return total;
  };

  // Dominance: k is never needed when another candidate k2 charges no more and, on every line
  // where k has a negative arc, has one at least as cheap that can carry the whole line (then k2
  // can replace k in any set, or k adds nothing to a set holding k2). Ties keep the lower index.
  // A dominator's gain alone is at least k's (strictly unless they are equal in every respect), so
  // in order of gain (then index) every dominator comes first, and by transitivity it suffices to
  // test k against the candidates kept so far.
  const nc = cand.length;
  const rTab = new Float64Array(nc * nLines).fill(Infinity);
  const fullTab = new Uint8Array(nc * nLines);
  for (let c = 0; c < nc; c++) {
    const k = cand[c] as number;
    for (let j = locArcStart[k] as number; j < (locArcStart[k + 1] as number); j++) {
      const a = locArcs[j] as number;
      const line = d.arcLine[a0 + a] as number;
      rTab[c * nLines + line - lineLo] = r[a] as number;
      if ((cap[a] as number) >= (p.lineQty[line] as number)) fullTab[c * nLines + line - lineLo] = 1;
    }
  }
  // c2 dominates c (see above).
  const dominates = (c2: number, c: number): boolean => {
    const k = cand[c] as number;
    const k2 = cand[c2] as number;
    if ((fixed[k2] as number) > (fixed[k] as number)) return false;
    let strict = (fixed[k2] as number) < (fixed[k] as number);
    for (let i = 0; i < nLines; i++) {
      const rk = rTab[c * nLines + i] as number;
      if (rk === Infinity) continue;
      const rk2 = rTab[c2 * nLines + i] as number;
      if (fullTab[c2 * nLines + i] !== 1 || rk2 > rk) return false;
      if (rk2 < rk || fullTab[c * nLines + i] !== 1) strict = true;
    }
    return strict || k2 < k;
  };
  // The first candidate in order of gain (then index) is always kept, and every candidate it
  // dominates is dropped: those are set aside in one linear pass before the sort by gain, which
  // then only orders the few that remain (with many locations, most are dominated by the best).
  let top = 0;
  for (let c = 1; c < nc; c++) if ((candGain[c] as number) > (candGain[top] as number)) top = c;
  const rest: number[] = [];
  for (let c = 0; c < nc; c++) if (c !== top && !dominates(top, c)) rest.push(c);
  rest.sort((x, y) => (candGain[y] as number) - (candGain[x] as number) || (cand[x] as number) - (cand[y] as number));
  const kept: number[] = [cand[top] as number];
  const keptC: number[] = [top];
  for (const c of rest) {
    let dominated = false;
    for (const c2 of keptC) {
      if (dominates(c2, c)) {
        dominated = true;
        break;
      }
    }
    if (!dominated) {
      kept.push(cand[c] as number);
      keptC.push(c);
    }
  }
  // Only the arcs of kept locations (and of the warm start's set) can ever be in S: each line
  // keeps those, sorted by reduced cost (ties in arc order). Leaving out the others changes no
  // fill, marginal benefit or bound (their units in S are always 0).
  const relevant = sc.relevant;
  relevant.fill(0, 0, nLocal);
  for (const k of kept) relevant[k] = 1;
  if (previous !== undefined) for (let k = 0; k < nLocal; k++) if (previous[localLo + k] === 1) relevant[k] = 1;
  let m = 0;
  for (let i = 0; i < nLines; i++) {
    const from = sortedStart[i] as number;
    const to = sortedStart[i + 1] as number;
    sortedStart[i] = m;
    const start = m;
    for (let j = from; j < to; j++) {
      const a = sorted[j] as number;
      if (relevant[d.arcLocal[a0 + a] as number] === 1) sorted[m++] = a;
    }
    sortArcs(sorted, start, m, r);
  }
  sortedStart[nLines] = m;

  let best = 0;
  bestS.fill(0, 0, nLocal);
  // Warm start: the set that was best for the previous multipliers (a feasible set, so its value
  // is an upper bound that prunes from the first node).
  if (previous !== undefined) {
    let charge = 0;
    for (let k = 0; k < nLocal; k++) {
      if (previous[localLo + k] === 1) {
        state[k] = 1;
        charge += fixed[k] as number;
      }
    }
    if (charge > 0) {
      const v = charge - fillS();
      if (v < best) {
        best = v;
        for (let k = 0; k < nLocal; k++) bestS[k] = state[k] as number;
      }
      for (let k = 0; k < nLocal; k++) state[k] = 0;
    }
  }
  const search = { nodes: 0, exhausted: false };
  // Node: state = 1 marks S; R the remaining candidates; chargeS the charges of S. The exclude
  // branches run in a loop: S is unchanged there, so the gains of R stay valid.
  const visit = (R: readonly number[], chargeS: number): void => {
    const vS = chargeS - fillS();
    if (vS < best) {
      best = vS;
      for (let k = 0; k < nLocal; k++) bestS[k] = state[k] as number;
    }
    let next: number[] = [];
    let gains: number[] = [];
    for (const k of R) {
      const g = marginal(k) - (fixed[k] as number);
      if (g > 0) {
        next.push(k);
        gains.push(g);
      }
    }
    while (next.length > 0) {
      if (search.exhausted) return;
      if (++search.nodes > NODE_BUDGET) {
        search.exhausted = true;
        return;
      }
      let bound = vS;
      let pickAt = 0;
      for (let i = 0; i < gains.length; i++) {
        bound -= gains[i] as number;
        if ((gains[i] as number) > (gains[pickAt] as number)) pickAt = i;
      }
      if (bound >= best) return;
      if (next.length > 1 && linearBound(next, chargeS) >= best + margin) return;
      const pick = next[pickAt] as number;
      next = next.filter((_, i) => i !== pickAt);
      gains = gains.filter((_, i) => i !== pickAt);
      state[pick] = 1;
      visit(next, chargeS + (fixed[pick] as number));
      state[pick] = 0;
    }
  };
  visit(kept, 0);
  if (search.exhausted) {
    best = Math.min(best, rootBound);
    sc.exhausted[0] = 1;
  }
  // Units taken per arc by the best set found (for the subgradient).
  for (let i = 0; i < nLines; i++) {
    let left = p.lineQty[lineLo + i] as number;
    for (let j = sortedStart[i] as number; j < (sortedStart[i + 1] as number) && left > 0; j++) {
      const a = sorted[j] as number;
      if (bestS[d.arcLocal[a0 + a] as number] !== 1) continue;
      const x = Math.min(left, cap[a] as number);
      take[a] = x;
      left -= x;
    }
  }
  if (previous !== undefined) for (let k = 0; k < nLocal; k++) previous[localLo + k] = bestS[k] as number;
  return best;
}

interface Multipliers {
  readonly lambda: Float64Array;
  readonly nu: Float64Array;
  readonly mu: Float64Array;
}

/** L at the given multipliers; fills the subgradient (when given) from the subproblem solutions. */
function evaluate(p: Problem, d: Data, m: Multipliers, sc: Scratch, g: Multipliers | undefined, open?: Float64Array, previous?: Uint8Array): number {
  let total = 0;
  if (g !== undefined) {
    for (let i = 0; i < d.nPairs; i++) g.lambda[i] = -(d.pairStock[i] as number);
    for (let i = 0; i < d.capLoc.length; i++) g.nu[i] = -(d.capValue[i] as number);
    for (let i = 0; i < d.groupUnits.length; i++) g.mu[i] = d.groupUnits[i] as number;
  }
  for (let o = 0; o < p.nOrders; o++) {
    const a0 = d.arcStart[o] as number;
    const a1 = d.arcStart[o + 1] as number;
    for (let a = a0; a < a1; a++) {
      const ci = d.arcCapIdx[a] as number;
      const gi = d.arcGroup[a] as number;
      sc.cap[a - a0] = d.arcCap[a] as number;
      sc.r[a - a0] =
        (d.arcCost[a] as number) +
        (m.lambda[d.arcPair[a] as number] as number) +
        (ci < 0 ? 0 : (m.nu[ci] as number)) -
        (gi < 0 ? 0 : (m.mu[gi] as number)) -
        (d.arcBig[a] as number);
    }
    total += solveOrder(p, d, o, sc, previous);
    if (open !== undefined) {
      const lo = d.localStart[o] as number;
      for (let k = 0; k < (d.localStart[o + 1] as number) - lo; k++) {
        open[lo + k] = OPEN_DECAY * (open[lo + k] as number) + (1 - OPEN_DECAY) * (sc.bestS[k] === 1 ? 1 : 0);
      }
    }
    if (g === undefined) continue;
    for (let a = a0; a < a1; a++) {
      const x = sc.take[a - a0] as number;
      if (x === 0) continue;
      const pair = d.arcPair[a] as number;
      g.lambda[pair] = (g.lambda[pair] as number) + x;
      const ci = d.arcCapIdx[a] as number;
      if (ci >= 0) g.nu[ci] = (g.nu[ci] as number) + x;
      const group = d.arcGroup[a] as number;
      if (group >= 0) g.mu[group] = (g.mu[group] as number) - x;
    }
  }
  for (let i = 0; i < d.nPairs; i++) total -= (m.lambda[i] as number) * (d.pairStock[i] as number);
  for (let i = 0; i < d.capLoc.length; i++) total -= (m.nu[i] as number) * (d.capValue[i] as number);
  for (let i = 0; i < d.groupUnits.length; i++) total += (m.mu[i] as number) * (d.groupUnits[i] as number);
  return total + d.bigTotal;
}

/**
 * The exact value of L at `m` rounded down to a dyadic grid, as a whole-minor-unit lower bound;
 * undefined when the magnitudes are too large for exact arithmetic.
 */
function certify(p: Problem, d: Data, m: Multipliers, sc: Scratch): number | undefined {
  // Magnitude of every partial sum: |costs| + multipliers over every arc and constraint, charges.
  let magnitude = 0;
  let maxMultiplier = 0;
  for (const v of [m.lambda, m.nu, m.mu]) for (const x of v) maxMultiplier = Math.max(maxMultiplier, Math.abs(x));
  for (let a = 0; a < d.arcCost.length; a++) magnitude += ((d.arcCost[a] as number) + (d.arcBig[a] as number) + 3 * maxMultiplier) * (d.arcCap[a] as number);
  magnitude += d.bigTotal;
  for (let o = 0; o < p.nOrders; o++) for (let k = d.localStart[o] as number; k < (d.localStart[o + 1] as number); k++) magnitude += p.locFixed[d.localLoc[k] as number] as number;
  for (let i = 0; i < d.nPairs; i++) magnitude += maxMultiplier * (d.pairStock[i] as number);
  for (let i = 0; i < d.capLoc.length; i++) magnitude += maxMultiplier * (d.capValue[i] as number);
  for (let i = 0; i < d.groupUnits.length; i++) magnitude += maxMultiplier * (d.groupUnits[i] as number);
  magnitude = 2 * magnitude + 1;
  if (!Number.isFinite(magnitude)) return undefined;
  // Grid 2^-k with magnitude · 2^k ≤ 2^51.
  const k = Math.min(20, 51 - Math.ceil(Math.log2(magnitude)));
  if (k < 0) return undefined;
  const unit = 2 ** k;
  const round = (v: Float64Array, free?: Uint8Array): Float64Array => v.map((x, i) => (free?.[i] === 1 ? Math.floor(x * unit) / unit : Math.max(0, Math.floor(x * unit) / unit)));
  const exact: Multipliers = { lambda: round(m.lambda, d.pairFree), nu: round(m.nu), mu: round(m.mu) };
  const value = evaluate(p, d, exact, sc, undefined);
  return Math.ceil(value);
}

/** A subgradient ascent on L, run in phases. */
export interface LagrangianAscent {
  /**
   * Runs up to `iterations` more iterations; stops early when the bound reaches `incumbent` (the
   * cost of a known solution shipping U* units: then that solution is optimal).
   */
  run(iterations: number, incumbent: number): void;
  /** True when the best L so far proves a solution of this cost optimal. */
  reached(incumbent: number): boolean;
  /** Per (order, location) key o · nLocs + l: how often it was open in the recent subproblem solutions (0–1). */
  openness(): Map<number, number>;
  /** The best L so far, certified: a valid lower bound in whole minor units, or undefined. */
  bound(): number | undefined;
}

/** Openness: exponential average of the subproblem solutions, this weight on the past (about the last 10 iterations). */
const OPEN_DECAY = 0.9;
/** Polyak's target: this fraction above the best L so far. */
const TARGET_ABOVE = 0.03;
/** Deflection: d = g + DEFLECTION · d_previous. */
const DEFLECTION = 0.5;
/** θ is halved after this many iterations without a better L. */
const STALL = 10;

/**
 * Subgradient ascent on L from λ = ν = 0 (free stock multipliers at −start) and μ = start (per
 * unit), with Polyak's step θ·(target − L)/‖d‖², θ from 1, halved after STALL iterations without
 * a better L, and target = (1 + TARGET_ABOVE) × the best L so far — a target that does not depend
 * on the incumbent (variable target value, as in Goffin & Kiwiel 1999, "Convergence of a simple
 * subgradient level method", Mathematical Programming 85:207–211), so the bound depends on the
 * problem alone.
 */
export function createLagrangianAscent(p: Problem, units: number, start: number): LagrangianAscent {
  const d = buildData(p, units);
  const sc = createScratch(p, d);
  const nG = d.groupUnits.length;
  const fresh = (): Multipliers => ({ lambda: new Float64Array(d.nPairs), nu: new Float64Array(d.capLoc.length), mu: new Float64Array(nG) });
  const m = fresh();
  m.mu.fill(start);
  for (let i = 0; i < d.nPairs; i++) if (d.pairFree[i] === 1) m.lambda[i] = -start;
  const g = fresh();
  const dir = fresh();
  const best = fresh();
  const open = new Float64Array(d.localLoc.length);
  const previous = new Uint8Array(d.localLoc.length);
  let bestValue = -Infinity;
  let theta = 1;
  let stall = 0;
  let stopped = false;
  const parts: readonly (readonly [Float64Array, Float64Array, Float64Array, Uint8Array | undefined])[] = [
    [g.lambda, dir.lambda, m.lambda, d.pairFree],
    [g.nu, dir.nu, m.nu, undefined],
    [g.mu, dir.mu, m.mu, undefined],
  ];
  const reached = (incumbent: number): boolean => bestValue > incumbent - 0.5;
  const run = (iterations: number, incumbent: number): void => {
    for (let it = 0; it < iterations && !stopped; it++) {
      const value = evaluate(p, d, m, sc, g, open, previous);
      if (bestValue === -Infinity || value > bestValue + 1e-9 * Math.abs(bestValue)) {
        bestValue = value;
        best.lambda.set(m.lambda);
        best.nu.set(m.nu);
        best.mu.set(m.mu);
        stall = 0;
      } else if (++stall >= STALL) {
        theta /= 2;
        stall = 0;
      }
      if (reached(incumbent) || theta < 1e-6) return;
      // Deflected direction; components held at 0 by the projection are dropped.
      let norm = 0;
      for (const [gv, dv, mv, free] of parts) {
        for (let i = 0; i < gv.length; i++) {
          let x = (gv[i] as number) + DEFLECTION * (dv[i] as number);
          if ((mv[i] as number) <= 0 && x < 0 && free?.[i] !== 1) x = 0;
          dv[i] = x;
          norm += x * x;
        }
      }
      if (norm === 0) {
        // No direction left (g = 0: the subproblem solutions are feasible and L is the optimum).
        stopped = true;
        return;
      }
      const target = bestValue + TARGET_ABOVE * Math.abs(bestValue) + 1;
      const step = (theta * Math.max(target - value, 1)) / norm;
      for (const [, dv, mv, free] of parts) {
        for (let i = 0; i < dv.length; i++) {
          const x = (mv[i] as number) + step * (dv[i] as number);
          mv[i] = free?.[i] === 1 ? x : Math.max(0, x);
        }
      }
    }
  };
  return {
    run,
    reached,
    openness: () => {
      const result = new Map<number, number>();
      for (let o = 0; o < p.nOrders; o++) {
        for (let k = d.localStart[o] as number; k < (d.localStart[o + 1] as number); k++) {
          if ((open[k] as number) > 0) result.set(o * p.nLocs + (d.localLoc[k] as number), open[k] as number);
        }
      }
      return result;
    },
    bound: () => (bestValue === -Infinity ? undefined : certify(p, d, best, sc)),
  };
}

/**
 * Exact re-insertion for the local search: the cheapest way to ship order o from the stock and
 * capacity left in `avail` / `capRem` among the plans shipping the most units it can — the same
 * facility-location subproblem with unit costs c − M, M above the cost of any plan of the order,
 * so one more unit always beats any saving. Returns the plan per line ([location, units, …]) of
 * the best set found (the exact optimum unless the search exceeds its budget).
 */
export function createExactInsertion(p: Problem): (avail: readonly Float64Array[], capRem: Float64Array, o: number) => { plan: number[][]; proven: boolean } {
  const d = buildData(p, 0);
  const sc = createScratch(p, d);
  // Each order's last best set: a warm start for its next insertion (still a feasible set).
  const previous = new Uint8Array(d.localLoc.length);
  return (avail, capRem, o) => {
    const a0 = d.arcStart[o] as number;
    const a1 = d.arcStart[o + 1] as number;
    let big = 1;
    for (let a = a0; a < a1; a++) {
      const l = d.localLoc[(d.localStart[o] as number) + (d.arcLocal[a] as number)] as number;
      const s = p.lineSku[d.arcLine[a] as number] as number;
      const k = p.slot.get(s * p.nLocs + l) as number;
      const u = Math.min(d.arcCap[a] as number, (avail[s] as Float64Array)[k] as number, capRem[l] as number);
      sc.cap[a - a0] = Math.max(0, u);
      big += (d.arcCost[a] as number) * Math.max(0, u) + (p.locFixed[l] as number);
    }
    for (let a = a0; a < a1; a++) sc.r[a - a0] = (d.arcCost[a] as number) - big;
    solveOrder(p, d, o, sc, previous);
    const plan: number[][] = [];
    for (let line = p.lineStart[o] as number; line < (p.lineStart[o + 1] as number); line++) {
      const list: number[] = [];
      for (let a = d.lineArcStart[line] as number; a < (d.lineArcStart[line + 1] as number); a++) {
        const x = sc.take[a - a0] as number;
        if (x > 0) list.push(d.localLoc[(d.localStart[o] as number) + (d.arcLocal[a] as number)] as number, x);
      }
      plan.push(list);
    }
    return { plan, proven: sc.exhausted[0] === 0 };
  };
}
