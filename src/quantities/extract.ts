/**
 * Typed value mentions in a plain string: money ("€150 billion" -> 1.5e11 EUR), percents, measures, temperatures,
 * ages, and bare numbers. The quantities stage runs the same code over a document and adds the counted noun,
 * the qualifier, ranges and the place; the spec scorer runs it over Recognizers-Text inputs.
 */
import { numbersInTokens, type NumberMention } from './numbers.js';
import { tokenizeNumbers, type NumToken } from './tokens.js';
import {
  AGE_UNITS,
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  MEASURE_UNITS,
  PERCENT_WORDS,
  PER_TIME_UNITS,
  type CurrencyUnit,
  type MeasureUnit,
} from './unit-lexicon.js';
import { SCALE_WORDS } from './number-words.js';
import { countryTables } from '../gazetteer/countries.js';
import { lookupKey } from '../gazetteer/normalize.js';
import { countryCurrency } from './currency-names.js';

export type MentionFamily = 'number' | 'money' | 'percent' | 'dimension' | 'temperature' | 'age';

export interface ValueMention {
  family: MentionFamily;
  start: number;
  end: number;
  text: string;
  value: number;
  /** Short unit: ISO code for money (or the lower-case name when there is none), "percent", "km", "C", "yr". */
  unit: string | null;
  /** Recognizers-Text's name of the unit ("Dollar", "Kilometer"): only the spec scorer reads it. */
  unitName: string | null;
  /** ISO 4217 code of money, when the text says which currency. */
  currency?: string;
  /** Money named by a word many countries use ("pesos", "Rs"): the stage resolves it by the article's country. */
  currencyBase?: string;
  /** Money written in a minor unit ("50 cents"): the amount as written; `value` is in the major unit. */
  minorValue?: number;
  /** The number inside the mention. */
  number: NumberMention;
}

function lower(t: NumToken): string {
  return t.kind === 'word' ? t.text : t.text.toLowerCase();
}

/** Tokens `seq` at `k`, separated by whitespace only (or nothing). Returns the index after the match, or -1. */
function matchSeq(tokens: NumToken[], k: number, seq: string[], glued = false): number {
  for (let j = 0; j < seq.length; j++) {
    const tok = tokens[k + j];
    if (!tok || lower(tok) !== seq[j]) return -1;
    if (j > 0 && glued && tokens[k + j - 1].end !== tok.start) return -1;
  }
  return k + seq.length;
}

/** Lexicon entries grouped by one of their tokens, so each number looks only at the entries that can match. */
function groupBy<T extends { tokens: string[] }>(entries: T[], pick: (tokens: string[]) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const key = pick(e.tokens);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  // Longer sequences first ("pounds sterling" before "pounds"); the sort is stable, so hand order breaks ties.
  for (const list of map.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return map;
}
const PREFIX_BY_LAST = groupBy(CURRENCY_PREFIXES, (t) => t[t.length - 1]);
const SUFFIX_BY_FIRST = groupBy(CURRENCY_SUFFIXES, (t) => t[0]);
const MEASURE_BY_FIRST = groupBy(MEASURE_UNITS, (t) => t[0]);
const NONE: never[] = [];

/** Does a unit matched as written ("R", "EGP") have its letter case at tokens [t0, ...)? */
function casedMatch(text: string, tokens: NumToken[], t0: number, unit: CurrencyUnit): boolean {
  const cased = unit.cased;
  if (!cased) return true;
  for (let j = 0; j < cased.length; j++) {
    const t = tokens[t0 + j];
    if (!t || text.slice(t.start, t.end) !== cased[j]) return false;
  }
  return true;
}

/** A currency written before token `k` ("US$ 3 million" at "3"): the unit and its first token. */
function currencyBefore(text: string, tokens: NumToken[], k: number): { unit: CurrencyUnit; t0: number } | null {
  const last = tokens[k - 1];
  for (const unit of last ? PREFIX_BY_LAST.get(lower(last)) ?? NONE : NONE) {
    const t0 = k - unit.tokens.length;
    if (t0 < 0) continue;
    if (unit.gluedOnly && last.end !== tokens[k].start) continue;
    if (!casedMatch(text, tokens, t0, unit)) continue;
    // "a $5 bill" is not Australian: one-letter country prefixes must be glued ("A$5").
    const glued = unit.tokens.length > 1 && unit.tokens[0].length === 1 && unit.tokens[0] !== 'c';
    if (matchSeq(tokens, t0, unit.tokens, glued) !== k) continue;
    const before = tokens[t0 - 1];
    // "C$" only as a unit of its own, not the end of a word glued to it.
    if (before && before.end === tokens[t0].start && before.kind === 'word' && tokens[t0].kind === 'word') continue;
    return { unit, t0 };
  }
  return null;
}

function currencyAt(tokens: NumToken[], k: number, text?: string): { unit: CurrencyUnit; t1: number } | null {
  const first = tokens[k];
  for (const unit of first ? SUFFIX_BY_FIRST.get(lower(first)) ?? NONE : NONE) {
    if (unit.cased && (text === undefined || !casedMatch(text, tokens, k, unit))) continue;
    const t1 = matchSeq(tokens, k, unit.tokens);
    if (t1 > 0) return { unit, t1 };
  }
  return null;
}

function measureAt(tokens: NumToken[], k: number, gluedToNumber: boolean, afterFigure = false, text?: string): { unit: MeasureUnit; t1: number } | null {
  const first = tokens[k];
  for (const unit of first ? MEASURE_BY_FIRST.get(lower(first)) ?? NONE : NONE) {
    if (unit.gluedOnly && !gluedToNumber) continue;
    if (unit.figureOnly && !afterFigure && !gluedToNumber) continue;
    if (unit.cased && (text === undefined || text.slice(first.start, first.end) !== unit.cased[0])) continue;
    const t1 = matchSeq(tokens, k, unit.tokens);
    if (t1 < 0) continue;
    const last = tokens[t1 - 1];
    const next = tokens[t1];
    // "24703m212": a glued unit must end the token.
    if (next && next.start === last.end && next.kind !== 'punct') continue;
    return { unit, t1 };
  }
  return null;
}

/**
 * "300 million Argentinian pesos", "5 billion Emirati dirhams": a capitalized demonym before a generic currency
 * name that the table does not spell that way names the country, and the country names the currency.
 */
function demonymCurrencyAt(text: string, tokens: NumToken[], k: number): { unit: CurrencyUnit; t1: number } | null {
  const dem = tokens[k];
  if (!dem || dem.kind !== 'word' || !/^\p{Lu}/u.test(text[dem.start])) return null;
  const cur = currencyAt(tokens, k + 1, text);
  if (!cur || !cur.unit.base) return null;
  const country = countryTables().byDemonym.get(lookupKey(text.slice(dem.start, dem.end)));
  const iso = country?.countryCode ? countryCurrency(country.countryCode, cur.unit.base) : undefined;
  if (!iso) return null;
  return { unit: { tokens: [dem.text, ...cur.unit.tokens], iso, name: cur.unit.name }, t1: cur.t1 };
}

/** Skips a hyphen glued on both sides ("3-inch", "12-cent", "10-year-old"). */
function afterHyphen(tokens: NumToken[], k: number): number {
  const h = tokens[k];
  if (h && h.kind === 'punct' && (h.text === '-' || h.text === '\u2010') && tokens[k - 1]?.end === h.start && tokens[k + 1]?.start === h.end) {
    return k + 1;
  }
  return k;
}

function mention(
  text: string,
  tokens: NumToken[],
  number: NumberMention,
  t0: number,
  t1: number,
  fields: Omit<ValueMention, 'start' | 'end' | 'text' | 'number'>,
): ValueMention & { t0: number; t1: number } {
  const start = tokens[t0].start;
  const end = tokens[t1 - 1].end;
  return { ...fields, start, end, text: text.slice(start, end), number, t0, t1 };
}

type Located = ValueMention & { t0: number; t1: number };

/** A verb of turning right before a bare degree ("rotate 90°", "turn left 45 degrees", "turn a 45 degrees angle"). */
const TURN_BEFORE = /\b(?:rotat\w*|turn(?:s|ed|ing)?|tilt\w*|swivel\w*|spin\w*)(?:\s+(?:left|right|by|through|a|an|about|around))*\s*$/i;
/** What after a bare degree says it is an angle ("45 degrees angle", "30 degrees north", "of latitude"). */
const ANGLE_AFTER = /^[\s-]*(?:angles?|turn|clockwise|anticlockwise|counterclockwise|north|south|east|west|of\s+(?:latitude|longitude|arc))\b/i;

/** Is the bare degree at [start, end) an angle rather than a temperature? Never near the word temperature. */
function isAngle(text: string, start: number, end: number): boolean {
  if (/temperat/i.test(text.slice(Math.max(0, start - 60), end + 60))) return false;
  return TURN_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || ANGLE_AFTER.test(text.slice(end, end + 30));
}
/** Lengths that can be divided by a time into a speed. */
const LENGTH_UNITS = new Set(['km', 'm', 'cm', 'mm', 'mi', 'ft', 'in', 'yd', 'dm']);

const MONEY_SUFFIXES: ReadonlyMap<string, number> = new Map([['m', 1e6], ['mn', 1e6], ['bn', 1e9], ['k', 1e3], ['tn', 1e12]]);

/** "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50": the cents after a major unit. */
function centsAfter(
  tokens: NumToken[],
  numbers: Map<number, NumberMention>,
  k: number,
  mode: 'any' | 'minor-word' | 'and-words' = 'any',
): { cents: number; t1: number } | null {
  let j = k;
  const and = tokens[j]?.kind === 'word' && tokens[j].text === 'and';
  if (and) j++;
  const n = numbers.get(j);
  if (!n || !Number.isInteger(n.value) || n.value <= 0 || n.value >= 100) return null;
  const cur = currencyAt(tokens, n.tokenEnd);
  if (cur && !cur.unit.minor) return null;
  if (cur) return { cents: n.value, t1: cur.t1 };
  // After a symbol, only "10 $ 30 cent" or "C$ 100 and fifty" read as cents: "$5 20" is two numbers.
  if (mode === 'minor-word') return null;
  if (mode === 'and-words' && !(and && n.words)) return null;
  const next = tokens[n.tokenEnd];
  // "15 dollars 50 more" is cents; "50 dollar 50 dollar" and "3 dollars 2 apples" are not.
  if (next && next.kind === 'word' && next.text !== 'more') return null;
  return { cents: n.value, t1: n.tokenEnd };
}

function classify(
  text: string,
  tokens: NumToken[],
  n: NumberMention,
  numbers: Map<number, NumberMention>,
  consumedTo: number,
): Located | null {
  const k = n.tokenEnd;
  // Money with the currency before the amount ("rmb 10 usd 20": each currency goes with the amount after it).
  const pre = currencyBefore(text, tokens, n.tokenStart);
  if (pre && pre.t0 >= consumedTo) {
    let value = n.value;
    if (pre.unit.millions) value *= 1e6;
    let t1 = k;
    // "C$5-billion", "$3-million fund": a scale word hyphenated to the amount.
    const hyphenScale = tokens[t1]?.text === '-' && tokens[t1].start === tokens[t1 - 1].end && tokens[t1 + 1]?.start === tokens[t1].end && SCALE_WORDS.has(tokens[t1 + 1]?.text ?? '');
    if (hyphenScale && !n.words) t1++;
    const scale = tokens[t1]?.kind === 'word' ? SCALE_WORDS.get(tokens[t1].text) : undefined;
    const fig = tokens[n.tokenStart];
    // "£1.2m", "$5mn", "€3bn" written with a lower-case m: after a currency, m is millions, not metres.
    const gluedScale = fig.kind === 'fig' && n.tokenEnd === n.tokenStart + 1 ? MONEY_SUFFIXES.get(fig.glued) : undefined;
    if (gluedScale !== undefined && tokens[k]?.start === fig.end) {
      value *= gluedScale;
      t1 = k + 1;
    } else if (scale !== undefined && !n.words) {
      value *= scale;
      t1++;
    } else if (Number.isInteger(value)) {
      const cents = centsAfter(tokens, numbers, t1, 'and-words');
      if (cents) {
        value += cents.cents / 100;
        t1 = cents.t1;
      }
    }
    return mention(text, tokens, n, pre.t0, t1, {
      family: 'money', value, unit: pre.unit.iso ?? pre.unit.name.toLowerCase(), unitName: pre.unit.name,
      ...(pre.unit.iso ? { currency: pre.unit.iso } : {}), ...(pre.unit.base ? { currencyBase: pre.unit.base } : {}),
    });
  }
  // Percent.
  for (const seq of PERCENT_WORDS) {
    const t1 = matchSeq(tokens, k, seq);
    if (t1 > 0) return mention(text, tokens, n, n.tokenStart, t1, { family: 'percent', value: n.value, unit: 'percent', unitName: 'Percentage' });
  }
  // Money with the currency after the amount.
  const h = afterHyphen(tokens, k);
  let cur = currencyAt(tokens, h, text) ?? demonymCurrencyAt(text, tokens, h);
  if (cur?.unit.largeOnly && Math.abs(n.value) < 1000) cur = null;
  const isWeight = cur && cur.unit.name === 'Pound' && cur.unit.tokens[0] === 'pound' || cur?.unit.tokens[0] === 'pounds';
  const scaled = n.words || tokens[n.tokenStart].suffixed;
  if (cur && !(isWeight && !scaled && cur.unit.tokens.length === 1)) {
    let value = n.value;
    let t1 = cur.t1;
    const scale = tokens[t1]?.kind === 'word' ? SCALE_WORDS.get(tokens[t1].text) : undefined;
    if (scale !== undefined && !cur.unit.minor) {
      value *= scale;
      t1++;
    }
    if (cur.unit.millions) value *= 1e6;
    if (cur.unit.minor) {
      return mention(text, tokens, n, n.tokenStart, t1, {
        family: 'money', value: value / 100, minorValue: value, unit: cur.unit.iso ?? cur.unit.name.toLowerCase(),
        unitName: cur.unit.name, ...(cur.unit.iso ? { currency: cur.unit.iso } : {}), ...(cur.unit.base ? { currencyBase: cur.unit.base } : {}),
      });
    }
    const symbol = cur.unit.tokens.length === 1 && !/\p{L}/u.test(cur.unit.tokens[0]);
    const cents = centsAfter(tokens, numbers, t1, symbol ? 'minor-word' : 'any');
    if (cents) {
      value += cents.cents / 100;
      t1 = cents.t1;
    }
    return mention(text, tokens, n, n.tokenStart, t1, {
      family: 'money', value, unit: cur.unit.iso ?? cur.unit.name.toLowerCase(), unitName: cur.unit.name,
      ...(cur.unit.iso ? { currency: cur.unit.iso } : {}), ...(cur.unit.base ? { currencyBase: cur.unit.base } : {}),
    });
  }
  // Age.
  const ageUnit = tokens[h]?.kind === 'word' ? AGE_UNITS.get(tokens[h].text) : undefined;
  if (ageUnit) {
    const after = afterHyphen(tokens, h + 1);
    if (tokens[after]?.text === 'old') {
      return mention(text, tokens, n, n.tokenStart, after + 1, { family: 'age', value: n.value, unit: ageUnit.unit, unitName: ageUnit.name });
    }
    const t1 = matchSeq(tokens, h + 1, ['of', 'age']);
    if (t1 > 0) return mention(text, tokens, n, n.tokenStart, t1, { family: 'age', value: n.value, unit: ageUnit.unit, unitName: ageUnit.name });
  }
  if (tokens[k]?.text === 'yo') return mention(text, tokens, n, n.tokenStart, k + 1, { family: 'age', value: n.value, unit: 'yr', unitName: 'Year' });
  const before = tokens[n.tokenStart - 1];
  if (before && before.kind === 'word' && (before.text === 'aged' || before.text === 'age')) {
    const t0 = before.text === 'age' ? n.tokenStart - 1 : n.tokenStart;
    return mention(text, tokens, n, t0, k, { family: 'age', value: n.value, unit: 'yr', unitName: before.text === 'age' ? 'Age' : 'Year' });
  }
  // Measures and temperatures, glued ("75ml") or not ("15 km", "40 degrees Celsius", "3-inch").
  const glued = tokens[k] !== undefined && tokens[k].start === tokens[k - 1].end;
  const afterFigure = !n.words && tokens[k - 1].kind === 'fig';
  let meas = measureAt(tokens, h, glued && h === k, afterFigure && h === k, text);
  // "scp-173 m", "F-16 m": a figure glued by a hyphen to a word is a code, whatever follows it.
  const dash = tokens[n.tokenStart - 1];
  if (meas && dash?.text === '-' && dash.end === tokens[n.tokenStart].start && tokens[n.tokenStart - 2]?.kind === 'word' && tokens[n.tokenStart - 2].end === dash.start) meas = null;
  // "20 (kg)", "20 [kg]": a unit in brackets.
  if (!meas && tokens[k] && '([{<'.includes(tokens[k].text)) {
    const inner = measureAt(tokens, k + 1, false);
    if (inner && tokens[inner.t1] && ')]}>'.includes(tokens[inner.t1].text)) meas = { unit: inner.unit, t1: inner.t1 + 1 };
  }
  if (meas) {
    // "5 feet 2 inches", "12 ft 2 in", "5 feet and 2 inches": one length in feet.
    if (meas.unit.unit === 'ft') {
      let j = meas.t1;
      if (tokens[j]?.text === 'and') j++;
      const inches = numbers.get(j);
      const unitTok = inches ? tokens[inches.tokenEnd] : undefined;
      if (inches && unitTok && ['in', 'inch', 'inches'].includes(unitTok.text) && inches.value < 12) {
        return mention(text, tokens, n, n.tokenStart, inches.tokenEnd + 1, { family: 'dimension', value: n.value + inches.value / 12, unit: 'ft', unitName: 'Foot' });
      }
    }
    // "rotate 90 degrees", "a 45 degrees angle": a bare degree among words of turning is an angle.
    if (meas.unit.unit === '°' && isAngle(text, tokens[n.tokenStart].start, tokens[meas.t1 - 1].end)) {
      return mention(text, tokens, n, n.tokenStart, meas.t1, { family: 'dimension', value: n.value, unit: 'deg', unitName: 'Degree' });
    }
    // "50 meters per millisecond", "50 km/ms": a length per a time is a speed.
    const per = tokens[meas.t1];
    const time = per && (per.text === 'per' || per.text === '/') ? tokens[meas.t1 + 1] : undefined;
    const perTime = time?.kind === 'word' ? PER_TIME_UNITS.get(time.text) : undefined;
    if (perTime && meas.unit.family === 'dimension' && LENGTH_UNITS.has(meas.unit.unit) && !(time && tokens[meas.t1 + 2]?.start === time.end && tokens[meas.t1 + 2].kind !== 'punct')) {
      return mention(text, tokens, n, n.tokenStart, meas.t1 + 2, {
        family: 'dimension', value: n.value, unit: `${meas.unit.unit}/${perTime.unit}`, unitName: `${meas.unit.name} per ${perTime.name.toLowerCase()}`,
      });
    }
    return mention(text, tokens, n, n.tokenStart, meas.t1, { family: meas.unit.family, value: n.value, unit: meas.unit.unit, unitName: meas.unit.name });
  }
  return null;
}

/** Number mentions plus figures glued to a unit ("75ml", "100元"), which are numbers only with their unit. */
function candidateNumbers(tokens: NumToken[], text: string): NumberMention[] {
  const numbers = numbersInTokens(tokens, text);
  const glued: NumberMention[] = [];
  tokens.forEach((t, k) => {
    // "scp-173m" is a code, not 173 metres.
    const code = tokens[k - 1]?.text === '-' && tokens[k - 1].end === t.start && tokens[k - 2]?.kind === 'word' && tokens[k - 2].end === tokens[k - 1].start;
    if (t.kind === 'fig' && t.glued && !code) {
      glued.push({ start: t.start, end: t.end, text: t.text, value: t.value, tokenStart: k, tokenEnd: k + 1, words: false });
    }
  });
  if (glued.length === 0) return numbers;
  return [...numbers, ...glued].sort((a, b) => a.start - b.start);
}

/** Typed mentions over already tokenized text (the stage shares the tokens with its own context rules). */
export function mentionsInTokens(tokens: NumToken[], text: string): Located[] {
  const numbers = candidateNumbers(tokens, text);
  const byStart = new Map<number, NumberMention>();
  for (const n of numbers) byStart.set(n.tokenStart, n);
  const out: Located[] = [];
  let consumedTo = 0;
  for (const n of numbers) {
    if (n.tokenStart < consumedTo) continue;
    const typed = classify(text, tokens, n, byStart, consumedTo);
    if (typed) {
      out.push(typed);
      consumedTo = typed.t1;
    } else if (!tokens[n.tokenStart].glued) {
      out.push({ family: 'number', start: n.start, end: n.end, text: n.text, value: n.value, unit: null, unitName: null, number: n, t0: n.tokenStart, t1: n.tokenEnd });
      consumedTo = n.tokenEnd;
    }
  }
  return out;
}

/** Every typed value mention in a plain string. */
export function extractMentions(text: string): ValueMention[] {
  return mentionsInTokens(tokenizeNumbers(text), text).map(({ t0: _t0, t1: _t1, ...rest }) => rest);
}
