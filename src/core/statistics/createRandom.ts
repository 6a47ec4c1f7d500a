import { assertSafeInteger, invalid } from '../internal/assert.js';

/** The full state of a {@link Random} generator: four unsigned 32-bit words, JSON-serialisable. */
export type RandomState = readonly [number, number, number, number];

/**
 * A seeded pseudo-random number generator (xoshiro128**). The generator is the one piece of
 * omnicx that holds state; it is explicit, created by you, and can be saved with `state()` and
 * resumed with `createRandom(state)`.
 */
export interface Random {
  /** A uniform float in [0, 1) with 32 bits of randomness. */
  next(): number;
  /** A uniform integer in [0, maxExclusive); `maxExclusive` is a positive integer ≤ 2^32. */
  int(maxExclusive: number): number;
  /** A standard normal variate (Marsaglia's polar method). */
  normal(): number;
  /** A copy of the current state, to resume the same sequence later. */
  state(): RandomState;
}

function splitmix32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x9e3779b9) >>> 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad) >>> 0;
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97) >>> 0;
    return (z ^ (z >>> 15)) >>> 0;
  };
}

/**
 * Creates a deterministic generator from an integer seed or a saved {@link RandomState}. The same
 * seed gives the same sequence on every platform.
 *
 * Algorithm: xoshiro128** (Blackman & Vigna, 2018, "Scrambled linear pseudorandom number
 * generators"), seeded through splitmix32 so that nearby seeds give unrelated streams.
 *
 * @param seed - a safe integer, or a state from `random.state()`
 * @throws {@link OmnicxError} `INVALID_INPUT` / `NOT_SAFE_INTEGER` for a bad seed or state
 *
 * @example
 * ```ts
 * import { createRandom } from 'omnicx/core';
 * const random = createRandom(42);
 * const first = random.next();
 * console.log(first >= 0 && first < 1); // true
 * console.log(createRandom(42).next() === first); // true
 * ```
 */
export function createRandom(seed: number | RandomState): Random {
  let s0: number, s1: number, s2: number, s3: number;
  if (typeof seed === 'number') {
    assertSafeInteger(seed, ['seed'], 'seed');
    // Fold the high bits in so that seeds differing only above bit 32 still differ.
    const high = Math.floor(seed / 2 ** 32);
    const next = splitmix32((seed >>> 0) ^ Math.imul(high >>> 0, 0x85ebca6b));
    s0 = next();
    s1 = next();
    s2 = next();
    s3 = next();
  } else if (Array.isArray(seed) && (seed as readonly unknown[]).length === 4) {
    const words = (seed as readonly unknown[]).map((word, i) => {
      if (typeof word !== 'number' || !Number.isInteger(word) || word < 0 || word > 0xffffffff) {
        throw invalid(`seed[${String(i)}] must be an unsigned 32-bit integer`, ['seed', i]);
      }
      return word;
    });
    [s0, s1, s2, s3] = words as [number, number, number, number];
  } else {
    throw invalid('seed must be a safe integer or a state of four 32-bit words', ['seed']);
  }
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point

  function nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  }

  return {
    next: () => nextUint32() / 4294967296,
    int(maxExclusive: number): number {
      if (!Number.isInteger(maxExclusive) || maxExclusive < 1 || maxExclusive > 4294967296) {
        throw invalid('maxExclusive must be an integer from 1 to 2^32', ['maxExclusive']);
      }
      // Rejection sampling removes the modulo bias.
      const limit = 4294967296 - (4294967296 % maxExclusive);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % maxExclusive;
      }
    },
    normal(): number {
      for (;;) {
        const u = (nextUint32() / 4294967296) * 2 - 1;
        const v = (nextUint32() / 4294967296) * 2 - 1;
        const s = u * u + v * v;
        if (s > 0 && s < 1) {
          const m = Math.sqrt((-2 * Math.log(s)) / s);
          // The second variate (v · m) is discarded so that state() captures everything.
          return u * m;
        }
      }
    },
    state: () => [s0 >>> 0, s1 >>> 0, s2 >>> 0, s3 >>> 0],
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
