/**
 * What surrounds a number in running text: the qualifier before it ("about", "more than"), the noun it counts
 * ("2,500 US troops" -> troops), and the signs that it is not a quantity at all (C-17, 10:30, page 5, a phone
 * number). Word lists are data here; the stage combines them.
 */
import type { NumToken } from './tokens.js';
import { SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-words.js';

/** Qualifiers as written, longest first. `approx` is false only for the exact ones. */
export const QUALIFIERS: Array<{ words: string[]; approx: boolean }> = [
  ['no', 'more', 'than'], ['no', 'fewer', 'than'], ['no', 'less', 'than'], ['as', 'many', 'as'], ['as', 'much', 'as'],
  ['as', 'few', 'as'], ['in', 'excess', 'of'], ['upwards', 'of'], ['close', 'to'], ['just', 'over'], ['just', 'under'],
  ['well', 'over'], ['at', 'least'], ['at', 'most'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['up', 'to'],
  ['an', 'estimated'], ['a', 'few'], ['several'], ['about'], ['roughly'], ['around'], ['some'], ['nearly'], ['almost'], ['approximately'],
  ['over'], ['under'], ['estimated'], ['circa'], ['exactly'], ['precisely'],
].map((w) => ({ words: w, approx: !['exactly', 'precisely'].includes(w.join(' ')) }));

/** Designators before a number that make it a label: "page 5", "Article 5", "Resolution 2334", "Flight 370". */
const LABEL_WORDS = new Set([
  'page', 'pages', 'p', 'pp', 'section', 'sections', 'article', 'articles', 'chapter', 'paragraph', 'para', 'clause',
  'resolution', 'flight', 'route', 'highway', 'number', 'no', 'nr', 'nos', 'room', 'gate', 'platform', 'line', 'channel',
  'level', 'phase', 'stage', 'grade', 'category', 'model', 'version', 'type', 'mark', 'block', 'unit', 'bus', 'tel',
  'phone', 'fax', 'ext', 'boeing', 'airbus', 'windows', 'iphone', 'su', 'mig', 'tu', 'il', 'covid', 'sars', 'vol', 'volume',
  'episode', 'season', 'figure', 'fig', 'table', 'exhibit', 'item', 'lot', 'apt', 'apartment', 'floor', 'district', 'ward',
  'day', 'bill', 'law', 'act', 'decree', 'order', 'regulation', 'directive', 'rule', 'amendment', 'psalm', 'verse', 'quarter', 'week',
]);

/** Words that are never the counted noun: the number is followed by grammar, not a noun. */
const NOT_NOUNS = new Set([
  'in', 'on', 'at', 'to', 'of', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'than', 'as', 'that', 'which',
  'who', 'whom', 'whose', 'were', 'was', 'are', 'is', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does', 'per', 'percent', 'a', 'an', 'the', 'this', 'these',
  'those', 'their', 'its', 'his', 'her', 'our', 'your', 'my', 'last', 'next', 'ago', 'more', 'less', 'fewer', 'each',
  'apiece', 'times', 'out', 'into', 'across', 'after', 'before', 'since', 'until', 'while', 'when', 'where', 'if',
  'so', 'still', 'also', 'already', 'only', 'just', 'said', 'says', 'say', 'according', 'between', 'among', 'against',
  'under', 'over', 'about', 'around', 'during', 'through', 'inside', 'outside', 'near', 'including', 'included',
  'remain', 'remained', 'remains', 'died', 'killed', 'wounded', 'injured', 'arrived', 'left', 'went', 'came', 'live',
  'lived', 'work', 'worked', 'stay', 'stayed', 'there', 'here', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'year',
  'or', 'not', 'no', 'other', 'others', 'either', 'both', 'all', 'some', 'many', 'most', 'such', 'like',
]);

/** Modifiers between a number and its noun ("2,500 more troops", "300 additional soldiers"). */
const MODIFIERS = new Set(['more', 'additional', 'extra', 'other', 'further', 'new', 'fresh', 'armed', 'unarmed']);

/** Time nouns: "ten years", "five days" are the dates stage's durations and relative dates. */
export const TIME_NOUNS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'month', 'months', 'year', 'years', 'decade', 'decades', 'century', 'centuries', 'am', 'pm',
  'a.m', 'p.m', 'o\'clock', 'th', 'st', 'nd', 'rd', 'bc', 'ad',
]);

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['person', 'people'], ['man', 'men'], ['woman', 'women'], ['child', 'children'], ['policeman', 'policemen'],
  ['fireman', 'firemen'], ['gunman', 'gunmen'], ['foot', 'feet'], ['tooth', 'teeth'], ['mouse', 'mice'],
  ['sheep', 'sheep'], ['fish', 'fish'], ['deer', 'deer'], ['aircraft', 'aircraft'], ['livestock', 'livestock'],
  ['cattle', 'cattle'], ['police', 'police'], ['personnel', 'personnel'], ['staff', 'staff'], ['people', 'people'],
  ['series', 'series'], ['species', 'species'], ['crisis', 'crises'], ['life', 'lives'], ['wife', 'wives'],
]);

const UNCHANGED_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'livestock', 'cattle', 'personnel', 'staff', 'feet', 'data', 'media', 'troops', 'civilians']);

/** The plural of a counted noun: "soldier" -> "soldiers", "family" -> "families", "person" -> "people". */
export function pluralize(noun: string): string {
  const w = noun.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (UNCHANGED_PLURALS.has(w)) return w;
  if (/[^s]s$/.test(w) || /(ies|ches|shes|xes|sses)$/.test(w)) return w;
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/.test(w)) return w + 'es';
  return w + 's';
}

function isCapitalized(t: NumToken, text: string): boolean {
  const c = text[t.start];
  return c !== undefined && c !== c.toLowerCase();
}

/** A token POS lookup by character offset, from the segment stage's token table when it has run. */
export type PosAt = (start: number) => string | undefined;

/**
 * The noun counted by the number whose tokens end at `t1`: the head of the noun group after it ("2,500 US troops",
 * "about 1,200 allied troops", "three of the hostages"). Returns the index of the head token, or -1.
 */
export function countedNounAfter(tokens: NumToken[], t1: number, text: string, posAt: PosAt): number {
  let k = t1;
  // "three of the hostages", "two of them" (a pronoun counts nothing we can name), "8,000 of the port's 11,000
  // employees", "3 in 10 bakeries".
  const ofThe = tokens[k]?.text === 'of' && ['the', 'those', 'these', 'their', 'its'].includes(tokens[k + 1]?.text ?? '');
  const inWhole = tokens[k]?.text === 'in' && tokens[k + 1] !== undefined && isWholeNumber(tokens[k + 1]);
  if (ofThe || inWhole) {
    k += ofThe ? 2 : 1;
    // A possessive before the whole: "of the port's 11,000 employees".
    if (ofThe && tokens[k]?.kind === 'word' && /(?:'s|s')$/.test(tokens[k].text) && tokens[k + 1] !== undefined && isWholeNumber(tokens[k + 1])) k++;
    // "three of the 17 conditions", "three of the five judges": the second number is the whole, the noun is shared.
    while (tokens[k] !== undefined && isWholeNumber(tokens[k]) && k < t1 + 6) k++;
  }
  // "thousands of people", "dozens of soldiers".
  else if (tokens[k]?.text === 'of' && /^(dozens|hundreds|thousands|millions|billions)$/.test(tokens[k - 1]?.text ?? '')) k += 1;
  let head = -1;
  const first = k;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    const t = tokens[k];
    // A line break ends the group: a table's figure does not count the next line's first word.
    if (k > 0 && text.lastIndexOf('\n', t.start - 1) >= tokens[k - 1].end) break;
    if (t.kind !== 'word') {
      // "Iraqi-born", "ex-soldiers": hyphenated words are one word here; anything else ends the group.
      if (t.text === '-' && head >= 0 && tokens[k + 1]?.start === t.end) continue;
      break;
    }
    if (k > first && tokens[k - 1].kind !== 'word' && tokens[k - 1].text !== '-') break;
    const pos = posAt(t.start);
    if (pos !== undefined) {
      if (pos === 'NOUN') {
        head = k;
        // A plural ends the group: "707 people shot", "a billion ballots cast" (participles tagged as nouns).
        if ((/[^s]s$/.test(t.text) || UNCHANGED_PLURALS.has(t.text)) && !/^[A-Z]/.test(text[tokens[k + 1]?.start ?? 0] ?? '')) break;
        continue;
      }
      if ((pos === 'ADJ' || pos === 'PROPN' || pos === 'VERB') && n < 3 && !NOT_NOUNS.has(t.text)) {
        // A participle or a name modifying a later noun ("allied troops", "US troops"); a head only if nothing follows.
        if (head >= 0) break;
        continue;
      }
      break;
    }
    if (NOT_NOUNS.has(t.text)) break;
    if (MODIFIERS.has(t.text) || isCapitalized(t, text)) {
      if (head >= 0) break;
      continue;
    }
    head = k;
    // Without tags, a plural noun ends the group: "2,000 workers protested".
    if (/s$/.test(t.text) || UNCHANGED_PLURALS.has(t.text)) break;
  }
  return head;
}

/** A figure or a number word that can be the whole a part is counted of ("17", "five", "twenty"). */
function isWholeNumber(t: NumToken): boolean {
  if (t.kind === 'fig') return !t.glued;
  return t.kind === 'word' && (UNIT_WORDS.has(t.text) || TEEN_WORDS.has(t.text) || TENS_WORDS.has(t.text) || SCALE_WORDS.has(t.text) || t.text === 'hundred');
}

/** The qualifier right before token `t0`, with the index of its first token. */
export function qualifierBefore(tokens: NumToken[], t0: number): { words: string; approx: boolean; t0: number } | null {
  for (const q of QUALIFIERS) {
    const s = t0 - q.words.length;
    if (s < 0) continue;
    let ok = true;
    for (let j = 0; j < q.words.length && ok; j++) ok = tokens[s + j].kind === 'word' && tokens[s + j].text === q.words[j];
    if (ok) return { words: q.words.join(' '), approx: q.approx, t0: s };
  }
  return null;
}

const glued = (a: NumToken | undefined, b: NumToken | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/** Is the number spanning tokens [t0, t1) a code, a label, a clock time or a phone number rather than a quantity? */
export function isNotQuantity(tokens: NumToken[], t0: number, t1: number, text: string, currencyBefore = false): boolean {
  const first = tokens[t0];
  const last = tokens[t1 - 1];
  const before = tokens[t0 - 1];
  const after = tokens[t1];
  // C-17, F-16, COVID-19, SCP-173: letters glued by a hyphen (or directly) to the figure.
  if (first.kind === 'fig' && before && glued(before, first) && before.text === '-' && glued(tokens[t0 - 2], before) && tokens[t0 - 2].kind === 'word') return true;
  // (Unless the letters are a currency symbol read as one: "R14.5 billion", "USD115".)
  if (first.kind === 'fig' && before && glued(before, first) && before.kind === 'word' && !currencyBefore) return true;
  // Clock times and scores: 10:30, 3-1 written with a colon.
  if (after && after.text === ':' && glued(last, after) && tokens[t1 + 1]?.kind === 'fig' && glued(after, tokens[t1 + 1])) return true;
  if (before && before.text === ':' && glued(before, first) && tokens[t0 - 2]?.kind === 'fig' && glued(tokens[t0 - 2], before)) return true;
  if (after && after.kind === 'word' && /^(am|pm|gmt|utc|cet|edt|est|bst|hrs|h|o'clock)$/.test(after.text)) return true;
  // "7 p.m.", "3 a.m.": tokens "p" "." "m".
  if (after && (after.text === 'a' || after.text === 'p') && tokens[t1 + 1]?.text === '.' && tokens[t1 + 2]?.text === 'm') return true;
  // Identifiers: ungrouped figures of ten digits or more (tweet ids, timestamps), values of attributes (id="123").
  if (first.kind === 'fig' && /^\d{10,}$/.test(first.text)) return true;
  if (before && before.text === '"' && tokens[t0 - 2]?.text === '=') return true;
  if (before && before.text === '=' && glued(before, first)) return true;
  // Phone numbers: "+1-222-2222", three or more figure groups glued by hyphens, or a leading "+".
  if (before && before.text === '+' && glued(before, first)) return true;
  let groups = 1;
  for (let k = t1; tokens[k]?.text === '-' && glued(tokens[k - 1], tokens[k]) && tokens[k + 1]?.kind === 'fig' && glued(tokens[k], tokens[k + 1]); k += 2) groups++;
  for (let k = t0 - 1; tokens[k]?.text === '-' && glued(tokens[k], tokens[k + 1]) && tokens[k - 1]?.kind === 'fig' && glued(tokens[k - 1], tokens[k]); k -= 2) groups++;
  if (groups >= 3) return true;
  // Dotted dates and versions: 13.12.2024, 1.2.3.
  if ((after?.text === '.' || after?.text === '/') && glued(last, after) && tokens[t1 + 1]?.kind === 'fig' && glued(after, tokens[t1 + 1])) return true;
  if ((before?.text === '.' || before?.text === '/') && glued(before, first) && tokens[t0 - 2]?.kind === 'fig' && glued(tokens[t0 - 2], before)) return true;
  // "high-five", "catch-all": a number word glued into a word by a hyphen.
  if (first.kind === 'word' && before?.text === '-' && glued(before, first) && tokens[t0 - 2]?.kind === 'word' && glued(tokens[t0 - 2], before)) return true;
  // "5G networks", "4G": a generation of mobile networks, not five billion.
  if (first.kind === 'fig' && /^\d[Gg]$/.test(first.text)) return true;
  // Labels: "page 5", "Article 5", "Boeing 737".
  if (first.kind === 'fig' && before?.kind === 'word' && LABEL_WORDS.has(before.text)) {
    const capital = isCapitalized(before, text);
    if (before.text !== 'quarter' && before.text !== 'week' && before.text !== 'no' || capital) return true;
  }
  return false;
}
