import * as z from 'zod';
import { zoneFormatter } from './internal/zone.js';

/**
 * Tells whether a value is a time zone name omnicx accepts: an IANA tz database name or alias
 * that this runtime's `Intl.DateTimeFormat` knows (`'UTC'`, `'Europe/Berlin'`,
 * `'America/New_York'`, `'Etc/GMT-5'`, also legacy aliases such as `'US/Eastern'`; matching is
 * case-insensitive, as in ECMA-402).
 *
 * Fixed offsets such as `'+05:30'` are refused on every runtime (newer engines accept them in
 * `Intl`, Node 20 does not): they carry no daylight-saving rules, so a store's local day would
 * silently be wrong half of the year. Use the store's IANA zone, or `'Etc/GMT-5'`-style names
 * (sign inverted, whole hours) for a true fixed offset.
 *
 * Nothing is cached (omnicx keeps no module-level state), so each call builds an
 * `Intl.DateTimeFormat`; validate once per batch, not once per element.
 *
 * @param timeZone - any value; never throws
 * @returns `true` for an accepted zone name, `false` for anything else (including non-strings)
 *
 * @example
 * ```ts
 * import { isTimeZone } from 'omnicx/core';
 * console.log(isTimeZone('Europe/Berlin')); // true
 * console.log(isTimeZone('Europe/Berln')); // false
 * console.log(isTimeZone('+05:30')); // false
 * ```
 */
export function isTimeZone(timeZone: unknown): timeZone is string {
  return typeof timeZone === 'string' && zoneFormatter(timeZone) !== undefined;
}

/**
 * zod schema of a time zone name accepted by {@link isTimeZone}, for domain schemas
 * (`timeZone: timeZoneSchema`). Outputs the name unchanged.
 *
 * @example
 * ```ts
 * import { timeZoneSchema } from 'omnicx/core';
 * console.log(timeZoneSchema.safeParse('America/Santiago').success); // true
 * console.log(timeZoneSchema.safeParse('Mars/Olympus_Mons').success); // false
 * ```
 */
export const timeZoneSchema: z.ZodType<string, string> = z
  .string()
  .refine(isTimeZone, { error: 'Invalid input: expected an IANA time zone name such as "Europe/Berlin"' });
