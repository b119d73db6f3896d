/**
 * Calendar arithmetic shared by the date readers: ISO strings, and the year of a month or month-day written without
 * one, chosen by the tense of its clause (news reports the past; a plan looks ahead).
 */

export type Tense = 'past' | 'future' | 'none';

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
export const ym = (year: number, month: number): string => `${year}-${pad(month)}`;
export const ymd = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;
export const isoDay = (d: Date): string => ymd(d.getFullYear(), d.getMonth() + 1, d.getDate());

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Is day/month a real day of `year`? A date without a year is checked against a leap year (29 February is one). */
export function isCalendarDay(day: number, month: number, year = 2024): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Month names and their abbreviations, lower-case, to 1-12. */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/**
 * A month name as written, captured: capitalized, with the full stop of an abbreviation only (after a full name it
 * ends the sentence).
 */
export const MONTH_NAME =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';

/** 1-12 of a name MONTH_NAME matched ("Sept." -> 9). */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS[name.toLowerCase().replace(/\.$/, '')];
}

/**
 * The year of a month(-day) when the sentence gives no tense: news reports the past, so the latest occurrence up to
 * the publication date, unless the date is at most two months ahead ("in November", written in September).
 */
export function newsYear(ref: Date, month: number, day: number): number {
  const y = ref.getFullYear();
  const thisYear = new Date(y, month - 1, day, 12);
  if (thisYear <= ref) {
    const nextYear = new Date(y + 1, month - 1, day, 12);
    return nextYear.getTime() - ref.getTime() <= 61 * 86400000 ? y + 1 : y;
  }
  return thisYear.getTime() - ref.getTime() <= 61 * 86400000 ? y : y - 1;
}

/** The year of a month-day written without one: the next one in a plan, the last one in a report. */
export function yearOfMonthDay(ref: Date, month: number, day: number, tense: Tense): number {
  const candidate = new Date(ref.getFullYear(), month - 1, day, 12);
  if (tense === 'future' && candidate < ref) return ref.getFullYear() + 1;
  if (tense === 'past' && candidate > ref) return ref.getFullYear() - 1;
  if (tense === 'none') return newsYear(ref, month, day);
  return ref.getFullYear();
}

/** The year of a month written without one ("in October"): by tense, as for a month-day. */
export function yearOfMonth(ref: Date, month: number, tense: Tense): number {
  const refMonth = ref.getMonth() + 1;
  if (tense === 'future') return month < refMonth ? ref.getFullYear() + 1 : ref.getFullYear();
  if (tense === 'past') return month > refMonth ? ref.getFullYear() - 1 : ref.getFullYear();
  return newsYear(ref, month, 1);
}
