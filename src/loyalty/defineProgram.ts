import { parseWith } from '../core/errors/parseWith.js';
import { programSchema, type Program, type ProgramInput } from './schemas.js';

/**
 * Validates a loyalty programme definition and returns it with every default filled in: the
 * programme as versioned data that {@link replay}, {@link applyEvent} and the other loyalty
 * functions take. See {@link programSchema} for the fields and defaults and docs/loyalty.md for
 * the exact semantics of every option.
 *
 * @param input - the programme (never mutated); instants in conditions may be ISO strings
 * @returns a new, fully defaulted {@link Program} (instants as epoch milliseconds)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with the `path` of the first bad field (and every
 *   zod issue in `issues`): unknown keys, a multiplier written as a number, duplicate rule ids,
 *   a cap naming an unknown rule, an unknown time zone or currency…
 *
 * @example
 * ```ts
 * import { defineProgram } from 'omnicx/loyalty';
 * const program = defineProgram({
 *   id: 'club', version: 1, currency: 'USD', timeZone: 'America/New_York',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 * });
 * console.log(program.earn.base.rounding, program.earn.stacking, program.expiry.type); // floor multiply none
 * const fromFile: unknown = JSON.parse('{"id":"club","version":1,"currency":"USD","timeZone":"UTC","earn":{"base":{"points":1,"perAmountMinor":100}}}');
 * try {
 *   defineProgram(fromFile as Parameters<typeof defineProgram>[0]);
 * } catch (error) {
 *   console.log((error as { path: unknown }).path); // ['earn', 'base', 'points']
 * }
 * ```
 */
export function defineProgram(input: ProgramInput): Program {
  return parseWith(programSchema, input);
}
