// Sorted lists for the KPI accumulators. `add` finds where each new element goes by binary search
// (refusing a bad element it probes: a hand-edited list may hold anything) before it changes
// anything, then moves the held elements once to make room, in place; `merge` builds new arrays.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { describe, invalid } from '../../core/internal/assert.js';

/**
 * Where each of `additions` (sorted by `less`) goes in `target` (sorted): for each, the index of
 * the first held element greater than it (after any equal one, so a duplicate sits at index − 1).
 * O(k log n) comparisons; a probed element that fails `valid` is refused at `[...path, index]`.
 */
export function insertionPoints<T>(target: readonly unknown[], additions: readonly T[], less: (a: T, b: T) => boolean, valid: (x: unknown) => x is T, what: string, path: readonly PathKey[]): number[] {
  const n = target.length;
  const points = new Array<number>(additions.length);
  let from = 0;
  for (let j = 0; j < additions.length; j++) {
    const key = additions[j] as T;
    let low = from;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const probe = target[mid];
      if (!valid(probe)) throw invalid(`${[...path, mid].join('.')} must be ${what}, got ${describe(probe)}`, [...path, mid]);
      if (less(key, probe)) high = mid;
      else low = mid + 1;
    }
    points[j] = low;
    from = low;
  }
  return points;
}

/**
 * Inserts `additions` at `points` (from {@link insertionPoints}) in place: one backward pass that
 * moves each held element once, with no comparison (a few ms for 10^6 held elements).
 */
export function insertAt<T>(target: T[], additions: readonly T[], points: readonly number[]): void {
  const k = additions.length;
  const n = target.length;
  for (let j = 0; j < k; j++) target.push(additions[j] as T);
  let end = n;
  for (let j = k - 1; j >= 0; j--) {
    const p = points[j] as number;
    const shift = j + 1;
    for (let m = end - 1; m >= p; m--) target[m + shift] = target[m] as T;
    target[p + j] = additions[j] as T;
    end = p;
  }
}

/**
 * Merges two sorted lists into a new one; `duplicate(j)` is called (and must throw) when
 * `b[j]` equals an element of `a`.
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], less: (x: T, y: T) => boolean, duplicate?: (j: number) => never): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as T;
    const y = b[j] as T;
    if (less(y, x)) {
      out.push(y);
      j++;
    } else {
      if (duplicate !== undefined && !less(x, y)) duplicate(j);
      out.push(x);
      i++;
    }
  }
  while (i < a.length) out.push(a[i++] as T);
  while (j < b.length) out.push(b[j++] as T);
  return out;
}
