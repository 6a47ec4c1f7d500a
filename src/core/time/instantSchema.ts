import * as z from 'zod';
import { dateTimeValue, readInstant } from './internal/instant.js';
import type { Instant, InstantInput } from './toInstant.js';

const dateObject = z.custom<Date>(
  (value) => typeof value === 'object' && value !== null && dateTimeValue(value) !== undefined,
  { error: 'Invalid input: expected an ISO 8601 string with offset, epoch milliseconds or a Date' },
);

const instantInputShape = z.union([z.string(), z.number(), dateObject]);

/**
 * zod schema of an {@link InstantInput}: accepts exactly what {@link toInstant} accepts (an ISO
 * 8601 string with a UTC offset, whole epoch milliseconds in the Date range, or a valid `Date`)
 * and outputs the input unchanged. Use {@link instantSchema} to get epoch milliseconds instead.
 *
 * Issues carry zod code `custom` with the same message `toInstant` would throw.
 *
 * @example
 * ```ts
 * import { instantInputSchema } from 'omnicx/core';
 * console.log(instantInputSchema.safeParse('2026-03-08T10:00:00+01:00').success); // true
 * console.log(instantInputSchema.safeParse('2026-03-08T10:00:00').success); // false
 * ```
 */
export const instantInputSchema: z.ZodType<InstantInput, InstantInput> = instantInputShape.check((ctx) => {
  const result = readInstant(ctx.value);
  if (!result.ok) ctx.issues.push({ code: 'custom', message: result.reason, input: ctx.value });
});

/**
 * zod schema that reads an {@link InstantInput} like {@link toInstant} and outputs epoch
 * milliseconds, so domain schemas can declare `at: instantSchema`. Input type
 * `string | number | Date`, output type `number`.
 *
 * Through `parseWith` a bad value becomes an `OmnicxError` with code `INVALID_INPUT` and the
 * path of the field (zod issues do not carry omnicx codes).
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { instantSchema } from 'omnicx/core';
 * const event = z.object({ at: instantSchema });
 * console.log(event.parse({ at: '2026-03-08T07:00:00Z' })); // { at: 1772953200000 }
 * console.log(event.safeParse({ at: '2026-02-30T07:00:00Z' }).success); // false
 * ```
 */
export const instantSchema: z.ZodType<Instant, InstantInput> = instantInputShape.transform((value, ctx) => {
  const result = readInstant(value);
  if (result.ok) return result.instant;
  ctx.issues.push({ code: 'custom', message: result.reason, input: value });
  return z.NEVER;
});
