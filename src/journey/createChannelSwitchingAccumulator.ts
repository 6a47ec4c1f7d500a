import { optionKeys } from '../core/internal/optionKeys.js';
import { parseWith } from '../core/errors/parseWith.js';
import * as z from 'zod';

import { invalid } from '../core/internal/assert.js';
import { DEFAULT_PATTERNS } from './internal/channelCounts.js';
import { readOptions, stringList } from './internal/read.js';
import { channelPatternSchema, type ChannelPattern, type ChannelSwitchingAccumulator } from './schemas.js';

/** The keys of the options: any other is refused. */
const OPTION_KEYS = optionKeys<ChannelSwitchingAccumulatorOptions>({ patterns: true, conversion: true });

/** Options of {@link createChannelSwitchingAccumulator}. */
export interface ChannelSwitchingAccumulatorOptions {
  /** Patterns to count, as for `channelSwitching`; default: `'ropo'` and `'bopis'`. */
  readonly patterns?: readonly ChannelPattern[];
  /** The touchpoint id(s) that are conversions, as for `channelSwitching` (a predicate cannot be stored in JSON). Default: steps with `type: 'conversion'`. */
  readonly conversion?: string | readonly string[];
}

/**
 * Creates an empty channel-switching accumulator — the `create` step of the accumulator pattern
 * ({@link addJourneysToChannelSwitching}, {@link mergeChannelSwitchingAccumulators},
 * {@link channelSwitchingFromAccumulator}) for computing `channelSwitching` over journeys held in
 * shards or workers. It keeps only sums (the transition counts, multi-channel journeys and
 * pattern matches), so any split gives exactly the one-pass result.
 *
 * @param options - see {@link ChannelSwitchingAccumulatorOptions}
 * @returns an empty accumulator (plain JSON) holding the patterns (defaults written out) and the conversion
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for a malformed pattern (path
 *   `['options', 'patterns', …]`) or conversion (path `['options', 'conversion']`; a predicate is
 *   refused: use touchpoint ids)
 *
 * @example
 * ```ts
 * import { createChannelSwitchingAccumulator } from 'omnicx/journey';
 * const acc = createChannelSwitchingAccumulator({ conversion: 'till' });
 * console.log(acc.patterns.map((p) => p.name)); // ['ropo', 'bopis']
 * console.log(acc.conversion); // ['till']
 * ```
 */
export function createChannelSwitchingAccumulator(options?: ChannelSwitchingAccumulatorOptions): ChannelSwitchingAccumulator {
  const opts = readOptions(options, OPTION_KEYS);
  const patterns = parseWith(z.array(channelPatternSchema), opts['patterns'] ?? DEFAULT_PATTERNS, ['options', 'patterns']);
  const raw = opts['conversion'];
  if (typeof raw === 'function') {
    throw invalid('options.conversion must be touchpoint ids in an accumulator (a predicate cannot be stored in JSON)', ['options', 'conversion']);
  }
  const conversion = raw === undefined ? null : [...stringList(raw, ['options', 'conversion'])];
  return {
    kind: 'journeyChannelSwitching',
    version: 1,
    patterns,
    conversion,
    journeys: 0,
    multiChannelJourneys: 0,
    patternJourneys: new Array<number>(patterns.length).fill(0),
    channels: [],
    transitions: [],
  };
}
