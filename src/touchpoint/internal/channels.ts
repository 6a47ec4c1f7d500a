// Shared by the Markov and Shapley accumulators: partial results number their channels among
// themselves, an accumulator among its own channels.

/**
 * The accumulator's number of each channel of `names` (a partial result's list), appending the
 * channels `channels` does not have yet (updated in place).
 */
export function channelCodes(channels: string[], names: readonly string[]): number[] {
  const index = new Map(channels.map((name, c) => [name, c]));
  return names.map((name) => {
    let c = index.get(name);
    if (c === undefined) {
      c = channels.length;
      index.set(name, c);
      channels.push(name);
    }
    return c;
  });
}
