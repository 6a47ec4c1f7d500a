import type { EncodedPaths } from '../core/index.js';
import type { AttributionPath } from './schemas.js';

/**
 * What the attribution functions accept: an array of path records (see {@link AttributionPath})
 * or the columns returned by `encodePaths` from `omnicx/core` (faster for millions of paths, but
 * without touch times).
 */
export type AttributionInput = readonly AttributionPath[] | EncodedPaths;

/** The credit of one channel: a share of the conversions and of their value. */
export interface ChannelCredit {
  /** Conversions credited to the channel (fractional). */
  readonly conversions: number;
  /** Conversion value credited to the channel, in the unit of the input values. */
  readonly value: number;
}

/**
 * The result every attribution model returns: per channel, its share of the conversions and of
 * the value. Over the channels, credits sum to `totalConversions` and `totalValue` (up to float
 * rounding). Channels are keyed by name in code-unit order; every channel of the input is
 * present, with 0 when it earns nothing.
 */
export interface AttributionResult {
  /** The model, e.g. `'linear'`, `'markov'`, `'shapley'`. */
  readonly model: string;
  /** Σ conversions of the input. */
  readonly totalConversions: number;
  /** Σ value of the input. */
  readonly totalValue: number;
  /** Credit per channel name. */
  readonly credits: Readonly<Record<string, ChannelCredit>>;
}
