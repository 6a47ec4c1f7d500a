/**
 * Satisfaction and service metrics: NPS, CSAT and CES with honest intervals, mergeable
 * accumulators, rollups by any key, SERVQUAL gaps, Kano classification, key-driver analysis,
 * business-hours calendars exact across daylight-saving changes, SLA clocks and service KPIs.
 *
 * @packageDocumentation
 */

// ── survey metrics and instruments ──
export { classifyNps } from './classifyNps.js';
export { nps } from './nps.js';
export { npsFromCounts } from './npsFromCounts.js';
export { npsDifference } from './npsDifference.js';
export { createNpsAccumulator } from './createNpsAccumulator.js';
export { addNpsScore } from './addNpsScore.js';
export { mergeNpsAccumulators } from './mergeNpsAccumulators.js';
export { npsFromAccumulator } from './npsFromAccumulator.js';
export { csat } from './csat.js';
export { csatFromCounts } from './csatFromCounts.js';
export { createCsatAccumulator } from './createCsatAccumulator.js';
export { addCsatResponse } from './addCsatResponse.js';
export { mergeCsatAccumulators } from './mergeCsatAccumulators.js';
export { csatFromAccumulator } from './csatFromAccumulator.js';
export { ces } from './ces.js';
export { createCesAccumulator } from './createCesAccumulator.js';
export { addCesResponse } from './addCesResponse.js';
export { mergeCesAccumulators } from './mergeCesAccumulators.js';
export { cesFromAccumulator } from './cesFromAccumulator.js';
export { satisfactionBy } from './satisfactionBy.js';
export { servqualGaps } from './servqualGaps.js';
export { createServqualAccumulator } from './createServqualAccumulator.js';
export { addServqualAnswers } from './addServqualAnswers.js';
export { mergeServqualAccumulators } from './mergeServqualAccumulators.js';
export { servqualFromAccumulator } from './servqualFromAccumulator.js';
export { classifyKano } from './classifyKano.js';
export { kanoSummary } from './kanoSummary.js';
export { createKanoAccumulator } from './createKanoAccumulator.js';
export { addKanoAnswers } from './addKanoAnswers.js';
export { mergeKanoAccumulators } from './mergeKanoAccumulators.js';
export { kanoFromAccumulator } from './kanoFromAccumulator.js';
export { keyDrivers } from './keyDrivers.js';
export {
  npsCategorySchema,
  npsMethodSchema,
  npsOptionsSchema,
  npsCountsSchema,
  npsIntervalSchema,
  npsResultSchema,
  npsDifferenceOptionsSchema,
  npsDifferenceResultSchema,
  csatOptionsSchema,
  surveyConfidenceOptionsSchema,
  csatIntervalSchema,
  csatResultSchema,
  cesOptionsSchema,
  cesIntervalSchema,
  cesResultSchema,
  npsAccumulatorSchema,
  csatAccumulatorSchema,
  cesAccumulatorSchema,
  satisfactionMetricSchema,
  satisfactionKeySchema,
  satisfactionGroupSchema,
  satisfactionByResultSchema,
  servqualDimensionSchema,
  servqualResponseSchema,
  servqualOptionsSchema,
  servqualResultSchema,
  servqualIntervalSchema,
  servqualAccumulatorSchema,
  kanoAnswerSchema,
  kanoCategorySchema,
  kanoPairSchema,
  kanoSummarySchema,
  kanoAccumulatorSchema,
  keyDriversResultSchema,
  type NpsCategory,
  type NpsMethod,
  type NpsOptions,
  type NpsCounts,
  type NpsInterval,
  type NpsResult,
  type NpsDifferenceOptions,
  type NpsDifferenceResult,
  type CsatOptions,
  type SurveyConfidenceOptions,
  type CsatInterval,
  type CsatResult,
  type CesOptions,
  type CesInterval,
  type CesResult,
  type NpsAccumulator,
  type CsatAccumulator,
  type CesAccumulator,
  type SatisfactionMetric,
  type SatisfactionKey,
  type SatisfactionGroup,
  type SatisfactionByResult,
  type ServqualDimension,
  type ServqualResponse,
  type ServqualOptions,
  type ServqualResult,
  type ServqualInterval,
  type ServqualAccumulator,
  type KanoAnswer,
  type KanoCategory,
  type KanoPair,
  type KanoSummary,
  type KanoAccumulator,
  type KeyDriversResult,
} from './schemas.js';
// ── end of survey metrics and instruments ──

// ── business calendars, SLA clocks and service KPIs ──
export { defineBusinessCalendar } from './defineBusinessCalendar.js';
export { businessDurationMs } from './businessDurationMs.js';
export { addBusinessDuration } from './addBusinessDuration.js';
export { slaStatus } from './slaStatus.js';
export { serviceKpis } from './serviceKpis.js';
export { createServiceKpisAccumulator } from './createServiceKpisAccumulator.js';
export { addServiceTickets } from './addServiceTickets.js';
export { mergeServiceKpisAccumulators } from './mergeServiceKpisAccumulators.js';
export { serviceKpisFromAccumulator } from './serviceKpisFromAccumulator.js';
export {
  businessWeekSchema,
  businessCalendarSchema,
  businessCalendarCompiledSchema,
  slaPolicySchema,
  servicePauseSchema,
  serviceTicketSchema,
  slaStatusOptionsSchema,
  slaClockSchema,
  slaStatusResultSchema,
  serviceKpisOptionsSchema,
  serviceDurationSummarySchema,
  serviceRateSchema,
  slaAttainmentSchema,
  serviceKpisResultSchema,
  serviceKpisAccumulatorSchema,
  type BusinessWeekInput,
  type BusinessCalendarInput,
  type BusinessCalendarDefinition,
  type BusinessCalendar,
  type SlaPolicy,
  type ServicePauseInput,
  type ServiceTicketInput,
  type ServiceTicket,
  type SlaStatusOptions,
  type SlaClock,
  type SlaStatusResult,
  type ServiceKpisOptions,
  type ServiceDurationSummary,
  type ServiceRate,
  type SlaAttainment,
  type ServiceKpisResult,
  type ServiceKpisAccumulator,
} from './schemas.js';
// ── end of business calendars, SLA clocks and service KPIs ──
