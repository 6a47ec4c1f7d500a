import { parseWith } from '../core/errors/parseWith.js';
import * as z from 'zod';

import { invalid } from '../core/internal/assert.js';
import { stageInputSchema, type Stage, type StageInput, type StageModel } from './schemas.js';

/**
 * The default stage model of the domain notes, in order, with its phase: pre-purchase
 * (awareness, consideration), purchase (enter, browse, select, pay, leave — online steps use the
 * same ids: a visit is `enter`, a view `browse`, add to cart `select`, checkout `pay`; the online
 * names themselves are not stages of the model) and post-purchase (delivery,
 * pickup, use, returns, repair, complaints, repurchase, advocacy).
 */
const DEFAULT_STAGES: readonly (readonly [string, string])[] = [
  ['awareness', 'pre-purchase'],
  ['consideration', 'pre-purchase'],
  ['enter', 'purchase'],
  ['browse', 'purchase'],
  ['select', 'purchase'],
  ['pay', 'purchase'],
  ['leave', 'purchase'],
  ['delivery', 'post-purchase'],
  ['pickup', 'post-purchase'],
  ['use', 'post-purchase'],
  ['returns', 'post-purchase'],
  ['repair', 'post-purchase'],
  ['complaints', 'post-purchase'],
  ['repurchase', 'post-purchase'],
  ['advocacy', 'post-purchase'],
];

const stagesInputSchema = z.array(stageInputSchema);

/**
 * Defines an ordered stage model. Without an argument: the default model of the domain notes,
 * 15 stages in three phases — `'pre-purchase'`: awareness, consideration; `'purchase'`: enter,
 * browse, select, pay, leave; `'post-purchase'`: delivery, pickup, use, returns, repair,
 * complaints, repurchase, advocacy. With a list: a custom model in the order given; a stage
 * given as a plain id has the phase `''`.
 *
 * `order` is the 0-based position; `stageDropOff` uses it to find how far a journey got.
 *
 * @param stages - optional custom stages (ids or `{ id, phase }`), at least one, ids unique
 * @returns a new {@link StageModel}
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for an empty list (path `[]`), a malformed stage
 *   (path `[i, …]`) or a duplicate id (path `[i, 'id']`)
 *
 * @example
 * ```ts
 * import { defineStages } from 'omnicx/journey';
 * const model = defineStages();
 * console.log(model.stages.length); // 15
 * console.log(model.stages[5]); // { id: 'pay', phase: 'purchase', order: 5 }
 * const custom = defineStages(['discover', { id: 'buy', phase: 'purchase' }]);
 * console.log(custom.stages[1]); // { id: 'buy', phase: 'purchase', order: 1 }
 * ```
 */
export function defineStages(stages?: readonly StageInput[]): StageModel {
  if (stages === undefined) {
    return { stages: DEFAULT_STAGES.map(([id, phase], order) => ({ id, phase, order })) };
  }
  const parsed = parseWith(stagesInputSchema, stages, []);
  if (parsed.length === 0) throw invalid('a stage model needs at least one stage', []);
  const seen = new Set<string>();
  const result: Stage[] = parsed.map((stage, order) => {
    const id = typeof stage === 'string' ? stage : stage.id;
    if (seen.has(id)) throw invalid(`stage id ${JSON.stringify(id)} is defined twice`, [order, 'id']);
    seen.add(id);
    return { id, phase: typeof stage === 'string' ? '' : (stage.phase ?? ''), order };
  });
  return { stages: result };
}
