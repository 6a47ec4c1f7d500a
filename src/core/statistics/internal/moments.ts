import type { PathKey } from '../../errors/OmnicxError.js';
import { describe, invalid } from '../../internal/assert.js';
import type { MomentsAccumulator } from '../createMomentsAccumulator.js';

/**
 * Checks the shape and invariants of a {@link MomentsAccumulator} (it may come from JSON).
 * `m2` may be +Infinity after an overflow, which JSON cannot carry.
 */
export function assertMoments(value: unknown, path: readonly PathKey[], name: string): asserts value is MomentsAccumulator {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${name} must be a moments accumulator object, got ${describe(value)}`, path);
  }
  const acc = value as Record<string, unknown>;
  const { n, mean, m2, min, max } = acc;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw invalid(`${name}.n must be a non-negative safe integer, got ${describe(n)}`, [...path, 'n']);
  }
  if (typeof mean !== 'number' || !Number.isFinite(mean)) {
    throw invalid(`${name}.mean must be a finite number, got ${describe(mean)}`, [...path, 'mean']);
  }
  if (typeof m2 !== 'number' || Number.isNaN(m2) || m2 < 0) {
    throw invalid(`${name}.m2 must be a non-negative number, got ${describe(m2)}`, [...path, 'm2']);
  }
  if (n === 0) {
    if (mean !== 0 || m2 !== 0 || min !== null || max !== null) {
      throw invalid(`${name} has n = 0 but is not empty (expected mean 0, m2 0, min and max null)`, path);
    }
    return;
  }
  if (typeof min !== 'number' || !Number.isFinite(min)) {
    throw invalid(`${name}.min must be a finite number when n > 0, got ${describe(min)}`, [...path, 'min']);
  }
  if (typeof max !== 'number' || !Number.isFinite(max) || max < min) {
    throw invalid(`${name}.max must be a finite number ≥ min when n > 0, got ${describe(max)}`, [...path, 'max']);
  }
}
