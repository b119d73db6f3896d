/**
 * Dates written in figures the European way: "11.02.2025", "11.2.2025", "11/02/2025", "11-02-2025" (day first), and
 * "2.3." without a year after a preposition ("on 2.3.", "from 2.3. to 5.3."). chrono reads "from 11.02.2025" as the
 * clock time 11:02, so these are found first and masked out of the text it sees. The quantities stage asks
 * `isDayMonthFigure` so that "on 2.3." is no count of 2.3.
 */
import { isCalendarDay } from './calendar.js';
import { allMatches } from '../text/matches.js';

export interface NumericDate {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  /** Null for "2.3.": the year comes from the tense of the clause. */
  year: number | null;
}

// Day, separator, month, the same separator, a four-digit year; no figure glued on either side.
// No lookbehind: the character before is tested in code (a lookbehind at every position of a text costs more).
const FULL = /(\d{1,2})([./-])(\d{1,2})\2((?:19|20)\d\d)(?![\d]|[.,/:-]\d)/g;
const GLUED_BEFORE = /[\d.,/:-]/;
// "2.3." with its closing full stop; the stop is part of how it is written, so it stays in the span.
const DAY_MONTH = /(\d{1,2})\.(\d{1,2})\.(?![\d])/g;
/** Words before a yearless "2.3." that make it a date ("rose by 2.3." is a decimal ending a sentence). */
const DATE_PREPOSITION = /\b(?:on|since|until|till|from|between|before|after|dated)\s+$/i;
/** A range's second date: "from 2.3. to 5.3.", "between 2.3. and 5.3.". */
const RANGE_JOINT = /^\s*(?:to|and|until|till|-|–)\s*$/i;

/** Dates in figures in `text`, in order. */
export function findNumericDates(text: string): NumericDate[] {
  const out: NumericDate[] = [];
  for (const m of allMatches(FULL, text)) {
    if (GLUED_BEFORE.test(text[(m.index ?? 0) - 1] ?? '')) continue;
    let day = Number(m[1]);
    let month = Number(m[3]);
    const year = Number(m[4]);
    // Day first, as in Europe and most of the world; "02/25/2025" can only be month first.
    if (!isCalendarDay(day, month, year) && isCalendarDay(month, day, year)) [day, month] = [month, day];
    if (!isCalendarDay(day, month, year)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0], day, month, year });
  }
  let prevEnd = -1;
  for (const m of allMatches(DAY_MONTH, text)) {
    const start = m.index ?? 0;
    if (GLUED_BEFORE.test(text[start - 1] ?? '')) continue;
    const day = Number(m[1]);
    const month = Number(m[2]);
    const before = text.slice(Math.max(0, start - 12), start);
    const joined = prevEnd >= 0 && RANGE_JOINT.test(text.slice(prevEnd, start));
    if (!(DATE_PREPOSITION.test(before) || joined) || !isCalendarDay(day, month)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], day, month, year: null });
    prevEnd = start + m[0].length;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is the figure at [start, end) ("2.3") the day and month of a yearless date ("on 2.3.")? */
export function isDayMonthFigure(text: string, start: number, end: number): boolean {
  if (text[end] !== '.' || !/^\d{1,2}\.\d{1,2}$/.test(text.slice(start, end))) return false;
  // A window wide enough for the preposition, or for the first date of a range ("from 2.3. to 5.3.").
  const from = Math.max(0, start - 40);
  return findNumericDates(text.slice(from, end + 2)).some((d) => d.year === null && from + d.start === start);
}
