import * as z from 'zod';
import { readonlyOf } from '../internal/readonlyOf.js';

/** The fields of a path record (touchpoint's attribution path extends them). */
export const pathRecordFields = {
  /** The channels in order: an array of non-empty names, or one string separated by `>`. */
  path: z.union([readonlyOf(z.array(z.string().min(1))), z.string()]),
  /** Converting journeys with this path, ≥ 0. */
  conversions: z.number().nonnegative(),
  /** Non-converting journeys with this path, ≥ 0; default 0. */
  nulls: z.number().nonnegative().optional(),
  /** Total value of the conversions, ≥ 0; default 0. */
  value: z.number().nonnegative().optional(),
};

/**
 * zod schema of one path record, the row format of ChannelAttribution (R / Python) and of most
 * attribution exports: the ordered touchpoints of a journey (or of many identical journeys), how
 * many of those journeys converted, how many did not, and the total value of the conversions.
 *
 * - `path`: the channels in order, as an array (`['search', 'email']`, names kept verbatim, none
 *   empty) or as one string with the channels separated by `>` (`'search > email'`, each name
 *   trimmed of surrounding white space).
 * - `conversions`: converting journeys with this path, a finite number ≥ 0 (weights allowed).
 * - `nulls`: journeys with this path that did not convert, ≥ 0, default 0.
 * - `value`: the total value of those conversions (not per conversion), ≥ 0, default 0, and 0
 *   when `conversions` is 0.
 *
 * The schema checks shapes and signs; {@link encodePaths} checks the cross-field rules (an empty
 * path cannot convert, value needs conversions) with the same paths.
 *
 * @example
 * ```ts
 * import { pathRecordSchema } from 'omnicx/core';
 * console.log(pathRecordSchema.safeParse({ path: 'search > email', conversions: 2, value: 80 }).success); // true
 * console.log(pathRecordSchema.safeParse({ path: ['search'], conversions: -1 }).success); // false
 * ```
 */
export const pathRecordSchema = readonlyOf(z.object(pathRecordFields));

/**
 * One path record: see {@link pathRecordSchema}. The type is `z.infer` of the schema.
 *
 * @example
 * ```ts
 * import type { PathRecord } from 'omnicx/core';
 * const record: PathRecord = { path: 'search > email', conversions: 2, nulls: 5, value: 80 };
 * console.log(record.conversions); // 2
 * ```
 */
export type PathRecord = z.infer<typeof pathRecordSchema>;

/**
 * zod schema of the columnar form of many path records, as returned by {@link encodePaths}:
 *
 * - `dictionary[c]` is the name of channel id `c` (ids in order of first appearance);
 * - path `i` is the channel ids `steps[offsets[i]]`, …, `steps[offsets[i + 1] − 1]`, so `offsets`
 *   has one more element than there are paths, starts at 0 and ends at `steps.length`;
 * - `conversions[i]`, `nulls[i]` and `values[i]` are the counts and total value of path `i`.
 *
 * The schema checks the column types only; functions that take encoded paths check the layout.
 *
 * @example
 * ```ts
 * import { encodedPathsSchema, encodePaths } from 'omnicx/core';
 * const encoded = encodePaths([{ path: 'a > b', conversions: 1 }]);
 * console.log(encodedPathsSchema.safeParse(encoded).success); // true
 * ```
 */
export const encodedPathsSchema = readonlyOf(
  z.object({
    /** Channel names by id. */
    dictionary: readonlyOf(z.array(z.string())),
    /** Start of each path in `steps`, plus the end: length = number of paths + 1. */
    offsets: z.instanceof(Int32Array),
    /** The channel ids of every path, path after path. */
    steps: z.instanceof(Int32Array),
    /** Converting journeys per path. */
    conversions: z.instanceof(Float64Array),
    /** Non-converting journeys per path. */
    nulls: z.instanceof(Float64Array),
    /** Total conversion value per path. */
    values: z.instanceof(Float64Array),
  }));

/**
 * The columnar form of many path records: see {@link encodedPathsSchema} for the layout. The type
 * is `z.infer` of the schema.
 *
 * @example
 * ```ts
 * import { encodePaths, type EncodedPaths } from 'omnicx/core';
 * const encoded: EncodedPaths = encodePaths([{ path: ['a', 'b', 'a'], conversions: 1 }]);
 * console.log(Array.from(encoded.steps)); // [0, 1, 0]
 * ```
 */
export type EncodedPaths = z.infer<typeof encodedPathsSchema>;
