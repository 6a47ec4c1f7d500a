import { toDecimal } from '../core/internal/decimal.js';
import type { InstantInput } from '../core/time/toInstant.js';
import { toInstant } from '../core/time/toInstant.js';
import { type ProgramArgument, type ProgramWarning, type RuleCondition } from './schemas.js';
import { readProgram } from './internal/programArgument.js';

function intersects(a: readonly (string | number)[] | undefined, b: readonly (string | number)[] | undefined): boolean {
  return a === undefined || b === undefined || a.some((x) => b.includes(x));
}

// Two conditions can hold for the same line when every criterion both constrain can overlap.
function canOverlap(a: RuleCondition, b: RuleCondition): boolean {
  const hoursOf = (c: RuleCondition): number[] | undefined => {
    if (c.hours === undefined) return undefined;
    const { from, to } = c.hours;
    return Array.from({ length: 24 }, (_, h) => h).filter((h) => (from < to ? h >= from && h < to : h >= from || h < to));
  };
  const aFrom = a.from ?? Number.NEGATIVE_INFINITY;
  const bFrom = b.from ?? Number.NEGATIVE_INFINITY;
  const aUntil = a.until ?? Number.POSITIVE_INFINITY;
  const bUntil = b.until ?? Number.POSITIVE_INFINITY;
  return (
    intersects(a.categories, b.categories) &&
    intersects(a.skus, b.skus) &&
    intersects(a.channels, b.channels) &&
    intersects(a.stores, b.stores) &&
    intersects(a.tiers, b.tiers) &&
    // Weekdays and hours read in different zones (the programme's and a member's, which may be
    // any) can always coincide for some member.
    (a.timeZone !== b.timeZone || (intersects(a.weekdays, b.weekdays) && intersects(hoursOf(a), hoursOf(b)))) &&
    (a.firstPurchase === undefined || b.firstPurchase === undefined || a.firstPurchase === b.firstPurchase) &&
    Math.max(aFrom, bFrom) < Math.min(aUntil, bUntil)
  );
}

// The fewest local calendar days `months` rolling months can last (31 Jan + 1 month = 28 Feb:
// 28 days), over every start day of a four-year cycle with a leap year.
function shortestMonthsInDays(months: number): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (let day = Date.UTC(2001, 0, 1); day < Date.UTC(2005, 0, 1); day += 86_400_000) {
    const d = new Date(day);
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + months;
    const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const end = Date.UTC(y, m, Math.min(d.getUTCDate(), last));
    shortest = Math.min(shortest, (end - day) / 86_400_000);
  }
  return shortest;
}

/**
 * Checks a programme for choices that are valid but probably wrong, and returns them as
 * warnings (it never throws for a well-formed programme):
 *
 * - `TIERS_NOT_INCREASING`: a level's threshold is not above the previous level's.
 * - `RETAIN_ABOVE_THRESHOLD`: a retain threshold above the level's own threshold.
 * - `TIER_UNREACHABLE`: with `qualifyingPoints`, caps on all earning make a threshold impossible
 *   within the window (e.g. a 1 000-point yearly cap and a 5 000-point calendar-year tier).
 * - `AMBIGUOUS_STACKING`: two multiplier rules can apply to the same line; under `multiply` they
 *   compound, under `add` their uplifts add, under `best` equal multipliers tie (rule order
 *   decides). The message gives the combined factor.
 * - `EXPIRY_BEFORE_MATURITY`: points can expire before their pending period ends.
 * - `NON_POSITIVE_MULTIPLIER`: a rule or tier multiplier, or the base rate, of 0.
 * - `PROMOTION_ENDED`: a rule whose `until` is at or before `options.asOf` (only checked when
 *   `asOf` is given: the function never reads the clock).
 * - `MIN_POINTS_OFF_INCREMENT`: `minPoints` is not a multiple of `increment`, so the smallest
 *   redemption is larger than `minPoints`.
 *
 * @param program - the programme
 * @param options - `asOf` (optional instant) for the `PROMOTION_ENDED` check
 * @returns the warnings, in the order of the checks above (empty when none)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with the path of a malformed field
 *
 * @example
 * ```ts
 * import { validateProgram } from 'omnicx/loyalty';
 * const warnings = validateProgram({
 *   id: 'club', version: 2, currency: 'USD', timeZone: 'UTC',
 *   earn: { base: { points: '1', perAmountMinor: 100 } },
 *   pending: { days: 45 },
 *   expiry: { type: 'rolling', months: 1 },
 *   tiers: { metric: 'visits', window: { type: 'lifetime' }, levels: [{ id: 'a', threshold: 10 }, { id: 'b', threshold: 5 }] },
 * });
 * console.log(warnings.map((w) => w.code)); // ['TIERS_NOT_INCREASING', 'EXPIRY_BEFORE_MATURITY']
 * ```
 */
export function validateProgram(program: ProgramArgument, options: { readonly asOf?: InstantInput } = {}): ProgramWarning[] {
  const p = readProgram(program, ['program']).program;
  const asOf = options.asOf === undefined ? undefined : toInstant(options.asOf, ['options', 'asOf']);
  const warnings: ProgramWarning[] = [];
  const levels = p.tiers?.levels ?? [];
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level.threshold <= previous.threshold) {
      warnings.push({ code: 'TIERS_NOT_INCREASING', path: ['tiers', 'levels', i, 'threshold'], message: `Level ${level.id} needs ${String(level.threshold)}, not more than ${previous.id} (${String(previous.threshold)})` });
    }
  });
  levels.forEach((level, i) => {
    if (level.retainThreshold !== undefined && level.retainThreshold > level.threshold) {
      warnings.push({ code: 'RETAIN_ABOVE_THRESHOLD', path: ['tiers', 'levels', i, 'retainThreshold'], message: `Keeping ${level.id} needs more (${String(level.retainThreshold)}) than reaching it (${String(level.threshold)})` });
    }
  });
  if (p.tiers?.metric === 'qualifyingPoints') {
    const window = p.tiers.window;
    const months = window.type === 'rollingMonths' ? window.months : window.type === 'lifetime' ? Number.POSITIVE_INFINITY : 12;
    const perWindow = (per: string, points: number): number => {
      if (per === 'lifetime') return points;
      if (per === 'year') return window.type === 'calendarYear' ? points : Math.ceil(months / 12 + 1) * points;
      if (per === 'month') return (window.type === 'calendarYear' ? 12 : months + 1) * points;
      // A calendar year has at most 366 local days; an anniversary year, started at some instant
      // of a day, touches at most 367; a rolling window one local day more than its months hold
      // (the day it starts in, in part, and the day it ends in): 1 month up to 32 days.
      if (per === 'day') return (window.type === 'calendarYear' ? 366 : window.type === 'anniversary' ? 367 : months * 31 + 1) * points;
      return Number.POSITIVE_INFINITY;
    };
    const limit = Math.min(...p.earn.caps.filter((c) => c.ruleIds === undefined).map((c) => perWindow(c.per, c.points)));
    levels.forEach((level, i) => {
      if (level.threshold > limit) {
        warnings.push({ code: 'TIER_UNREACHABLE', path: ['tiers', 'levels', i, 'threshold'], message: `Caps allow at most ${String(limit)} points per window, level ${level.id} needs ${String(level.threshold)}` });
      }
    });
  }
  const multipliers = p.earn.rules.flatMap((r, i) => (r.type === 'multiplier' ? [{ rule: r, i }] : []));
  multipliers.forEach(({ rule: a }, k) => {
    for (const { rule: b, i: j } of multipliers.slice(k + 1)) {
      if (!canOverlap(a.when, b.when)) continue;
      const ma = toDecimal(a.multiplier);
      const mb = toDecimal(b.multiplier);
      const stacking = p.earn.stacking;
      if (stacking === 'best' && !ma.eq(mb)) continue;
      const combined = stacking === 'multiply' ? ma.times(mb) : stacking === 'add' ? ma.plus(mb).minus(1) : ma;
      warnings.push({
        code: 'AMBIGUOUS_STACKING',
        path: ['earn', 'rules', j],
        message: `Rules ${a.id} (×${a.multiplier}) and ${b.id} (×${b.multiplier}) can apply to the same line: with '${stacking}' stacking it earns ×${combined.toString()}${stacking === 'best' ? ' and rule order decides' : ''}`,
      });
    }
  });
  // Rolling: a lot matures `days` local days after it is earned and expires `months` later, which
  // can be as few as shortestMonthsInDays days (expiring as it matures counts: it is never
  // usable). End of year: points earned in the last minutes of a local year expire yearsAfter
  // years (at least 365 × yearsAfter + ⌊yearsAfter / 4⌋ days) and a moment later.
  const days = p.pending.days;
  if (days > 0 && ((p.expiry.type === 'rolling' && shortestMonthsInDays(p.expiry.months) <= days) || (p.expiry.type === 'endOfYear' && days > 365 * p.expiry.yearsAfter + Math.floor(p.expiry.yearsAfter / 4)))) {
    warnings.push({ code: 'EXPIRY_BEFORE_MATURITY', path: ['expiry'], message: `Points can expire before their ${String(days)}-day pending period ends, or as it ends` });
  }
  if (toDecimal(p.earn.base.points).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['earn', 'base', 'points'], message: 'The base rate is 0: purchases earn nothing' });
  p.earn.rules.forEach((r, i) => {
    if (r.type === 'multiplier' && toDecimal(r.multiplier).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['earn', 'rules', i, 'multiplier'], message: `Rule ${r.id} multiplies by 0` });
  });
  levels.forEach((l, i) => {
    if (l.multiplier !== undefined && toDecimal(l.multiplier).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['tiers', 'levels', i, 'multiplier'], message: `Level ${l.id} multiplies by 0` });
  });
  if (asOf !== undefined) {
    p.earn.rules.forEach((r, i) => {
      if (r.type !== 'eventBonus' && r.when.until !== undefined && r.when.until <= asOf) {
        warnings.push({ code: 'PROMOTION_ENDED', path: ['earn', 'rules', i, 'when', 'until'], message: `Rule ${r.id} ended before ${new Date(asOf).toISOString()}` });
      }
    });
  }
  const { minPoints, increment } = p.redemption;
  if (minPoints % increment !== 0) {
    warnings.push({ code: 'MIN_POINTS_OFF_INCREMENT', path: ['redemption', 'minPoints'], message: `The smallest redemption is ${String(Math.ceil(minPoints / increment) * increment)}, not ${String(minPoints)}` });
  }
  return warnings;
}
