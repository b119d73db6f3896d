/**
 * Parts of a period: "mid-December", "early 2026", "late last year", "the end of the month", "the first half of
 * 2025", "the third quarter", "Q3 2025", "the first nine months of the year", "earlier this year". chrono reads only
 * the period ("December", "2026") or a single day ("end of the month" -> its last day); these are read first, as
 * ranges of the part, and masked out of the text chrono sees.
 *
 * The parts (src/dates/README.md): early / mid / late are thirds (a year's January-April, May-August,
 * September-December; a month's days 1-10, 11-20, 21-end); the start / beginning and the end are the first and last
 * month of a year and the first and last seven days of a month; halves and quarters are what they say;
 * "earlier this year" runs from January to the publication month, "later this year" from it to December.
 */
import type { Granularity } from '../model/doc.js';
import { daysInMonth, MONTH_NAME, monthNumber, ym, ymd, yearOfMonth, type Tense } from './calendar.js';
import { firstOfOverlapping } from '../model/spans.js';
import { allMatches } from '../text/matches.js';

export interface PeriodPart {
  start: number;
  end: number;
  text: string;
  value: string;
  granularity: Granularity;
  relative: boolean;
}

const YEAR = '((?:19|20)\\d\\d)';
/** The period a part is taken of: a year, a month (with or without its year), or one relative to publication. */
const BASE = `(?:${MONTH_NAME}(?:,?\\s+${YEAR})?|${YEAR}|(?:(this|last|next|the|the\\s+current|the\\s+previous|the\\s+coming|the\\s+following)\\s+(year|month)))`;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, final: 4, last: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

// "mid-December", "early 2026", "late last year", "the end of the month", "the first half of 2025", "end-March"; a
// leading "the" is left out of spans anyway, so the pattern starts at the part's own word (a cheaper scan).
const PART = new RegExp(
  `\\b(?:(early|mid|late|end|start)(?:\\s+|-)|(start|beginning|middle|end)\\s+of\\s+|(first|second|1st|2nd)\\s+half\\s+of\\s+|(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+quarter\\s+of\\s+|(first|last)\\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})\\s+months\\s+of\\s+)${BASE}(?![\\w-])`,
  'gi',
);
// "Q3 2025", "H1 2025", "the third quarter" (of the publication year, or the last one in a report).
const SHORT = new RegExp(`\\b(?:(Q[1-4])|(H[12]))(?:\\s+|-)${YEAR}\\b`, 'g');
// Found at "quarter" and read back to its ordinal: scanning for the ordinals at every word is costlier.
const QUARTER = /\bquarter\b(?!\s+of\b)(?!-)/gi;
const QUARTER_ORDINAL = /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+$/i;
// "by mid-year", "at year-end": the publication year's middle third or last month.
const YEAR_WORD = /\b(mid-?year|year-?end|end-year)\b/gi;
const YEAR_WORD_BEFORE = /\b(?:by|at|until|till|before|after|around|from|since|in|towards?|through)\s+$/i;
// "earlier this year", "later this month".
const EARLIER_LATER = /\b(earlier|later)\s+this\s+(year|month)\b/gi;

interface Base {
  year: number;
  /** 1-12, or null when the base is a whole year. */
  month: number | null;
  relative: boolean;
}

/** The period a base names, relative to `ref` and the clause's tense; null without a publication date for it. */
function baseOf(m: RegExpMatchArray, at: number, ref: Date | null, tense: () => Tense): Base | null {
  const monthName = m[at];
  const monthYear = m[at + 1];
  const year = m[at + 2];
  const rel = m[at + 3]?.toLowerCase().replace(/\s+/g, ' ');
  const unit = m[at + 4]?.toLowerCase();
  if (monthName) {
    const month = monthNumber(monthName);
    if (monthYear) return { year: Number(monthYear), month, relative: false };
    if (!ref) return null;
    return { year: yearOfMonth(ref, month, tense()), month, relative: true };
  }
  if (year) return { year: Number(year), month: null, relative: false };
  if (!ref || !unit) return null;
  const shift = rel === 'last' || rel === 'the previous' ? -1 : rel === 'next' || rel === 'the coming' || rel === 'the following' ? 1 : 0;
  if (unit === 'year') return { year: ref.getFullYear() + shift, month: null, relative: true };
  const d = new Date(ref.getFullYear(), ref.getMonth() + shift, 1, 12);
  return { year: d.getFullYear(), month: d.getMonth() + 1, relative: true };
}

/** The months [from, to] of a year, or the days [from, to] of a month, as an ISO value and its granularity. */
function span(base: Base, from: number, to: number): { value: string; granularity: Granularity } {
  if (base.month === null) {
    if (from === to) return { value: ym(base.year, from), granularity: 'month' };
    return { value: `${ym(base.year, from)}/${ym(base.year, to)}`, granularity: 'range' };
  }
  return { value: `${ymd(base.year, base.month, from)}/${ymd(base.year, base.month, to)}`, granularity: 'range' };
}

/** A third, an edge, a half or a quarter of the base period. */
function partOf(base: Base, part: string, index = 0, count = 0): { value: string; granularity: Granularity } | null {
  const last = base.month === null ? 12 : daysInMonth(base.year, base.month);
  const monthly = base.month !== null;
  switch (part) {
    case 'early':
      return monthly ? span(base, 1, 10) : span(base, 1, 4);
    case 'mid':
    case 'middle':
      return monthly ? span(base, 11, 20) : span(base, 5, 8);
    case 'late':
      return monthly ? span(base, 21, last) : span(base, 9, 12);
    case 'start':
    case 'beginning':
      return monthly ? span(base, 1, 7) : span(base, 1, 1);
    case 'end':
      return monthly ? span(base, last - 6, last) : span(base, 12, 12);
    case 'half':
      if (monthly) return index === 1 ? span(base, 1, 15) : span(base, 16, last);
      return index === 1 ? span(base, 1, 6) : span(base, 7, 12);
    case 'quarter':
      return monthly ? null : span(base, 3 * index - 2, 3 * index);
    case 'first-months':
      return monthly || count < 1 || count > 11 ? null : span(base, 1, count);
    case 'last-months':
      return monthly || count < 1 || count > 11 ? null : span(base, 13 - count, 12);
    default:
      return null;
  }
}

/** Drops a leading "the": spans leave out the determiner as they leave out the preposition. */
function trimThe(text: string, start: number, surface: string): { start: number; text: string } {
  const the = /^the\s+/i.exec(surface);
  return the ? { start: start + the[0].length, text: surface.slice(the[0].length) } : { start, text: surface };
}

/** Parts of periods in `text`, resolved against `ref`; `tenseAt` gives the tense of the clause around a span. */
export function findPeriodParts(text: string, ref: Date | null, tenseAt: (start: number, end: number) => Tense): PeriodPart[] {
  const out: PeriodPart[] = [];
  const add = (start: number, surface: string, v: { value: string; granularity: Granularity } | null, relative: boolean): void => {
    if (!v) return;
    const t = trimThe(text, start, surface);
    out.push({ start: t.start, end: t.start + t.text.length, text: t.text, value: v.value, granularity: v.granularity, relative });
  };
  for (const m of allMatches(PART, text)) {
    const start = m.index ?? 0;
    // The tense only when a month without its year needs it: it is the costly part.
    const base = baseOf(m, 7, ref, () => tenseAt(start, start + m[0].length));
    if (!base) continue;
    const lower = (s: string | undefined): string => (s ?? '').toLowerCase();
    let v: { value: string; granularity: Granularity } | null = null;
    if (m[1]) v = partOf(base, lower(m[1]));
    else if (m[2]) v = partOf(base, lower(m[2]));
    else if (m[3]) v = partOf(base, 'half', ORDINALS[lower(m[3])]);
    else if (m[4]) v = partOf(base, 'quarter', ORDINALS[lower(m[4])]);
    else if (m[5]) v = partOf(base, lower(m[5]) === 'first' ? 'first-months' : 'last-months', 0, COUNTS[lower(m[6])] ?? Number(m[6]));
    // "end-March" and "start-2026" only hyphenated: "end 2026" is a verb and its object.
    if (m[1] && /^(end|start)$/i.test(m[1]) && !/^(?:end|start)-/i.test(m[0])) continue;
    add(start, m[0], v, base.relative);
  }
  for (const m of allMatches(SHORT, text)) {
    const year = Number(m[3]);
    const base: Base = { year, month: null, relative: false };
    add(m.index ?? 0, m[0], m[1] ? partOf(base, 'quarter', Number(m[1][1])) : partOf(base, 'half', Number(m[2][1])), false);
  }
  if (ref) {
    for (const q of allMatches(QUARTER, text)) {
      const at = q.index ?? 0;
      const ord = QUARTER_ORDINAL.exec(text.slice(Math.max(0, at - 10), at));
      if (!ord) continue;
      const start = at - ord[0].length;
      const end = at + q[0].length;
      const index = ORDINALS[ord[1].toLowerCase()];
      // The quarter of the publication year, unless it has not begun yet and the clause reports: then last year's.
      const tense = tenseAt(start, end);
      let year = ref.getFullYear();
      if (3 * index - 2 > ref.getMonth() + 1 && tense !== 'future') year--;
      add(start, text.slice(start, end), partOf({ year, month: null, relative: true }, 'quarter', index), true);
    }
    for (const m of allMatches(YEAR_WORD, text)) {
      if (!YEAR_WORD_BEFORE.test(text.slice(Math.max(0, (m.index ?? 0) - 10), m.index ?? 0))) continue;
      const base: Base = { year: ref.getFullYear(), month: null, relative: true };
      add(m.index ?? 0, m[0], partOf(base, /^mid/i.test(m[1]) ? 'mid' : 'end'), true);
    }
    for (const m of allMatches(EARLIER_LATER, text)) {
      const earlier = m[1].toLowerCase() === 'earlier';
      const y = ref.getFullYear();
      const mo = ref.getMonth() + 1;
      const d = ref.getDate();
      const value =
        m[2].toLowerCase() === 'year'
          ? earlier ? `${ym(y, 1)}/${ym(y, mo)}` : `${ym(y, mo)}/${ym(y, 12)}`
          : earlier ? `${ymd(y, mo, 1)}/${ymd(y, mo, d)}` : `${ymd(y, mo, d)}/${ymd(y, mo, daysInMonth(y, mo))}`;
      add(m.index ?? 0, m[0], { value, granularity: 'range' }, true);
    }
  }
  return firstOfOverlapping(out);
}
