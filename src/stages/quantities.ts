import type { Doc, Mention, Quantity, QuantityKind } from '../model/doc.js';
import { extractMentions, mentionsInTokens, type MentionFamily, type ValueMention } from '../quantities/extract.js';
import { countedNounAfter, isNotQuantity, pluralize, qualifierBefore, TIME_NOUNS, type PosAt } from '../quantities/context.js';
import { tokenizeNumbers, type NumToken } from '../quantities/tokens.js';
import { isYearFigure } from '../dates/years.js';
import { isDayMonthFigure } from '../dates/numeric-dates.js';
import { findDayRanges } from '../dates/day-ranges.js';
import { MONTH_NUMBERS } from '../dates/calendar.js';
import { CURRENCY_SUFFIXES } from '../quantities/unit-lexicon.js';
import { countryCurrency } from '../quantities/currency-names.js';
import { lowerBound } from '../model/spans.js';

/** Currency names that can head a counted phrase: "millions of dollars" is money. */
const CURRENCY_NOUNS: ReadonlyMap<string, string> = new Map(
  CURRENCY_SUFFIXES.filter((c) => c.tokens.length === 1 && c.iso !== null && !c.minor && /^[a-z]+$/.test(c.tokens[0])).map((c) => [c.tokens[0], c.iso as string]),
);

type Located = ValueMention & { t0: number; t1: number };

const KIND: Record<MentionFamily, QuantityKind> = {
  number: 'count',
  money: 'money',
  percent: 'percent',
  dimension: 'measure',
  temperature: 'measure',
  age: 'measure',
};

const MONTHS: ReadonlySet<string> = new Set(Object.keys(MONTH_NUMBERS));

const PLACE_PREPOSITIONS = new Set(['in', 'to', 'into', 'inside', 'across', 'from', 'at', 'on', 'throughout']);

/** Words between a count and the place it is in: "2,500 troops were stationed in Iraq", "900 remain in Syria". */
const LINKING_WORDS = new Set([
  'were', 'are', 'was', 'is', 'remain', 'remains', 'remained', 'still', 'now', 'currently', 'stationed', 'based',
  'deployed', 'living', 'located', 'being', 'held', 'present', 'working', 'serving', 'posted',
]);

/** Words after a number that leave its unit to the quantity before it: "900 in Syria", "12 more", "27 last year". */
const ELIDED_BEFORE = new Set([
  ',', ';', 'in', 'and', 'of', 'at', 'on', 'from', 'across', 'inside', 'were', 'are', 'was', 'remain', 'more', 'fewer',
  'others', 'each', 'apiece', 'last', 'previously', 'earlier', 'before', 'a', 'the', 'for', 'to', ')',
]);

/** Words before a number that compare it with the quantity before it: "38 percent against 27", "up from 9". */
const ELIDED_AFTER = new Set(['against', 'versus', 'vs', 'from', 'with', 'or']);

/** The unit a quantity passes on to a later number whose unit is elided. */
interface Antecedent {
  unit: string;
  kind: QuantityKind;
  currency?: string;
  sentence: number;
}

/** Verbs whose bare object is a count of people: "Floods kill 14", "police arrested 30". */
const CASUALTY_VERBS = new Set([
  'kill', 'kills', 'killed', 'killing', 'injure', 'injures', 'injured', 'injuring', 'wound', 'wounds', 'wounded',
  'wounding', 'hurt', 'hurts', 'hurting', 'arrest', 'arrests', 'arrested', 'arresting', 'detain', 'detains',
  'detained', 'detaining', 'rescue', 'rescues', 'rescued', 'rescuing', 'evacuate', 'evacuates', 'evacuated',
  'evacuating', 'displace', 'displaces', 'displaced', 'kidnap', 'kidnaps', 'kidnapped', 'abduct', 'abducts',
  'abducted', 'execute', 'executes', 'executed', 'sicken', 'sickens', 'sickened', 'infect', 'infects', 'infected',
]);

/** States after a bare number that make it a count of people: "14 dead", "three missing". */
const CASUALTY_STATES = new Set(['dead', 'killed', 'injured', 'wounded', 'hurt', 'missing', 'died', 'drowned', 'feared', 'arrested', 'detained', 'displaced', 'evacuated', 'rescued']);

/** A bare number (tokens [t0, t1), qualifier included) that counts the victims of a verb or a state. */
function isCasualtyCount(tokens: NumToken[], t0: number, t1: number): boolean {
  const before = tokens[t0 - 1];
  const after = tokens[t1];
  if (after && CASUALTY_STATES.has(after.text)) return true;
  // "14 were dead", "three are missing".
  if (after && /^(were|are|was|is|remain|remained)$/.test(after.text) && CASUALTY_STATES.has(tokens[t1 + 1]?.text ?? '')) return true;
  // "killing at least 14", "killed 14 and injured 30": the verb right before the number (or the qualifier).
  if (before !== undefined && CASUALTY_VERBS.has(before.text)) return true;
  // "the death toll rose to 23", "the toll stands at 14": the count a toll reaches.
  if (before?.text === 'to' || before?.text === 'at' || before?.text === 'reached') {
    for (let k = t0 - 2; k >= 0 && k >= t0 - 8; k--) {
      if (tokens[k].text === 'toll') return true;
      if (tokens[k].kind === 'punct' || tokens[k].kind === 'fig') break;
    }
  }
  return false;
}

/** Words before a fraction that make it part of a period or a thing, not a share: "the first half of 2025". */
const NOT_SHARE_BEFORE = new Set(['first', 'second', 'third', 'fourth', 'last', 'final', 'latter', 'former', 'other', 'back', 'front', 'top', 'bottom', 'upper', 'lower']);
/** Determiners that open the group a fraction is taken of: "half the budget", "a third of its staff". */
const GROUP_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'all', 'these', 'those', 'this', 'that']);

/**
 * Is the fraction in words at tokens [t0, t1) a share of a group ("two-thirds of voters", "half the budget", "a
 * quarter of the staff")? Not of a time ("half an hour", "a quarter of the year", "half of 2025") nor a part of a
 * period ("the first half of").
 */
function isShareOfGroup(tokens: NumToken[], t0: number, t1: number, text: string): boolean {
  if (NOT_SHARE_BEFORE.has(tokens[t0 - 1]?.text ?? '')) return false;
  // Only "half" stands alone; "quarter" or "third" without its count is a district or an ordinal ("the European
  // quarter of Brussels", "third of the votes" is not written).
  if (t1 - t0 === 1 && tokens[t0].text !== 'half') return false;
  let k = t1;
  if (tokens[k]?.text === 'of') k++;
  else if (!GROUP_DETERMINERS.has(tokens[k]?.text ?? '')) return false;
  if (GROUP_DETERMINERS.has(tokens[k]?.text ?? '') || tokens[k]?.text === 'them' || tokens[k]?.text === 'us') {
    if (tokens[k].text === 'them' || tokens[k].text === 'us') return true;
    k++;
  }
  const noun = tokens[k];
  if (!noun || noun.kind === 'punct') return false;
  if (noun.kind === 'fig') return !isYearFigure(text, noun.start, noun.end) && /^\s*[a-z]/.test(text.slice(noun.end, noun.end + 3));
  return !TIME_NOUNS.has(noun.text) && !MONTHS.has(noun.text);
}

/** A noun written as a unit ("tonnes", "euros") in the stage's normalized form: t, EUR; other nouns are counts. */
function normalizeUnitNoun(noun: string): { unit: string; kind: QuantityKind; currency?: string } {
  const measure = extractMentions(`1 ${noun}`).find((x) => x.start === 0 && x.end === noun.length + 2);
  if (measure && measure.unit) {
    const kind = KIND[measure.family];
    return { unit: measure.unit, kind, ...(measure.currency ? { currency: measure.currency } : {}) };
  }
  return { unit: noun, kind: 'count' };
}

/** "October 7", "7 October", "December 13, 2024": day numbers and years next to a month name are dates. */
function besideMonth(tokens: NumToken[], t0: number, t1: number, text: string): boolean {
  const before = tokens[t0 - 1];
  const after = tokens[t1];
  const isMonth = (t: NumToken | undefined): boolean =>
    t !== undefined && t.kind === 'word' && MONTHS.has(t.text) && (t.text !== 'may' || text[t.start] === 'M');
  if (isMonth(before) || isMonth(after)) return true;
  // "Sept. 11", "Oct. 4": an abbreviated month and its full stop.
  if (before?.text === '.' && isMonth(tokens[t0 - 2])) return true;
  // "September 16-19": the second day of a range of days.
  if ((before?.text === '-' || before?.text === '–') && tokens[t0 - 2]?.kind === 'fig' && besideMonth(tokens, t0 - 2, t0 - 1, text)) return true;
  // "December 13, 2024": the year after a comma after a month-day.
  return before?.text === ',' && tokens[t0 - 2]?.kind === 'fig' && isMonth(tokens[t0 - 3]);
}

/** Verbs of change before "from A to B": the two values are a before and an after. */
const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'increased', 'increase',
  'increases', 'increasing', 'decreased', 'decrease', 'decreases', 'dropped', 'drop', 'drops', 'cut', 'cuts', 'raised',
  'raise', 'raises', 'lowered', 'lower', 'lowers', 'grew', 'grow', 'grows', 'grown', 'jumped', 'jump', 'jumps', 'climbed',
  'climb', 'climbs', 'declined', 'decline', 'declines', 'slipped', 'slid', 'reduced', 'reduce', 'up', 'down', 'shrank',
  'surged', 'soared', 'plunged', 'slumped', 'eased', 'edged', 'moved', 'changed', 'widened', 'narrowed', 'went', 'hiked',
  'trimmed', 'slashed', 'boosted', 'doubled', 'tripled', 'halved',
]);

/** Connects two mentions into a range: "10-20", "10 to 20", "between 10 and 20", "from 10 to 20". */
function rangeConnector(tokens: NumToken[], a: Located, b: Located): { between: boolean } | null {
  if (b.t0 !== a.t1 + 1) return null;
  const c = tokens[a.t1];
  if (c.text === '-' || c.text === '–' || c.text === '—') return { between: false };
  // "rose from 9 percent to 12 percent" is a change between two values, not a range.
  if (c.text === 'to') return tokens[a.t0 - 1]?.text === 'from' && CHANGE_WORDS.has(tokens[a.t0 - 2]?.text ?? '') ? null : { between: false };
  if (c.text === 'and' && tokens[a.t0 - 1]?.text === 'between') return { between: true };
  return null;
}

/** Multiplier a scale word gives the second bound of "$10-20 million" that the first lacks. */
function scaleOf(m: Located, tokens: NumToken[]): number {
  const fig = tokens[m.number.tokenStart];
  if (fig.kind !== 'fig' || fig.value === 0 || m.number.tokenEnd - m.number.tokenStart < 2) return 1;
  return m.number.value / fig.value;
}

/** Merges ranges, keeping the family and currency of whichever bound has one. */
function mergeRanges(located: Located[], tokens: NumToken[]): Array<Located & { valueMax?: number; between?: boolean }> {
  const out: Array<Located & { valueMax?: number; between?: boolean }> = [];
  for (let k = 0; k < located.length; k++) {
    const a = located[k];
    const b = located[k + 1];
    const conn = b ? rangeConnector(tokens, a, b) : null;
    if (b && conn && (a.family === 'number' || a.family === b.family || b.family === 'number')) {
      // "$10-20 million", "2-3 million people": the scale word of the second bound applies to the first.
      const sa = scaleOf(a, tokens);
      const sb = scaleOf(b, tokens);
      const valueA = a.value * (sb > 1 && sa === 1 ? sb : 1);
      if (b.value > valueA) {
        const family = a.family === 'number' ? b.family : a.family;
        out.push({
          ...b,
          family,
          start: a.start,
          t0: a.t0,
          value: valueA,
          valueMax: b.value,
          unit: a.family === 'number' ? b.unit : a.unit,
          currency: a.currency ?? b.currency,
          between: conn.between,
        });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * The countries the article is about, most mentioned first: a generic currency name ("pesos", "pounds", "crowns",
 * "Rs") is that of the first of them that has a currency of that name (Egypt's pound, Chile's peso).
 */
function articleCountries(doc: Doc): string[] {
  const counts = new Map<string, number>();
  for (const e of doc.entities) {
    if (e.type === 'PLACE' && e.countryCode) counts.set(e.countryCode, (counts.get(e.countryCode) ?? 0) + Math.max(1, e.mentions.length));
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => code);
}

function articleCurrency(countries: string[], base: string): string | undefined {
  for (const code of countries) {
    const iso = countryCurrency(code, base);
    if (iso) return iso;
  }
  return undefined;
}

/** The nearest plural common noun before `offset` in its sentence (at most 12 tokens back), from the tagged tokens. */
function antecedentNoun(doc: Doc, offset: number): string | null {
  const { start, pos, norm, lemma, sentence } = doc.tokens;
  const at = lowerBound(start, offset);
  if (at >= start.length || start[at] !== offset) return null;
  for (let i = at - 1; i >= 0 && i >= at - 12 && sentence[i] === sentence[at]; i--) {
    if (pos[i] === 'NUM') return null;
    if (pos[i] === 'NOUN' && norm[i] !== lemma[i] && /[a-z]s$/.test(norm[i]) && !TIME_NOUNS.has(norm[i])) return norm[i];
  }
  return null;
}

/** "Scott, 69, has emerged", "Sarah and Timothy Rogers, 27 and 29 years old": a whole number between commas after a name. */
function isAppositiveAge(tokens: NumToken[], m: Located, text: string): boolean {
  const fig = tokens[m.t0];
  if (m.t1 !== m.t0 + 1 || fig.kind !== 'fig' || !Number.isInteger(m.value) || m.value < 1 || m.value > 119 || /[.,]/.test(fig.text)) return false;
  const before = tokens[m.t0 - 1];
  const name = tokens[m.t0 - 2];
  const after = tokens[m.t1];
  if (before?.text !== ',' || !name || name.kind !== 'word' || !/^\p{Lu}/u.test(text[name.start])) return false;
  return after !== undefined && (after.text === ',' || after.text === ';');
}

/** The tag of the (last) token starting at an offset; a binary search, as only a few offsets per article are asked. */
function posLookup(doc: Doc): PosAt {
  const { start, pos } = doc.tokens;
  return (s) => {
    const i = lowerBound(start, s + 1) - 1;
    return i >= 0 && start[i] === s ? pos[i] : undefined;
  };
}

function sentenceIndexer(doc: Doc): (offset: number) => number {
  if (doc.sentences.length === 0) {
    // Without sentences, a sentence ends at . ! ? or a line break.
    const ends: number[] = [];
    for (let i = 0; i < doc.text.length; i++) if (/[.!?\n]/.test(doc.text[i]) && !/\d/.test(doc.text[i + 1] ?? '')) ends.push(i);
    return (offset) => lowerBound(ends, offset);
  }
  // The last sentence starting at or before `offset` (the first when none does).
  const starts = doc.sentences.map((s) => s.start);
  return (offset) => Math.max(0, lowerBound(starts, offset + 1) - 1);
}

/**
 * Adds `quantities`: counts with their counted noun ("about 2,500 troops"), elided units ("and 900 in Syria"),
 * money with its ISO currency, percents, ranges and measures, with the qualifier as written and the place the
 * count is attached to ("in Iraq"). Model names, clock times, dates, years and labels are left out.
 */
export function quantities(doc: Doc): Doc {
  const text = doc.text;
  if (text.length === 0) return { ...doc, quantities: [] };
  const tokens = tokenizeNumbers(text);
  const posAt = posLookup(doc);
  const sentenceOf = sentenceIndexer(doc);
  const placeAt = new Map<number, number>();
  doc.mentions.forEach((m: Mention, i) => {
    if (m.type === 'PLACE' && !placeAt.has(m.start)) placeAt.set(m.start, i);
  });

  // "from 14 to 18 July", "July 14 to 18, 2024": days of a range of dates, the dates stage's.
  const dayRanges = findDayRanges(text);
  let dr = 0;
  const candidates = mentionsInTokens(tokens, text).filter((m) => {
    const n = m.number;
    while (dr < dayRanges.length && dayRanges[dr].end <= n.start) dr++;
    if (m.family === 'number' && dr < dayRanges.length && dayRanges[dr].start <= n.start && n.end <= dayRanges[dr].end) return false;
    if (isNotQuantity(tokens, n.tokenStart, n.tokenEnd, text, m.family === 'money' && m.t0 < n.tokenStart)) return false;
    if (m.family === 'number') {
      if (!n.words && isYearFigure(text, n.start, n.end)) return false;
      // "on 2.3.": a day and a month written the European way.
      if (!n.words && isDayMonthFigure(text, n.start, n.end)) return false;
      if (besideMonth(tokens, n.tokenStart, n.tokenEnd, text)) return false;
    }
    return true;
  });

  // "a 1-0 defeat", "won 6-4": two figures glued by a hyphen that make no rising range are a score, no quantities.
  for (let i = 0; i + 1 < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const dash = tokens[a.t1];
    if (a.family !== 'number' || b.family !== 'number' || b.t0 !== a.t1 + 1 || dash?.text !== '-' || dash.start !== tokens[a.t1 - 1].end || dash.end !== tokens[b.t0].start) continue;
    if (a.number.words || b.number.words || b.value > a.value || !Number.isInteger(a.value) || !Number.isInteger(b.value)) continue;
    candidates.splice(i, 2);
    i--;
  }

  const out: Quantity[] = [];
  let countries: string[] | undefined;
  let lastCount: Antecedent | null = null;
  const merged = mergeRanges(candidates, tokens);
  for (let mi = 0; mi < merged.length; mi++) {
    const m = merged[mi];
    const nextStart = mi + 1 < merged.length ? merged[mi + 1].start : Infinity;
    let start = m.start;
    let end = m.end;
    let after = m.t1;
    let kindOverride: QuantityKind | null = null;
    let copied: Antecedent | null = null;
    let unit = m.unit;
    if (m.between) start = tokens[m.t0 - 1].start;
    const prevEnd = out.length ? out[out.length - 1].end : 0;
    const qb = m.between ? null : qualifierBefore(tokens, m.t0);
    // A qualifier already inside the previous quantity's span is not this one's.
    const q = qb && tokens[qb.t0].start >= prevEnd ? qb : null;
    if (q) start = tokens[q.t0].start;
    const sentence = sentenceOf(m.start);
    let value = m.value;
    // "two-thirds of voters", "half the budget": a fraction of a group is a share of it, a percent (66.67, 50).
    const share = m.family === 'number' && m.number.words && m.value > 0 && m.value < 1 && !m.number.text.includes('/') && isShareOfGroup(tokens, m.t0, m.t1, text);
    if (share) {
      value = Math.round(m.value * 10000) / 100;
      unit = 'percent';
      kindOverride = 'percent';
    }
    if (m.family === 'number' && !share) {
      // "a 52-count complaint", "an eight-year scheme", "15-plus years": a number glued into an adjective.
      const hy = tokens[m.t1];
      const word = tokens[m.t1 + 1];
      const compound =
        hy !== undefined && word !== undefined && (hy.text === '-' || hy.text === '\u2010') && hy.start === tokens[m.t1 - 1].end && word.start === hy.end && word.kind === 'word';
      if (compound && (TIME_NOUNS.has(word.text) || TIME_NOUNS.has(word.text + 's') || word.text === 'plus' || word.text === 'to')) continue;
      const h = compound ? -1 : countedNounAfter(tokens, m.t1, text, posAt);
      // The counted noun never reaches into the next quantity ("hundred half€").
      // "three of the 17 conditions", "8,000 of the port's 11,000 employees", "3 in 10 bakeries": the noun after the
      // whole (the next quantity) is this number's too.
      const ofTheWhole = h >= 2 && h > m.t1 + 1 && merged[mi + 1] !== undefined && tokens[merged[mi + 1].t0].start === nextStart && merged[mi + 1].t1 === h;
      const head = h >= 0 && (tokens[h].end <= nextStart || ofTheWhole) ? tokens[h] : null;
      if (head && TIME_NOUNS.has(head.text)) continue; // "ten years ago", "for five days": the dates stage's
      // "one of the things": an idiom, not a count.
      if (m.value === 1 && m.number.words && tokens[m.t1]?.text === 'of') continue;
      if (head) {
        unit = pluralize(head.text);
        // The noun of "three of the 17 conditions" belongs to the span of "17 conditions".
        if (head.end <= nextStart) {
          end = head.end;
          after = h + 1;
        }
      } else if (compound) {
        // "a 28-nation bloc", "a three-judge panel": what the adjective counts.
        unit = pluralize(word.text);
        end = word.end;
        after = m.t1 + 2;
      } else if (isAppositiveAge(tokens, m, text)) {
        // "Quina Jones, 25, said": an age after a name, between commas.
        unit = 'yr';
        kindOverride = 'measure';
      } else if (isCasualtyCount(tokens, q ? q.t0 : m.t0, m.t1)) {
        // "Floods kill 14", "14 dead": a bare count of casualties counts people.
        unit = 'people';
      } else {
        const next = tokens[m.t1];
        const before = tokens[(q ? q.t0 : m.t0) - 1];
        // "2,500 troops in Iraq and 900 in Syria", "41,000 people, 18,000 of them", "45 ships and 12 more",
        // "38 percent against 27", "rose to 12 percent from 9": the unit is elided before a preposition or a clause
        // break, or after a word of comparison; "closer to 18." is not a count of anything.
        const elided = (next !== undefined && ELIDED_BEFORE.has(next.text)) || (before !== undefined && ELIDED_AFTER.has(before.text));
        if (elided && lastCount && lastCount.sentence === sentence) {
          unit = lastCount.unit;
          copied = lastCount;
        }
        // "Measles cases in the region rose to 127,000", "reported the most cases, about 30,000": the plural noun
        // the sentence is about, when the number itself names nothing.
        else if ((elided || !next || next.text === '.') && !m.number.words) {
          const noun = antecedentNoun(doc, m.start);
          if (noun) {
            // "35,000 tonnes ..., 20,000 of which": the noun's normalized unit (t), as if it had been written there.
            const norm = normalizeUnitNoun(noun);
            unit = norm.unit;
            if (norm.kind !== 'count') copied = { ...norm, sentence };
          }
          // "..., followed by Kazakhstan with 28,000.": the count before it in the sentence.
          if (!unit && lastCount && lastCount.sentence === sentence && tokens[m.t0 - 1]?.text !== 'to') {
            unit = lastCount.unit;
            copied = lastCount;
          }
        }
        // A lone "one" or "half" without anything counted is a pronoun or a manner of speaking.
        if (!unit && m.number.words && Math.abs(m.value) <= 1) continue;
      }
      // Any other fraction in words ("half an hour", "a quarter past") is no quantity.
      if (m.number.words && Math.abs(m.value) < 1 && !m.number.text.includes('/')) continue;
      if (copied) {
        kindOverride = copied.kind;
        if (copied.currency) m.currency = copied.currency;
      }
    }
    // "hundreds of", "thousands": a plural scale word is an order of magnitude, not a figure.
    const vague = m.family === 'number' && /^(dozens|hundreds|thousands|millions|billions)$/i.test(m.number.text);
    // "40 billion crowns", "500 million pesos": the currency of that name of the country the article is about.
    if (m.family === 'money' && m.currencyBase) {
      countries ??= articleCountries(doc);
      const iso = articleCurrency(countries, m.currencyBase);
      if (iso) {
        unit = iso;
        m.currency = iso;
      }
    }
    const currencyNoun: string | undefined = m.family === 'number' && unit !== null ? CURRENCY_NOUNS.get(unit) : undefined;
    if (currencyNoun) {
      unit = currencyNoun;
      m.currency = currencyNoun;
    }
    const quantity: Quantity = {
      start,
      end,
      text: text.slice(start, end),
      kind: currencyNoun ? 'money' : kindOverride ?? KIND[m.family],
      value,
      unit,
      qualifier: q ? q.words : null,
      approx: q ? q.approx : vague,
    };
    if (m.valueMax !== undefined) quantity.valueMax = m.valueMax;
    if (m.currency) quantity.currency = m.currency;
    // The antecedent of a later elided unit: any quantity with a unit but an age ("Quina Jones, 25,").
    if (unit && !(m.family === 'number' && kindOverride === 'measure' && !copied)) {
      lastCount = { unit, kind: quantity.kind, sentence, ...(quantity.currency ? { currency: quantity.currency } : {}) };
    }
    // The place it is attached to: "2,500 troops in Iraq", "about 2,500 troops were stationed in Iraq".
    let k = after;
    if (tokens[k]?.text === 'of' && tokens[k + 1]?.text === 'them') k += 2;
    for (let j = 0; j < 3 && tokens[k] && LINKING_WORDS.has(tokens[k].text); j++) k++;
    if (tokens[k] && PLACE_PREPOSITIONS.has(tokens[k].text) && tokens[k + 1]) {
      let p = tokens[k + 1];
      if (p.text === 'the' && tokens[k + 2]) p = tokens[k + 2];
      const place = placeAt.get(p.start) ?? placeAt.get(tokens[k + 1].start);
      if (place !== undefined) quantity.place = place;
    }
    out.push(quantity);
  }
  return { ...doc, quantities: out };
}
