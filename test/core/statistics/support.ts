// Shared assertions for the statistics tests (not a test file itself).
import { expect } from 'vitest';
import { isOmnicxError, type ErrorCode, type PathKey } from '../../../src/core/errors/OmnicxError.js';

/** |actual − expected| / |expected|, 0 when both are equal (including both 0). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return Math.abs(actual - expected) / Math.abs(expected);
}

/** Asserts a relative error no larger than `tolerance`. */
export function expectClose(actual: number, expected: number, tolerance: number): void {
  expect(relativeError(actual, expected), `${String(actual)} vs ${String(expected)}`).toBeLessThanOrEqual(tolerance);
}

/** Asserts that `run` throws an OmnicxError with this code and path; returns its message. */
export function expectOmnicxError(run: () => unknown, code: ErrorCode, path: readonly PathKey[]): string {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(isOmnicxError(thrown), `expected an OmnicxError, got ${String(thrown)}`).toBe(true);
  if (!isOmnicxError(thrown)) return '';
  expect(thrown.code).toBe(code);
  expect(thrown.path).toEqual(path);
  return thrown.message;
}

/** Anscombe (1973), "Graphs in statistical analysis", The American Statistician 27(1):17–21. */
export const ANSCOMBE = {
  x: [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5],
  y1: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68],
  y2: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74],
  y3: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73],
  x4: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
  y4: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
} as const;
