import type { EncodedPaths } from '../../core/index.js';
import { shapleyConversions, shapleyRate, type ShapleyTotals } from './shapley.js';

/** Shapley credits per channel id; rate values are normalised so credits sum to the totals. */
export function shapleyCredits(
  encoded: EncodedPaths,
  options: { readonly value: 'conversions' | 'conversionRate'; readonly samples: number; readonly seed: number },
  totalConversions: number,
  totalValue: number,
): ShapleyTotals {
  if (options.value === 'conversions') return shapleyConversions(encoded);
  const { phi, exact, players } = shapleyRate(encoded, options.samples, options.seed);
  const m = phi.length;
  let sum = 0;
  for (let c = 0; c < m; c++) sum += phi[c] as number;
  const conversions = new Float64Array(m);
  const values = new Float64Array(m);
  if (sum !== 0) {
    for (let c = 0; c < m; c++) {
      const share = (phi[c] as number) / sum;
      conversions[c] = share * totalConversions;
      values[c] = share * totalValue;
    }
  }
  return { conversions, values, phi, exact, players };
}
