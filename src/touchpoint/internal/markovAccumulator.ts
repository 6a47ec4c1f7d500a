// Shared steps of the Markov attribution accumulator: reading one (schema and the rules the schema
// cannot state), and adding transition counts into one, keyed by channel names and state sequences.
import type { PathKey } from '../../core/errors/OmnicxError.js';
import { parseWith } from '../../core/index.js';
import { invalid } from '../../core/internal/assert.js';
import { markovAttributionAccumulatorSchema, type MarkovAttributionAccumulator } from '../schemas.js';
import { channelCodes } from './channels.js';
import { mergeExact, readNonNegativeSum } from './exactSum.js';
import type { TransitionPartials } from './markov.js';

/** Parses an accumulator into a fresh copy with normalised partials, checking its cross-field rules. */
export function readMarkovAccumulator(acc: unknown, path: readonly PathKey[]): MarkovAttributionAccumulator {
  const parsed = parseWith(markovAttributionAccumulatorSchema, acc, path);
  const { channels, states, transitions, order } = parsed;
  const names = new Set<string>();
  channels.forEach((name, c) => {
    if (names.has(name)) throw invalid(`acc.channels[${String(c)}] repeats the channel name ${JSON.stringify(name)}`, [...path, 'channels', c]);
    names.add(name);
  });
  if (states.length === 0 || (states[0] as number[]).length !== 0) {
    throw invalid('acc.states[0] must be start, the empty sequence', [...path, 'states', 0]);
  }
  const keys = new Set<string>();
  states.forEach((tuple, s) => {
    if (s > 0 && (tuple.length < 1 || tuple.length > order)) {
      throw invalid(`acc.states[${String(s)}] must hold 1 to ${String(order)} channels, got ${String(tuple.length)}`, [...path, 'states', s]);
    }
    tuple.forEach((c, k) => {
      if (c >= channels.length) throw invalid(`acc.states[${String(s)}][${String(k)}] must be a channel index below ${String(channels.length)}`, [...path, 'states', s, k]);
    });
    const key = tuple.join(',');
    if (keys.has(key)) throw invalid(`acc.states[${String(s)}] repeats a state`, [...path, 'states', s]);
    keys.add(key);
  });
  const edges = new Set<string>();
  transitions.forEach(({ from, to }, e) => {
    if (from >= states.length) throw invalid(`acc.transitions[${String(e)}].from must be a state index`, [...path, 'transitions', e, 'from']);
    if (to >= states.length) throw invalid(`acc.transitions[${String(e)}].to must be a state index other than start`, [...path, 'transitions', e, 'to']);
    const key = `${String(from)},${String(to)}`;
    if (edges.has(key)) throw invalid(`acc.transitions[${String(e)}] repeats a transition`, [...path, 'transitions', e]);
    edges.add(key);
  });
  for (const key of ['conversionsFrom', 'nullsFrom'] as const) {
    if (parsed[key].length !== states.length) {
      throw invalid(`acc.${key} must have one partial list per state (${String(states.length)}), got ${String(parsed[key].length)}`, [...path, key]);
    }
  }
  return {
    ...parsed,
    transitions: transitions.map(({ from, to, weight }, e) => ({ from, to, weight: readNonNegativeSum(weight, [...path, 'transitions', e, 'weight']) })),
    conversionsFrom: parsed.conversionsFrom.map((p, s) => readNonNegativeSum(p, [...path, 'conversionsFrom', s])),
    nullsFrom: parsed.nullsFrom.map((p, s) => readNonNegativeSum(p, [...path, 'nullsFrom', s])),
    journeys: readNonNegativeSum(parsed.journeys, [...path, 'journeys']),
    totalConversions: readNonNegativeSum(parsed.totalConversions, [...path, 'totalConversions']),
    totalValue: readNonNegativeSum(parsed.totalValue, [...path, 'totalValue']),
  };
}

/** Transition counts of an accumulator, in the form chainFromCounts reads. */
export function countsOf(acc: MarkovAttributionAccumulator): TransitionPartials {
  return {
    names: acc.channels,
    tuples: acc.states.map((tuple) => Int32Array.from(tuple)),
    edgeFrom: acc.transitions.map((t) => t.from),
    edgeTo: acc.transitions.map((t) => t.to),
    edgeWeight: acc.transitions.map((t) => t.weight),
    conv: acc.conversionsFrom,
    nul: acc.nullsFrom,
    total: acc.journeys,
  };
}

/**
 * Adds transition counts (channel ids into `counts.names`, states as sequences) into `into`, a
 * fresh copy it updates in place: channels and states are matched by name and sequence.
 */
export function addCounts(into: MarkovAttributionAccumulator, counts: TransitionPartials): void {
  const channelOf = channelCodes(into.channels, counts.names);
  const stateIndex = new Map(into.states.map((tuple, s) => [tuple.join(','), s]));
  const stateOf = counts.tuples.map((tuple) => {
    const mapped = Array.from(tuple, (c) => channelOf[c] as number);
    const key = mapped.join(',');
    let s = stateIndex.get(key);
    if (s === undefined) {
      s = into.states.length;
      stateIndex.set(key, s);
      into.states.push(mapped);
      into.conversionsFrom.push([]);
      into.nullsFrom.push([]);
    }
    return s;
  });
  counts.tuples.forEach((_, k) => {
    const s = stateOf[k] as number;
    into.conversionsFrom[s] = mergeExact(into.conversionsFrom[s] as number[], counts.conv[k] as number[]);
    into.nullsFrom[s] = mergeExact(into.nullsFrom[s] as number[], counts.nul[k] as number[]);
  });
  const edgeIndex = new Map(into.transitions.map((t, e) => [`${String(t.from)},${String(t.to)}`, e]));
  counts.edgeFrom.forEach((from, e) => {
    const f = stateOf[from] as number;
    const t = stateOf[counts.edgeTo[e] as number] as number;
    const key = `${String(f)},${String(t)}`;
    const k = edgeIndex.get(key);
    const weight = counts.edgeWeight[e] as number[];
    if (k === undefined) {
      edgeIndex.set(key, into.transitions.length);
      into.transitions.push({ from: f, to: t, weight: mergeExact(weight, []) });
    } else {
      const edge = into.transitions[k] as { from: number; to: number; weight: number[] };
      edge.weight = mergeExact(edge.weight, weight);
    }
  });
  into.journeys = mergeExact(into.journeys, counts.total);
}
