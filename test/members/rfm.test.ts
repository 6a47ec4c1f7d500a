import fc from 'fast-check';
import { addRfmTransactions, cohortRetention, createRfmAccumulator, customerSummary, DEFAULT_RFM_SEGMENTS, rfm, rfmFromAccumulator, type MemberTransaction } from '../../src/members/index.js';
import { quantileScores } from '../../src/members/internal/scores.js';
import { DAY, expectOmnicxError, MONDAY } from './helpers.js';
import { describe, expect, it } from 'vitest';

const asOf = MONDAY + 100 * DAY;

describe('rfm', () => {
  it('measures recency in calendar days, counts every purchase and sums the spend', () => {
    const rows = rfm(
      [
        { customerId: 'a', at: asOf - 10 * DAY, amountMinor: 100 },
        { customerId: 'a', at: asOf - 3 * DAY - 1, amountMinor: 300 },
        { customerId: 'a', at: asOf - 3 * DAY - 5, amountMinor: 200 },
        { customerId: 'b', at: asOf, amountMinor: 0 },
      ],
      { asOf },
    );
    expect(rows.map((r) => [r.customerId, r.recencyDays, r.frequency, r.monetaryTotalMinor, r.monetaryMeanMinor])).toEqual([
      ['a', 4, 3, 600, 200],
      ['b', 0, 1, 0, 0],
    ]);
  });

  it('counts recency on the calendar of the time zone', () => {
    // 2026-03-30T23:30Z is already 31 March in Berlin (UTC+2): 0 days before asOf there, 1 in UTC.
    const t = [{ customerId: 'a', at: '2026-03-30T23:30:00Z', amountMinor: 1 }];
    const at = '2026-03-31T12:00:00Z';
    expect(rfm(t, { asOf: at })[0]?.recencyDays).toBe(1);
    expect(rfm(t, { asOf: at, timeZone: 'Europe/Berlin' })[0]?.recencyDays).toBe(0);
  });

  it('splits ten distinct customers into quintiles of two', () => {
    const t: MemberTransaction[] = [];
    for (let c = 0; c < 10; c++) for (let j = 0; j <= c; j++) t.push({ customerId: `c${String(c)}`, at: asOf - (10 - c) * DAY, amountMinor: 100 });
    const rows = rfm(t, { asOf });
    expect(rows.map((r) => r.frequencyScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(rows.map((r) => r.recencyScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(rows.map((r) => r.monetaryScore)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(rows[9]?.code).toBe('555');
    expect(rows[9]?.segment).toBe('champions');
    expect(rows[0]?.segment).toBe('hibernating');
    expect(rows[4]?.segment).toBe('need attention');
  });

  it('gives tied values one score, that of the middle of their run', () => {
    // values 1,1,1,1,1,1,2,3,4,5 : the six ones have average rank 3.5 → floor(5·(3.5 − ½)/10) + 1 = 2;
    // ranks 7, 8, 9, 10 → floor(3.25) + 1 = 4, floor(3.75) + 1 = 4, floor(4.25) + 1 = 5, floor(4.75) + 1 = 5.
    expect(Array.from(quantileScores(Float64Array.from([1, 1, 1, 1, 1, 1, 2, 3, 4, 5]), 5))).toEqual([2, 2, 2, 2, 2, 2, 4, 4, 5, 5]);
    expect(Array.from(quantileScores(Float64Array.from([7, 7, 7]), 5))).toEqual([3, 3, 3]);
  });

  it('applies a custom segment map to raw scores, first match wins, else other', () => {
    const t = [
      { customerId: 'a', at: asOf, amountMinor: 10 },
      { customerId: 'b', at: asOf - DAY, amountMinor: 5 },
    ];
    const rows = rfm(t, { asOf, bins: 2, segments: [{ name: 'rich', monetary: [2, 2] }, { name: 'recent', recency: [2, 2] }] });
    expect(rows.map((r) => r.segment)).toEqual(['rich', 'other']);
  });

  it('covers every cell of the 5×5 grid with the default map', () => {
    for (let r = 1; r <= 5; r++)
      for (let f = 1; f <= 5; f++) {
        const hits = DEFAULT_RFM_SEGMENTS.filter(
          (s) => s.recency !== undefined && s.frequency !== undefined && r >= s.recency[0] && r <= s.recency[1] && f >= s.frequency[0] && f <= s.frequency[1],
        );
        expect(hits.length).toBe(1);
      }
  });

  it('keeps the shared default segment map immutable, rule by rule', () => {
    // a copy of the list is the natural start of a custom map; editing its rules must not edit the default
    const copy = [...DEFAULT_RFM_SEGMENTS];
    const champions = copy[0] as { name: string; recency?: [number, number] };
    expect(() => {
      champions.name = 'vip';
    }).toThrow(TypeError);
    expect(() => {
      (champions.recency as [number, number])[0] = 1;
    }).toThrow(TypeError);
    expect(DEFAULT_RFM_SEGMENTS[0]).toEqual({ name: 'champions', recency: [5, 5], frequency: [4, 5] });
    expect(DEFAULT_RFM_SEGMENTS.every((rule) => Object.isFrozen(rule) && Object.isFrozen(rule.recency) && Object.isFrozen(rule.frequency))).toBe(true);
  });

  it('never mutates its input and scores stay within 1..bins', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.integer({ min: 0, max: 6 }), d: fc.integer({ min: 0, max: 30 }), a: fc.integer({ min: 0, max: 1000 }) }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 2, max: 10 }),
        (raw, bins) => {
          const t = raw.map((x) => ({ customerId: `c${String(x.c)}`, at: asOf - x.d * DAY, amountMinor: x.a }));
          const copy = structuredClone(t);
          const rows = rfm(t, { asOf, bins });
          expect(t).toEqual(copy);
          for (const row of rows) for (const s of [row.recencyScore, row.frequencyScore, row.monetaryScore]) expect(s >= 1 && s <= bins).toBe(true);
          expect(rows.reduce((s, r) => s + r.frequency, 0)).toBe(t.length);
        },
      ),
    );
  });

  it('refuses purchases after asOf, negative amounts and malformed rows with their paths', () => {
    expectOmnicxError(() => rfm([{ customerId: 'a', at: asOf + 1, amountMinor: 1 }], { asOf }), 'INVALID_INPUT', ['transactions', 0, 'at']);
    expectOmnicxError(() => rfm([{ customerId: 'a', at: asOf, amountMinor: -1 }], { asOf }), 'INVALID_INPUT', ['transactions', 0, 'amountMinor']);
    expectOmnicxError(() => rfm([{ customerId: 'a', at: asOf, amountMinor: 1.5 }], { asOf }), 'NOT_SAFE_INTEGER', ['transactions', 0, 'amountMinor']);
    expectOmnicxError(() => rfm([{ customerId: '', at: asOf, amountMinor: 1 }], { asOf }), 'INVALID_INPUT', ['transactions', 0, 'customerId']);
    expectOmnicxError(() => rfm([{ customerId: 'a', at: '2026-01-01', amountMinor: 1 }], { asOf }), 'INVALID_DATE', ['transactions', 0, 'at']);
    expectOmnicxError(() => rfm([null as unknown as MemberTransaction], { asOf }), 'INVALID_INPUT', ['transactions', 0]);
    expectOmnicxError(() => rfm('x' as unknown as MemberTransaction[], { asOf }), 'INVALID_INPUT', ['transactions']);
    expectOmnicxError(() => rfm([], { asOf, bins: 1 }), 'INVALID_INPUT', ['options', 'bins']);
    expectOmnicxError(() => rfm([], { asOf: 'soon' }), 'INVALID_DATE', ['options', 'asOf']);
    expectOmnicxError(() => rfm([], { asOf, timeZone: 'Mars/Base' }), 'UNKNOWN_TIME_ZONE', ['options', 'timeZone']);
    expectOmnicxError(() => rfm([], { asOf, segments: [{ name: '' }] }), 'INVALID_INPUT', ['options', 'segments', 0, 'name']);
    expectOmnicxError(() => rfm([], null as unknown as { asOf: number }), 'INVALID_INPUT', ['options']);
  });
});

const segmentsAsOf = '2026-03-31T12:00:00Z';
const day = (d: number) => new Date(Date.UTC(2026, 2, 31) - d * 86_400_000).toISOString();
// [id, days since last purchase, purchases]
const spec: [string, number, number][] = [['new1', 0, 1], ['new2', 1, 1], ['a', 10, 3], ['b', 20, 4], ['c', 30, 2], ['d', 40, 2], ['old1', 60, 1], ['old2', 70, 1]];
const tx = spec.flatMap(([customerId, rec, n]) => Array.from({ length: n }, () => ({ customerId, at: day(rec), amountMinor: 100 })));
const segmentOf = (bins: number) => Object.fromEntries(rfm(tx, { asOf: segmentsAsOf, bins }).map((r) => [r.customerId, r.segment]));

describe('rfm default segments with bins ≠ 5', () => {
  it('maps the lowest class onto 1 (bins = 2: the oldest one-time buyers are hibernating, not "need attention")', () => {
    const s = segmentOf(2);
    expect(s['old1']).toBe('hibernating'); // before: 'need attention' (R1 → ceil(5/2) = 3)
    expect(s['c']).not.toBe('loyal customers'); // R1 (older half) F2: today 'loyal customers'
  });
  it('lets recent one-time buyers be "new customers" with bins = 3', () => {
    expect(segmentOf(3)['new1']).toBe('new customers'); // before: 'potential loyalists' (F1 → 2)
  });
  it('maps scores symmetrically', () => {
    // with bins = 4 the two worst quartiles mapped to 2 and 3 but the two best to 4 and 5 before
    const rows = rfm(tx, { asOf: segmentsAsOf, bins: 4 });
    const worst = rows.find((r) => r.customerId === 'old1');
    expect(worst?.recencyScore).toBe(1);
    expect(worst?.segment).toBe('hibernating'); // before: 'at risk' (R1 → 2, F2 → 3)
  });
});

describe('numeric instants outside the Date range (±8.64e15 ms)', () => {
  const row = { customerId: 'a', at: -9e15, amountMinor: 1 };
  it('are INVALID_DATE, as the same instant written as a string or as asOf', () => {
    expectOmnicxError(() => rfm([row], { asOf: 0 }), 'INVALID_DATE', ['transactions', 0, 'at']);
    expectOmnicxError(() => cohortRetention([{ ...row, at: 9e15 }], { period: 'month', timeZone: 'UTC' }), 'INVALID_DATE', ['transactions', 0, 'at']);
  });
  it('never get into an accumulator that its own result function then refuses', () => {
    const acc = createRfmAccumulator({ asOf: 0 });
    expectOmnicxError(() => addRfmTransactions(acc, [row]), 'INVALID_DATE', ['transactions', 0, 'at']);
    expect(rfmFromAccumulator(acc)).toEqual([]);
  });
});

describe('one-pass spend totals stay exact integers', () => {
  const big = Number.MAX_SAFE_INTEGER;
  it('rfm refuses a total past 2^53 − 1 (NOT_SAFE_INTEGER), as its accumulator does, instead of rounding it', () => {
    const tx = [
      { customerId: 'a', at: '2026-01-05T10:00:00Z', amountMinor: big },
      { customerId: 'a', at: '2026-01-20T10:00:00Z', amountMinor: 2 },
    ];
    // today: monetaryTotalMinor 9007199254740992 (the true sum is 9007199254740993)
    expectOmnicxError(() => rfm(tx, { asOf: '2026-02-01T00:00:00Z' }), 'NOT_SAFE_INTEGER', ['transactions', 1, 'amountMinor']);
  });
  it('customerSummary too', () => {
    const tx = [
      { customerId: 'a', at: '2026-01-05T10:00:00Z', amountMinor: 1 },
      { customerId: 'a', at: '2026-01-20T10:00:00Z', amountMinor: big },
    ];
    expectOmnicxError(() => customerSummary(tx, { asOf: '2026-02-01T00:00:00Z', periodDays: 1 }), 'NOT_SAFE_INTEGER', ['transactions', 1, 'amountMinor']);
  });
});

describe('rfm segment ranges', () => {
  it('refuses a reversed range (it could never match) at its path', () => {
    const tx = [{ customerId: 'a', at: '2026-03-01T00:00:00Z', amountMinor: 1 }];
    const segments = [{ name: 'best', recency: [5, 4] as [number, number] }];
    // today: accepted, every customer is 'other'
    expectOmnicxError(() => rfm(tx, { asOf: '2026-03-31T00:00:00Z', segments }), 'INVALID_INPUT', ['options', 'segments', 0, 'recency']);
    expectOmnicxError(() => createRfmAccumulator({ asOf: '2026-03-31T00:00:00Z', segments }), 'INVALID_INPUT', ['options', 'segments', 0, 'recency']);
  });
});
