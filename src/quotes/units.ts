import type { Doc, Span } from '../model/doc.js';
import { lowerBound } from '../model/spans.js';

/** A sentence as the quote finder reads it. */
export interface Unit extends Span {
  paragraph: number;
}

/** A word (or punctuation mark) with its offsets and lower-cased form. */
export interface Word extends Span {
  text: string;
  lower: string;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'st', 'jr', 'sr', 'prof', 'rev', 'u.s', 'u.k',
  'u.n', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
  'pres', 'sens', 'reps', 'gov', 'd', 'r', 'a.m', 'p.m', 'e.g', 'i.e', 'ft', 'mt',
]);

/**
 * Sentences of the document: the segment stage's when it ran, otherwise a light splitter of our own (paragraphs at
 * newlines, sentences at . ! ? followed by a space and an upper-case letter, a digit or a quotation mark), so the
 * stage works on any Doc, also one built by hand.
 */
export function sentenceUnits(doc: Doc): Unit[] {
  if (doc.sentences.length > 0) return mergeFalseSplits(doc.text, doc.sentences.map((s) => ({ start: s.start, end: s.end, paragraph: s.paragraph })));
  return splitSentences(doc.text);
}

/**
 * Undo sentence splits that an abbreviation's period caused: "Sen. Bernie Sanders (I-Vt.) | said he ..." or
 * "Rep. X (D-Md.) | , chair of ..., said": a piece ending in a period (maybe inside a parenthesis) followed in the
 * same paragraph by one that opens with a lower-case word or a comma is one sentence, and the cue needs its subject.
 */
function mergeFalseSplits(text: string, units: Unit[]): Unit[] {
  const merged: Unit[] = [];
  for (const u of units) {
    const prev = merged[merged.length - 1];
    if (prev && prev.paragraph === u.paragraph && /\.\)?$/.test(text.slice(prev.start, prev.end)) && /^[\p{Ll},;]/u.test(text.slice(u.start, u.start + 1)) && !text.slice(prev.end, u.start).includes('\n')) {
      merged[merged.length - 1] = { start: prev.start, end: u.end, paragraph: prev.paragraph };
      continue;
    }
    merged.push(u);
  }
  return merged;
}

export function splitSentences(text: string): Unit[] {
  const units: Unit[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let s = lineStart;
    while (s < lineEnd && /\s/u.test(text[s])) s++;
    if (s < lineEnd) {
      const re = /[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}“"])/gu;
      re.lastIndex = s;
      const line = text.slice(0, lineEnd);
      let from = s;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        const cut = m.index + m[0].length;
        const word = /([\p{L}.]+)\.$/u.exec(text.slice(Math.max(from, m.index - 12), m.index + 1));
        // "Mr. Trump", "U.S. officials": an abbreviation's period ends no sentence.
        const nextWord = /^\s+(\p{L}+)/u.exec(text.slice(cut, cut + 20))?.[1] ?? '';
        const startsSentence = /^(?:He|She|They|It|We|I|The|But|And|In|This|That|A|His|Her|Their)$/.test(nextWord);
        if (m[0] === '.' && word && !startsSentence && (ABBREVIATIONS.has(word[1].toLowerCase().replace(/\.$/, '')) || /^\p{Lu}$/u.test(word[1])))
          continue;
        pushUnit(units, text, from, cut, paragraph);
        from = cut;
      }
      pushUnit(units, text, from, lineEnd, paragraph);
      paragraph++;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return units;
}

function pushUnit(units: Unit[], text: string, start: number, end: number, paragraph: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s])) s++;
  while (e > s && /\s/u.test(text[e - 1])) e--;
  if (e > s) units.push({ start: s, end: e, paragraph });
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const SPACE = /^\s$/u;
/** Classes of code points above ASCII (a letter or digit is a word character, a Unicode space a blank), found once each. */
const WIDE = new Map<number, number>();
const OTHER = 0;
const WORD = 1;
const BLANK = 2;

function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return WORD;
    return cp === 32 || (cp >= 9 && cp <= 13) ? BLANK : OTHER;
  }
  let c = WIDE.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c = LETTER_OR_DIGIT.test(ch) ? WORD : SPACE.test(ch) ? BLANK : OTHER;
    WIDE.set(cp, c);
  }
  return c;
}

/** The code point at `p` of a text cut at `end` (a surrogate pair cut by the end is a lone surrogate). */
function codeAt(text: string, p: number, end: number): number {
  const c = text.charCodeAt(p);
  if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
    const d = text.charCodeAt(p + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Characters that may stand inside a word between letters or digits: ' ’ . - */
const JOINERS = new Set([39, 0x2019, 46, 45]);
const ABBREVIATION = /^(?:\p{L}|\p{L}[\p{L}.]*\.\p{L}|mr|mrs|ms|dr|sen|rep|gov|gen|st|jr|sr|lt|col)$/iu;

/**
 * Words of `text[start, end)`: runs of letters and digits with the joiners ' ’ . - inside them, `` and '', and every
 * other non-space character alone; a trailing period stays on abbreviations only ("Mr.", "U.S."). A scan over
 * character codes rather than a Unicode regex: the quotes and claims stages read the words of nearly every sentence.
 */
export function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  let p = start;
  while (p < end) {
    const cp = codeAt(text, p, end);
    const width = cp > 0xffff ? 2 : 1;
    const cls = classOf(cp);
    if (cls === BLANK) {
      p += width;
      continue;
    }
    let wordEnd = p + width;
    if (cls === WORD) {
      // The longest run of letters, digits and joiners, ending on its last letter or digit.
      let q = wordEnd;
      while (q < end) {
        const c = codeAt(text, q, end);
        if (classOf(c) === WORD) {
          q += c > 0xffff ? 2 : 1;
          wordEnd = q;
        } else if (JOINERS.has(c)) q++;
        else break;
      }
    } else if ((cp === 96 || cp === 39) && p + 1 < end && text.charCodeAt(p + 1) === cp) {
      wordEnd = p + 2; // `` and ''
    }
    let w = text.slice(p, wordEnd);
    // Put back the period of "Mr." / "U.S." as part of the word (the scan never ends a word on '.').
    if (text[wordEnd] === '.' && cls === WORD && ABBREVIATION.test(w)) w += '.';
    // A lone '.' that an abbreviation already took is no word.
    if (!(w === '.' && previousEnd > p)) words.push({ start: p, end: p + w.length, text: w, lower: w.toLowerCase() });
    previousEnd = p + w.length;
    p = wordEnd;
  }
  return words;
}

/**
 * How many runs of letters and digits `text[start, end)` holds, counting no further than `limit`: what
 * `text.slice(start, end).match(/[\p{L}\p{N}]+/gu).length` counts, without the slice and the array of matches.
 */
export function countWords(text: string, start: number, end: number, limit = Infinity): number {
  let count = 0;
  let inWord = false;
  for (let p = start; p < end; ) {
    const cp = codeAt(text, p, end);
    const word = classOf(cp) === WORD;
    if (word && !inWord && ++count >= limit) return count;
    inWord = word;
    p += cp > 0xffff ? 2 : 1;
  }
  return count;
}

/** Index of the segmenter's token starting at `offset`, or -1 (tokens are sorted by start). */
export function tokenAt(doc: Doc, offset: number): number {
  const starts = doc.tokens.start;
  const i = lowerBound(starts, offset);
  return i < starts.length && starts[i] === offset ? i : -1;
}
