import { DISTINCTIVE_FUNCTION_WORDS, GLUE_FUNCTION_WORDS } from '../lexicon/function-words.js';
import { englishWords, properNameLexicon } from '../lexicon/words.js';

/*
 * Words glued together where a link was stripped: "Iraqat" -> "Iraq at", "sovereigntyin" -> "sovereignty in".
 * Conservative and lexicon-driven: only a word that no lexicon knows is split, only into a known word or name plus
 * a closed-class function word, preferring the longest known left part.
 */

export interface GlueSplit {
  /** Offset in the text where the space goes (between the two parts). */
  at: number;
  word: string;
  left: string;
  right: string;
}

const WORD = /\p{L}+/gu;
const TITLE_CASE = /^\p{Lu}\p{Ll}+$/u;
const LOWER_CASE = /^\p{Ll}+$/u;
const VOWEL = /[aeiouy]/i;
/** Neighbours that make a word part of a URL, e-mail, handle, hashtag, file name or code identifier. */
const TECHNICAL_BEFORE = /[@#/\\._\-\p{N}'’]/u;
const TECHNICAL_AFTER = /[@/\\_\p{N}'’-]/u;

/** Longest function words first, so that "which" is tried before "h"-less shorter ones. */
const RIGHT_PARTS = [...GLUE_FUNCTION_WORDS].sort((a, b) => b.length - a.length);

/** Proper names used in this article: capitalized words that are not dictionary words ("Baghdad", "Blinken"). */
export function namesInText(text: string): Set<string> {
  const english = englishWords();
  const names = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const w = m[0];
    if (w.length >= 3 && w.length <= 30 && TITLE_CASE.test(w) && !english.has(w.toLowerCase())) names.add(w);
  }
  return names;
}

/** How a word is best split, or null when it should stay whole. */
export function splitGluedWord(word: string, articleNames: ReadonlySet<string>): { left: string; right: string } | null {
  if (word.length < 5 || word.length > 40) return null;
  const title = TITLE_CASE.test(word);
  if (!title && !LOWER_CASE.test(word)) return null;
  const english = englishWords();
  const lower = word.toLowerCase();
  if (english.has(lower)) return null;
  const { names, known } = properNameLexicon();
  if (known.has(word)) return null;
  let best: { left: string; right: string } | null = null;
  for (const right of RIGHT_PARTS) {
    if (!lower.endsWith(right)) continue;
    const left = word.slice(0, word.length - right.length);
    if (best && left.length <= best.left.length) continue;
    if (!VOWEL.test(left)) continue;
    if (title) {
      const knownName = left.length >= 3 && (names.has(left) || articleNames.has(left));
      const unknownName = left.length >= 4 && DISTINCTIVE_FUNCTION_WORDS.has(right) && !english.has(left.toLowerCase());
      if (knownName || unknownName) best = { left, right };
    } else if (left.length >= 4 && english.has(left)) {
      best = { left, right };
    }
  }
  return best;
}

/** Every glued word of a text and where to split it. */
export function findGluedWords(text: string): GlueSplit[] {
  const splits: GlueSplit[] = [];
  let articleNames: Set<string> | null = null;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (word.length < 5 || word.length > 40) continue;
    const start = m.index;
    const end = start + word.length;
    const before = start > 0 ? text[start - 1] : ' ';
    const after = end < text.length ? text[end] : ' ';
    if (TECHNICAL_BEFORE.test(before) || TECHNICAL_AFTER.test(after)) continue;
    if (after === '.' && /\p{L}/u.test(text[end + 1] ?? '')) continue; // a domain name: "syriawill.com"
    articleNames ??= namesInText(text);
    const split = splitGluedWord(word, articleNames);
    if (split) splits.push({ at: start + split.left.length, word, left: split.left, right: split.right });
  }
  return splits;
}
