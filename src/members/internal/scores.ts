// Quantile scores with ties: every customer with the same value gets the same score.

/**
 * Scores 1..bins from average ranks: score = floor(bins × (averageRank − ½) / n) + 1, where
 * averageRank is the mean of the 1-based positions the tied values occupy in ascending order. Without ties this splits
 * n customers into bins of equal size (when bins divides n); tied values share the score of the
 * middle of their run, so a tie never straddles two scores.
 */
export function quantileScores(values: Float64Array, bins: number): Uint8Array {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => (values[i] as number) - (values[j] as number));
  const scores = new Uint8Array(n);
  let start = 0;
  while (start < n) {
    const v = values[order[start] as number] as number;
    let end = start + 1;
    while (end < n && values[order[end] as number] === v) end++;
    const averageRank = (start + 1 + end) / 2;
    const score = Math.min(bins, Math.floor((bins * (averageRank - 0.5)) / n) + 1);
    for (let k = start; k < end; k++) scores[order[k] as number] = score;
    start = end;
  }
  return scores;
}
