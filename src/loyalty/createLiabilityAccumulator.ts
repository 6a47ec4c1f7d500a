import { emptySums, fieldsOf } from './internal/liability.js';
import { parseProgramOptions, trustingOptionsSchema } from './internal/programArgument.js';
import { liabilityOptionsSchema, type LiabilityAccumulator, type LiabilityOptions } from './schemas.js';

/**
 * Creates an empty liability accumulator — the `create` step of the accumulator pattern
 * ({@link addStatesToLiability}, {@link mergeLiabilityAccumulators},
 * {@link liabilityFromAccumulator}) for computing {@link programLiability} over member states
 * held in shards or workers: create one per shard with the same options, add each shard's
 * states, merge the accumulators, take the result. Any split gives exactly the liability of all
 * the states at once (everything it keeps is a sum). A plain JSON object.
 *
 * @param options - `program`, `asOf` (instant), optional `breakageRate` in [0, 1), as for
 *   {@link programLiability}
 * @returns `{ kind: 'loyaltyLiability', version: 1, program, asOf, breakageRate, … }` with every
 *   sum 0 (`breakageRate` `null` when breakage is to be estimated from history)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', …]`)
 *
 * @example
 * ```ts
 * import { createLiabilityAccumulator } from 'omnicx/loyalty';
 * const program = { id: 'club', version: 1, currency: 'USD', timeZone: 'UTC', earn: { base: { points: '1', perAmountMinor: 100 } } };
 * const acc = createLiabilityAccumulator({ program, asOf: '2026-06-01T00:00:00Z', breakageRate: 0.2 });
 * console.log(acc.asOf, acc.breakageRate, acc.members); // 1780272000000 0.2 0
 * ```
 */
export function createLiabilityAccumulator(options: LiabilityOptions): LiabilityAccumulator {
  // A prepared programme is kept as its definition (the accumulator is plain JSON), copied: the
  // prepared one is frozen and the caller's, and a result shares nothing with its input.
  const { opts, table } = parseProgramOptions(liabilityOptionsSchema, trustingOptionsSchema, options, 'program', ['options']);
  return {
    kind: 'loyaltyLiability',
    version: 1,
    program: table === undefined ? opts.program : structuredClone(opts.program),
    asOf: opts.asOf,
    breakageRate: opts.breakageRate ?? null,
    ...fieldsOf(emptySums()),
  };
}
