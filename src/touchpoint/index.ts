/**
 * The `omnicx/touchpoint` domain: which touchpoints to fix and which earn the conversions.
 * Touchpoint scorecards and importance–performance analysis; attribution of conversions and their
 * value to channels by rule-based models, the exact Markov-chain removal effect and Shapley values,
 * with bootstrap intervals and model comparison tables.
 *
 * @packageDocumentation
 */
export {
  attributionModelSchema,
  attributionPathSchema,
  bootstrapAttributionOptionsSchema,
  heuristicModelSchema,
  heuristicOptionsSchema,
  markovOptionsSchema,
  shapleyOptionsSchema,
  type AttributionModel,
  type AttributionPath,
  type BootstrapAttributionOptions,
  type HeuristicModel,
  type HeuristicOptions,
  type MarkovOptions,
  type ShapleyOptions,
} from './schemas.js';
export type { AttributionInput, AttributionResult, ChannelCredit } from './types.js';
export { attributeHeuristic } from './attributeHeuristic.js';
export {
  exactPartialsSchema,
  heuristicAttributionAccumulatorSchema,
  type ExactPartials,
  type HeuristicAttributionAccumulator,
} from './schemas.js';
export { createHeuristicAttributionAccumulator } from './createHeuristicAttributionAccumulator.js';
export { addHeuristicAttributionPaths } from './addHeuristicAttributionPaths.js';
export { mergeHeuristicAttributionAccumulators } from './mergeHeuristicAttributionAccumulators.js';
export { heuristicAttributionFromAccumulator } from './heuristicAttributionFromAccumulator.js';
export { attributeMarkov, type MarkovAttributionResult } from './attributeMarkov.js';
export { markovAttributionAccumulatorSchema, type MarkovAttributionAccumulator } from './schemas.js';
export { createMarkovAttributionAccumulator } from './createMarkovAttributionAccumulator.js';
export { addMarkovAttributionPaths } from './addMarkovAttributionPaths.js';
export { mergeMarkovAttributionAccumulators } from './mergeMarkovAttributionAccumulators.js';
export { markovAttributionFromAccumulator } from './markovAttributionFromAccumulator.js';
export { attributeShapley, type ShapleyAttributionResult } from './attributeShapley.js';
export { shapleyAttributionAccumulatorSchema, type ShapleyAttributionAccumulator } from './schemas.js';
export { createShapleyAttributionAccumulator } from './createShapleyAttributionAccumulator.js';
export { addShapleyAttributionPaths } from './addShapleyAttributionPaths.js';
export { mergeShapleyAttributionAccumulators } from './mergeShapleyAttributionAccumulators.js';
export { shapleyAttributionFromAccumulator } from './shapleyAttributionFromAccumulator.js';
export {
  derivedImportanceOptionsSchema,
  ipaItemSchema,
  ipaOptionsSchema,
  ipaQuadrantSchema,
  scorecardOptionsSchema,
  touchpointRatingSchema,
  type DerivedImportanceOptions,
  type IpaItem,
  type IpaOptions,
  type IpaQuadrant,
  type ScorecardOptions,
  type TouchpointRating,
} from './schemas.js';
export { scorecard, type ScorecardRow } from './scorecard.js';
export {
  scorecardAccumulatorSchema,
  scorecardCriterionSumsSchema,
  type ScorecardAccumulator,
  type ScorecardCriterionSums,
} from './schemas.js';
export { createScorecardAccumulator } from './createScorecardAccumulator.js';
export { addScorecardRatings } from './addScorecardRatings.js';
export { mergeScorecardAccumulators } from './mergeScorecardAccumulators.js';
export { scorecardFromAccumulator } from './scorecardFromAccumulator.js';
export { importancePerformance, type ImportancePerformanceResult } from './importancePerformance.js';
export { derivedImportance } from './derivedImportance.js';
export { compareAttribution, type AttributionComparison, type AttributionComparisonRow } from './compareAttribution.js';
export { bootstrapAttribution, type AttributionInterval, type BootstrapAttributionResult } from './bootstrapAttribution.js';
