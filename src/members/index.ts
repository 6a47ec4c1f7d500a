/**
 * The `omnicx/members` domain: member analytics. RFM scores and segments, acquisition cohorts and
 * Kaplan–Meier survival, buy-till-you-die models (BG/NBD, Pareto/NBD) with Gamma-Gamma spend and
 * customer lifetime value, the shifted-beta-geometric model of contractual retention, churn-risk
 * lists, and association rules (FP-growth) with basket recommendations; mergeable accumulators compute
 * cohorts, Kaplan–Meier curves, frequent itemsets, RFM and BTYD summaries per shard, exactly. See
 * `docs/members.md`.
 *
 * @packageDocumentation
 */
export * from './schemas.js';
export { DEFAULT_RFM_SEGMENTS } from './DEFAULT_RFM_SEGMENTS.js';
export { rfm, type RfmRow } from './rfm.js';
export { frequentItemsets, type FrequentItemset, type FrequentItemsetsResult } from './frequentItemsets.js';
export { associationRules, type AssociationRule } from './associationRules.js';
export { recommendFor, type Recommendation } from './recommendFor.js';
export { customerSummary } from './customerSummary.js';
export { compressSummaries } from './compressSummaries.js';
export { fitBgNbd, type BgNbdFit } from './fitBgNbd.js';
export { bgNbdExpectedPurchases } from './bgNbdExpectedPurchases.js';
export { bgNbdConditionalExpectedPurchases } from './bgNbdConditionalExpectedPurchases.js';
export { bgNbdProbabilityAlive } from './bgNbdProbabilityAlive.js';
export { fitParetoNbd, type ParetoNbdFit } from './fitParetoNbd.js';
export { paretoNbdExpectedPurchases } from './paretoNbdExpectedPurchases.js';
export { paretoNbdConditionalExpectedPurchases } from './paretoNbdConditionalExpectedPurchases.js';
export { paretoNbdProbabilityAlive } from './paretoNbdProbabilityAlive.js';
export { fitGammaGamma, type GammaGammaFit } from './fitGammaGamma.js';
export { gammaGammaExpectedSpend } from './gammaGammaExpectedSpend.js';
export { customerLifetimeValue, type CustomerLifetimeValueOptions } from './customerLifetimeValue.js';
export { churnRisk, type ChurnRiskEntry } from './churnRisk.js';
export { fitShiftedBetaGeometric, type SbgFit } from './fitShiftedBetaGeometric.js';
export { sbgSurvival } from './sbgSurvival.js';
export { sbgRetentionRate } from './sbgRetentionRate.js';
export { sbgDiscountedExpectedResidualLifetime } from './sbgDiscountedExpectedResidualLifetime.js';
export { survivalCurve, type SurvivalCurve } from './survivalCurve.js';
export { cohortRetention, type Cohort } from './cohortRetention.js';
export { createSurvivalAccumulator } from './createSurvivalAccumulator.js';
export { addSurvivalSubjects } from './addSurvivalSubjects.js';
export { mergeSurvivalAccumulators } from './mergeSurvivalAccumulators.js';
export { survivalCurveFromAccumulator } from './survivalCurveFromAccumulator.js';
export { createCohortRetentionAccumulator } from './createCohortRetentionAccumulator.js';
export { addCohortTransactions } from './addCohortTransactions.js';
export { mergeCohortRetentionAccumulators } from './mergeCohortRetentionAccumulators.js';
export { cohortRetentionFromAccumulator } from './cohortRetentionFromAccumulator.js';
export { createBasketAccumulator } from './createBasketAccumulator.js';
export { addBaskets } from './addBaskets.js';
export { mergeBasketAccumulators } from './mergeBasketAccumulators.js';
export { frequentItemsetsFromAccumulator } from './frequentItemsetsFromAccumulator.js';
export { createRfmAccumulator } from './createRfmAccumulator.js';
export { addRfmTransactions } from './addRfmTransactions.js';
export { mergeRfmAccumulators } from './mergeRfmAccumulators.js';
export { rfmFromAccumulator } from './rfmFromAccumulator.js';
export { createCustomerSummaryAccumulator } from './createCustomerSummaryAccumulator.js';
export { addCustomerSummaryTransactions } from './addCustomerSummaryTransactions.js';
export { mergeCustomerSummaryAccumulators } from './mergeCustomerSummaryAccumulators.js';
export { customerSummaryFromAccumulator } from './customerSummaryFromAccumulator.js';
