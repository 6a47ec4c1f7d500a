import type { ChannelCredit } from '../types.js';

/** Channel indices sorted by name (code-unit order), so results do not depend on input order. */
export function sortedChannels(dictionary: readonly string[]): number[] {
  return dictionary.map((_, c) => c).sort((a, b) => {
    const x = dictionary[a] as string;
    const y = dictionary[b] as string;
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

/** Builds a name-keyed record (own properties even for names like `__proto__`). */
export function byChannel<T>(dictionary: readonly string[], value: (c: number) => T): Record<string, T> {
  return Object.fromEntries(sortedChannels(dictionary).map((c) => [dictionary[c] as string, value(c)]));
}

export function creditsOf(
  dictionary: readonly string[],
  conversions: Float64Array,
  values: Float64Array,
): Record<string, ChannelCredit> {
  return byChannel(dictionary, (c) => ({ conversions: conversions[c] as number, value: values[c] as number }));
}
