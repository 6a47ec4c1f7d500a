// The programme argument of the loyalty functions: a definition (parsed with zod on every call)
// or a prepared programme. The object prepareProgram returns is deeply frozen and carries a
// non-enumerable brand, so it cannot have changed since it was validated and is used as it is.
// Any other prepared shape is validated with its schema: a copy that came through JSON,
// postMessage or a spread, even one the caller froze (Object.freeze(JSON.parse(…)), Immer's
// auto-freeze), since being frozen says nothing about where an object came from.
import * as z from 'zod';
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/errors/parseWith.js';
import type { OffsetTable } from '../../core/time/internal/offsetTable.js';
import { liabilityOptionsSchema, preparedProgramSchema, programSchema, simulateOptionsSchema, type PreparedProgram, type Program } from '../schemas.js';

export const PREPARED_KIND = 'omnicx.preparedLoyaltyProgram';

/** liabilityOptionsSchema taking an already validated programme as it is. */
export const trustingOptionsSchema = liabilityOptionsSchema.extend({ program: z.custom<Program>() });
/** simulateOptionsSchema taking an already validated baseline as it is. */
export const trustingSimulateOptionsSchema = simulateOptionsSchema.extend({ baseline: z.custom<Program>() });

/**
 * The brand prepareProgram puts on its result (non-enumerable, so not part of its JSON and not
 * copied by JSON, structuredClone, spreads or Object.assign). A registered symbol, so that the
 * ESM and CommonJS builds recognise each other's prepared programmes. Immutable.
 */
export const PREPARED_BRAND: unique symbol = Symbol.for('omnicx.preparedLoyaltyProgram.validated') as never;

/** Whether `value` is an object returned by prepareProgram (frozen, branded). */
export function isValidatedPrepared(value: object): boolean {
  return Object.isFrozen(value) && Object.prototype.hasOwnProperty.call(value, PREPARED_BRAND);
}

export interface ProgramRead {
  readonly program: Program;
  /** The offsets of the programme's zone, when the argument was prepared. */
  readonly table: OffsetTable | undefined;
}

/** Whether `value` claims to be a prepared programme (its `kind`); readProgram checks the rest. */
export function isPreparedShape(value: unknown): value is { readonly kind: string } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === PREPARED_KIND;
}

export function readProgram(input: unknown, path: readonly PathKey[]): ProgramRead {
  if (isPreparedShape(input)) {
    const prepared: PreparedProgram = isValidatedPrepared(input) ? (input as PreparedProgram) : parseWith(preparedProgramSchema, input, path);
    return { program: prepared.program, table: prepared.offsetTable };
  }
  return { program: parseWith(programSchema, input, path), table: undefined };
}

/**
 * Options whose `key` may hold a prepared programme, parsed: with `schema` when it holds a
 * definition; when it is prepared, with `trusting` (the same schema taking the programme as it
 * is) after the prepared programme is read, so that the programme is not parsed again. Also the
 * prepared programme's offset table.
 */
export function parseProgramOptions<O>(schema: z.ZodType<O>, trusting: z.ZodType<O>, options: unknown, key: string, path: readonly PathKey[]): { readonly opts: O; readonly table: OffsetTable | undefined } {
  const value = typeof options === 'object' && options !== null ? (options as Record<string, unknown>)[key] : undefined;
  if (!isPreparedShape(value)) return { opts: parseWith(schema, options, path), table: undefined };
  const { program, table } = readProgram(value, [...path, key]);
  return { opts: parseWith(trusting, { ...(options as object), [key]: program }, path), table };
}
