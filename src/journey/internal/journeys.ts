// Fast validation of journeys (anything with ordered `steps`), one pass, no zod per step.
import { describe, invalid } from '../../core/internal/assert.js';
import type { JourneySteps } from '../schemas.js';

export type Step = JourneySteps['steps'][number];

/** Checks journeys and their steps (touchpoint a non-empty string, at a finite number). */
export function readJourneys(value: unknown, name = 'journeys'): readonly JourneySteps[] {
  if (!Array.isArray(value)) throw invalid(`${name} must be an array, got ${describe(value)}`, [name]);
  const journeys = value as readonly unknown[];
  for (let j = 0; j < journeys.length; j++) {
    const journey = journeys[j];
    const steps: unknown = typeof journey === 'object' && journey !== null ? (journey as Record<string, unknown>)['steps'] : undefined;
    if (!Array.isArray(steps)) {
      throw invalid(`${name}[${String(j)}].steps must be an array of steps, got ${describe(steps)}`, [name, j, 'steps']);
    }
    for (let s = 0; s < steps.length; s++) {
      const step: unknown = steps[s];
      if (typeof step !== 'object' || step === null) {
        throw invalid(`${name}[${String(j)}].steps[${String(s)}] must be an object, got ${describe(step)}`, [name, j, 'steps', s]);
      }
      const { touchpoint, at } = step as Record<string, unknown>;
      if (typeof touchpoint !== 'string' || touchpoint === '') {
        throw invalid(`${name}[${String(j)}].steps[${String(s)}].touchpoint must be a non-empty string, got ${describe(touchpoint)}`, [
          name,
          j,
          'steps',
          s,
          'touchpoint',
        ]);
      }
      if (typeof at !== 'number' || !Number.isFinite(at)) {
        throw invalid(`${name}[${String(j)}].steps[${String(s)}].at must be epoch milliseconds, got ${describe(at)}`, [name, j, 'steps', s, 'at']);
      }
    }
  }
  return journeys as readonly JourneySteps[];
}

/** Code-unit order of strings (locale-independent). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lexicographic order of string sequences. */
export function compareSequences(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareText(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
