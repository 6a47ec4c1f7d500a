import { parseWith } from '../core/errors/parseWith.js';
import { describe, invalid } from '../core/internal/assert.js';
import type { AssociationRule } from './associationRules.js';
import { recommendOptionsSchema, type RecommendOptions } from './schemas.js';

/** An item recommended by {@link recommendFor}, with the rule that ranks it. */
export interface Recommendation {
  readonly item: string;
  /** The rule's value of the ranking measure. */
  readonly score: number;
  /** The best rule whose antecedent the basket contains and whose consequent holds `item`. */
  readonly rule: AssociationRule;
}

/**
 * Recommends up to `k` items for a basket from association rules: every rule whose antecedent is
 * contained in the basket proposes the items of its consequent that the basket lacks; each item
 * keeps its best rule by `by` (default confidence; ties by lift, then support, then the rule
 * order), and items are returned best first: by that rule's `by` value, then its lift, then item
 * name.
 *
 * @param basket - item names already in the basket (duplicates allowed)
 * @param rules - rules from `associationRules`
 * @param options - `k` (a positive integer), `by` (default `'confidence'`)
 * @returns at most `k` recommendations; fewer (or none) when few rules apply
 * @throws {@link core!OmnicxError} `INVALID_INPUT` when `basket` or `rules` is not an array (paths
 *   `['basket']`, `['rules']`), a basket item is not a string (path `['basket', i]`), a rule is not an
 *   association rule (path `['rules', i]`) or the options are bad (path `['options', key]`)
 *
 * @example
 * ```ts
 * import { associationRules, frequentItemsets, recommendFor } from 'omnicx/members';
 * const sets = frequentItemsets([['milk', 'bread'], ['milk', 'eggs'], ['milk', 'bread', 'eggs'], ['bread']], { minSupport: 0.5 });
 * const rules = associationRules(sets, { minConfidence: 0.6 });
 * console.log(recommendFor(['eggs'], rules, { k: 2 }).map((r) => r.item)); // ['milk']
 * ```
 */
export function recommendFor(basket: readonly string[], rules: readonly AssociationRule[], options: RecommendOptions): Recommendation[] {
  const { k, by } = parseWith(recommendOptionsSchema, options, ['options']);
  const basketList: unknown = basket;
  const ruleList: unknown = rules;
  if (!Array.isArray(basketList)) throw invalid(`basket must be an array of item names, got ${describe(basket)}`, ['basket']);
  if (!Array.isArray(ruleList)) throw invalid(`rules must be an array of association rules, got ${describe(rules)}`, ['rules']);
  basket.forEach((item: unknown, i) => {
    if (typeof item !== 'string') throw invalid(`basket.${String(i)} must be an item name, got ${describe(item)}`, ['basket', i]);
  });
  (ruleList as readonly unknown[]).forEach((rule, i) => {
    const ok =
      typeof rule === 'object' &&
      rule !== null &&
      Array.isArray((rule as Record<string, unknown>)['antecedent']) &&
      Array.isArray((rule as Record<string, unknown>)['consequent']) &&
      typeof (rule as Record<string, unknown>)[by] === 'number' &&
      typeof (rule as Record<string, unknown>)['lift'] === 'number' &&
      typeof (rule as Record<string, unknown>)['support'] === 'number';
    if (!ok) throw invalid(`rules.${String(i)} must be an association rule { antecedent, consequent, ${by}, lift, support }, got ${describe(rule)}`, ['rules', i]);
  });
  const have = new Set(basket);
  const best = new Map<string, AssociationRule>();
  const better = (a: AssociationRule, b: AssociationRule): boolean =>
    a[by] > b[by] || (a[by] === b[by] && (a.lift > b.lift || (a.lift === b.lift && a.support > b.support)));
  for (const rule of rules) {
    if (!rule.antecedent.every((x) => have.has(x))) continue;
    for (const item of rule.consequent) {
      if (have.has(item)) continue;
      const current = best.get(item);
      if (current === undefined || better(rule, current)) best.set(item, rule);
    }
  }
  return [...best.entries()]
    .map(([item, rule]) => ({ item, score: rule[by], rule }))
    .sort((a, b) => b.score - a.score || b.rule.lift - a.rule.lift || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0))
    .slice(0, k);
}
