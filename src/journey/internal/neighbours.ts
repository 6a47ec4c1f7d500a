import { compareText, readJourneys } from './journeys.js';
import { countOption, readOptions } from './read.js';
import { invalid, describe } from '../../core/internal/assert.js';
import type { JourneySteps, StepNeighbours } from '../schemas.js';

/** Counts the steps right after (direction 1) or right before (−1) each occurrence of a touchpoint. */
export function neighbours(journeys: unknown, touchpoint: unknown, options: unknown, direction: 1 | -1, optionKeys: readonly string[]): StepNeighbours {
  const list = readJourneys(journeys);
  if (typeof touchpoint !== 'string' || touchpoint === '') {
    throw invalid(`touchpoint must be a non-empty string, got ${describe(touchpoint)}`, ['touchpoint']);
  }
  const k = countOption(readOptions(options, optionKeys), 'k', 5, 1);
  return neighbourResult(touchpoint, tallyNeighbours(list, touchpoint, direction), k);
}

export interface NeighbourTally {
  occurrences: number;
  boundary: number;
  readonly counts: Map<string, number>;
}

/** Counts validated journeys into `tally` (a new one when not given). */
export function tallyNeighbours(
  list: readonly JourneySteps[],
  touchpoint: string,
  direction: 1 | -1,
  tally: NeighbourTally = { occurrences: 0, boundary: 0, counts: new Map() },
): NeighbourTally {
  const { counts } = tally;
  for (const { steps } of list) {
    for (let s = 0; s < steps.length; s++) {
      if ((steps[s] as { touchpoint: string }).touchpoint !== touchpoint) continue;
      tally.occurrences++;
      const neighbour = steps[s + direction];
      if (neighbour === undefined) tally.boundary++;
      else counts.set(neighbour.touchpoint, (counts.get(neighbour.touchpoint) ?? 0) + 1);
    }
  }
  return tally;
}

export function neighbourResult(touchpoint: string, tally: NeighbourTally, k: number): StepNeighbours {
  const { occurrences, boundary } = tally;
  const steps = [...tally.counts]
    .sort((a, b) => b[1] - a[1] || compareText(a[0], b[0]))
    .slice(0, k)
    .map(([name, count]) => ({ touchpoint: name, count, share: count / occurrences }));
  return { touchpoint, occurrences, boundary, boundaryShare: occurrences === 0 ? null : boundary / occurrences, steps };
}
