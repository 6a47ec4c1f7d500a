/**
 * The `omnicx/journey` domain: customer journeys over plain events — sessions, journeys,
 * funnels, paths, process variants, directly-follows graphs, channel switching, stage drop-off,
 * pain points and store-zone conversion — following the semantics of the established tools
 * (PostHog / GA4 / Amplitude funnels, process-mining directly-follows graphs). See
 * `docs/journey.md`.
 *
 * @packageDocumentation
 */
export { defineTouchpoints } from './defineTouchpoints.js';
export { defineStages } from './defineStages.js';
export { sessionize, type SessionizeOptions } from './sessionize.js';
export { buildJourneys, type BuildJourneysOptions } from './buildJourneys.js';
export { encodeEvents, type EncodeEventsOptions } from './encodeEvents.js';
export { funnel, type FunnelExclusion, type FunnelOptions, type FunnelStepInput } from './funnel.js';
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
} from './schemas.js';
