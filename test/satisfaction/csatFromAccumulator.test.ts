import { describe, expect, it } from 'vitest';
import { createCsatAccumulator, csatFromAccumulator } from '../../src/satisfaction/index.js';
import { expectError } from './surveyHelpers.js';

describe('csatFromAccumulator', () => {
  it('reads the score with its Wilson interval and nulls while empty', () => {
    expect(csatFromAccumulator({ ...createCsatAccumulator(), n: 4, satisfied: 3 }, { confidence: 0.9 })).toMatchObject({
      n: 4,
      satisfied: 3,
      score: 75,
      interval: { confidence: 0.9, method: 'wilson' },
    });
    expect(csatFromAccumulator(createCsatAccumulator()).score).toBeNull();
  });

  it('refuses more satisfied answers than answers', () => {
    expectError(() => csatFromAccumulator({ ...createCsatAccumulator(), n: 1, satisfied: 2 }), 'INVALID_INPUT', ['acc', 'satisfied']);
  });
});
