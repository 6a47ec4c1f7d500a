/**
 * Deterministic synthetic omnichannel retail data for demos, examples, notebooks and benchmarks.
 *
 * @packageDocumentation
 */
export {};
