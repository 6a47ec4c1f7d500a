/**
 * The `omnicx/loyalty` domain: loyalty programmes as versioned data and a ledger that is a pure
 * fold over an event log. Points are integers kept in lots (earn date, maturity, expiry), earned
 * with explicit decimal multipliers and one rounding at a declared stage; returns claw back in
 * proportion; redemptions consume the lots that expire first; tiers follow a qualifying metric in
 * a window of the programme's time zone. Every figure is explained, previewed, simulated under a
 * candidate programme and valued as a liability.
 *
 * @packageDocumentation
 */
export * from './schemas.js';
export { defineProgram } from './defineProgram.js';
export { prepareProgram } from './prepareProgram.js';
export { programJsonSchema } from './programJsonSchema.js';
export { replay } from './replay.js';
export { replayColumns } from './replayColumns.js';
export { ledgerEntries } from './ledgerEntries.js';
export { applyEvent } from './applyEvent.js';
export { advanceTo } from './advanceTo.js';
export { explainPoints } from './explainPoints.js';
export { progressToNextTier } from './progressToNextTier.js';
export { validateProgram } from './validateProgram.js';
export { programLiability } from './programLiability.js';
export { createLiabilityAccumulator } from './createLiabilityAccumulator.js';
export { addStatesToLiability } from './addStatesToLiability.js';
export { mergeLiabilityAccumulators } from './mergeLiabilityAccumulators.js';
export { liabilityFromAccumulator } from './liabilityFromAccumulator.js';
export { simulateProgram } from './simulateProgram.js';
export { mergeSimulations } from './mergeSimulations.js';
