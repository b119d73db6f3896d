/**
 * Bare years ("in 2024", "2014-2016") that chrono leaves alone. The quantities stage uses `isYearFigure` to leave
 * them to this stage: a year is a date, not a count.
 */
import { allMatches } from '../text/matches.js';

export interface BareYear {
  start: number;
  end: number;
  text: string;
  /** "2024", or "2014/2016" for a span of years, "1990/1999" for a decade. */
  value: string;
}

const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const YEAR_ONLY = new RegExp(`^${YEAR}$`);
const YEAR_OR_RANGE = new RegExp(`(?<![\\p{L}\\d,.\\/:$€£-])(${YEAR})(?:\\s*[-–]\\s*(${YEAR}|\\d\\d)(?![\\d]))?(?![\\d]|[,.:\\/]\\d|-\\d|\\p{L})`, 'gu');

/** Words after a number that say it counts something, so it is not a year ("2000 troops" vs "2000 was"). */
const FUNCTION_WORDS = new Set(['was', 'is', 'has', 'as', 'its', 'this', 'his', 'has', 'us', 'plus', 'marks', 'sees', 'saw', 'remains']);

export function countsSomething(text: string, end: number): boolean {
  const next = /^\s+([a-z]+)/.exec(text.slice(end, end + 40));
  return next !== null && next[1].endsWith('s') && !FUNCTION_WORDS.has(next[1]) && next[1].length > 3;
}

/** Is the figure at [start, end) a year rather than a count? */
export function isYearFigure(text: string, start: number, end: number): boolean {
  const surface = text.slice(start, end);
  if (!YEAR_ONLY.test(surface)) return false;
  return !countsSomething(text, end);
}

/** "the 1990s", "the 2010s": a decade is the range of its years. */
const DECADE = /(?<![\p{L}\d'’-])((?:18|19|20)\d0)s\b/gu;

export function bareYears(text: string): BareYear[] {
  const out: BareYear[] = [];
  for (const m of allMatches(DECADE, text)) {
    const start = m.index ?? 0;
    const first = Number(m[1]);
    out.push({ start, end: start + m[0].length, text: m[0], value: `${first}/${first + 9}` });
  }
  for (const m of allMatches(YEAR_OR_RANGE, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (countsSomething(text, end)) continue;
    let value = m[1];
    if (m[2] !== undefined) {
      const second = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
      if (Number(second) <= Number(m[1])) continue;
      value = `${m[1]}/${second}`;
    }
    out.push({ start, end, text: m[0], value });
  }
  return out.sort((a, b) => a.start - b.start);
}
