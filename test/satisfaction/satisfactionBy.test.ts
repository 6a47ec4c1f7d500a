import { describe, expect, it } from 'vitest';
import { ces, csat, nps, satisfactionBy, satisfactionByResultSchema } from '../../src/satisfaction/index.js';
import { deepFreeze, expectError } from './surveyHelpers.js';

interface Answer {
  readonly store: string;
  readonly score: number;
  readonly effort?: number;
}

const STORE_A = [10, 10, 9, 9, 10, 9, 10, 9, 9, 10, 8, 9]; // 11 promoters, 1 passive: NPS 91.67
const STORE_B = [0, 2, 3, 9, 5, 1, 6, 4, 2, 3, 8, 0]; // 1 promoter, 1 passive, 10 detractors: NPS −75
const RESPONSES: Answer[] = [
  ...STORE_A.map((score) => ({ store: 'A', score })),
  ...STORE_B.map((score) => ({ store: 'B', score })),
];

describe('satisfactionBy', () => {
  it('rolls NPS up by a property with n, interval and flags per group', () => {
    const rollup = satisfactionBy(deepFreeze(RESPONSES), 'store', { kind: 'nps', target: 0 });
    expect(satisfactionByResultSchema.safeParse(rollup).success).toBe(true);
    expect(rollup.metric).toBe('nps');
    expect(rollup.target).toBe(0);
    expect(rollup.overall).toEqual(nps([...STORE_A, ...STORE_B]));
    expect(rollup.groups.map((g) => [g.key, g.n])).toEqual([
      ['A', 12],
      ['B', 12],
    ]);
    expect(rollup.groups[0]?.result).toEqual(nps(STORE_A));
    expect(rollup.groups[1]?.result).toEqual(nps(STORE_B));
    // Overall NPS = 100 · (12 − 10)/24 = 8.33; B's adjusted Wald interval lies wholly below 0 and 8.33.
    expect(rollup.groups[1]).toMatchObject({ worseThanTarget: true, worseThanOverall: true });
    expect(rollup.groups[0]).toMatchObject({ worseThanTarget: false, worseThanOverall: false });
  });

  it('groups by a function and reads the answer through a function', () => {
    const rollup = satisfactionBy(RESPONSES, (r: Answer, i) => (i % 2 === 0 ? 'even' : 'odd'), {
      kind: 'nps',
      value: (r: Answer) => r.score,
      method: 'tango',
    });
    expect(rollup.groups.map((g) => g.key)).toEqual(['even', 'odd']);
    expect(rollup.groups.reduce((sum, g) => sum + g.n, 0)).toBe(24);
    expect((rollup.overall as ReturnType<typeof nps>).interval?.method).toBe('tango');
  });

  it('accepts the metric name alone, with numeric keys kept apart from strings', () => {
    const rollup = satisfactionBy(
      [
        { day: 1, score: 10 },
        { day: '1', score: 0 },
      ],
      'day',
      'nps',
    );
    expect(rollup.groups.map((g) => g.key)).toEqual([1, '1']);
    expect(rollup.target).toBeNull();
    expect(rollup.groups[0]?.worseThanTarget).toBe(false);
  });

  it('rolls up CSAT with its top boxes and flags groups below the target percentage', () => {
    const responses = [
      ...[5, 5, 4, 4, 5, 4, 5, 5].map((score) => ({ channel: 'app', score })),
      ...[1, 2, 2, 3, 1, 2, 5, 1].map((score) => ({ channel: 'phone', score })),
    ];
    const rollup = satisfactionBy(responses, 'channel', { kind: 'csat', target: 80 });
    expect(rollup.groups[0]?.result).toEqual(csat([5, 5, 4, 4, 5, 4, 5, 5]));
    expect(rollup.groups[1]?.result).toEqual(csat([1, 2, 2, 3, 1, 2, 5, 1]));
    expect(rollup.groups.map((g) => g.worseThanTarget)).toEqual([false, true]);
    const strict = satisfactionBy(responses, 'channel', { kind: 'csat', scale: [1, 5], satisfied: [5] });
    expect(strict.overall).toEqual(csat(responses.map((r) => r.score), { satisfied: [5] }));
  });

  it('rolls up CES, flagging on the high side when lower is better', () => {
    const responses = [
      ...[1, 2, 1, 2, 1, 1, 2, 1].map((effort) => ({ desk: 'returns', effort })),
      ...[6, 7, 6, 5, 7, 6, 7, 6].map((effort) => ({ desk: 'pickup', effort })),
    ];
    const better = satisfactionBy(responses, 'desk', { kind: 'ces', value: 'effort', target: 4 });
    expect(better.groups[0]?.result).toEqual(ces([1, 2, 1, 2, 1, 1, 2, 1]));
    expect(better.groups.map((g) => [g.worseThanTarget, g.worseThanOverall])).toEqual([
      [true, true],
      [false, false],
    ]);
    const effort = satisfactionBy(responses, 'desk', { kind: 'ces', value: 'effort', target: 4, higherIsBetter: false });
    expect(effort.groups.map((g) => [g.worseThanTarget, g.worseThanOverall])).toEqual([
      [false, false],
      [true, true],
    ]);
  });

  it('does not flag a group without an interval', () => {
    const rollup = satisfactionBy([{ k: 'x', score: 1 }], 'k', { kind: 'ces', target: 7 });
    expect(rollup.groups[0]).toMatchObject({ n: 1, worseThanTarget: false, worseThanOverall: false });
    expect(satisfactionBy([], 'k', 'nps')).toMatchObject({ groups: [], overall: { n: 0, score: null } });
  });

  it('refuses bad responses, keys, answers and metrics with their path', () => {
    expectError(() => satisfactionBy({} as never, 'store', 'nps'), 'INVALID_INPUT', ['responses']);
    expectError(() => satisfactionBy([null], 'store', 'nps'), 'INVALID_INPUT', ['responses', 0]);
    expectError(() => satisfactionBy([{ score: 9 }], 'store', 'nps'), 'INVALID_INPUT', ['responses', 0, 'store']);
    expectError(() => satisfactionBy([{ store: { id: 1 }, score: 9 }], 'store', 'nps'), 'INVALID_INPUT', ['responses', 0, 'store']);
    expectError(() => satisfactionBy([{ store: Number.NaN, score: 9 }], 'store', 'nps'), 'INVALID_INPUT', ['responses', 0, 'store']);
    expectError(() => satisfactionBy([{ store: 'A', score: 9 }, { store: 'A', score: 11 }], 'store', 'nps'), 'INVALID_INPUT', [
      'responses',
      1,
      'score',
    ]);
    expectError(() => satisfactionBy([{ store: 'A' }], 'store', 'nps'), 'INVALID_INPUT', ['responses', 0, 'score']);
    expectError(() => satisfactionBy([{ store: 'A', score: 9 }], () => 'A', { kind: 'nps', value: () => 9.5 }), 'INVALID_INPUT', [
      'responses',
      0,
    ]);
    expectError(() => satisfactionBy([], 5 as never, 'nps'), 'INVALID_INPUT', ['key']);
    expectError(() => satisfactionBy([], 'store', 'mean' as never), 'INVALID_INPUT', ['metric', 'kind']);
    expectError(() => satisfactionBy([], 'store', { kind: 'nps', confidence: 1 }), 'INVALID_INPUT', ['metric', 'confidence']);
    expectError(() => satisfactionBy([], 'store', { kind: 'csat', satisfied: [6] }), 'INVALID_INPUT', ['metric', 'satisfied', 0]);
  });
});
