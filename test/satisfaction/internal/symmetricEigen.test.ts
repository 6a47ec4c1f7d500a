import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../src/satisfaction/internal/symmetricEigen.js';

function reconstruct(values: Float64Array, vectors: Float64Array, p: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < p; i++) {
    for (let j = 0; j < p; j++) {
      let sum = 0;
      for (let k = 0; k < p; k++) sum += (vectors[i * p + k] as number) * (values[k] as number) * (vectors[j * p + k] as number);
      out.push(sum);
    }
  }
  return out;
}

describe('symmetricEigen', () => {
  it('decomposes a 2×2 correlation matrix into 1 ± ρ', () => {
    const { values } = symmetricEigen(Float64Array.from([1, 0.6, 0.6, 1]), 2);
    expect([...values].sort()).toEqual([expect.closeTo(0.4, 14), expect.closeTo(1.6, 14)]);
  });

  it('reconstructs a 3×3 matrix with a zero off-diagonal entry (QΛQᵀ = A)', () => {
    const a = Float64Array.from([1, 0, 0.5, 0, 1, 0.3, 0.5, 0.3, 1]);
    const { values, vectors } = symmetricEigen(a, 3);
    reconstruct(values, vectors, 3).forEach((value, i) => expect(value).toBeCloseTo(a[i] as number, 13));
    expect(values.reduce((s, v) => s + v, 0)).toBeCloseTo(3, 13);
    expect([...a]).toEqual([1, 0, 0.5, 0, 1, 0.3, 0.5, 0.3, 1]);
  });
});
