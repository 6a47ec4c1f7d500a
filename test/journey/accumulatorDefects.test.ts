// Review of the journey accumulators (2026-11-28): four defects, each test failing before its fix.
import { addEventsToFunnel, addJourneysToDirectlyFollows, addJourneysToPathEdges, addJourneysToStageDropOff, createDirectlyFollowsAccumulator, createFunnelAccumulator, createPathEdgesAccumulator, createStageDropOffAccumulator, defineStages, directlyFollows, directlyFollowsFromAccumulator, funnel, funnelFromAccumulator, mergeDirectlyFollowsAccumulators, mergePathEdgesAccumulators, pathEdges, pathEdgesFromAccumulator, stageDropOffFromAccumulator } from '../../src/journey/index.js';
import { expectOmnicxError } from './helpers.js';
import { describe, expect, it } from 'vitest';

describe('defect 1: directly-follows accumulator without startEnd and touchpoints named (start) / (end)', () => {
  it('reads back the accumulator its own add produced and equals directlyFollows', () => {
    const journeys = [{ steps: [{ touchpoint: '(start)', at: 0 }, { touchpoint: 'x', at: 5 }, { touchpoint: '(end)', at: 9 }] }];
    const acc = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), journeys);
    expect(directlyFollowsFromAccumulator(acc)).toEqual(directlyFollows(journeys));
    expect(directlyFollowsFromAccumulator(mergeDirectlyFollowsAccumulators(acc, createDirectlyFollowsAccumulator()))).toEqual(directlyFollows(journeys));
    expect(() => addJourneysToDirectlyFollows(acc, journeys)).not.toThrow();
  });
});

describe('defect 2: edge keys collide when touchpoints hold \\u0000', () => {
  const j1 = { steps: [{ touchpoint: 'a\u0000b', at: 0 }, { touchpoint: 'c', at: 10 }] };
  const j2 = { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b\u0000c', at: 20 }] };
  it('directlyFollows keeps the two edges apart, in any order and any merge order', () => {
    const expected = [
      { from: 'a', to: 'b\u0000c', count: 1, meanMs: 20, medianMs: 20 },
      { from: 'a\u0000b', to: 'c', count: 1, meanMs: 10, medianMs: 10 },
    ];
    expect(directlyFollows([j1, j2])).toEqual(expected);
    expect(directlyFollows([j2, j1])).toEqual(expected);
    const a = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [j1]);
    const b = addJourneysToDirectlyFollows(createDirectlyFollowsAccumulator(), [j2]);
    expect(directlyFollowsFromAccumulator(mergeDirectlyFollowsAccumulators(a, b))).toEqual(expected);
    expect(directlyFollowsFromAccumulator(mergeDirectlyFollowsAccumulators(b, a))).toEqual(expected);
  });
  it('pathEdges keeps the two edges apart, in any order and any merge order', () => {
    const p1 = { steps: [{ touchpoint: 'a\u00001:b', at: 0 }, { touchpoint: 'c', at: 10 }] };
    const p2 = { steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b\u00001:c', at: 20 }] };
    const one = pathEdges([p1, p2]);
    expect(one.edges).toHaveLength(2);
    expect(pathEdges([p2, p1])).toEqual(one);
    const a = addJourneysToPathEdges(createPathEdgesAccumulator(), [p1]);
    const b = addJourneysToPathEdges(createPathEdgesAccumulator(), [p2]);
    expect(pathEdgesFromAccumulator(mergePathEdgesAccumulators(a, b))).toEqual(one);
    expect(pathEdgesFromAccumulator(mergePathEdgesAccumulators(b, a))).toEqual(one);
  });
});

describe('defect 3: impossible sums in a hand-edited accumulator', () => {
  it('stage drop-off: more exits than visits of a stage', () => {
    const stages = defineStages([{ id: 'aware', phase: 'pre' }, { id: 'buy', phase: 'purchase' }]);
    const acc = addJourneysToStageDropOff(createStageDropOffAccumulator(stages), [{ steps: [{ touchpoint: 'a', at: 0, stage: 'aware' }] }]);
    expectOmnicxError(() => stageDropOffFromAccumulator({ ...acc, visited: [0, 0] }), 'INVALID_INPUT', ['acc', 'exited', 0]);
  });
  it('path graph: edges and nodes that disagree', () => {
    const acc = addJourneysToPathEdges(createPathEdgesAccumulator(), [{ steps: [{ touchpoint: 'a', at: 0 }, { touchpoint: 'b', at: 1 }] }]);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, edges: [{ step: 0, from: 'a', to: 'b', count: 99 }] }), 'INVALID_INPUT', ['acc', 'nodes', 0, 'count']);
    expectOmnicxError(() => pathEdgesFromAccumulator({ ...acc, nodes: [{ step: 0, touchpoint: 'a', count: 1 }, { step: 1, touchpoint: 'b', count: 50 }] }), 'INVALID_INPUT', ['acc', 'nodes', 1, 'count']);
  });
  it('funnel: step times out of order or outside the window', () => {
    const acc = addEventsToFunnel(createFunnelAccumulator(['a', 'b'], { windowMs: 10 }), [
      { customerId: 'u', touchpoint: 'a', at: 0 },
      { customerId: 'u', touchpoint: 'b', at: 5 },
    ]);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, times: [[5, 0]] }), 'INVALID_INPUT', ['acc', 'times', 0]);
    expectOmnicxError(() => funnelFromAccumulator({ ...acc, times: [[0, 1e9]] }), 'INVALID_INPUT', ['acc', 'times', 0]);
  });
});

describe('defect 4: a funnel window of −0', () => {
  it('is reported the same by funnel and by an accumulator that went through JSON', () => {
    const events = [{ customerId: 'u', touchpoint: 'a', at: 0 }];
    const acc = addEventsToFunnel(createFunnelAccumulator(['a'], { windowMs: -0 }), events);
    const fromJson = funnelFromAccumulator(JSON.parse(JSON.stringify(acc)) as typeof acc);
    expect(fromJson).toStrictEqual(funnel(events, ['a'], { windowMs: -0 }));
    expect(funnelFromAccumulator(acc)).toStrictEqual(fromJson);
    expect(Object.is(funnel(events, ['a'], { windowMs: -0 }).windowMs, 0)).toBe(true);
  });
});
