import { parseWith } from '../core/errors/parseWith.js';

import { invalid } from '../core/internal/assert.js';
import * as z from 'zod';
import { touchpointDefinitionSchema, type TouchpointCatalogue, type TouchpointDefinition } from './schemas.js';

const definitionsSchema = z.array(touchpointDefinitionSchema);

/**
 * Builds a touchpoint catalogue: each touchpoint id with its kind, channel and (optionally) stage,
 * store and zone, so that events need only carry the id. Pass the catalogue as the `touchpoints`
 * option of the event-level functions (`sessionize`, `buildJourneys`, `funnel`, `painPoints`):
 * they then fill `channel`, `kind`, `stage`, `storeId` and `zone` from it (a value given on the
 * event wins) and refuse events whose touchpoint is not in it.
 *
 * @param touchpoints - the definitions (see {@link touchpointDefinitionSchema}); never mutated
 * @returns a new catalogue holding parsed copies of the definitions, in the order given
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed definition (path `[i, field]`) or a
 *   duplicate id (path `[i, 'id']`)
 *
 * @example
 * ```ts
 * import { defineTouchpoints } from 'omnicx/journey';
 * const catalogue = defineTouchpoints([
 *   { id: 'instagram-ad', kind: 'digital', channel: 'social', stage: 'awareness' },
 *   { id: 'fitting-room', kind: 'service', channel: 'store', stage: 'select', zone: 'fitting' },
 * ]);
 * console.log(catalogue.touchpoints.map((t) => t.channel)); // ['social', 'store']
 * ```
 */
export function defineTouchpoints(touchpoints: readonly TouchpointDefinition[]): TouchpointCatalogue {
  const parsed = parseWith(definitionsSchema, touchpoints, []);
  const seen = new Set<string>();
  parsed.forEach((definition, i) => {
    if (seen.has(definition.id)) throw invalid(`touchpoint id ${JSON.stringify(definition.id)} is defined twice`, [i, 'id']);
    seen.add(definition.id);
  });
  return { touchpoints: parsed };
}
