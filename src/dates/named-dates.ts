/**
 * Month-days that name an event ("Israel's October 7 war", "the September 11 attacks"): the year is the event's,
 * not the one nearest the publication date. A small, hand-kept table of dates news uses as names.
 */
const NAMED: Array<{ month: number; day: number; year: number }> = [
  { month: 10, day: 7, year: 2023 },
  { month: 9, day: 11, year: 2001 },
  { month: 1, day: 6, year: 2021 },
  { month: 2, day: 24, year: 2022 },
];

/** Nouns that make a month-day a name when they follow it directly. */
const EVENT_NOUN = /^\s*(war|wars|attack|attacks|massacre|assault|invasion|riot|riots|insurrection|offensive|raid|raids|anniversary|commission|hostages|memorial|memorials|victims|terror)\b/i;

/** The event year when `surface` (a month-day) is used as a name in `after` (the text right after it), or null. */
export function namedDateYear(month: number, day: number, surface: string, after = ''): number | null {
  const hit = NAMED.find((n) => n.month === month && n.day === day);
  if (!hit) return null;
  return EVENT_NOUN.test(after) || /\b(war|attacks?|massacre)\b/i.test(surface) ? hit.year : null;
}
