/**
 * Durations: "for five years", "within days", "more than ten months", "the six months to December", "two days
 * after". chrono reads "for five years" as a date five years ahead, so these are found first and masked out of the
 * text chrono sees.
 *
 * The rules (src/dates/README.md has them with examples):
 * - a count and a time unit is a duration ("six months", "at least 12 weeks"), its qualifier in the span, its
 *   preposition out of it ("for five years" -> "five years"); without a count the preposition stays, since a bare
 *   "days" is no expression ("within days", "for years");
 * - not when it places an event in time: "ten years ago", "two years from now", "in two years' time" (chrono's);
 * - not a rate ("2 percent a year") nor an age ("30 years old", "a 10-year-old");
 * - "in N units" is ambiguous and only a candidate here (`inPhrase`): the dates stage decides by the governing
 *   construction (a duration after an ordinal or superlative or in a past or negated clause: "the second cut in
 *   three months", "has not faced a race in 24 years"; otherwise a point ahead: "elections in four years").
 */
import { extractNumbers } from '../quantities/numbers.js';
import { firstOfOverlapping } from '../model/spans.js';
import { allMatches } from '../text/matches.js';

export interface Duration {
  start: number;
  end: number;
  text: string;
  /** ISO 8601 duration: P5Y, P3M, PT2H; X for an unspecified count ("within days" -> PXD). */
  value: string;
  /** "in three months": a duration or a point ahead, decided by its clause. */
  inPhrase?: boolean;
}

const UNIT_CODES: Record<string, { code: string; time: boolean; factor: number }> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  night: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  fortnight: { code: 'W', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
};

const NUMBER_WORD =
  '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)';
/** A count: figures, number words ("twenty-four", "one and a half"), vague counts ("several", "a few"). */
const COUNT = `(?:a|an|${NUMBER_WORD}(?:[\\s-]${NUMBER_WORD})*(?:\\s+and\\s+a\\s+half)?|a\\s+dozen|dozens\\s+of|hundreds\\s+of|several|a\\s+few|few|a\\s+couple\\s+of|many|\\d+(?:[.,]\\d+)?)`;
const UNIT = '(seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?|century|centuries)';
/** Qualifiers that stay in the span, as in a quantity's ("more than ten months"). */
const QUALIFIER =
  '(?:more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|in\\s+excess\\s+of|about|around|roughly|nearly|almost|approximately|some|over|under)';
const LEADING_QUALIFIER = new RegExp(`^${QUALIFIER}\\s*`, 'i');
/** Outside a prepositional phrase "over"/"under" are prepositions ("spread over three years"), not qualifiers. */
const BARE_QUALIFIER = QUALIFIER.replace('|over|under)', ')');
const PREPOSITION = '(?:for|within|over|during|lasting|spanning|in\\s+the\\s+(?:past|last|next|coming|following|first|previous))';

// "for five years", "within days", "over the past three months", "for nearly two decades".
const WITH_PREPOSITION = new RegExp(
  `\\b(${PREPOSITION})\\s+(?:(?:the\\s+)?(?:past|last|next|coming|following|previous|first)\\s+)?((?:${QUALIFIER}\\s+)?(?:${COUNT}[\\s-]+)?${UNIT})\\b`,
  'gi',
);
// "at least 12 weeks", "the six months to December", "two days after": a count and a unit anywhere else.
// Found at each unit word and read back to its count: a pattern that tries a count at every position of the text
// cost more than the rest of this module. ASCII classes and no 'u' flag (Unicode-aware matching is slower).
const UNIT_WORD = new RegExp(`\\b${UNIT}\\b`, 'gi');
const COUNT_BEFORE = new RegExp(`(?<![\\w-])((?:${BARE_QUALIFIER}\\s+)?(?:${COUNT}))\\s+$`, 'i');
/** How far before a unit word its count and qualifier can start ("no more than twenty-four and a half days"). */
const COUNT_REACH = 72;
// "in three months" (not "in the past three months", which the first pattern has).
const IN_PHRASE = new RegExp(`\\bin\\s+((?:${QUALIFIER}\\s+)?(?:${COUNT})[\\s-]+${UNIT})\\b`, 'gi');

// "the year to February", "the quarter ended June 30": a period up to a date is its length (the date is read apart).
const PERIOD_TO = /\bthe\s+(year|month|week|quarter)(?=\s+(?:to|ending|ended|through)\s+(?:(?:the\s+)?end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))/gi;
const PERIOD_VALUES: Record<string, string> = { year: 'P1Y', month: 'P1M', week: 'P1W', quarter: 'P3M' };

/** What after a count and a unit makes them a point in time, an age or a rate rather than a duration. */
const NOT_AFTER = /^(?:\s+(?:ago|old|hence|from\s+now|of\s+age)\b|-old\b|['’]s?\s+time\b|\s+time\b|\s*-)/i;

function unitKey(word: string): string {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/** The ISO value of a count and a unit ("nearly two decades" -> P20Y), or null. */
function valueOf(phrase: string): string | null {
  const unitWord = /[a-z]+$/i.exec(phrase)?.[0] ?? '';
  const unit = UNIT_CODES[unitKey(unitWord)];
  if (!unit) return null;
  let countText = phrase.slice(0, phrase.length - unitWord.length).replace(/[\s-]+$/, '');
  countText = countText.replace(LEADING_QUALIFIER, '');
  let count: string;
  if (countText === '') count = unitWord.toLowerCase().endsWith('s') ? 'X' : '1';
  else if (/^(a|an)$/i.test(countText)) count = '1';
  else if (/^(several|a few|few|a couple of|many|dozens of|hundreds of)$/i.test(countText.replace(/\s+/g, ' '))) count = /couple/i.test(countText) ? '2' : 'X';
  else {
    const n = extractNumbers(countText)[0];
    count = n ? String(n.value) : 'X';
  }
  if (count !== 'X') count = String(Number(count) * unit.factor);
  return `P${unit.time ? 'T' : ''}${count}${unit.code}`;
}

/** Durations in `text`, in order, without overlaps (the first pattern to claim a stretch of text keeps it). */
export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  const push = (start: number, phrase: string, extra: Partial<Duration> = {}): void => {
    const value = valueOf(phrase);
    if (value) found.push({ start, end: start + phrase.length, text: phrase, value, ...extra });
  };
  const tail = (end: number): string => text.slice(end, end + 12);
  for (const m of allMatches(WITH_PREPOSITION, text)) {
    const phrase = m[2];
    const at = (m.index ?? 0) + m[0].length - phrase.length;
    if (NOT_AFTER.test(tail(at + phrase.length))) continue;
    // Without a count the preposition is part of the expression: "within days", "for years", "over the past
    // weeks"; "in the past week" (singular) names a week, which chrono reads.
    const counted = !/^[a-z]+$/i.test(phrase);
    if (counted) push(at, phrase);
    else if (!/\b(?:the|past|last|next|coming|following|previous|first)\s+[a-z]+[^s]$/i.test(m[0])) push(m.index ?? 0, m[0]);
  }
  for (const m of allMatches(IN_PHRASE, text)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (NOT_AFTER.test(tail(at + m[1].length))) continue;
    push(at, m[1], { inPhrase: true });
  }
  for (const u of allMatches(UNIT_WORD, text)) {
    const unitAt = u.index ?? 0;
    const from = Math.max(0, unitAt - COUNT_REACH);
    const c = COUNT_BEFORE.exec(text.slice(from, unitAt));
    if (!c) continue;
    const at = from + (c.index ?? 0);
    const phrase = text.slice(at, unitAt + u[0].length);
    if (NOT_AFTER.test(tail(at + phrase.length))) continue;
    // "$500 a month", "2 percent a year": one unit is a rate; "one day" alone is an idiom ("one day he will").
    if (/^(?:a|an|one)\s/i.test(phrase)) continue;
    push(at, phrase);
  }
  for (const m of allMatches(PERIOD_TO, text)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    found.push({ start: at, end: at + m[1].length, text: m[1], value: PERIOD_VALUES[m[1].toLowerCase()] });
  }
  return firstOfOverlapping(found);
}
