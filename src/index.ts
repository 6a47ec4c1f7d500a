/**
 * omnicx: typed models and pure functions for omnichannel retail customer experience.
 *
 * The root entry re-exports every domain flat; import a subpath (`omnicx/loyalty`, …) to load
 * only what you use.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './journey/index.js';
export * from './touchpoint/index.js';
export * from './loyalty/index.js';
export * from './inventory/index.js';
export * from './satisfaction/index.js';
export * from './members/index.js';
