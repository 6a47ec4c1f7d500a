/**
 * The `omnicx/journey` domain: customer journeys over plain events — sessions, journeys,
 * funnels, paths, process variants, directly-follows graphs, channel switching, stage drop-off,
 * pain points and store-zone conversion — following the semantics of the established tools
 * (PostHog / GA4 / Amplitude funnels, process-mining directly-follows graphs) — and, for
 * sharded computation, mergeable accumulators (create / add / merge / …FromAccumulator) that give
 * exactly the one-pass results. See `docs/journey.md`.
 *
 * @packageDocumentation
 */
export { defineTouchpoints } from './defineTouchpoints.js';
export { defineStages } from './defineStages.js';
export { sessionize, type SessionizeOptions } from './sessionize.js';
export { buildJourneys, type BuildJourneysOptions } from './buildJourneys.js';
export { encodeEvents, type EncodeEventsOptions } from './encodeEvents.js';
export { funnel, type FunnelExclusion, type FunnelOptions, type FunnelStepInput } from './funnel.js';
export { createFunnelAccumulator, type FunnelAccumulatorOptions } from './createFunnelAccumulator.js';
export { addEventsToFunnel } from './addEventsToFunnel.js';
export { mergeFunnelAccumulators } from './mergeFunnelAccumulators.js';
export { funnelFromAccumulator, type FunnelFromAccumulatorOptions } from './funnelFromAccumulator.js';
export { pathEdges, type PathEdgesOptions } from './pathEdges.js';
export { createPathEdgesAccumulator, type PathEdgesAccumulatorOptions } from './createPathEdgesAccumulator.js';
export { addJourneysToPathEdges } from './addJourneysToPathEdges.js';
export { mergePathEdgesAccumulators } from './mergePathEdgesAccumulators.js';
export { pathEdgesFromAccumulator, type PathEdgesFromAccumulatorOptions } from './pathEdgesFromAccumulator.js';
export { nextSteps, type StepNeighboursOptions } from './nextSteps.js';
export { previousSteps } from './previousSteps.js';
export { createStepNeighboursAccumulator, type StepNeighboursAccumulatorOptions } from './createStepNeighboursAccumulator.js';
export { addJourneysToStepNeighbours } from './addJourneysToStepNeighbours.js';
export { mergeStepNeighboursAccumulators } from './mergeStepNeighboursAccumulators.js';
export { stepNeighboursFromAccumulator } from './stepNeighboursFromAccumulator.js';
export { variants } from './variants.js';
export { createVariantsAccumulator } from './createVariantsAccumulator.js';
export { addJourneysToVariants } from './addJourneysToVariants.js';
export { mergeVariantsAccumulators } from './mergeVariantsAccumulators.js';
export { variantsFromAccumulator } from './variantsFromAccumulator.js';
export { directlyFollows, type DirectlyFollowsOptions } from './directlyFollows.js';
export { createDirectlyFollowsAccumulator } from './createDirectlyFollowsAccumulator.js';
export { addJourneysToDirectlyFollows } from './addJourneysToDirectlyFollows.js';
export { mergeDirectlyFollowsAccumulators } from './mergeDirectlyFollowsAccumulators.js';
export { directlyFollowsFromAccumulator } from './directlyFollowsFromAccumulator.js';
export { channelSwitching, type ChannelSwitchingOptions } from './channelSwitching.js';
export { createChannelSwitchingAccumulator, type ChannelSwitchingAccumulatorOptions } from './createChannelSwitchingAccumulator.js';
export { addJourneysToChannelSwitching } from './addJourneysToChannelSwitching.js';
export { mergeChannelSwitchingAccumulators } from './mergeChannelSwitchingAccumulators.js';
export { channelSwitchingFromAccumulator } from './channelSwitchingFromAccumulator.js';
export { stageDropOff } from './stageDropOff.js';
export { createStageDropOffAccumulator } from './createStageDropOffAccumulator.js';
export { addJourneysToStageDropOff } from './addJourneysToStageDropOff.js';
export { mergeStageDropOffAccumulators } from './mergeStageDropOffAccumulators.js';
export { stageDropOffFromAccumulator } from './stageDropOffFromAccumulator.js';
export { journeysToPaths, type JourneysToPathsOptions } from './journeysToPaths.js';
export { painPoints, type PainPointsOptions } from './painPoints.js';
export { createPainPointsAccumulator, type PainPointsAccumulatorOptions } from './createPainPointsAccumulator.js';
export { addEventsToPainPoints } from './addEventsToPainPoints.js';
export { mergePainPointsAccumulators } from './mergePainPointsAccumulators.js';
export { painPointsFromAccumulator, type PainPointsFromAccumulatorOptions } from './painPointsFromAccumulator.js';
export { zoneConversion, type ZoneConversionOptions } from './zoneConversion.js';
export { createZoneConversionAccumulator } from './createZoneConversionAccumulator.js';
export { addVisitsToZoneConversion } from './addVisitsToZoneConversion.js';
export { mergeZoneConversionAccumulators } from './mergeZoneConversionAccumulators.js';
export { zoneConversionFromAccumulator } from './zoneConversionFromAccumulator.js';
export {
  touchpointKindSchema,
  journeyEventTypeSchema,
  journeyEventSchema,
  touchpointDefinitionSchema,
  touchpointCatalogueSchema,
  stageSchema,
  stageModelSchema,
  stageInputSchema,
  eventColumnsSchema,
  sessionSchema,
  journeySchema,
  journeyStepsSchema,
  funnelStepSchema,
  funnelResultSchema,
  funnelModeSchema,
  type FunnelMode,
  funnelBreakdownFieldSchema,
  funnelAccumulatorSchema,
  type FunnelBreakdownField,
  type FunnelAccumulator,
  journeyVariantSchema,
  variantsAccumulatorSchema,
  type VariantsAccumulator,
  directlyFollowsEdgeSchema,
  directlyFollowsAccumulatorSchema,
  type DirectlyFollowsAccumulator,
  pathGraphSchema,
  pathEdgesAccumulatorSchema,
  type PathEdgesAccumulator,
  stepNeighboursSchema,
  stepNeighboursAccumulatorSchema,
  type StepNeighboursAccumulator,
  channelPatternSchema,
  channelSwitchingSchema,
  channelSwitchingAccumulatorSchema,
  type ChannelSwitchingAccumulator,
  stageDropOffRowSchema,
  stageDropOffSchema,
  stageDropOffAccumulatorSchema,
  type StageDropOffAccumulator,
  painPointSchema,
  painPointsAccumulatorSchema,
  type PainPointsAccumulator,
  zoneVisitSchema,
  zoneConversionRowSchema,
  zoneConversionSchema,
  zoneConversionAccumulatorSchema,
  type ZoneConversionAccumulator,
  type TouchpointKind,
  type JourneyEventType,
  type JourneyEvent,
  type JourneyEventInput,
  type TouchpointDefinition,
  type TouchpointCatalogue,
  type Stage,
  type StageModel,
  type StageInput,
  type EventColumns,
  type Session,
  type Journey,
  type JourneySteps,
  type FunnelStep,
  type FunnelResult,
  type JourneyVariant,
  type DirectlyFollowsEdge,
  type PathGraph,
  type StepNeighbours,
  type ChannelPattern,
  type ChannelSwitching,
  type StageDropOffRow,
  type StageDropOff,
  type PainPoint,
  type ZoneVisit,
  type ZoneConversionRow,
  type ZoneConversion,
} from './schemas.js';
