import { describe, expect, it } from 'vitest';
import { createRandom, type RandomState } from '../../../src/core/statistics/createRandom.js';
import { expectOmnicxError } from './support.js';

describe('createRandom', () => {
  it('implements xoshiro128** exactly (Blackman & Vigna 2018 reference C code)', () => {
    // Outputs of the reference xoshiro128starstar.c started from state {1, 2, 3, 4}, compiled
    // with gcc: 11520, 0, 5927040, 70819200, 2031721883, 1637235492; then the state is
    // {1110993931, 286554632, 2431677446, 2165318166}.
    const random = createRandom([1, 2, 3, 4]);
    const words = Array.from({ length: 6 }, () => random.next() * 2 ** 32);
    expect(words).toEqual([11520, 0, 5927040, 70819200, 2031721883, 1637235492]);
    expect(random.state()).toEqual([1110993931, 286554632, 2431677446, 2165318166]);
  });

  it('seeds through splitmix32 as documented', () => {
    // An independent Python transcription of the documented seeding (golden-ratio increment
    // 0x9e3779b9, multipliers 0x21f0aaad and 0x735a2d97) gives these four words for seed 42.
    expect(createRandom(42).state()).toEqual([551831576, 144025891, 322543647, 3034809370]);
  });

  it('is deterministic per seed and different across seeds, including seeds above 2^32', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return [random.next(), random.next(), random.next()];
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    expect(draw(0)).not.toEqual(draw(2 ** 32));
    expect(draw(-1)).not.toEqual(draw(2 ** 32 - 1));
  });

  it('resumes the same sequence from a saved state, which is a JSON-safe copy', () => {
    const random = createRandom(99);
    random.next();
    random.normal();
    const saved = random.state();
    const expected = [random.next(), random.int(10), random.normal()];
    const resumed = createRandom(JSON.parse(JSON.stringify(saved)) as RandomState);
    expect([resumed.next(), resumed.int(10), resumed.normal()]).toEqual(expected);
    const returned = random.state() as unknown as number[];
    const before = returned[0];
    returned[0] = before === 0 ? 1 : 0;
    expect(random.state()[0]).toBe(before);
  });

  it('escapes the all-zero state, a fixed point of xoshiro', () => {
    const random = createRandom([0, 0, 0, 0]);
    expect(random.state()).toEqual([1, 0, 0, 0]);
    expect(new Set(Array.from({ length: 5 }, () => random.next())).size).toBeGreaterThan(1);
  });

  it('draws next() in [0, 1) and int(k) in [0, k)', () => {
    const random = createRandom(5);
    for (let i = 0; i < 1000; i++) {
      const u = random.next();
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
      const k = random.int(7);
      expect(Number.isInteger(k) && k >= 0 && k < 7).toBe(true);
    }
    expect(random.int(1)).toBe(0);
    const big = random.int(2 ** 32);
    expect(big >= 0 && big < 2 ** 32).toBe(true);
    // 2^31 + 1 leaves almost half of the 32-bit range to reject: still in bounds.
    for (let i = 0; i < 100; i++) expect(random.int(2 ** 31 + 1)).toBeLessThanOrEqual(2 ** 31);
  });

  it('draws int() uniformly: chi-square test with a fixed seed', () => {
    // 100 000 draws into 10 cells; the 0.999 quantile of χ² with 9 degrees of freedom is 27.877
    // (Abramowitz & Stegun Table 26.8), so a correct generator fails this 1 time in 1000 seeds.
    const random = createRandom(20240601);
    const counts = new Array<number>(10).fill(0);
    const draws = 100_000;
    for (let i = 0; i < draws; i++) counts[random.int(10)]! += 1;
    const expected = draws / 10;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    expect(chiSquare).toBeLessThan(27.877);
  });

  it('draws normal() with mean 0 and standard deviation 1', () => {
    // 100 000 standard normal draws: the sample mean has SE 0.0032 and the SD about 0.0022.
    const random = createRandom(31337);
    const n = 100_000;
    let sum = 0;
    let squares = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      squares += z * z;
      if (Math.abs(z) > 1.959963984540054) beyond2++;
    }
    const mean = sum / n;
    const sd = Math.sqrt((squares - n * mean * mean) / (n - 1));
    expect(Math.abs(mean)).toBeLessThan(0.013);
    expect(Math.abs(sd - 1)).toBeLessThan(0.01);
    // P(|Z| > 1.96) = 0.05; binomial SE of the proportion is 0.0007.
    expect(Math.abs(beyond2 / n - 0.05)).toBeLessThan(0.003);
  });

  it('rejects bad seeds, states and bounds', () => {
    // assertSafeInteger reports a fractional seed as NOT_SAFE_INTEGER.
    expectOmnicxError(() => createRandom(1.5), 'NOT_SAFE_INTEGER', ['seed']);
    expectOmnicxError(() => createRandom(Number.NaN), 'INVALID_INPUT', ['seed']);
    expectOmnicxError(() => createRandom(2 ** 53), 'NOT_SAFE_INTEGER', ['seed']);
    expectOmnicxError(() => createRandom('42' as never), 'INVALID_INPUT', ['seed']);
    expectOmnicxError(() => createRandom([1, 2, 3] as never), 'INVALID_INPUT', ['seed']);
    expectOmnicxError(() => createRandom([1, 2, 3, 2 ** 32]), 'INVALID_INPUT', ['seed', 3]);
    expectOmnicxError(() => createRandom([1, -1, 3, 4]), 'INVALID_INPUT', ['seed', 1]);
    expectOmnicxError(() => createRandom([1, 2, 0.5, 4]), 'INVALID_INPUT', ['seed', 2]);
    const random = createRandom(1);
    expectOmnicxError(() => random.int(0), 'INVALID_INPUT', ['maxExclusive']);
    expectOmnicxError(() => random.int(2.5), 'INVALID_INPUT', ['maxExclusive']);
    expectOmnicxError(() => random.int(2 ** 32 + 1), 'INVALID_INPUT', ['maxExclusive']);
  });
});
