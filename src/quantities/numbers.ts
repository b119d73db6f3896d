/**
 * Number mentions in plain text: figures ("2,500", "2,3 million", "£5bn" -> the 5bn part), written numbers ("one
 * hundred and twenty", "a dozen", "two thirds", "five and a half million", "nine point nought four") and their
 * mixtures ("3 hundred and 21"). A phrase is the longest run of number tokens that reads as one number; shorter
 * prefixes are tried when the whole run does not ("three-nought-four" is three numbers).
 */
import { ONE_PRONOUN_BEFORE, ORDINAL_WORDS, ordinalOf, PLURAL_ORDINALS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from './number-words.js';
import { tokenizeNumbers, type NumToken } from './tokens.js';

export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Index range of the tokens it covers, in the token array it was read from. */
  tokenStart: number;
  tokenEnd: number;
  /** Written at least partly in words ("two million"), as opposed to a figure ("2,500"). */
  words: boolean;
}

type ItemClass =
  | 'unit' | 'teen' | 'tens' | 'tu' | 'hundred' | 'scale' | 'fig' | 'ffig' | 'ord' | 'ordc' | 'and' | 'a' | 'point'
  | 'over' | 'outof' | 'of' | 'dozen' | 'hyph' | 'neg';

interface Item {
  c: ItemClass;
  v: number;
  plural: boolean;
  /** Token index range in the source token array. */
  t0: number;
  t1: number;
  /** "half"/"quarter" (and plurals): fractions that read as "and a half" after a whole number. */
  hq?: boolean;
}

const DOZEN_WORDS = new Set(['dozen', 'dozens', 'dz', 'dzs', 'doz', 'dozs']);

/**
 * Every word `wordItem` can read (a superset: the tables, the joiners, ordinals and their plurals). The scanner asks
 * about every word of an article; one set lookup turns away the others, which went through a dozen lookups and the
 * ordinal test.
 */
const ITEM_WORDS: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(), ...TEEN_WORDS.keys(), ...TENS_WORDS.keys(), ...SCALE_WORDS.keys(), ...DOZEN_WORDS,
  'hundred', 'hundreds', 'and', 'a', 'an', 'point', 'over', 'of', 'negative', 'minus', 'firsts',
  ...ORDINAL_WORDS.keys(), ...[...ORDINAL_WORDS.keys()].map((w) => `${w}s`), ...PLURAL_ORDINALS.keys(),
]);

function wordItem(w: string, t: number): Item | null {
  if (!ITEM_WORDS.has(w)) return null;
  const mk = (c: ItemClass, v = 0, plural = false): Item => ({ c, v, plural, t0: t, t1: t + 1 });
  let v = UNIT_WORDS.get(w);
  if (v !== undefined) return w === 'oh' || w === 'nil' ? null : mk('unit', v);
  if ((v = TEEN_WORDS.get(w)) !== undefined) return mk('teen', v);
  if ((v = TENS_WORDS.get(w)) !== undefined) return mk('tens', v);
  if (w === 'hundred' || w === 'hundreds') return mk('hundred', 100);
  if ((v = SCALE_WORDS.get(w)) !== undefined) return mk('scale', v, w.endsWith('s'));
  if (DOZEN_WORDS.has(w)) return mk('dozen', 12);
  if (w === 'and') return mk('and');
  if (w === 'a' || w === 'an') return mk('a', 1);
  if (w === 'point') return mk('point');
  if (w === 'over') return mk('over');
  if (w === 'of') return mk('of');
  if (w === 'negative' || w === 'minus') return mk('neg');
  const ord = ordinalOf(w);
  // "first"/"second" alone are ordinals of rank, never fractions; they only count inside compounds.
  if (ord && w !== 'first' && w !== 'second') {
    const item = mk('ord', ord.value, ord.plural);
    item.hq = w.startsWith('half') || w.startsWith('quarter');
    return item;
  }
  if (ord && w === 'first') return mk('ord', 1, false);
  if (w === 'firsts') return mk('ord', 1, true);
  return null;
}

const isWordy = (c: ItemClass): boolean => c === 'unit' || c === 'teen' || c === 'tens' || c === 'tu';

/**
 * The run of number items starting at token `i`: words joined by spaces, hyphens only inside compounds
 * ("twenty-one", "one-eighth", "hundred-fifths"). Stops at anything else.
 */
function readRun(tokens: NumToken[], i: number): Item[] {
  const items: Item[] = [];
  let k = i;
  // 16 items hold any real number phrase ("one million two thousand two hundred three fifths" is 7); the cap bounds
  // the work on number-word soup.
  while (k < tokens.length && items.length < 16) {
    const tok = tokens[k];
    if (items.length > 0 && k > i) {
      // Only whitespace between tokens of one phrase.
      const prevEnd = tokens[k - 1].end;
      if (tok.start > prevEnd && tokens[k - 1].kind === 'punct' && tokens[k - 1].text !== '-') break;
    }
    let item: Item | null = null;
    if (tok.kind === 'fig') {
      if (tok.glued) break;
      item = { c: tok.fraction ? 'ffig' : 'fig', v: tok.value, plural: false, t0: k, t1: k + 1 };
    } else if (tok.kind === 'word') {
      if (tok.text === 'out' && tokens[k + 1]?.text === 'of' && items.length > 0) {
        items.push({ c: 'outof', v: 0, plural: false, t0: k, t1: k + 2 });
        k += 2;
        continue;
      }
      item = wordItem(tok.text, k);
    } else if (tok.text === '-' || tok.text === '\u2010' || tok.text === '\u2011') {
      const prev = items[items.length - 1];
      const next = tokens[k + 1];
      if (items.length === 0) {
        // A minus sign: "-9.2", "- 1 4/5", not the hyphen of "SCP-173" or "+1-222".
        const before = k > 0 ? tokens[k - 1] : undefined;
        const glued = before !== undefined && before.end === tok.start && before.kind !== 'punct';
        if (!glued && next?.kind === 'fig' && !next.glued) {
          items.push({ c: 'neg', v: 0, plural: false, t0: k, t1: k + 1 });
          k++;
          continue;
        }
        break;
      }
      const nextItem = next?.kind === 'word' ? wordItem(next.text, k + 1) : null;
      if (!prev || !nextItem) break;
      if (prev.c === 'tens' && nextItem.c === 'unit' && nextItem.v > 0) {
        prev.c = 'tu';
        prev.v += nextItem.v;
        prev.t1 = k + 2;
        k += 2;
        continue;
      }
      if (prev.c === 'tens' && nextItem.c === 'ord' && nextItem.v < 10) {
        prev.c = 'ordc';
        prev.v += nextItem.v;
        prev.plural = nextItem.plural;
        prev.t1 = k + 2;
        k += 2;
        continue;
      }
      if ((isWordy(prev.c) || prev.c === 'hundred') && nextItem.c === 'ord') {
        items.push({ c: 'hyph', v: 0, plural: false, t0: k, t1: k + 1 });
        k++;
        continue;
      }
      break;
    }
    if (!item) break;
    items.push(item);
    k++;
  }
  return items;
}

interface CardinalState {
  value: number;
  /** Class of the last item, for callers that need to know how the number ended ("million" -> scale). */
  last: ItemClass;
  lastScale: number;
}

/** Value of a plain cardinal ("two hundred and two thousand", "3 hundred and 21", "a dozen"), or null. */
function cardinal(items: Item[]): CardinalState | null {
  if (items.length === 0) return null;
  let total = 0;
  let group = 0;
  let lastTerm = 0;
  let last: ItemClass | 'start' = 'start';
  let hundredInGroup = false;
  let lastScale = Infinity;
  let afterAnd = false;
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    switch (it.c) {
      case 'a': {
        const next = items[k + 1];
        if (k !== 0 || !next || (next.c !== 'hundred' && next.c !== 'scale' && next.c !== 'dozen')) return null;
        group = 1;
        lastTerm = 1;
        break;
      }
      case 'and':
        if (last !== 'hundred' && last !== 'scale' || k === items.length - 1) return null;
        afterAnd = true;
        continue;
      case 'unit':
      case 'teen':
      case 'tens':
      case 'tu':
      case 'fig': {
        if (it.v === 0 && items.length > 1) return null;
        const okStart = last === 'start' || last === 'hundred' || last === 'scale' || afterAnd;
        const unitAfterTens = it.c === 'unit' && last === 'tens' && !afterAnd;
        if (!okStart && !unitAfterTens) return null;
        if (it.c === 'fig' && last !== 'start' && !Number.isInteger(it.v)) return null;
        if (last === 'hundred' && !afterAnd && it.c === 'fig') return null;
        group += it.v;
        lastTerm = it.v;
        break;
      }
      case 'hundred': {
        const ok = last === 'start' || last === 'a' || isWordy(last as ItemClass) || last === 'fig';
        if (!ok || hundredInGroup) return null;
        if (last === 'fig' && group >= 1000) return null;
        group = (group || 1) * 100;
        lastTerm = group;
        hundredInGroup = true;
        break;
      }
      case 'scale': {
        const ok = last === 'a' || last === 'hundred' || last === 'fig' || isWordy(last as ItemClass);
        // "thousands" alone is an order of magnitude; "thousand" alone is not a number.
        const alonePlural = last === 'start' && it.plural && items.length === 1;
        if (!ok && !(last === 'scale' && group === 0) && !alonePlural) return null;
        const s = it.v;
        if (last === 'scale' && s > lastScale) total = total * s;
        else if (s < lastScale) total += (group || 1) * s;
        else return null;
        lastScale = s;
        group = 0;
        hundredInGroup = false;
        break;
      }
      case 'dozen': {
        const ok = last === 'a' || last === 'fig' || isWordy(last as ItemClass);
        if (!ok) return null;
        group += lastTerm * 11;
        break;
      }
      default:
        return null;
    }
    last = it.c;
    afterAnd = false;
  }
  if (last === 'start' || last === 'a') return null;
  return { value: total + group, last, lastScale };
}

/** Value of an ordinal denominator ("fifths", "thirty fifths", "one hundred and fifth", "twenty-first"), or null. */
function denominator(items: Item[]): number | null {
  const ord = items[items.length - 1];
  if (ord.c !== 'ord' && ord.c !== 'ordc') return null;
  // "a first class seat": "first" is a fraction only inside a compound ("a twenty-first").
  if (items.length === 1) return ord.c === 'ord' && ord.v === 1 ? null : ord.v;
  let prefix = items.slice(0, -1);
  const first = prefix[0];
  if (!isWordy(first.c)) return null;
  if (prefix[prefix.length - 1].c === 'and') prefix = prefix.slice(0, -1);
  const lastC = prefix[prefix.length - 1].c;
  if (ord.hq) return null;
  if (ord.v >= 100) return null;
  if (ord.c === 'ord' && ord.v < 10) {
    if (lastC !== 'tens' && lastC !== 'hundred' && lastC !== 'scale') return null;
  } else if (lastC !== 'hundred' && lastC !== 'scale') return null;
  const card = cardinal(prefix);
  return card ? card.value + ord.v : null;
}

const isHalfWord = (it: Item): boolean => it.hq === true || (it.c === 'ord' && it.v === 4);

/** A numerator: a cardinal in words ("two", "a", "one hundred"); figures do not take word ordinals ("100 millionths"). */
function numerator(items: Item[]): number | null {
  if (items.length === 0) return null;
  if (items.some((it) => it.c === 'fig' || it.c === 'ffig')) return null;
  if (items.length === 1 && items[0].c === 'a') return 1;
  const card = cardinal(items);
  return card ? card.value : null;
}

/** "two thirds", "one hundred thirty fifths", "ninety - five hundred-fifths", "half", "a quarter". */
function simpleFraction(items: Item[]): number | null {
  const ord = items[items.length - 1];
  if (ord.c !== 'ord' && ord.c !== 'ordc') return null;
  const hyph = items.findIndex((it) => it.c === 'hyph');
  const splits: number[] = [];
  if (hyph >= 0) splits.push(hyph);
  else for (let s = 1; s < items.length; s++) splits.push(s);
  if (items.length === 1 && isHalfWord(ord) && !ord.plural) return 1 / ord.v;
  for (const s of splits) {
    const numItems = items.slice(0, s);
    const denItems = items.slice(hyph >= 0 ? s + 1 : s);
    if (denItems.length === 0) continue;
    const den = denominator(denItems);
    if (den === null) continue;
    const num = numerator(numItems);
    if (num === null) continue;
    const plural = denItems[denItems.length - 1].plural;
    if (num !== 1 && !plural) continue;
    if (num === 1 && plural) continue;
    return num / den;
  }
  return null;
}

/** "one and a half", "twenty and three fifths", "3 million and a half", "one billion and a quarter". */
function wholeAndFraction(items: Item[], mult: number): number | null {
  for (let p = items.length - 2; p >= 1; p--) {
    if (items[p].c !== 'and') continue;
    const whole = cardinal(items.slice(0, p));
    if (!whole) continue;
    const frac = simpleFraction(items.slice(p + 1));
    if (frac === null) continue;
    if (mult > 1) {
      if (whole.last === 'scale' && whole.lastScale > mult) return whole.value + frac * mult;
      if (whole.last === 'scale') return null;
      return (whole.value + frac) * mult;
    }
    if (whole.last === 'scale' && whole.lastScale >= 1000) return whole.value + frac * whole.lastScale;
    return whole.value + frac;
  }
  return null;
}

/** Any fraction, with a trailing multiplier ("half a dozen", "two thirds of a million", "three quarters billion"). */
function fraction(items: Item[]): number | null {
  let mult = 1;
  let body = items;
  const lastIt = body[body.length - 1];
  if (lastIt.c === 'scale' || lastIt.c === 'dozen') {
    mult = lastIt.v;
    body = body.slice(0, -1);
    if (body.length > 0 && body[body.length - 1].c === 'a') body = body.slice(0, -1);
    if (body.length > 0 && body[body.length - 1].c === 'of') body = body.slice(0, -1);
    if (body.length === 0) return null;
  }
  const end = body[body.length - 1];
  if (end.c !== 'ord' && end.c !== 'ordc') return null;
  // "six million and two thirds" is 6 2/3 million, but "one hundred and thirty fifths" is 130/5.
  const andAt = body.findIndex((it) => it.c === 'and');
  const wholeBefore = andAt > 0 ? cardinal(body.slice(0, andAt)) : null;
  const preferWhole = isHalfWord(end) || (wholeBefore !== null && wholeBefore.last === 'scale' && wholeBefore.lastScale >= 1000);
  if (preferWhole) {
    const w = wholeAndFraction(body, mult);
    if (w !== null) return w;
  }
  const simple = simpleFraction(body);
  if (simple !== null) return simple * mult;
  if (!preferWhole) {
    const w = wholeAndFraction(body, mult);
    if (w !== null) return w;
  }
  return null;
}

/** "two hundred point zero three", "nine point nought four", "point seventy-one". */
function decimal(items: Item[]): number | null {
  const p = items.findIndex((it) => it.c === 'point');
  if (p < 1 || p === items.length - 1) return null;
  const whole = cardinal(items.slice(0, p));
  if (!whole) return null;
  const digits = items.slice(p + 1);
  let s = '';
  if (digits.length === 1 && (digits[0].c === 'teen' || digits[0].c === 'tens' || digits[0].c === 'tu')) s = String(digits[0].v);
  else if (digits.every((d) => d.c === 'unit')) s = digits.map((d) => String(d.v)).join('');
  else return null;
  return whole.value + parseFloat('0.' + s);
}

/** "one over three", "1 over 3", "one out of three". */
function ratio(items: Item[]): number | null {
  const p = items.findIndex((it) => it.c === 'over' || it.c === 'outof');
  if (p < 1 || p === items.length - 1) return null;
  const a = cardinal(items.slice(0, p));
  const b = cardinal(items.slice(p + 1));
  if (!a || !b || b.value === 0) return null;
  if (items[p].c === 'outof' && a.value > b.value) return null;
  return a.value / b.value;
}

/** The value of a whole run of items, or null when it does not read as one number. */
function evaluate(items: Item[]): number | null {
  if (items.length === 0) return null;
  if (items[0].c === 'neg') {
    const v = evaluate(items.slice(1));
    return v === null ? null : -v;
  }
  const lastC = items[items.length - 1].c;
  if (lastC === 'and' || lastC === 'a' || lastC === 'point' || lastC === 'over' || lastC === 'of' || lastC === 'hyph') return null;
  if (items.length === 1 && items[0].c === 'ffig') return items[0].v;
  // "2  1/4", "10 1/2 miles": a whole figure and a figure fraction.
  if (items.length === 2 && items[0].c === 'fig' && items[1].c === 'ffig' && Number.isInteger(items[0].v) && items[1].v < 1) {
    return items[0].v + items[1].v;
  }
  const card = cardinal(items);
  if (card) return card.value;
  return decimal(items) ?? ratio(items) ?? fraction(items);
}

/** The longest number phrase starting at token `i`, or null. */
function phraseAt(tokens: NumToken[], i: number, text: string): { value: number; t1: number; words: boolean } | null {
  const run = readRun(tokens, i);
  for (let n = run.length; n > 0; n--) {
    const items = run.slice(0, n);
    const value = evaluate(items);
    if (value === null || !Number.isFinite(value)) continue;
    const t1 = items[n - 1].t1;
    // "50 million and 20 million soles": a prefix must not take the number of a scale word it leaves behind.
    const next = run[n];
    if (next && (next.c === 'scale' || next.c === 'hundred') && items.some((it) => it.c === 'and')) continue;
    const hasRatio = items.some((it) => it.c === 'over' || it.c === 'outof');
    // "$2000 over 3 years": a ratio only when nothing is counted after it.
    if (hasRatio && tokens[t1]?.kind === 'word') continue;
    if (n === 1 && items[0].c === 'unit' && items[0].v === 1 && isPronounOne(tokens, i, text)) return null;
    const words = items.some((it) => it.c !== 'fig' && it.c !== 'ffig' && it.c !== 'neg');
    return { value, t1, words };
  }
  return null;
}

/** "the one you mentioned", "which one", "no one": "one" as a pronoun. */
function isPronounOne(tokens: NumToken[], i: number, _text: string): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && prev.kind === 'word' && ONE_PRONOUN_BEFORE.has(prev.text);
}

/** Number mentions over an already tokenized string. */
export function numbersInTokens(tokens: NumToken[], text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    const canStart = tok.kind === 'fig' || tok.kind === 'word' || tok.text === '-';
    const phrase = canStart ? phraseAt(tokens, i, text) : null;
    if (!phrase) {
      i++;
      continue;
    }
    const start = tok.start;
    const end = tokens[phrase.t1 - 1].end;
    out.push({ start, end, text: text.slice(start, end), value: phrase.value, tokenStart: i, tokenEnd: phrase.t1, words: phrase.words });
    i = phrase.t1;
  }
  return out;
}

/** Every number mention in a plain string: `extractNumbers("about 2,500 troops")` -> one mention, value 2500. */
export function extractNumbers(text: string): NumberMention[] {
  return numbersInTokens(tokenizeNumbers(text), text);
}
