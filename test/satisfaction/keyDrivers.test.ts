import { describe, expect, it } from 'vitest';
import { pearson, spearman } from '../../src/core/statistics/index.js';
import { keyDrivers, keyDriversResultSchema } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

const OVERALL = [3, 5, 4, 6, 7, 5, 8, 6, 9, 7];
const STAFF = [2, 4, 4, 5, 6, 5, 7, 5, 8, 6];
const SPEED = [3, 4, 3, 6, 6, 4, 7, 7, 8, 6];
const PRICE = [5, 3, 6, 4, 5, 6, 4, 5, 6, 3];

describe('keyDrivers', () => {
  it('gives each of two uncorrelated attributes its squared correlation as relative weight', () => {
    // overall = 2·staff + 2·speed − 2 exactly, staff ⟂ speed: r = 2/√8 = 0.7071 each, weights r² = 0.5
    const result = keyDrivers([2, 4, 4, 6], { staff: [1, 2, 1, 2], speed: [1, 1, 2, 2] });
    expect(result.rSquared).toBeCloseTo(1, 14);
    for (const driver of result.drivers) {
      expect(driver.pearson).toBeCloseTo(Math.SQRT1_2, 14);
      expect(driver.relativeWeight).toBeCloseTo(0.5, 14);
      expect(driver.standardizedWeight).toBeCloseTo(Math.SQRT1_2, 14);
      expect(driver.relativeWeightShare).toBeCloseTo(50, 12);
    }
  });

  it('matches the closed form of Johnson’s weights for two correlated attributes', () => {
    // With R = [[1, ρ], [ρ, 1]]: R^½ = [[a, b], [b, a]], a = (√(1+ρ) + √(1−ρ))/2, b = (√(1+ρ) − √(1−ρ))/2,
    // β* = R^−½ r, ε₁ = a²β*₁² + b²β*₂², ε₂ = b²β*₁² + a²β*₂²; R² = rᵀR⁻¹r.
    const x1 = STAFF;
    const x2 = SPEED;
    const rho = pearson(x1, x2);
    const r1 = pearson(x1, OVERALL);
    const r2 = pearson(x2, OVERALL);
    const a = (Math.sqrt(1 + rho) + Math.sqrt(1 - rho)) / 2;
    const b = (Math.sqrt(1 + rho) - Math.sqrt(1 - rho)) / 2;
    const det = a * a - b * b; // R^½ inverse = [[a, −b], [−b, a]]/det
    const s1 = (a * r1 - b * r2) / det;
    const s2 = (-b * r1 + a * r2) / det;
    const e1 = a * a * s1 * s1 + b * b * s2 * s2;
    const e2 = b * b * s1 * s1 + a * a * s2 * s2;
    const rSquared = (r1 * r1 + r2 * r2 - 2 * rho * r1 * r2) / (1 - rho * rho);
    const result = keyDrivers(OVERALL, { staff: x1, speed: x2 });
    expect(result.rSquared).toBeCloseTo(rSquared, 12);
    const byName = Object.fromEntries(result.drivers.map((d) => [d.attribute, d]));
    expect(byName['staff']?.relativeWeight).toBeCloseTo(e1, 12);
    expect(byName['speed']?.relativeWeight).toBeCloseTo(e2, 12);
    expect(byName['staff']?.standardizedWeight).toBeCloseTo((r1 - rho * r2) / (1 - rho * rho), 12);
    expect(e1 + e2).toBeCloseTo(rSquared, 12);
  });

  it('reports Pearson and Spearman, sorts by weight and makes weights sum to R² (three attributes)', () => {
    const result = keyDrivers(OVERALL, { price: PRICE, staff: STAFF, speed: SPEED });
    expect(keyDriversResultSchema.safeParse(result).success).toBe(true);
    expect(result.n).toBe(10);
    const weights = result.drivers.map((d) => d.relativeWeight);
    expect([...weights].sort((x, y) => y - x)).toEqual(weights);
    expect(weights.reduce((s, w) => s + w, 0)).toBeCloseTo(result.rSquared, 12);
    expect(result.drivers.reduce((s, d) => s + d.relativeWeightShare, 0)).toBeCloseTo(100, 10);
    const price = result.drivers.find((d) => d.attribute === 'price');
    expect(price?.pearson).toBeCloseTo(pearson(PRICE, OVERALL), 14);
    expect(price?.spearman).toBeCloseTo(spearman(PRICE, OVERALL), 14);
    expect(result.drivers.at(-1)?.attribute).toBe('price');
  });

  it('gives zero shares when nothing correlates', () => {
    // overall ⟂ x: r = 0 → R² = 0, weights 0, shares 0 (not NaN)
    const result = keyDrivers([1, 2, 2, 1], { x: [1, 1, 2, 2] });
    expect(result.rSquared).toBeCloseTo(0, 14);
    expect(result.drivers[0]?.relativeWeightShare).toBe(0);
  });

  it('refuses bad ratings, mismatched lengths, constant ratings and collinear attributes', () => {
    expectError(() => keyDrivers([1, 2, 3], {}), 'INVALID_INPUT', ['attributes']);
    expectError(() => keyDrivers([1, 2, 3], null as never), 'INVALID_INPUT', ['attributes']);
    expectError(() => keyDrivers([1, 2, Number.NaN], { a: [1, 2, 3] }), 'INVALID_INPUT', ['overall', 2]);
    expectError(() => keyDrivers([1, 2, 3], { a: [1, '2', 3] as never }), 'INVALID_INPUT', ['attributes', 'a', 1]);
    expectError(() => keyDrivers([1, 2, 3], { a: [1, 2] }), 'INVALID_INPUT', ['attributes', 'a']);
    expectError(() => keyDrivers([1, 2], { a: [1, 2] }), 'INSUFFICIENT_DATA', ['overall']);
    expectError(() => keyDrivers([3, 3, 3], { a: [1, 2, 3] }), 'INSUFFICIENT_DATA', ['overall']);
    expectError(() => keyDrivers([1, 2, 3], { a: [2, 2, 2] }), 'INSUFFICIENT_DATA', ['attributes', 'a']);
    expectError(() => keyDrivers(OVERALL, { staff: STAFF, twice: STAFF.map((v) => 2 * v + 1) }), 'INVALID_INPUT', ['attributes']);
  });
});
