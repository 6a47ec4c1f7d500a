import * as z from 'zod';

/**
 * Every rounding mode omnicx accepts, wherever a value is rounded:
 *
 * | mode | ties | non-ties | 2.5 → | −2.5 → | 2.4 → | −2.6 → |
 * |---|---|---|---|---|---|---|
 * | `halfEven` (banker's) | to the even neighbour | nearest | 2 | −2 | 2 | −3 |
 * | `halfUp` | away from zero | nearest | 3 | −3 | 2 | −3 |
 * | `halfDown` | towards zero | nearest | 2 | −2 | 2 | −3 |
 * | `up` | away from zero | away from zero | 3 | −3 | 3 | −3 |
 * | `down` (truncate) | towards zero | towards zero | 2 | −2 | 2 | −2 |
 * | `ceil` | towards +∞ | towards +∞ | 3 | −2 | 3 | −2 |
 * | `floor` | towards −∞ | towards −∞ | 2 | −3 | 2 | −3 |
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'omnicx/core';
 * const mode: RoundingMode = 'halfEven';
 * console.log(mode);
 * ```
 */
export type RoundingMode = 'halfEven' | 'halfUp' | 'halfDown' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * The rounding modes as a list, in the order of the {@link RoundingMode} table.
 *
 * @example
 * ```ts
 * import { ROUNDING_MODES } from 'omnicx/core';
 * console.log(ROUNDING_MODES.includes('floor')); // true
 * ```
 */
export const ROUNDING_MODES: readonly RoundingMode[] = ['halfEven', 'halfUp', 'halfDown', 'up', 'down', 'ceil', 'floor'];

/**
 * zod schema of a {@link RoundingMode}, for hosts that validate programme or configuration files.
 *
 * @example
 * ```ts
 * import { roundingModeSchema } from 'omnicx/core';
 * console.log(roundingModeSchema.safeParse('floor').success); // true
 * ```
 */
export const roundingModeSchema = z.enum(['halfEven', 'halfUp', 'halfDown', 'up', 'down', 'ceil', 'floor']);
