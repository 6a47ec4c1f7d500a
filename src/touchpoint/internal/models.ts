// Resolves a model specification into a function of the (possibly resampled) counts, so that
// compareAttribution and bootstrapAttribution run every model on the same prepared input.
import { parseWith, type EncodedPaths } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import {
  attributionModelSchema,
  heuristicOptionsSchema,
  markovOptionsSchema,
  shapleyOptionsSchema,
  type AttributionModel,
} from '../schemas.js';
import { heuristicCredits, type ChannelTotals } from './heuristic.js';
import { readAges, type ReadInput } from './input.js';
import { markovCredits } from './markovCredits.js';
import { shapleyCredits } from './shapleyCredits.js';

export interface ResolvedModel {
  readonly name: string;
  readonly run: (encoded: EncodedPaths, totalConversions: number, totalValue: number) => ChannelTotals;
}

export function resolveModel(spec: AttributionModel, input: ReadInput, path: readonly (string | number)[]): ResolvedModel {
  const parsed = parseWith(attributionModelSchema, spec, path);
  const { model, options, name } =
    typeof parsed === 'string' ? { model: parsed, options: undefined, name: undefined } : parsed;
  switch (model) {
    case 'markov': {
      const { order } = parseWith(markovOptionsSchema, options ?? {}, [...path, 'options']);
      return {
        name: name ?? (order === 1 ? 'markov' : `markov(order ${String(order)})`),
        run: (encoded, c, v) => markovCredits(encoded, order, c, v),
      };
    }
    case 'shapley': {
      const read = parseWith(shapleyOptionsSchema, options ?? {}, [...path, 'options']);
      return {
        name: name ?? (read.value === 'conversions' ? 'shapley' : 'shapley(conversionRate)'),
        run: (encoded, c, v) => shapleyCredits(encoded, read, c, v),
      };
    }
    default: {
      const read = parseWith(heuristicOptionsSchema, options ?? {}, [...path, 'options']);
      const ages = readAges(input.records, input.encoded, model === 'timeDecay');
      return { name: name ?? model, run: (encoded) => heuristicCredits(encoded, model, read, ages) };
    }
  }
}

export function resolveModels(specs: unknown, input: ReadInput): ResolvedModel[] {
  if (!Array.isArray(specs) || specs.length === 0) throw invalid('models must be a non-empty array of models', ['models']);
  const models = (specs as AttributionModel[]).map((spec, i) => resolveModel(spec, input, ['models', i]));
  const seen = new Set<string>();
  models.forEach((model, i) => {
    if (seen.has(model.name)) {
      throw invalid(`models[${String(i)}] is named ${JSON.stringify(model.name)} like an earlier one: give it a name`, ['models', i]);
    }
    seen.add(model.name);
  });
  return models;
}
