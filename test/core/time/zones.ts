import fc from 'fast-check';

// Zones used by the tests, with the tz database rules that make them interesting (tzdata 2025c,
// files northamerica, europe, southamerica, asia, australasia). Every transition asserted in the
// tests was first checked against this runtime's Intl.DateTimeFormat.
export const NEW_YORK = 'America/New_York'; // Rule US 2007 max Mar Sun>=8 2:00 1:00 D / Nov Sun>=1 2:00 0 S
export const BERLIN = 'Europe/Berlin'; // Rule EU 1981 max Mar lastSun 1:00u 1:00 S / 1996 max Oct lastSun 1:00u 0 -
export const SANTIAGO = 'America/Santiago'; // Rule Chile 2023 max Sep Sun>=2 4:00u 1:00 - / 2019 max Apr Sun>=2 3:00u 0 -
export const BEIRUT = 'Asia/Beirut'; // Rule Lebanon 1993 max Mar lastSun 0:00 1:00 S / 1999 max Oct lastSun 0:00 0 -
export const HAVANA = 'America/Havana'; // Rule Cuba 2013 max Mar Sun>=8 0:00s 1:00 D / 2012 max Nov Sun>=1 0:00s 0 S
export const LORD_HOWE = 'Australia/Lord_Howe'; // Rule LH 2008 max Apr Sun>=1 2:00 0 - / Oct Sun>=1 2:00 0:30 -
export const KATHMANDU = 'Asia/Kathmandu'; // Zone Asia/Kathmandu 5:45 - +0545 since 1986
export const APIA = 'Pacific/Apia'; // Samoa skipped 2011-12-30: "-11:00 WS -11/-10 2011 Dec 29 24:00" then +13/+14
export const CAIRO = 'Africa/Cairo'; // Rule Egypt 2014 only Jul 31 24:00 1:00 S: 2014-08-01 starts at 01:00
export const MONROVIA = 'Africa/Monrovia'; // Zone Africa/Monrovia -0:44:30 MMT until 1972 Jan 7 (offset with seconds)

/** Zones for property tests: DST at 2:00, at midnight, 30-minute DST, non-hour offset, none. */
export const PROPERTY_ZONES = [
  'UTC',
  NEW_YORK,
  BERLIN,
  SANTIAGO,
  BEIRUT,
  HAVANA,
  LORD_HOWE,
  KATHMANDU,
  CAIRO,
  'Asia/Tokyo',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Adelaide',
  'Pacific/Chatham',
] as const;

/** 2000-01-01T00:00:00Z to 2040-01-01T00:00:00Z. */
export const MODERN = { min: 946_684_800_000, max: 2_208_988_800_000 } as const;

/** 2026 offset transitions (UTC instants), checked against Intl.DateTimeFormat (ICU 78, tzdata 2025c). */
export const TRANSITIONS_2026: readonly (readonly [string, string])[] = [
  [NEW_YORK, '2026-03-08T07:00:00Z'],
  [NEW_YORK, '2026-11-01T06:00:00Z'],
  [BERLIN, '2026-03-29T01:00:00Z'],
  [BERLIN, '2026-10-25T01:00:00Z'],
  [SANTIAGO, '2026-04-05T03:00:00Z'],
  [SANTIAGO, '2026-09-06T04:00:00Z'],
  [BEIRUT, '2026-03-28T22:00:00Z'],
  [BEIRUT, '2026-10-24T21:00:00Z'],
  [HAVANA, '2026-03-08T05:00:00Z'],
  [HAVANA, '2026-11-01T05:00:00Z'],
  [LORD_HOWE, '2026-04-04T15:00:00Z'],
  [LORD_HOWE, '2026-10-03T15:30:00Z'],
  [CAIRO, '2026-04-23T22:00:00Z'],
  [CAIRO, '2026-10-29T21:00:00Z'],
];

/** An instant within ±2 days of a 2026 transition, with its zone; shrinks towards the transition. */
export const nearTransition = fc
  .tuple(fc.constantFrom(...TRANSITIONS_2026), fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }))
  .map(([[tz, iso], delta]) => [Date.parse(iso) + delta, tz] as const);

/** A modern instant in a property zone, half of the time close to a DST transition. */
export const zonedInstant = fc.oneof(
  fc.tuple(fc.integer(MODERN), fc.constantFrom(...PROPERTY_ZONES)),
  nearTransition,
);
