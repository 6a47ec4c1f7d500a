import * as z from 'zod';
import { parseWith } from '../core/errors/parseWith.js';
import { toDecimal } from '../core/internal/decimal.js';
import { instantSchema } from '../core/time/instantSchema.js';
import type { InstantInput } from '../core/time/toInstant.js';
import { civilFromDays, daysFromCivil, daysInMonth } from '../core/time/internal/civil.js';
import { type ProgramArgument, type ProgramWarning, type RuleCondition } from './schemas.js';
import { readProgram } from './internal/programArgument.js';
import { buildOffsetTable, type OffsetTable } from '../core/time/internal/offsetTable.js';
import { openZone } from '../core/time/internal/zone.js';

// As replayColumns' options: an unknown key (a typo such as `asof`) is an error, not a check
// silently skipped.
const validateOptionsSchema = z.strictObject({ asOf: instantSchema.optional() });

function intersects(a: readonly (string | number)[] | undefined, b: readonly (string | number)[] | undefined): boolean {
  return a === undefined || b === undefined || a.some((x) => b.includes(x));
}

// The local hours of the week (0 = Monday 00:00–00:59 … 167) a condition's weekdays and hours
// allow (hours from–to, wrapping past midnight when from > to, as the engine reads them).
function slotsOf(c: RuleCondition): boolean[] {
  return Array.from({ length: 168 }, (_, s) => {
    const weekday = Math.floor(s / 24) + 1;
    const h = s % 24;
    const inHours = c.hours === undefined || (c.hours.from < c.hours.to ? h >= c.hours.from && h < c.hours.to : h >= c.hours.from || h < c.hours.to);
    return (c.weekdays === undefined || c.weekdays.includes(weekday)) && inHours;
  });
}

// Whether hour s of `a`'s week and hour s + k of `b`'s can both be allowed, for some k in
// [low, high] (0 and 0 when both read the same zone).
function meetWithin(a: RuleCondition, b: RuleCondition, low: number, high: number): boolean {
  const p = slotsOf(a);
  const m = slotsOf(b);
  for (let s = 0; s < 168; s++) {
    if (!p[s]) continue;
    for (let k = low; k <= high; k++) if (m[(((s + k) % 168) + 168) % 168]) return true;
  }
  return false;
}

// Whether a condition read in the programme's zone and one read in a member's zone (any zone:
// UTC−12 to UTC+14) can hold at one instant: member-local time is programme-local time plus
// δ = member offset − programme offset, so a programme-local hour s meets the member-local hours
// s + ⌊δmin / 60⌋ … s + ⌈δmax / 60⌉ (minutes).
function acrossZones(program: RuleCondition, member: RuleCondition, offsets: { min: number; max: number }): boolean {
  return meetWithin(program, member, Math.floor((-12 * 60 - offsets.max) / 60), Math.ceil((14 * 60 - offsets.min) / 60));
}

// Two conditions can hold for the same line when every criterion both constrain can overlap.
function canOverlap(a: RuleCondition, b: RuleCondition, offsets: () => { min: number; max: number }): boolean {
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
    // any) coincide for some member when they are at most the zones' difference apart.
    (a.timeZone === b.timeZone ? meetWithin(a, b, 0, 0) : a.timeZone === 'member' ? acrossZones(b, a, offsets()) : acrossZones(a, b, offsets())) &&
    (a.firstPurchase === undefined || b.firstPurchase === undefined || a.firstPurchase === b.firstPurchase) &&
    Math.max(aFrom, bFrom) < Math.min(aUntil, bUntil)
  );
}

// The fewest and the most local calendar days `months` rolling months can last (31 Jan + 1
// month = 28 Feb: 28 days; 1 Jan + 1 month = 1 Feb: 31 days), over every start day of a four-year
// cycle with a leap year and of the years before 2100 (not a leap year: a span across it has a
// day fewer than any in a four-year cycle; the offset table runs to 2100).
function monthsInDays(months: number): { shortest: number; longest: number } {
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  const scan = (from: number, to: number): void => {
    for (let day = from; day < to; day++) {
      const date = civilFromDays(day);
      const total = date.year * 12 + (date.month - 1) + months;
      const y = Math.floor(total / 12);
      const m = total - y * 12 + 1;
      const span = daysFromCivil(y, m, Math.min(date.day, daysInMonth(y, m))) - day;
      if (span < shortest) shortest = span;
      if (span > longest) longest = span;
    }
  };
  scan(daysFromCivil(2001, 1, 1), daysFromCivil(2005, 1, 1));
  scan(daysFromCivil(2090, 1, 1), daysFromCivil(2101, 1, 1));
  return { shortest, longest };
}

// The fewest days in `years` consecutive local years starting 1971–2101 (a span across 2100 has
// a leap day fewer than ⌊years / 4⌋).
function shortestYearsInDays(years: number): number {
  let shortest = Number.POSITIVE_INFINITY;
  for (let y = 1971; y <= 2101; y++) shortest = Math.min(shortest, daysFromCivil(y + years, 1, 1) - daysFromCivil(y, 1, 1));
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
 * - `RULE_NEVER_APPLIES`: a rule that can match no purchase: its `until` at or before its `from`,
 *   or line criteria (`categories`, `skus`) naming only values that `earn.exclude` excludes
 *   (criteria match eligible lines only).
 * - `PROMOTION_ENDED`: a rule whose `until` is at or before `options.asOf` (only checked when
 *   `asOf` is given: the function never reads the clock).
 * - `MIN_POINTS_OFF_INCREMENT`: `minPoints` is not a multiple of `increment`, so the smallest
 *   redemption is larger than `minPoints`.
 *
 * @param program - the programme
 * @param options - `asOf` (optional instant) for the `PROMOTION_ENDED` check
 * @returns the warnings, in the order of the checks above (empty when none)
 * @throws {@link core!OmnicxError} `INVALID_INPUT` with the path of a malformed field, or with
 *   path `['options', …]` for options that are not `{ asOf? }` (an unknown key, a bad instant)
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
  const { program: p, table } = readProgram(program, ['program']);
  const { asOf } = parseWith(validateOptionsSchema, options, ['options']);
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
      // A cap of 0 lets nothing through, whatever its period (also per transaction).
      if (points === 0 || per === 'lifetime') return points;
      if (per === 'year') return window.type === 'calendarYear' ? points : Math.ceil(months / 12 + 1) * points;
      if (per === 'month') return (window.type === 'calendarYear' ? 12 : months + 1) * points;
      // A calendar year has at most 366 local days; an anniversary year, started at some instant
      // of a day, touches at most 367; a rolling window one local day more than its months hold
      // at most (the day it starts in, in part, and the day it ends in): 1 month up to 32 days,
      // 3 months 93 (July to September), 12 months 367.
      if (per === 'day') return (window.type === 'calendarYear' ? 366 : window.type === 'anniversary' ? 367 : window.type === 'lifetime' ? Number.POSITIVE_INFINITY : monthsInDays(months).longest + 1) * points;
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
  // The programme zone's offsets (minutes), read only when two multiplier rules use different zones.
  let offsets: { min: number; max: number } | undefined;
  const programOffsets = (): { min: number; max: number } => {
    if (offsets === undefined) {
      const t: OffsetTable = table ?? buildOffsetTable(openZone(p.timeZone, ['program', 'timeZone']));
      offsets = { min: Math.min(...t.offsetsMs) / 60_000, max: Math.max(...t.offsetsMs) / 60_000 };
    }
    return offsets;
  };
  multipliers.forEach(({ rule: a }, k) => {
    for (const { rule: b, i: j } of multipliers.slice(k + 1)) {
      if (!canOverlap(a.when, b.when, programOffsets)) continue;
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
  // can be as few as monthsInDays(…).shortest days (expiring as it matures counts: it is never
  // usable). End of year: points earned in the last minutes of a local year expire yearsAfter
  // years (shortestYearsInDays: 1 460 days for the four years 2097–2100) and a moment later.
  const days = p.pending.days;
  if (days > 0 && ((p.expiry.type === 'rolling' && monthsInDays(p.expiry.months).shortest <= days) || (p.expiry.type === 'endOfYear' && days > shortestYearsInDays(p.expiry.yearsAfter)))) {
    warnings.push({ code: 'EXPIRY_BEFORE_MATURITY', path: ['expiry'], message: `Points can expire before their ${String(days)}-day pending period ends, or as it ends` });
  }
  if (toDecimal(p.earn.base.points).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['earn', 'base', 'points'], message: 'The base rate is 0: purchases earn nothing' });
  p.earn.rules.forEach((r, i) => {
    if (r.type === 'multiplier' && toDecimal(r.multiplier).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['earn', 'rules', i, 'multiplier'], message: `Rule ${r.id} multiplies by 0` });
  });
  levels.forEach((l, i) => {
    if (l.multiplier !== undefined && toDecimal(l.multiplier).isZero()) warnings.push({ code: 'NON_POSITIVE_MULTIPLIER', path: ['tiers', 'levels', i, 'multiplier'], message: `Level ${l.id} multiplies by 0` });
  });
  const excludedCategories = new Set(p.earn.exclude.categories);
  const excludedSkus = new Set(p.earn.exclude.skus);
  p.earn.rules.forEach((r, i) => {
    if (r.type === 'eventBonus') return;
    const { from, until, categories, skus } = r.when;
    if (from !== undefined && until !== undefined && until <= from) {
      warnings.push({ code: 'RULE_NEVER_APPLIES', path: ['earn', 'rules', i, 'when', 'until'], message: `Rule ${r.id} ends (${new Date(until).toISOString()}) before or as it starts (${new Date(from).toISOString()})` });
    }
    // A line criterion matches eligible lines only: a list made only of excluded values matches none.
    if (categories !== undefined && categories.every((c) => excludedCategories.has(c))) {
      warnings.push({ code: 'RULE_NEVER_APPLIES', path: ['earn', 'rules', i, 'when', 'categories'], message: `Rule ${r.id} names only categories that earn.exclude excludes` });
    }
    if (skus !== undefined && skus.every((k) => excludedSkus.has(k))) {
      warnings.push({ code: 'RULE_NEVER_APPLIES', path: ['earn', 'rules', i, 'when', 'skus'], message: `Rule ${r.id} names only skus that earn.exclude excludes` });
    }
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
