/**
 * Core building blocks shared by every omnicx domain: money in integer minor units, decimal
 * rounding with named modes, instants and IANA time zones, errors and statistics.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './rounding/index.js';
export * from './money/index.js';
export * from './time/index.js';
export * from './statistics/index.js';
export * from './paths/index.js';
