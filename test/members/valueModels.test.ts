import { createRandom } from '../../src/core/statistics/createRandom.js';
import { bgNbdConditionalExpectedPurchases, churnRisk, customerLifetimeValue, fitGammaGamma, fitShiftedBetaGeometric, gammaGammaExpectedSpend, sbgDiscountedExpectedResidualLifetime, sbgRetentionRate, sbgSurvival, type CustomerSummary } from '../../src/members/index.js';
import { sbgLogLikelihood } from '../../src/members/internal/sbg.js';
import { expectOmnicxError } from './helpers.js';
import { gamma } from './simulate.js';
import { describe, expect, it } from 'vitest';

const CDNOW = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('Gamma-Gamma', () => {
  it('recovers known parameters from simulated spend', () => {
    const truth = { p: 6, q: 4, v: 15 };
    const random = createRandom(5);
    const rows: CustomerSummary[] = [];
    for (let i = 0; i < 6000; i++) {
      const nu = gamma(random, truth.q, truth.v);
      const x = 1 + (i % 6);
      let sum = 0;
      for (let j = 0; j < x; j++) sum += gamma(random, truth.p, nu);
      rows.push({ frequency: x, recency: x, T: 10, monetaryMean: sum / x });
    }
    rows.push({ frequency: 0, recency: 0, T: 10, monetaryMean: 0 });
    const fit = fitGammaGamma(rows, { initial: [1, 2, 10] });
    expect(fit.converged).toBe(true);
    for (const k of ['p', 'q', 'v'] as const) expect(Math.abs(fit[k] - truth[k])).toBeLessThan(3.5 * fit.standardErrors![k]);
  });

  it('computes the expected spend as the credibility-weighted mean', () => {
    expect(gammaGammaExpectedSpend({ p: 6, q: 4, v: 15 }, { frequency: 2, monetaryMean: 40 })).toBe(38);
    expect(gammaGammaExpectedSpend({ p: 6, q: 4, v: 15 }, { frequency: 0, monetaryMean: 0 })).toBe(30);
  });

  it('refuses bad input', () => {
    expectOmnicxError(() => fitGammaGamma([{ frequency: 0, recency: 0, T: 1, monetaryMean: 0 }]), 'INSUFFICIENT_DATA', ['summaries']);
    expectOmnicxError(() => fitGammaGamma([{ frequency: 1, recency: 0, T: 1, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'monetaryMean']);
    expectOmnicxError(() => fitGammaGamma([{ frequency: -1, recency: 0, T: 1, monetaryMean: 0 }]), 'INVALID_INPUT', ['summaries', 0, 'frequency']);
    expectOmnicxError(() => fitGammaGamma({} as unknown as []), 'INVALID_INPUT', ['summaries']);
    expectOmnicxError(() => gammaGammaExpectedSpend({ p: 1, q: 1, v: 1 }, { frequency: 1, monetaryMean: 1 }), 'INVALID_INPUT', ['params', 'q']);
    expectOmnicxError(() => gammaGammaExpectedSpend({ p: 1, q: 2, v: 1 }, { frequency: 1, monetaryMean: -1 }), 'INVALID_INPUT', ['customer', 'monetaryMean']);
  });
});

describe('customerLifetimeValue', () => {
  it('discounts the spend of each step’s expected purchases (lifetimes formula)', () => {
    const models = { bgNbd: CDNOW, gammaGamma: { p: 6, q: 4, v: 15 } };
    const customer = { frequency: 2, recency: 30, T: 38, monetaryMean: 40 };
    const e = (t: number) => bgNbdConditionalExpectedPurchases(CDNOW, t, customer);
    const expected = 38 * (e(4.345) / 1.01 + (e(8.69) - e(4.345)) / 1.01 ** 2);
    expect(customerLifetimeValue(models, customer, { horizon: 2 })).toBeCloseTo(expected, 12);
    expect(customerLifetimeValue(models, customer)).toBeGreaterThan(customerLifetimeValue(models, customer, { discountRate: 0.1 }));
    expectOmnicxError(() => customerLifetimeValue(models, customer, { periodsPerStep: 0 }), 'INVALID_INPUT', ['options', 'periodsPerStep']);
    // a fractional number of steps was truncated silently (1.5 → one step; lifetimes runs two)
    expectOmnicxError(() => customerLifetimeValue(models, customer, { horizon: 1.5 }), 'INVALID_INPUT', ['options', 'horizon']);
  });
});

describe('churnRisk', () => {
  it('lists customers whose P(alive) is below the threshold, riskiest first', () => {
    const s = [
      { customerId: 'b', frequency: 5, recency: 10, T: 60, monetaryMean: 1 },
      { customerId: 'a', frequency: 3, recency: 10, T: 60, monetaryMean: 1 },
      { customerId: 'c', frequency: 5, recency: 59, T: 60, monetaryMean: 1 },
      { customerId: 'd', frequency: 0, recency: 0, T: 60, monetaryMean: 0 },
    ];
    expect(churnRisk(s, CDNOW).map((x) => x.customerId)).toEqual(['b', 'a']);
    expect(churnRisk(s, CDNOW, { threshold: 1 }).map((x) => x.customerId)).toEqual(['b', 'a', 'c']);
    expectOmnicxError(() => churnRisk(s, CDNOW, { threshold: 0 }), 'INVALID_INPUT', ['options', 'threshold']);
    expectOmnicxError(() => churnRisk([{ frequency: 1, recency: 1, T: 2, monetaryMean: 0 }], CDNOW), 'INVALID_INPUT', ['summaries', 0, 'customerId']);
    expectOmnicxError(() => churnRisk({} as unknown as [], CDNOW), 'INVALID_INPUT', ['summaries']);
  });

  it('refuses a malformed summary with its index instead of leaving it off the list', () => {
    const pareto = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };
    const ok = { customerId: 'ok', frequency: 1, recency: 1, T: 2, monetaryMean: 1 };
    // a negative frequency is below every minFrequency: it used to be skipped silently
    expectOmnicxError(() => churnRisk([ok, { ...ok, customerId: 'neg', frequency: -1 }], CDNOW), 'INVALID_INPUT', ['summaries', 1, 'frequency']);
    expectOmnicxError(() => churnRisk([ok, { ...ok, customerId: 'neg', frequency: -1 }], pareto), 'INVALID_INPUT', ['summaries', 1, 'frequency']);
    // a one-time buyer with T = NaN is skipped by the BG/NBD default minFrequency = 1, but is still bad data
    expectOmnicxError(() => churnRisk([{ ...ok, frequency: 0, recency: 0, T: Number.NaN }], CDNOW), 'INVALID_INPUT', ['summaries', 0, 'T']);
    // T below recency: the path names the element, not a lone 'customer'
    expectOmnicxError(() => churnRisk([ok, { ...ok, recency: 5, T: 3 }], CDNOW), 'INVALID_INPUT', ['summaries', 1, 'T']);
  });
});

describe('shifted-beta-geometric', () => {
  it('reproduces the published fits of Fader & Hardie (2007), Table 1 / section 4', () => {
    const regular = fitShiftedBetaGeometric([1000, 631, 468, 382, 326, 289, 262, 241]);
    expect(regular.converged).toBe(true);
    expect(regular.alpha).toBeCloseTo(0.704, 3);
    expect(regular.beta).toBeCloseTo(1.182, 3);
    const highEnd = fitShiftedBetaGeometric([1000, 869, 743, 653, 593, 551, 517, 491]);
    expect(highEnd.alpha).toBeCloseTo(0.668, 3);
    expect(highEnd.beta).toBeCloseTo(3.806, 3);
  });

  it('evaluates the likelihood of a tiny input by hand', () => {
    // α = β = 1: P(T=1) = 1/2, P(T=2) = 1/6, S(2) = 1/3; counts 10, 6, 4 → 4 ln ½ + 2 ln ⅙ + 4 ln ⅓
    expect(sbgLogLikelihood([10, 6, 4], 1, 1)).toBeCloseTo(4 * Math.log(0.5) + 2 * Math.log(1 / 6) + 4 * Math.log(1 / 3), 13);
    expect(sbgLogLikelihood([10, 0], 1, 1)).toBeCloseTo(10 * Math.log(0.5), 13);
  });

  it('gives survival, retention and DERL consistent with each other', () => {
    const p = { alpha: 0.704, beta: 1.182 };
    expect(sbgSurvival(p, 0)).toBe(1);
    for (let t = 1; t <= 7; t++) expect(sbgSurvival(p, t) / sbgSurvival(p, t - 1)).toBeCloseTo(sbgRetentionRate(p, t), 12);
    // DERL by brute-force summation of S(n+k)/S(n)·(1+d)^−(k−1)
    const d = 0.1;
    const n = 2;
    let brute = 0;
    for (let k = 1; k < 5000; k++) brute += (sbgSurvival(p, n + k) / sbgSurvival(p, n)) * (1 + d) ** -(k - 1);
    expect(sbgDiscountedExpectedResidualLifetime(p, { discountRate: d, renewals: n })).toBeCloseTo(brute, 10);
  });

  it('refuses increasing survivor counts and other bad input', () => {
    expectOmnicxError(() => fitShiftedBetaGeometric([100, 80, 90]), 'INVALID_INPUT', ['survivors', 2]);
    expectOmnicxError(() => fitShiftedBetaGeometric([100]), 'INVALID_INPUT', ['survivors']);
    expectOmnicxError(() => fitShiftedBetaGeometric([0, 0]), 'INVALID_INPUT', ['survivors', 0]);
    expectOmnicxError(() => fitShiftedBetaGeometric([10, 2.5]), 'INVALID_INPUT', ['survivors', 1]);
    expectOmnicxError(() => sbgSurvival({ alpha: 1, beta: 1 }, -1), 'INVALID_INPUT', ['t']);
    expectOmnicxError(() => sbgRetentionRate({ alpha: 1, beta: 1 }, 0), 'INVALID_INPUT', ['t']);
    expectOmnicxError(() => sbgDiscountedExpectedResidualLifetime({ alpha: 1, beta: 1 }, { discountRate: 0 }), 'INVALID_INPUT', ['options', 'discountRate']);
    expectOmnicxError(() => sbgDiscountedExpectedResidualLifetime({ alpha: 1, beta: 1 }, { discountRate: 1e-12 }), 'NO_CONVERGENCE', ['options', 'discountRate']);
  });
});

describe('fitGammaGamma is equivariant in the unit of spend', () => {
  it('converges, with standard errors, when mean spend is ~3.5e7 minor units (e.g. COP or IDR with 2 decimals)', () => {
    const random = createRandom(7);
    const rows: { frequency: number; recency: number; T: number; monetaryMean: number }[] = [];
    for (let i = 0; i < 1000; i++) {
      const x = 1 + Math.floor(random.next() * 6);
      const nu = gamma(random, 3.74, 15.44);
      let s = 0;
      for (let j = 0; j < x; j++) s += gamma(random, 6.25, nu);
      rows.push({ frequency: x, recency: x, T: 40, monetaryMean: s / x });
    }
    const unit = fitGammaGamma(rows);
    const scaled = fitGammaGamma(rows.map((r) => ({ ...r, monetaryMean: r.monetaryMean * 1e6 })));
    expect(unit.converged).toBe(true);
    expect(scaled.converged).toBe(true); // today: false, 'a parameter tends to 0 or infinity…'
    expect(scaled.standardErrors).not.toBeNull();
    expect(scaled.p).toBeCloseTo(unit.p, 4);
    expect(scaled.q).toBeCloseTo(unit.q, 4);
    expect(scaled.v / 1e6 / unit.v).toBeCloseTo(1, 5);
  });
});
