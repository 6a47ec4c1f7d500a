// Options objects are strict: a key a function does not know (a typo such as `confidense`) is
// refused with its path rather than silently ignored, as zod's strictObject does for the option
// schemas. Hand-read options list their keys with `optionKeys`, which the compiler checks against
// the options type (every key, and no other).
import type { PathKey } from '../errors/OmnicxError.js';
import { describe, invalid } from './assert.js';

/**
 * The keys of an options type, from an object naming each of them once (`{ key: true }`): a
 * missing or extra key is a compile error.
 */
export function optionKeys<T>(keys: { readonly [K in keyof Required<T>]: true }): readonly string[] {
  return Object.freeze(Object.keys(keys));
}

/** Throws INVALID_INPUT at `[...path, key]` for the first own enumerable key not in `known`. */
export function assertKnownKeys(options: object, known: readonly string[], path: readonly PathKey[] = ['options']): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) {
      const list = known.length === 0 ? 'none' : known.map((k) => JSON.stringify(k)).join(', ');
      throw invalid(`Unknown option ${JSON.stringify(key)} at ${[...path].join('.') || 'options'} (known: ${list})`, [...path, key]);
    }
  }
}

/** Reads an optional options object (`undefined` means all defaults); a key not in `known` is refused. */
export function readOptions(options: unknown, known: readonly string[]): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw invalid(`options must be an object, got ${describe(options)}`, ['options']);
  }
  assertKnownKeys(options, known);
  return options as Readonly<Record<string, unknown>>;
}
