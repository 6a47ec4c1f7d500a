// The README's touchpoint quick start, run against the packed package by `npm run check:examples`.
import { attributeHeuristic, attributeMarkov } from 'omnicx/touchpoint';

const paths = [
  { path: 'GoogleAds', conversions: 2 },
  { path: 'Mailing', conversions: 1 },
  { path: 'GoogleAds > Mailing', conversions: 1 },
  { path: 'GoogleAds', conversions: 0, nulls: 1 },
];
// Exact removal effects of the absorbing Markov chain, not a simulation.
const markov = attributeMarkov(paths);
console.log(markov.conversionProbability, markov.removalEffects, markov.credits);
// P(conversion) 0.8; removal effects GoogleAds 0.75, Mailing 0.5; credits 2.4 and 1.6 of the 4 conversions.
const last = attributeHeuristic(paths, 'lastTouch');
console.log(last.credits);
if (Math.abs(markov.conversionProbability - 0.8) > 1e-12) throw new Error('Markov changed');
