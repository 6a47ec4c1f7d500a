export { expectOmnicxError as expectError } from '../support/expectOmnicxError.js';

/** Deep-frozen value, to prove that a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** z for 95 %: Φ⁻¹(0.975) (R: qnorm(0.975)). */
export const Z95 = 1.959963984540054;

export { splitAt } from '../support/splitAt.js';

/**
 * Merges `parts` (at least one) in their order, as a binary tree whose shape `choices` picks: each
 * range [lo, hi) is cut at lo + 1 + (choice mod (hi − lo − 1)), taking the choices in turn.
 */
export function mergeInTree<T>(parts: readonly T[], merge: (a: T, b: T) => T, choices: readonly number[]): T {
  let next = 0;
  const pick = (): number => (choices.length === 0 ? 0 : (choices[next++ % choices.length] as number));
  const build = (lo: number, hi: number): T => {
    if (hi - lo === 1) return parts[lo] as T;
    const cut = lo + 1 + (pick() % (hi - lo - 1));
    return merge(build(lo, cut), build(cut, hi));
  };
  return build(0, parts.length);
}

/** A JSON round trip, as an accumulator stored and read back. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A copy of `values` in an order drawn from `seed` (Fisher–Yates with a Park–Miller generator). */
export function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = (seed % 2147483646) + 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 48271) % 2147483647;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
