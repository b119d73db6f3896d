/**
 * Word tokens for name finding, with exact offsets into the text. Names need a finer notion of a word than the
 * segmenter's: "U.S." and "Mr." keep their dots, "al-Sudani" and "O'Brien" stay whole, a possessive "'s" is kept
 * apart so that "Blinken's" yields the name "Blinken".
 */

import { lookupDemonym, lookupName } from '../gazetteer/index.js';
import { englishWords } from '../lexicon/words.js';

export interface Word {
  start: number;
  end: number;
  text: string;
}

// A word: letters/digits with inner dots, apostrophes, hyphens or ampersands ("U.S", "al-Sudani", "AT&T").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’\-‐&][\p{L}\p{M}\p{N}]+)*/gu;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'adm', 'maj', 'sgt', 'jr', 'sr',
  'inc', 'corp', 'ltd', 'co', 'bros', 'prof', 'mt', 'ft', 'no', 'vs', 'mme',
]);

/** The words of `text` between `from` and `to`, offsets absolute. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    let start = from + m.index;
    let end = start + m[0].length;
    let w = m[0];
    // A trailing possessive is its own word: the name ends before it.
    const last = w.length - 1;
    if (w.length > 2 && w.charCodeAt(last) === 115 && (w.charCodeAt(last - 1) === 39 || w.charCodeAt(last - 1) === 0x2019)) {
      words.push({ start, end: end - 2, text: w.slice(0, -2) });
      words.push({ start: end - 2, end, text: w.slice(-2) });
      continue;
    }
    // Keep the dot of an abbreviation or an initialism ("Mr.", "U.S.", "J.") as part of the word.
    if (text[end] === '.' && (ABBREVIATIONS.has(w.toLowerCase()) || /^(?:\p{L}\.)+\p{L}$|^\p{Lu}$/u.test(w))) {
      end += 1;
      w += '.';
    }
    words.push({ start, end, text: w });
    start = end;
  }
  return words;
}

/** Could be a particle-prefixed name ("al-Sudani"): two to five ASCII lower-case letters, then a hyphen. */
function particleStart(word: string): boolean {
  for (let k = 0; k < word.length && k <= 5; k++) {
    const c = word.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    return k >= 2 && (c === 45 || c === 0x2010);
  }
  return false;
}

/** Starts with a capital letter, or is a particle-prefixed name ("al-Sudani", "bin Salman" is two words). */
export function isCapitalized(word: string): boolean {
  // ASCII first letters answer without building strings: most words are plain lower-case English
  const c0 = word.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) return true;
  if (c0 < 128 && !particleStart(word)) return false;
  const c = word.codePointAt(0);
  if (c === undefined) return false;
  const first = String.fromCodePoint(c);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) return true;
  return /^(?:al|el|ad|as|ash|an|ar|az|at|ul|bin|ibn|abu|de|di|da|du|del|della|van|von|der|le|la)[-‐][\p{Lu}]/u.test(word);
}

/** Lower-case name particles that may sit inside a name: "Osama bin Laden", "Ludwig van Beethoven". */
const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'di', 'da', 'du', 'del', 'della', 'van', 'von', 'der', 'den', 'le', 'la', 'dos', 'das', 'y']);

export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}

export function hasDigit(word: string): boolean {
  return /\p{N}/u.test(word);
}

/**
 * Letters mostly upper-case: a headline, a dateline or a sports table, where case says nothing about names.
 * `text[from, to)` (the whole text by default) is read only until its lower-case letters decide it.
 */
export function isShouting(text: string, from = 0, to = text.length): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = from; i < to; i++) {
    // each code unit left adds at most one capital: with that many lower-case letters the answer is no
    if (2 * lower >= upper + (to - i)) return false;
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower++;
    else if (c >= 65 && c <= 90) upper++;
    else if (c >= 128) {
      // one character, a surrogate pair included (inside the range), cased as a whole
      const cp = i + 1 < to ? (text.codePointAt(i) ?? c) : c;
      const ch = String.fromCodePoint(cp);
      if (cp > 0xffff) i++;
      if (ch !== ch.toLowerCase()) upper++;
      else if (ch !== ch.toUpperCase()) lower++;
    }
  }
  return upper >= 6 && upper > 2 * lower;
}

/** Short words that a headline capitalizes and running text does not. */
const HEADLINE_SMALL_WORDS = new Set(['is', 'are', 'was', 'to', 'in', 'on', 'for', 'with', 'and', 'but', 'or', 'at', 'by', 'from', 'as', 'be', 'has', 'have', 'will', 'not', 'over', 'after', 'into', 'up', 'out']);

/**
 * A title-case headline ("Obama Power Plant Rules Face Key Test In Court"): nearly every word capitalized, small
 * verbs and prepositions included, so capitals say nothing about names there. In the headline position (the first
 * sentence) a long run of capitals is enough.
 */
export function isTitleCase(words: readonly Word[], headlinePosition = false): boolean {
  if (words.length < 4) return false;
  let capital = 0;
  let smallCapital = 0;
  for (const w of words) {
    if (!isCapitalized(w.text)) continue;
    capital++;
    if (HEADLINE_SMALL_WORDS.has(w.text.toLowerCase())) smallCapital++;
  }
  return capital >= 0.8 * words.length && (smallCapital > 0 || (headlinePosition && words.length >= 6));
}

/**
 * A title-case word whose lower-case form is an English word and that no gazetteer knows as a name or a demonym:
 * "Mining", "Trade", "Regulator" (not "Nexa", "Iraq", "Chilean"). Its capital may be the name's or the line's.
 */
export function isCapitalizedCommonWord(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return englishWords().has(word.toLowerCase()) && !lookupName(word) && !lookupDemonym(word);
}
