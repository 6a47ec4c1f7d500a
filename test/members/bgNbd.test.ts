import { bgNbdConditionalExpectedPurchases, bgNbdExpectedPurchases, bgNbdProbabilityAlive, compressSummaries, customerLifetimeValue, customerSummary, fitBgNbd } from '../../src/members/index.js';
import { bgNbdLogLikelihood } from '../../src/members/internal/bgNbd.js';
import { readTriples } from '../../src/members/internal/compress.js';
import { hyp2f1Series } from '../../src/members/internal/hyp2f1.js';
import { DAY, expectOmnicxError, MONDAY } from './helpers.js';
import { simulateBgNbd } from './simulate.js';
import { describe, expect, it } from 'vitest';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }; // Fader, Hardie & Lee (2005), table/section 5

describe('customerSummary', () => {
  it('follows lifetimes: repeat periods, recency and T in periods, monetary over repeat periods', () => {
    const t = [
      { customerId: 'a', at: MONDAY + 2 * DAY, amountMinor: 100 },
      { customerId: 'b', at: MONDAY + 10 * DAY, amountMinor: 50 },
      { customerId: 'a', at: MONDAY + 3 * DAY, amountMinor: 10 },
      { customerId: 'a', at: MONDAY + 15 * DAY, amountMinor: 300 },
      { customerId: 'a', at: MONDAY + 16 * DAY, amountMinor: 100 },
      { customerId: 'a', at: MONDAY + 30 * DAY, amountMinor: 200 },
    ];
    const asOf = MONDAY + 35 * DAY; // week 5
    expect(customerSummary(t, { asOf })).toEqual([
      { customerId: 'a', frequency: 2, recency: 4, T: 5, monetaryMean: 300 },
      { customerId: 'b', frequency: 0, recency: 0, T: 4, monetaryMean: 0 },
    ]);
    // daily periods (lifetimes freq='D'): a buys on days 2, 3, 15, 16, 30
    expect(customerSummary(t, { asOf, periodDays: 1 })[0]).toEqual({ customerId: 'a', frequency: 4, recency: 28, T: 33, monetaryMean: 152.5 });
  });

  it('reads the calendar of the time zone', () => {
    // Sunday 23:30 UTC is Monday 00:30 in Berlin: a new ISO week there
    const t = [
      { customerId: 'a', at: MONDAY - DAY / 48, amountMinor: 1 },
      { customerId: 'a', at: MONDAY + DAY, amountMinor: 1 },
    ];
    expect(customerSummary(t, { asOf: MONDAY + 7 * DAY })[0]?.frequency).toBe(1);
    expect(customerSummary(t, { asOf: MONDAY + 7 * DAY, timeZone: 'Europe/Berlin' })[0]?.frequency).toBe(0);
  });

  it('refuses bad rows and options', () => {
    expectOmnicxError(() => customerSummary([{ customerId: 'a', at: MONDAY + 1, amountMinor: 1 }], { asOf: MONDAY }), 'INVALID_INPUT', ['transactions', 0, 'at']);
    expectOmnicxError(() => customerSummary([], { asOf: MONDAY, periodDays: 0 }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => customerSummary([], { asOf: MONDAY, periodDays: 1.5 }), 'INVALID_INPUT', ['options', 'periodDays']);
    expectOmnicxError(() => customerSummary([], undefined as unknown as { asOf: number }), 'INVALID_INPUT', ['options']);
  });
});

describe('compressSummaries', () => {
  it('groups identical triples and adds weights', () => {
    expect(
      compressSummaries([
        { frequency: 1, recency: 2, T: 3, weight: 2 },
        { frequency: 1, recency: 2, T: 3, monetaryMean: 5 },
        { frequency: 1, recency: 2.5, T: 3, monetaryMean: 5 },
      ]),
    ).toEqual([
      { frequency: 1, recency: 2, T: 3, weight: 3 },
      { frequency: 1, recency: 2.5, T: 3, weight: 1 },
    ]);
  });

  it('groups integer triples alike in a small key space (slot table), a large one (map) and with fractions', () => {
    const small = [
      { frequency: 2, recency: 5, T: 9 },
      { frequency: 0, recency: 0, T: 9 },
      { frequency: 2, recency: 5, T: 9, weight: 3 },
      { frequency: 2, recency: 6, T: 9 },
    ];
    const expected = [
      { frequency: 2, recency: 5, T: 9, weight: 4 },
      { frequency: 0, recency: 0, T: 9, weight: 1 },
      { frequency: 2, recency: 6, T: 9, weight: 1 },
    ];
    expect(compressSummaries(small)).toEqual(expected);
    // T = 10⁶ makes (T+1)²(x+1) far larger than the slot table allows
    const wide = [...small, { frequency: 1, recency: 0, T: 1_000_000 }];
    expect(compressSummaries(wide)).toEqual([...expected, { frequency: 1, recency: 0, T: 1_000_000, weight: 1 }]);
    const fractional = [...small, { frequency: 1, recency: 0.5, T: 9 }];
    expect(compressSummaries(fractional)).toEqual([...expected, { frequency: 1, recency: 0.5, T: 9, weight: 1 }]);
  });

  it('refuses invalid summaries with their paths', () => {
    expectOmnicxError(() => compressSummaries([{ frequency: -1, recency: 0, T: 1, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'frequency']);
    expectOmnicxError(() => compressSummaries([{ frequency: 1, recency: -1, T: 1, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'recency']);
    expectOmnicxError(() => compressSummaries([{ frequency: 1, recency: 2, T: 1, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'T']);
    expectOmnicxError(() => compressSummaries([{ frequency: 0, recency: 2, T: 3, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'recency']);
    expectOmnicxError(() => compressSummaries([{ frequency: 0, recency: 0, T: 3, weight: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'weight']);
    expectOmnicxError(() => compressSummaries([null as unknown as { frequency: 0; recency: 0; T: 0; weight: 1 }]), 'INVALID_INPUT', ['summaries', 0]);
    expectOmnicxError(() => compressSummaries({} as unknown as []), 'INVALID_INPUT', ['summaries']);
  });
});

describe('BG/NBD', () => {
  it('evaluates the likelihood of tiny inputs as computed by hand', () => {
    // x = 0, T = 1, r = 2, α = 1: L = (α/(α+T))^r = 1/4
    expect(bgNbdLogLikelihood(readTriples([{ frequency: 0, recency: 0, T: 1 }]), 2, 1, 1, 1)).toBeCloseTo(Math.log(0.25), 13);
    // x = 1, tₓ = 1, T = 2, r = 1, α = 1, a = 1, b = 2:
    // L = B(1,3)/B(1,2)·Γ(2)/(3²) + B(2,2)/B(1,2)·Γ(2)/(2²) = 2/27 + 1/12 = 17/108
    expect(bgNbdLogLikelihood(readTriples([{ frequency: 1, recency: 1, T: 2 }]), 1, 1, 1, 2)).toBeCloseTo(Math.log(17 / 108), 13);
  });

  it('gives the same log-likelihood on compressed and uncompressed data', () => {
    const data = simulateBgNbd(500, CDNOW, (i) => 20 + (i % 5), 3).map((s) => ({ ...s, recency: Math.round(s.recency), T: s.T }));
    const raw = readTriples(data, 'summaries', false);
    const packed = readTriples(compressSummaries(data));
    expect(packed.x.length).toBeLessThan(raw.x.length);
    expect(bgNbdLogLikelihood(packed, 0.3, 4, 0.8, 2.5)).toBeCloseTo(bgNbdLogLikelihood(raw, 0.3, 4, 0.8, 2.5), 8);
  });

  it('recovers known parameters from simulated customers', () => {
    const truth = { r: 0.5, alpha: 5, a: 0.8, b: 2.5 };
    const data = simulateBgNbd(20000, truth, (i) => 30 + (i % 10), 11);
    const fit = fitBgNbd(data);
    expect(fit.converged).toBe(true);
    expect(fit.reason).toBeUndefined();
    const se = fit.standardErrors!;
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      expect(Math.abs(fit[k] - truth[k])).toBeLessThan(3.5 * se[k]);
      expect(se[k]).toBeGreaterThan(0);
    }
  });

  it('computes expectations and P(alive) from the closed forms', () => {
    // FHL 2005 §5: this CDNOW customer is expected to buy 1.226 times in the next 39 weeks
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 39, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(1.226, 3);
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 0, { frequency: 2, recency: 30.43, T: 38.86 })).toBe(0);
    expect(bgNbdExpectedPurchases(CDNOW, 0)).toBe(0);
    // E[X(t)] for small t ≈ r t / α (purchase rate r/α per period while alive)
    expect(bgNbdExpectedPurchases(CDNOW, 1e-6) / 1e-6).toBeCloseTo(CDNOW.r / CDNOW.alpha, 5);
    // P(alive) by hand: 1/(1 + a/(b+x−1)·((α+T)/(α+tx))^(r+x)) with x=1, tx=T → 1/(1 + a/b)
    expect(bgNbdProbabilityAlive(CDNOW, { frequency: 1, recency: 5, T: 5 })).toBeCloseTo(1 / (1 + CDNOW.a / CDNOW.b), 14);
    expect(bgNbdProbabilityAlive(CDNOW, { frequency: 0, recency: 0, T: 5 })).toBe(1);
    // no purchases yet: E[Y(t) | 0, 0, 0] = E[X(t)]
    expect(bgNbdConditionalExpectedPurchases(CDNOW, 10, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(bgNbdExpectedPurchases(CDNOW, 10), 12);
  });

  it('sums 2F1 by its series (check: 2F1(1,1;2;z) = −ln(1−z)/z)', () => {
    expect(hyp2f1Series(1, 1, 2, 0.9)).toBeCloseTo(-Math.log(0.1) / 0.9, 13);
    expect(hyp2f1Series(1, 1, 2, 1 - 1e-9)).toBeNaN();
    expectOmnicxError(() => bgNbdExpectedPurchases({ r: 1, alpha: 1, a: 2, b: 1 }, 1e12), 'NO_CONVERGENCE', ['t']);
  });

  it('does not stop the 2F1 series while its terms are still growing', () => {
    // 2F1(a, b; c; z) with a = 1e-20, b = 100, c = 1, z = 0.5. The term ratio is
    // t(n+1)/t(n) = z·(a+n)(b+n)/((c+n)(n+1)). First term: t1 = z·a·b/c = 0.5·1e-20·100 = 5e-19,
    // below 1e-17 of the sum (1), and a·z = 5e-21 < c, but the next ratio is
    // 0.5·(1+1e-20)(101)/((2)(2)) ≈ 12.6: the terms grow until n ≈ b·z/(1−z) = 100 and the sum is
    // about 1 + a·2^100/100 ≈ 1.3e8, far from 1. Reference: the plain sum of 3000 terms (beyond
    // n = 300 every ratio is below 0.5·(300+100)/(301) ≈ 0.66, so the rest is < 1e-300 of the sum).
    const direct = (a: number, b: number, c: number, z: number, terms: number): number => {
      let term = 1;
      let sum = 1;
      for (let n = 0; n < terms; n++) {
        term *= (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
        sum += term;
      }
      return sum;
    };
    const reference = direct(1e-20, 100, 1, 0.5, 3000);
    expect(reference).toBeGreaterThan(1e7);
    expect(Math.abs(hyp2f1Series(1e-20, 100, 1, 0.5) / reference - 1)).toBeLessThan(1e-12);
    // BG/NBD's own series, CDNOW parameters (Fader, Hardie & Lee 2005): 2F1(r, b; a+b−1; t/(α+t))
    // for t = 52 weeks, z = 52/56.414 = 0.92176, and the conditional one of §5's customer
    // (x = 2, T = 38.86, t = 39): 2F1(r+2, b+2; a+b+1; 39/(4.414+38.86+39)).
    const { r, alpha, a, b } = CDNOW;
    for (const [p, q, c, z] of [
      [r, b, a + b - 1, 52 / (alpha + 52)],
      [r + 2, b + 2, a + b + 1, 39 / (alpha + 38.86 + 39)],
    ] as const) {
      expect(Math.abs(hyp2f1Series(p, q, c, z) / direct(p, q, c, z, 20_000) - 1)).toBeLessThan(1e-13);
    }
  });

  it('reports fits that cannot converge instead of returning silent garbage', () => {
    const fit = fitBgNbd([{ frequency: 1, recency: 1, T: 1 }], { maxIterations: 5 });
    expect(fit.converged).toBe(false);
    expect(fit.reason).toMatch(/did not converge/);
    expect(fit.standardErrors).toBeNull();
    const boundary = fitBgNbd([{ frequency: 3, recency: 10, T: 10, weight: 5 }, { frequency: 0, recency: 0, T: 10, weight: 5 }]);
    expect(boundary.converged).toBe(false);
    expect(boundary.reason).toMatch(/boundary/);
    expect(boundary.standardErrors).toBeNull();
  });

  it('refuses bad input', () => {
    expectOmnicxError(() => fitBgNbd([]), 'INSUFFICIENT_DATA', ['summaries']);
    expectOmnicxError(() => fitBgNbd([{ frequency: 0, recency: 0, T: 3 }]), 'INSUFFICIENT_DATA', ['summaries']);
    expectOmnicxError(() => fitBgNbd([{ frequency: 1, recency: 1, T: 3 }], { initial: [1, 1] }), 'INVALID_INPUT', ['options', 'initial']);
    expectOmnicxError(() => bgNbdExpectedPurchases({ ...CDNOW, a: 1 }, 1), 'INVALID_INPUT', ['params', 'a']);
    expectOmnicxError(() => bgNbdExpectedPurchases({ ...CDNOW, a: 0.2, b: 0.3 }, 1), 'INVALID_INPUT', ['params', 'b']);
    // a + b ≤ 1 is a valid BG/NBD fit (slow drop-out): P(alive) needs no closed form, and the
    // conditional expectation of a repeat buyer (x ≥ 1) has a positive 2F1 parameter a + b + x − 1.
    const slow = { ...CDNOW, a: 0.02, b: 0.43 };
    // P(alive) = 1 / (1 + a/(b + x − 1) · ((α + T)/(α + tx))^(r + x)) with x = 1, tx = T: 1 / (1 + 0.02/0.43)
    expect(bgNbdProbabilityAlive(slow, { frequency: 1, recency: 5, T: 5 })).toBeCloseTo(1 / (1 + 0.02 / 0.43), 14);
    expect(bgNbdConditionalExpectedPurchases(slow, 10, { frequency: 2, recency: 20, T: 30 })).toBeGreaterThan(0);
    expectOmnicxError(() => bgNbdConditionalExpectedPurchases(slow, 10, { frequency: 0, recency: 0, T: 30 }), 'INVALID_INPUT', ['params', 'b']);
    expectOmnicxError(() => bgNbdExpectedPurchases({ ...CDNOW, r: -1 }, 1), 'INVALID_INPUT', ['params', 'r']);
    expectOmnicxError(() => bgNbdExpectedPurchases(CDNOW, -1), 'INVALID_INPUT', ['t']);
    expectOmnicxError(() => bgNbdProbabilityAlive(CDNOW, { frequency: 1.5, recency: 0, T: 1 }), 'INVALID_INPUT', ['customer', 'frequency']);
    expectOmnicxError(() => bgNbdProbabilityAlive(CDNOW, { frequency: 1, recency: -1, T: 1 }), 'INVALID_INPUT', ['customer', 'recency']);
    expectOmnicxError(() => bgNbdProbabilityAlive(CDNOW, { frequency: 1, recency: 2, T: 1 }), 'INVALID_INPUT', ['customer', 'T']);
    expectOmnicxError(() => bgNbdProbabilityAlive(CDNOW, { frequency: 0, recency: 1, T: 1 }), 'INVALID_INPUT', ['customer', 'recency']);
  });
});

describe('BG/NBD conditional expectation for customers with many repeat purchases', () => {
  it('is summed without overflow (daily periods, frequent shopper, long horizon)', () => {
    // mpmath (dps 40): eq. 10 of Fader, Hardie & Lee (2005) with mp.hyp2f1 → 1704.6833222188404
    const v = bgNbdConditionalExpectedPurchases(CDNOW, 3650, { frequency: 1000, recency: 1100, T: 1100 });
    expect(Math.abs(v / 1704.6833222188404 - 1)).toBeLessThan(1e-10);
  });

  it('gives a CLV for a daily shopper over ten years instead of NO_CONVERGENCE', () => {
    const value = customerLifetimeValue(
      { bgNbd: CDNOW, gammaGamma: { p: 6.25, q: 3.74, v: 15.44 } },
      { customerId: 'c', frequency: 400, recency: 445, T: 450, monetaryMean: 20 },
      { periodsPerStep: 30, horizon: 120 },
    );
    expect(Number.isFinite(value)).toBe(true);
    expect(value).toBeGreaterThan(10_404); // the 60-step value, which does compute today
  });
});
