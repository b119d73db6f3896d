/**
 * Time expressions of a text, normalized against the publication date: chrono-node (British English: day-first
 * "13.12.2024") does the parsing; this module adds what news needs on top of it: durations, bare years, weekday and
 * month names resolved by the tense of their sentence (news reports the past: "on Thursday" is the last Thursday
 * unless the sentence says "will"), weekends as ranges, weeks as ISO weeks, and a few named dates.
 */
// The English entry only: the package's main entry builds the parsers of every locale it has (~170 -> ~40 ms of
// CPU to import, paid by every worker thread), and only British English is used here.
import { GB as chronoGB } from 'chrono-node/en';
import type * as chrono from 'chrono-node';
import type { Granularity, Message, Span, TimeExpression } from '../model/doc.js';
import { findDurations } from './durations.js';
import { namedDateYear } from './named-dates.js';
import { bareYears } from './years.js';
import { isoDay, pad, ym, ymd, yearOfMonth, yearOfMonthDay, type Tense } from './calendar.js';
import { findNumericDates } from './numeric-dates.js';
import { findPeriodParts } from './period-parts.js';
import { findDayRanges } from './day-ranges.js';
import { firstOfOverlapping, lowerBound } from '../model/spans.js';
import { allMatches } from '../text/matches.js';

export interface TimeScan {
  times: TimeExpression[];
  messages: Message[];
}


/** The publication date as a local noon (noon keeps day arithmetic away from DST edges), or null. */
export function referenceDate(published: string | null): Date | null {
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return Number.isNaN(d.getTime()) ? null : d;
}

function addDays(d: Date, n: number): Date {
  const r = new Date(d.getTime());
  r.setDate(r.getDate() + n);
  return r;
}

/** ISO week ("2024-W51") of a date. */
function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = new Date(Date.UTC(t.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((t.getTime() - yearStart.getTime()) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}


/** Past-tense verbs: common irregular ones, and "-ed" words used as verbs (followed by a preposition or an object). */
const PAST =
  /\b(?:was|were|had|did|said|told|began|went|came|met|sent|took|made|left|won|lost|spoke|gave|got|held|saw|wrote|ran|fell|rose|paid|found|brought|bought|struck|hit|fled|led|kept)\b|\b[a-z]{3,}ed\s+(?:on|in|at|by|during|last|this|that|to|the|a|an|his|her|their|its|[A-Z0-9]\w*)\b/;

const PAST_WORD =
  /\b(?:was|were|had|did|said|told|began|went|came|met|sent|took|made|left|won|lost|spoke|gave|got|held|saw|wrote|fell|rose|paid|found|[a-z]{3,}ed)\b/;

const FUTURE = /(?<!\bthe\s)\b(?:will(?!\s+of\b)|shall|won't|'ll|going to|due to|expected to|scheduled (?:to|for)|set to|coming|plans? to|planned|aims? to|intends? to|upcoming|next|would|is to|are to|before|until|if|unless|call(?:s|ed)? on \w+ to|called \w+ \w+ (?:election|vote|referendum|meeting) for)\b/i;

const CLAUSE_BREAK = /,(?!\d)|[;:](?!\d)|\b(?:that|but|while|whereas|and said|which|who|where|under which)\b/gi;

/**
 * The clause around a span, for the tense check: within its sentence, from the last clause break (comma,
 * semicolon, "that") before it to the next one after it. "announced on Thursday that Warsaw will deploy" is past.
 */
function clauseAround(text: string, span: Span, sentences: Span[]): string {
  const sentence = sentenceAround(text, span, sentences);
  const at = text.indexOf(sentence, Math.max(0, span.start - sentence.length));
  const rel = at >= 0 ? span.start - at : 0;
  const before = sentence.slice(0, Math.max(0, rel));
  const after = sentence.slice(Math.max(0, rel + (span.end - span.start)));
  let cut = 0;
  for (const m of allMatches(CLAUSE_BREAK, before)) cut = (m.index ?? 0) + m[0].length;
  const next = after.search(CLAUSE_BREAK);
  return before.slice(cut) + text.slice(span.start, span.end) + (next >= 0 ? after.slice(0, next) : after);
}

/** The sentence around a span: from the previous sentence end to the next one. */
function sentenceAround(text: string, span: Span, sentences: Span[]): string {
  for (const s of sentences) if (s.start <= span.start && span.end <= s.end) return text.slice(s.start, s.end);
  // Bounded, so that a text without sentence punctuation costs no more per expression than a long sentence.
  const floor = Math.max(0, span.start - 400);
  const ceil = Math.min(text.length, span.end + 400);
  let a = span.start;
  while (a > floor && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = span.end;
  while (b < ceil && !/[.!?\n]/.test(text[b])) b++;
  return text.slice(a, b);
}

type Component = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute';

function known(c: chrono.ParsedComponents, k: Component): boolean {
  return c.isCertain(k);
}

interface Resolved {
  value: string;
  granularity: Granularity;
  relative: boolean;
}

/** Trims trailing punctuation chrono keeps ("last Sunday,") and leading "on"/"since"-type words. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s])) s++;
  // Trailing punctuation goes, except the full stop of "a.m." / "p.m.".
  while (e > s && /[\s,.;:!?)]/.test(text[e - 1]) && !(text[e - 1] === '.' && /\b[ap]\.m$/i.test(text.slice(Math.max(s, e - 4), e - 1)))) e--;
  // "March of [next year]": chrono keeps the "of" that joins it to the next expression.
  const of = /\s+of$/i.exec(text.slice(s, e));
  if (of) e -= of[0].length;
  // "rose to 23 on Tuesday": chrono takes the count before the weekday into the expression.
  const count = /^\d{1,3}\s+(?=(?:on|at|in|by)\s+\p{L})/iu.exec(text.slice(s, e));
  if (count) s += count[0].length;
  const lead = /^(on|in|at|since|by|until|till|from|during)\s+/i.exec(text.slice(s, e));
  // "at 10" and the like keep their word: without it a bare number is not a time; "in 18 years" loses it, and
  // "from 6:00 a.m. to 9:00 a.m." keeps it as "between ... and ..." does.
  const rest = lead ? text.slice(s + lead[0].length, e) : '';
  // "on 9 March", "at 10:30 a.m.": any letter after the figure makes it a date or a time without its preposition.
  if (lead && (/^\p{L}/u.test(rest) || (!/^from$/i.test(lead[1]) && /^\d[\d,.:]*\s*\p{L}/u.test(rest)))) s += lead[0].length;
  return { start: s, end: e };
}

function resolveResult(
  r: { start: chrono.ParsedComponents; end?: chrono.ParsedComponents | null },
  ref: Date | null,
  tense: Tense,
  surface: string,
  after: string,
): Resolved | null {
  const c = r.start;
  const future = tense === 'future';
  const lower = surface.toLowerCase();
  const relative = !known(c, 'year') || /\b(ago|last|next|this|today|yesterday|tomorrow|tonight|past|coming)\b/i.test(lower);
  if (relative && !ref) return null;
  // Weekends: a range of two days.
  if (/\bweekend\b/.test(lower) && ref) {
    const dow = ref.getDay();
    let sat: Date;
    const upcoming = addDays(ref, ((6 - dow + 7) % 7) || 7);
    const previous = addDays(ref, -(((dow + 1) % 7) || 7));
    if (/\bnext\b/.test(lower)) sat = upcoming;
    else if (/\blast\b|\bpast\b/.test(lower)) sat = previous;
    // "this weekend" early in the week is the one just gone; on a weekend, the current one; later, the coming one.
    else if (/\bthis\b/.test(lower)) sat = dow === 6 ? ref : dow === 0 ? addDays(ref, -1) : dow <= 2 ? previous : upcoming;
    else sat = future ? upcoming : previous;
    return { value: `${isoDay(sat)}/${isoDay(addDays(sat, 1))}`, granularity: 'range', relative: true };
  }
  if (r.end && ref) {
    const withTime = known(c, 'hour') && known(r.end, 'hour');
    const stamp = (d: Date): string => (withTime ? `${isoDay(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}` : isoDay(d));
    return { value: `${stamp(c.date())}/${stamp(r.end.date())}`, granularity: 'range', relative };
  }
  if (/\bweek\b/.test(lower) && !known(c, 'weekday') && !/\bago\b/.test(lower)) {
    if (!ref) return null;
    // chrono moves "this week" to a day of another week; the week is counted from the reference date here.
    const shift = /\b(last|past|previous)\b/.test(lower) ? -7 : /\b(next|coming)\b/.test(lower) ? 7 : /\bthis\b/.test(lower) ? 0 : null;
    return { value: isoWeek(shift !== null && ref ? addDays(ref, shift) : c.date()), granularity: 'week', relative: true };
  }
  // A weekday alone: news tells of the past unless the sentence looks ahead.
  if (known(c, 'weekday') && !known(c, 'day') && ref && !/\b(last|next|this|coming|past)\b/.test(lower)) {
    const target = c.get('weekday') ?? 0;
    const dow = ref.getDay();
    const d = future ? addDays(ref, ((target - dow + 7) % 7) || 7) : addDays(ref, -((dow - target + 7) % 7));
    // "10:30 a.m. on Monday": the weekday's day with its time.
    if (known(c, 'hour')) {
      const t = c.date();
      return { value: `${isoDay(d)}T${pad(t.getHours())}:${pad(t.getMinutes())}`, granularity: 'time', relative: true };
    }
    return { value: isoDay(d), granularity: 'day', relative: true };
  }
  if (known(c, 'hour')) {
    const d = c.date();
    const day = known(c, 'day') || known(c, 'weekday') || !ref ? isoDay(d) : isoDay(ref);
    return { value: `${day}T${pad(d.getHours())}:${pad(d.getMinutes())}`, granularity: 'time', relative };
  }
  if (known(c, 'weekday') && !known(c, 'day')) return { value: isoDay(c.date()), granularity: 'day', relative: true };
  // chrono (British) reads "September 27" as September 2027 and "Sept. 11" as September 2011: a month name and
  // one or two digits is a month-day in news.
  const monthDay = MONTH_DAY.exec(surface);
  const misread = monthDay !== null && !known(c, 'day') && Number(monthDay[2]) >= 1 && Number(monthDay[2]) <= 31;
  if (known(c, 'day') || misread) {
    const yearKnown = known(c, 'year') && !misread;
    let year = yearKnown ? c.get('year') ?? 0 : ref?.getFullYear() ?? 0;
    const month = c.get('month') ?? 1;
    const day = misread ? Number(monthDay[2]) : c.get('day') ?? 1;
    if (!yearKnown && ref) {
      const named = namedDateYear(month, day, surface, after);
      year = named ?? yearOfMonthDay(ref, month, day, tense);
    }
    if (!yearKnown && !ref) return null;
    return { value: ymd(year, month, day), granularity: 'day', relative: relative || misread };
  }
  if (known(c, 'month')) {
    const month = c.get('month') ?? 1;
    let year = c.get('year') ?? 0;
    if (!known(c, 'year') && ref) {
      if (/\b(last|next|this|ago|past)\b/.test(lower)) year = c.get('year') ?? ref.getFullYear();
      else year = yearOfMonth(ref, month, tense);
    }
    return { value: ym(year, month), granularity: 'month', relative };
  }
  if (known(c, 'year')) return { value: String(c.get('year')), granularity: 'year', relative };
  return null;
}

/** Ordinals and superlatives that make "in N months" the span they are counted over: "the second cut in three months". */
const SPAN_CUE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|only|record|most|least|highest|lowest|biggest|largest|smallest|worst|best|fastest|slowest|strongest|weakest|sharpest|steepest|deepest|longest|shortest|heaviest|hottest|coldest|wettest|driest|busiest|once|twice|times)\b/i;
const NEGATION = /\b(?:not|never|no|none|nothing|n't)\b|n't\b/i;
const PERFECT = /\b(?:has|have|had|'s|'ve)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|t)\b/i;

/**
 * "in three months": the span an event is counted over (a duration) after an ordinal or a superlative, in a negated
 * or perfect clause, or in the past ("the second cut in three months", "has not faced a race in 24 years", "the
 * plant was built in two years"); otherwise a point ahead of the publication date ("elections in four years", "he
 * will retire in two years").
 */
function inPhraseIsDuration(text: string, d: Span, sentences: Span[]): boolean {
  const clause = clauseAround(text, d, sentences);
  const at = clause.lastIndexOf(text.slice(d.start, d.end));
  const before = at >= 0 ? clause.slice(0, at) : clause;
  if (SPAN_CUE.test(before) || NEGATION.test(before)) return true;
  if (FUTURE.test(clause)) return false;
  return PERFECT.test(before) || PAST.test(clause);
}

/** Words without which a sentence holds no time expression chrono could find: most sentences are skipped. */
const TIME_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this|past|coming|week|month|year|weekend|decade|century|morning|afternoon|evening|night|noon|midnight|christmas|easter|later|earlier|since|until|end|beginning|mid|early|late)/i;
const SENTENCE_BREAK = /(?<!\b(?:[ap]\.m|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|U\.S|[A-Z]))[.!?]["”’)]*\s+(?=["“‘(]?[A-Z])|\n+/g;

/**
 * chrono over the sentences that have a time cue, with offsets into the whole text. chrono costs far more than
 * the cue test, and time expressions never cross a sentence break.
 */
function chronoResults(text: string, ref: Date | null): Array<{ index: number; text: string; start: chrono.ParsedComponents; end?: chrono.ParsedComponents | null }> {
  const out: Array<{ index: number; text: string; start: chrono.ParsedComponents; end?: chrono.ParsedComponents | null }> = [];
  const instant = ref ?? new Date(2000, 0, 1, 12);
  let at = 0;
  const parseChunk = (end: number): void => {
    // chrono slows down more than linearly on long inputs: a run-on "sentence" is cut at spaces every ~1000 chars.
    while (at < end) {
      let cut = end;
      if (end - at > 1500) {
        const space = text.lastIndexOf(' ', at + 1000);
        cut = space > at ? space + 1 : at + 1000;
      }
      const chunk = text.slice(at, cut);
      if (TIME_CUE.test(chunk)) {
        for (const r of chronoGB.parse(chunk, instant, { forwardDate: false })) out.push({ index: r.index + at, text: r.text, start: r.start, end: r.end });
      }
      at = cut;
    }
  };
  for (const m of allMatches(SENTENCE_BREAK, text)) parseChunk((m.index ?? 0) + m[0].length);
  parseChunk(text.length);
  return out;
}

const MONTH_DAY = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?$/i;

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Does `span` overlap one of `sorted` (sorted by start; `starts` are their starts)? */
function overlapsSorted(sorted: Span[], starts: number[], span: Span): boolean {
  const last = lowerBound(starts, span.end) - 1;
  // Spans of one scan may nest, so look back over a few candidates rather than one.
  for (let k = last; k >= 0 && k > last - 8; k--) if (overlaps(sorted[k], span)) return true;
  return false;
}

/**
 * Every time expression of `text`, resolved against `published` (ISO date or null). `sentences` (optional) bound
 * the tense check; without them the text is split at sentence punctuation.
 */
export function scanTimes(text: string, published: string | null, sentences: Span[] = []): TimeScan {
  const ref = referenceDate(published);
  const times: TimeExpression[] = [];
  const messages: Message[] = [];
  const tenseAt = (start: number, end: number): Tense => tenseOf(text, { start, end }, sentences);
  // Read before chrono and masked from it: durations ("for five years"), dates in figures ("from 11.02.2025", which
  // chrono takes for 11:02), parts of periods ("mid-December", of which chrono sees only "December") and ranges of
  // days ("from 14 to 18 July", which chrono takes for 14:00-18:00).
  const durations = findDurations(text).filter((d) => !d.inPhrase || inPhraseIsDuration(text, d, sentences));
  for (const d of durations) times.push({ start: d.start, end: d.end, text: d.text, value: d.value, granularity: 'duration', relative: false });
  for (const d of findNumericDates(text)) {
    if (d.year === null && !ref) continue;
    const year = d.year ?? yearOfMonthDay(ref as Date, d.month, d.day, tenseAt(d.start, d.end));
    times.push({ start: d.start, end: d.end, text: d.text, value: ymd(year, d.month, d.day), granularity: 'day', relative: d.year === null });
  }
  for (const p of findPeriodParts(text, ref, tenseAt)) times.push({ ...p });
  for (const r of findDayRanges(text)) {
    if (r.year === null && !ref) continue;
    const year = r.year ?? yearOfMonthDay(ref as Date, r.from.month, r.from.day, tenseAt(r.start, r.end));
    const value = `${ymd(year, r.from.month, r.from.day)}/${ymd(year, r.to.month, r.to.day)}`;
    times.push({ start: r.start, end: r.end, text: r.text, value, granularity: 'range', relative: r.year === null });
  }
  const early = firstOfOverlapping(times);
  times.length = 0;
  times.push(...early);
  const earlyStarts = early.map((t) => t.start);
  // Masked with spaces of the same length, so chrono's offsets stay those of `text`.
  let masked = text;
  if (early.length) {
    const parts: string[] = [];
    let at = 0;
    for (const d of early) {
      parts.push(text.slice(at, d.start), ' '.repeat(d.end - d.start));
      at = d.end;
    }
    parts.push(text.slice(at));
    masked = parts.join('');
  }
  for (const r of chronoResults(masked, ref)) {
    const span = trimSpan(text, r.index, r.index + r.text.length);
    if (span.end <= span.start) continue;
    // chrono can reach across a masked expression ("within [days] the week"): the expression read first wins.
    if (overlapsSorted(early, earlyStarts, span)) continue;
    const surface = text.slice(span.start, span.end);
    // A bare number or "at 10" is too weak to be a time in news text.
    if (/^(at\s+)?\d{1,2}$/i.test(surface)) continue;
    // "R$2,000 a month" is not a time; "now" is not a date; a lower-case "march" is a walk.
    if (/[\d,.]/.test(text[span.start - 1] ?? '')) continue;
    if (/^(now|right now)$/i.test(surface)) continue;
    if (/^(march|may|august)$/.test(surface)) continue;
    // "who sat for", "the weeks since", "$500 a month", "from 5 percent", "two years later" (relative to the story,
    // not to the publication date).
    if (/^(sat|sun|mon|wed|thu|fri|tue|tues|thurs)$/.test(surface)) continue;
    if (/^the\s+(days?|weeks?|months?|years?)$/i.test(surface)) continue;
    if (/^(from\s+|at\s+|by\s+)?\d{1,4}(\s*[ap])?$/i.test(surface)) continue;
    // "3 to 5 percent", "between 10 and 12": two bare numbers are no clock times without a.m., p.m. or a colon.
    if (/^(?:from\s+|between\s+)?\d{1,2}\s*(?:to|-|–|and|or)\s*\d{1,2}$/i.test(surface)) continue;
    // "The ban lasts 10 years": chrono reads "lasts" as a time.
    if (/^lasts?$/i.test(surface)) continue;
    if (/\b(later|earlier|after|before)$/i.test(surface)) continue;
    const tense = tenseOf(text, span, sentences);
    // "rose to 23 on Tuesday": chrono made 23:00 of the count left out of the span; the rest is parsed again.
    const countLeft = /^\d{1,3}\s+(?:on|at|in|by)\s/i.test(text.slice(r.index, span.start + 1));
    const reparsed = countLeft ? chronoGB.parse(surface, ref ?? new Date(2000, 0, 1, 12), { forwardDate: false })[0] : undefined;
    if (countLeft && !reparsed) continue;
    const resolved = resolveResult(reparsed ?? r, ref, tense, surface, text.slice(span.end, span.end + 30));
    if (!resolved) {
      messages.push({ stage: 'dates', severity: 'info', text: `unresolved relative time "${surface}": no publication date`, start: span.start, end: span.end });
      continue;
    }
    // "October 7 900" is not the year 900: values stay within four-digit years news can mean.
    if (!resolved.value.split('/').every((part) => /^P/.test(part) || /^(1\d|2\d)\d\d(?!\d)/.test(part))) continue;
    // Spelled out, in the order the spreads gave ({...span, text, ...resolved}): two spreads into one literal take
    // V8's slow path, which was a tenth of this function's own time.
    times.push({ start: span.start, end: span.end, text: surface, value: resolved.value, granularity: resolved.granularity, relative: resolved.relative });
  }
  const taken = [...times].sort((a, b) => a.start - b.start);
  const takenStarts = taken.map((t) => t.start);
  for (const y of bareYears(text)) {
    if (overlapsSorted(taken, takenStarts, y)) continue;
    times.push({ start: y.start, end: y.end, text: y.text, value: y.value, granularity: y.value.includes('/') ? 'range' : 'year', relative: false });
  }
  // Keep the first of overlapping expressions (chrono and the year pass can meet on "March 2026").
  const kept = firstOfOverlapping(times);
  if (ref) quotedDeictics(text, kept, ref);
  return { times: mergeRanges(text, kept), messages };
}

/** Is `offset` inside a quotation of its paragraph (curly quotes paired, straight ones by parity)? */
function insideQuote(text: string, offset: number): boolean {
  let from = text.lastIndexOf('\n', offset - 1) + 1;
  from = Math.max(from, offset - 2000);
  let open = false;
  let straight = 0;
  for (let i = from; i < offset; i++) {
    const c = text[i];
    if (c === '\u201c') open = true;
    else if (c === '\u201d') open = false;
    else if (c === '"') straight++;
  }
  return open || straight % 2 === 1;
}

const DEICTIC_SHIFT: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };

/**
 * "Today" inside a quotation is the day the words were said (corpus/README.md), not the publication day: the day of
 * the last event before the quotation that the article dates to the week before publication ("agreed on Monday
 * ... “Today we chose dialogue,” Petridis told reporters" -> that Monday). Without one, the publication day stays.
 */
function quotedDeictics(text: string, times: TimeExpression[], ref: Date): void {
  if (!times.some((t) => DEICTIC_SHIFT[t.text.toLowerCase()] !== undefined)) return;
  const week = isoDay(addDays(ref, -7));
  const refDay = isoDay(ref);
  // Days of the week before publication, in order; whether each is quoted is asked only when a quoted "today" needs it.
  const anchors: Array<{ day: string; start: number }> = [];
  for (const t of times) {
    const shift = DEICTIC_SHIFT[t.text.toLowerCase()];
    if (shift !== undefined && insideQuote(text, t.start)) {
      let k = anchors.length - 1;
      while (k >= 0 && insideQuote(text, anchors[k].start)) k--;
      if (k >= 0) {
        const [y, m, d] = anchors[k].day.split('-').map(Number);
        t.value = isoDay(addDays(new Date(y, m - 1, d, 12), shift));
      }
      continue;
    }
    const day = /^\d{4}-\d{2}-\d{2}$/.exec(t.value.slice(0, 10))?.[0];
    if (day && t.granularity !== 'range' && t.granularity !== 'duration' && day >= week && day <= refDay) anchors.push({ day, start: t.start });
  }
}


/**
 * The tense of the clause around a span: a past verb right before it decides ("said on Thursday it would", "pledged
 * on Friday"), then a future marker in the clause, then a past verb.
 */
function tenseOf(text: string, span: Span, sentences: Span[]): Tense {
  const clause = clauseAround(text, span, sentences);
  const justBefore = text.slice(Math.max(0, span.start - 40), span.start).split(/\s+/).slice(-4).join(' ');
  const since = /\bsince\s*$/i.test(text.slice(Math.max(0, span.start - 8), span.start));
  return since || pastVerbBefore(justBefore) ? 'past' : FUTURE.test(clause) ? 'future' : PAST.test(clause) ? 'past' : 'none';
}

const PAST_WORDS = new RegExp(PAST_WORD.source, 'g');
/** Participles of plans: "scheduled for Oct. 5", "set for Monday", "planned on Monday" look ahead. */
const PLAN_PARTICIPLE = /^(?:scheduled|planned|expected|slated|set|due|timed|pencilled|penciled)$/i;
/** Words before a participle that make it no past tense: "will be held on Sunday", "if re-elected on Oct. 5". */
const NOT_FINITE_BEFORE = /^(?:be|been|being|is|are|am|'s|'re|if|once|unless|when|until|whether|to|get|gets)$/i;

/**
 * Is there a past-tense verb among the last words before an expression ("said on Thursday", "pledged on Friday")?
 * A participle after a form of "be" or a conjunction of condition is no past tense ("will be held on Sunday", "if
 * re-elected on Oct. 5"), nor is a participle of planning ("is scheduled for Oct. 5").
 */
function pastVerbBefore(justBefore: string): boolean {
  let past = false;
  for (const m of allMatches(PAST_WORDS, justBefore)) {
    const at = m.index ?? 0;
    // The whole word ("re-elected"), and the word before it.
    const word = /\S*$/.exec(justBefore.slice(0, at))?.[0] + m[0];
    const before = /(\S+)\s+\S*$/.exec(justBefore.slice(0, at))?.[1] ?? '';
    past = !(PLAN_PARTICIPLE.test(m[0]) || (NOT_FINITE_BEFORE.test(before) && !/^(was|were|had|did)$/i.test(word)));
  }
  return past;
}

/** "between August 2024 and July 2025", "from 2014 to 2016": two expressions joined into one range. */
function mergeRanges(text: string, times: TimeExpression[]): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (let k = 0; k < times.length; k++) {
    const a = times[k];
    const b = times[k + 1];
    const lead = /\b(between|from)\s+$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
    const joint = b ? text.slice(a.end, b.start) : '';
    const joins = lead && b && (/^\s+(and|to|until|till)\s+$/i.test(joint) || /^\s*[-–]\s*$/.test(joint));
    if (joins && a.granularity !== 'duration' && b.granularity !== 'duration' && !a.value.includes('/') && !b.value.includes('/')) {
      const start = a.start - lead[0].length;
      // A range runs forwards: "between January 1 and September 26" puts a guessed first year before the second.
      let first = a.value;
      if (a.relative && /^\d{4}-\d{2}/.test(first) && first > b.value) first = String(Number(first.slice(0, 4)) - 1) + first.slice(4);
      out.push({ start, end: b.end, text: text.slice(start, b.end), value: `${first}/${b.value}`, granularity: 'range', relative: a.relative || b.relative });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
