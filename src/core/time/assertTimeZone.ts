import type { PathKey } from '../errors/OmnicxError.js';
import { assertPath } from '../internal/assert.js';
import { openZone } from './internal/zone.js';

/**
 * Throws unless `timeZone` is a time zone name omnicx accepts (see {@link isTimeZone}): an IANA
 * name or alias known to the runtime's `Intl.DateTimeFormat`. Fixed offsets such as `'+05:30'`
 * are refused. Nothing is cached.
 *
 * @param timeZone - the value to check
 * @param path - where the value sits in the caller's data, reported on errors (default `[]`)
 * @throws {@link OmnicxError} `INVALID_INPUT` when `timeZone` is not a string,
 *   `UNKNOWN_TIME_ZONE` when it is not an accepted zone name; the error's `path` is `path`
 *
 * @example
 * ```ts
 * import { assertTimeZone, isOmnicxError } from 'omnicx/core';
 * assertTimeZone('America/New_York');
 * try {
 *   assertTimeZone('Europe/Berln', ['stores', 0, 'timeZone']);
 * } catch (error) {
 *   console.log(isOmnicxError(error, 'UNKNOWN_TIME_ZONE')); // true
 *   console.log(isOmnicxError(error) && error.path.join('.')); // 'stores.0.timeZone'
 * }
 * ```
 */
export function assertTimeZone(timeZone: unknown, path: readonly PathKey[] = []): asserts timeZone is string {
  assertPath(path);
  openZone(timeZone, [...path]);
}
