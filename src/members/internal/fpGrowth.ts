// FP-growth (Han, Pei & Yin 2000, "Mining frequent patterns without candidate generation", SIGMOD):
// transactions are inserted into a prefix tree in a fixed item order (descending global support),
// and itemsets are mined from conditional trees built from each item's prefix paths.

/** A found itemset: item ids (ranks) and its support count. */
export interface RawItemset {
  readonly items: readonly number[];
  readonly count: number;
}

interface Tree {
  readonly item: number[];
  readonly count: number[];
  readonly parent: number[];
  readonly header: Map<number, number[]>;
}

/** Builds an FP-tree from weighted paths whose items are sorted ascending (most frequent first). */
function buildTree(paths: readonly (readonly number[])[], weights: readonly number[], itemCount: number): Tree {
  const tree: Tree = { item: [-1], count: [0], parent: [-1], header: new Map() };
  const children = new Map<number, number>();
  for (let p = 0; p < paths.length; p++) {
    const path = paths[p] as readonly number[];
    const w = weights[p] as number;
    let node = 0;
    for (const it of path) {
      const key = node * itemCount + it;
      let child = children.get(key);
      if (child === undefined) {
        child = tree.item.length;
        tree.item.push(it);
        tree.count.push(0);
        tree.parent.push(node);
        children.set(key, child);
        const list = tree.header.get(it);
        if (list === undefined) tree.header.set(it, [child]);
        else list.push(child);
      }
      tree.count[child] = (tree.count[child] as number) + w;
      node = child;
    }
  }
  return tree;
}

function mine(tree: Tree, suffix: readonly number[], minCount: number, maxLength: number, itemCount: number, out: RawItemset[]): void {
  // Least frequent first (highest rank), as in the paper; any order gives the same itemsets.
  const items = [...tree.header.keys()].sort((a, b) => b - a);
  for (const it of items) {
    const nodes = tree.header.get(it) as number[];
    let support = 0;
    for (const n of nodes) support += tree.count[n] as number;
    if (support < minCount) continue;
    const itemset = [it, ...suffix];
    out.push({ items: itemset, count: support });
    if (itemset.length >= maxLength) continue;
    const paths: number[][] = [];
    const weights: number[] = [];
    const local = new Map<number, number>();
    for (const n of nodes) {
      const path: number[] = [];
      for (let p = tree.parent[n] as number; p > 0; p = tree.parent[p] as number) path.push(tree.item[p] as number);
      if (path.length === 0) continue;
      path.reverse();
      const w = tree.count[n] as number;
      for (const x of path) local.set(x, (local.get(x) ?? 0) + w);
      paths.push(path);
      weights.push(w);
    }
    const kept: number[][] = [];
    const keptWeights: number[] = [];
    for (let p = 0; p < paths.length; p++) {
      const filtered = (paths[p] as number[]).filter((x) => (local.get(x) as number) >= minCount);
      if (filtered.length > 0) {
        kept.push(filtered);
        keptWeights.push(weights[p] as number);
      }
    }
    if (kept.length > 0) mine(buildTree(kept, keptWeights, itemCount), itemset, minCount, maxLength, itemCount, out);
  }
}

/** All itemsets with support count ≥ minCount and size ≤ maxLength; item ids are 0..itemCount−1; `weights`: how many baskets each transaction stands for (default 1 each). */
export function fpGrowth(
  transactions: readonly (readonly number[])[],
  itemCount: number,
  minCount: number,
  maxLength: number,
  weights: readonly number[] = new Array<number>(transactions.length).fill(1),
): RawItemset[] {
  const out: RawItemset[] = [];
  mine(buildTree(transactions, weights, itemCount), [], minCount, maxLength, itemCount, out);
  return out;
}
