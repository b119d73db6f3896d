/**
 * Ranges of days written with one month name: "from 14 to 18 July", "between 14 and 18 July 2025", "July 14-18",
 * "from July 14 to July 18", "14 and 15 July", "30 June to 2 July". chrono reads some of these as clock times
 * ("from 14 to 18" -> 14:00-18:00), as years ("July 14 to July 18" -> 2014/2018), or as their last day only, so they
 * are read first and masked out of the text it sees. A leading "from" or "between" stays in the span, as in
 * "between August 2024 and July 2025".
 */
import { firstOfOverlapping } from '../model/spans.js';
import { isCalendarDay, MONTH_NAME, monthNumber } from './calendar.js';
import { allMatches } from '../text/matches.js';

export interface DayRange {
  start: number;
  end: number;
  text: string;
  from: { day: number; month: number };
  to: { day: number; month: number };
  /** The year written after the range, or null: then the tense of the clause decides. */
  year: number | null;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const JOINT = '\\s*(?:-|–|to|and|until|till|through)\\s*';
const YEAR = '(?:,?\\s+((?:19|20)\\d\\d))?';

// "14-18 July", "from 14 to 18 July 2025", "30 June to 2 July".
// Both start at their figure or month name, the cheap first character to scan for; a lead word is looked for after.
const DAY_FIRST = new RegExp(`(?<![\\w.,/:-])${DAY}(?:\\s+${MONTH_NAME})?${JOINT}${DAY}\\s+${MONTH_NAME}${YEAR}(?![\\w-])`, 'g');
// "July 14-18", "from July 14 to July 18", "June 30 to July 2, 2025".
const MONTH_FIRST = new RegExp(`\\b${MONTH_NAME}\\s+${DAY}${JOINT}(?:${MONTH_NAME}\\s+)?${DAY}${YEAR}(?![\\w-])`, 'g');
const LEAD_BEFORE = /\b(from|between)\s+$/i;

const monthOf = (name: string | undefined): number | undefined => (name ? monthNumber(name) : undefined);

/**
 * The text last read and its ranges. The quantities stage (whose counts must not take the days of a range) and the
 * dates stage read the same text one after the other; the second read is free. The result is shared: read only.
 */
let lastText: string | null = null;
let lastRanges: ReadonlyArray<Readonly<DayRange>> = [];

/** Ranges of days in `text`, in order (the same array for the same text asked twice in a row). */
export function findDayRanges(text: string): ReadonlyArray<Readonly<DayRange>> {
  if (text === lastText) return lastRanges;
  lastRanges = scanDayRanges(text);
  lastText = text;
  return lastRanges;
}

function scanDayRanges(text: string): DayRange[] {
  const out: DayRange[] = [];
  const push = (m: RegExpMatchArray, from: { day: number; month: number }, to: { day: number; month: number }, year: string | undefined): void => {
    if (!isCalendarDay(from.day, from.month) || !isCalendarDay(to.day, to.month)) return;
    // A range runs forwards: "18 to 14 July" is not one, "30 June to 2 July" is.
    if (to.month < from.month || (to.month === from.month && to.day <= from.day)) return;
    const at = m.index ?? 0;
    const lead = LEAD_BEFORE.exec(text.slice(Math.max(0, at - 9), at));
    // "between ... and" and "from ... to" go together; a lone "and" joins two days only without a lead.
    const joint = /\b(to|and|until|till|through)\b|[-–]/i.exec(m[0])?.[0].toLowerCase() ?? '';
    const leadWord = lead?.[1].toLowerCase();
    if (leadWord === 'between' && joint !== 'and') return;
    if (leadWord === 'from' && joint === 'and') return;
    const start = at - (lead ? lead[0].length : 0);
    out.push({ start, end: at + m[0].length, text: text.slice(start, at + m[0].length), from, to, year: year ? Number(year) : null });
  };
  for (const m of allMatches(DAY_FIRST, text)) {
    const toMonth = monthOf(m[4]);
    const fromMonth = monthOf(m[2]) ?? toMonth;
    if (!toMonth || !fromMonth) continue;
    push(m, { day: Number(m[1]), month: fromMonth }, { day: Number(m[3]), month: toMonth }, m[5]);
  }
  for (const m of allMatches(MONTH_FIRST, text)) {
    const fromMonth = monthOf(m[1]);
    const toMonth = monthOf(m[3]) ?? fromMonth;
    if (!toMonth || !fromMonth) continue;
    push(m, { day: Number(m[2]), month: fromMonth }, { day: Number(m[4]), month: toMonth }, m[5]);
  }
  return firstOfOverlapping(out);
}
