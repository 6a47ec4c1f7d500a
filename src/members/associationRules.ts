import { parseWith } from '../core/errors/parseWith.js';
import { assertObject, invalid } from '../core/internal/assert.js';
import type { FrequentItemsetsResult } from './frequentItemsets.js';
import { associationRulesOptionsSchema, type AssociationRulesOptions, type RuleMeasure } from './schemas.js';

/** An association rule antecedent ⇒ consequent with its quality measures (fractions of N). */
export interface AssociationRule {
  readonly antecedent: readonly string[];
  readonly consequent: readonly string[];
  /** Baskets containing antecedent ∪ consequent. */
  readonly count: number;
  /** supp(X ∪ Y) = count / N. */
  readonly support: number;
  /** supp(X ∪ Y) / supp(X). */
  readonly confidence: number;
  /** confidence / supp(Y). */
  readonly lift: number;
  /** supp(X ∪ Y) − supp(X)·supp(Y). */
  readonly leverage: number;
  /** (1 − supp(Y)) / (1 − confidence); `Infinity` when confidence is 1. */
  readonly conviction: number;
}

const SEP = '\u0000';

function combinations(items: readonly string[], size: number): string[][] {
  const out: string[][] = [];
  const pick: string[] = [];
  const walk = (start: number): void => {
    if (pick.length === size) {
      out.push([...pick]);
      return;
    }
    for (let i = start; i <= items.length - (size - pick.length); i++) {
      pick.push(items[i] as string);
      walk(i + 1);
      pick.pop();
    }
  };
  walk(0);
  return out;
}

/**
 * Association rules X ⇒ Y from frequent itemsets (Agrawal, Imieliński & Swami 1993).
 *
 * For every frequent itemset I and every consequent Y ⊂ I with 1 ≤ |Y| ≤ `maxConsequent` and a
 * non-empty antecedent X = I \ Y, the rule is kept when confidence ≥ `minConfidence` (inclusive).
 * Measures as in R's arules: support = supp(I), confidence = supp(I)/supp(X), lift =
 * confidence/supp(Y), leverage = supp(I) − supp(X)·supp(Y) (Piatetsky-Shapiro 1991), conviction =
 * (1 − supp(Y))/(1 − confidence) (Brin et al. 1997), `Infinity` for exact rules. With the default
 * `maxConsequent` = 1 the rules equal arules' `apriori(..., parameter = list(minlen = 2))` (arules
 * also emits rules with an empty antecedent when minlen = 1; those are not produced here). Rules are
 * sorted by `sortBy` descending, then confidence, support, antecedent and consequent.
 *
 * @param itemsets - the result of `frequentItemsets` (every subset of an itemset must be present,
 *   which FP-growth guarantees)
 * @param options - `minConfidence` in [0, 1], `maxConsequent` (default 1), `sortBy` (default `'lift'`)
 * @returns the rules
 * @throws {@link core!OmnicxError} `INVALID_INPUT` for bad options (path `['options', key]`) or an itemset
 *   list that lacks a subset of one of its itemsets (path `['itemsets']`), or a malformed itemset
 *   (path `['itemsets', 'itemsets', i, …]`: an object with non-empty `items` and a `count` from 1 to
 *   `transactionCount`)
 *
 * @example
 * ```ts
 * import { associationRules, frequentItemsets } from 'omnicx/members';
 * const sets = frequentItemsets([['milk', 'bread'], ['milk', 'eggs'], ['milk', 'bread', 'eggs'], ['bread']], { minSupport: 0.5 });
 * const rules = associationRules(sets, { minConfidence: 0.6 });
 * console.log(rules.length); // 4
 * console.log(`${rules[0]?.antecedent.join('+') ?? ''} => ${rules[0]?.consequent.join('+') ?? ''}`); // 'eggs => milk'
 * console.log(rules[0]?.confidence); // 1
 * console.log(rules[0]?.lift); // 1.3333
 * console.log(rules[0]?.conviction); // Infinity
 * ```
 */
export function associationRules(itemsets: FrequentItemsetsResult, options: AssociationRulesOptions): AssociationRule[] {
  const { minConfidence, maxConsequent, sortBy } = parseWith(associationRulesOptionsSchema, options, ['options']);
  assertObject(itemsets, ['itemsets'], 'itemsets');
  const n = itemsets.transactionCount;
  const list: unknown = itemsets.itemsets;
  if (!Number.isSafeInteger(n) || n < 0 || !Array.isArray(list)) {
    throw invalid('itemsets must be the result of frequentItemsets ({ transactionCount, itemsets })', ['itemsets']);
  }
  const countOf = new Map<string, number>();
  (list as readonly unknown[]).forEach((set, i) => {
    // Results often come back from JSON or a cache: a malformed entry is INVALID_INPUT at its path, never a TypeError.
    assertObject(set, ['itemsets', 'itemsets', i], `itemsets.itemsets.${String(i)}`);
    const items: unknown = set['items'];
    if (!Array.isArray(items) || items.length === 0 || !items.every((x) => typeof x === 'string' && x !== '')) {
      throw invalid(`itemsets.itemsets.${String(i)}.items must be a non-empty array of item names`, ['itemsets', 'itemsets', i, 'items']);
    }
    const count: unknown = set['count'];
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1 || count > n) {
      throw invalid(`itemsets.itemsets.${String(i)}.count must be an integer from 1 to transactionCount`, ['itemsets', 'itemsets', i, 'count']);
    }
    countOf.set((items as string[]).join(SEP), count);
  });
  const lookup = (items: readonly string[]): number => {
    const c = countOf.get(items.join(SEP));
    if (c === undefined) throw invalid(`itemsets lacks the subset {${items.join(', ')}}: pass the full result of frequentItemsets`, ['itemsets']);
    return c;
  };
  const rules: AssociationRule[] = [];
  for (const set of itemsets.itemsets) {
    const size = set.items.length;
    for (let k = 1; k <= Math.min(maxConsequent, size - 1); k++) {
      for (const consequent of combinations(set.items, k)) {
        const antecedent = set.items.filter((x) => !consequent.includes(x));
        const confidence = set.count / lookup(antecedent);
        if (confidence < minConfidence) continue;
        const support = set.count / n;
        const suppX = lookup(antecedent) / n;
        const suppY = lookup(consequent) / n;
        rules.push({
          antecedent,
          consequent,
          count: set.count,
          support,
          confidence,
          lift: confidence / suppY,
          leverage: support - suppX * suppY,
          conviction: confidence === 1 ? Infinity : (1 - suppY) / (1 - confidence),
        });
      }
    }
  }
  return rules.sort((a, b) => compareRules(a, b, sortBy));
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  const x = a.join(SEP);
  const y = b.join(SEP);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** Descending by `by`, then confidence, support; then antecedent and consequent ascending. */
function compareRules(a: AssociationRule, b: AssociationRule, by: RuleMeasure): number {
  return (
    b[by] - a[by] ||
    b.confidence - a.confidence ||
    b.support - a.support ||
    compareLists(a.antecedent, b.antecedent) ||
    compareLists(a.consequent, b.consequent)
  );
}
