/**
 * What the claims finders read over and over, computed once per document: the sentences and a sentence lookup by
 * offset, the words of each sentence (any stretch of them by binary search, the same words `wordsOf` gives), and
 * the segmenter's lower-cased lemmas. The claims stage asks for words of many small stretches (a subject, a gap
 * before a cue, the words before a name); scanning each stretch anew was a third of its time.
 */
import type { Doc } from '../model/doc.js';
import { sentenceUnits, tokenAt, wordsOf, type Unit, type Word } from '../quotes/units.js';
import { lowerBound } from '../model/spans.js';

export interface ClaimContext {
  doc: Doc;
  units: Unit[];
  /** Index of the sentence holding `offset`, or -1. */
  sentenceOf(offset: number): number;
  /** The words of `text[start, end)`, exactly as `wordsOf(text, start, end)` gives them (a fresh array). */
  wordsIn(start: number, end: number): Word[];
  /** Index of the segmenter's token starting at `offset`, or -1. */
  tokenAt(offset: number): number;
  /** The first token starting at or after `offset` (the token count when none does). */
  firstTokenFrom(offset: number): number;
  /** Lower-cased lemma (else norm) of token `i`. */
  lemmaOf(i: number): string;
  /** Memory of per-document results keyed by object (a mention's description words). */
  memo: WeakMap<object, unknown>;
  /** Memory of per-document results keyed by text (the description words of a speaker or a name). */
  descriptions: Map<string, readonly string[]>;
}

const CONTEXTS = new WeakMap<Doc, ClaimContext>();

/** Lemmas the segmenter gets wrong for verbs that make claims ("fined" → "fin"). */
const LEMMA_FIXES: Record<string, string> = { fined: 'fine', fines: 'fine', fining: 'fine' };

/** A headline: the first paragraph with no final stop (its verbs are often tagged as nouns: "Brazil bans"). */
export function isHeadline(doc: Doc, unit: Unit): boolean {
  return unit.paragraph === 0 && !/[.!?]["”’)]?$/.test(doc.text.slice(unit.start, unit.end));
}

/** Is the word at `k` the comma inside a written number ("50,000": the words are "50", ",", "000")? */
export function numberComma(words: Word[], k: number): boolean {
  const w = words[k];
  const before = words[k - 1];
  const after = words[k + 1];
  return w.text === ',' && !!before && !!after && before.end === w.start && after.start === w.end && /\d$/.test(before.text) && /^\d/.test(after.text);
}

/** The context of a document, made on first use; a document is not changed while the claims stage reads it. */
export function contextOf(doc: Doc): ClaimContext {
  let ctx = CONTEXTS.get(doc);
  if (!ctx) {
    ctx = makeContext(doc);
    CONTEXTS.set(doc, ctx);
  }
  return ctx;
}

function makeContext(doc: Doc): ClaimContext {
  const text = doc.text;
  const units = sentenceUnits(doc);
  let sorted = true;
  for (let i = 1; i < units.length; i++) if (units[i].start < units[i - 1].end) sorted = false;
  const ends = Int32Array.from(units, (u) => u.end);

  function sentenceOf(offset: number): number {
    if (!sorted) return units.findIndex((u) => u.start <= offset && offset < u.end);
    // The first sentence ending after the offset holds it, unless it starts after it.
    const u = lowerBound(ends, offset + 1);
    return u < units.length && units[u].start <= offset ? u : -1;
  }

  // Words of each sentence, once, when first asked for. A stretch inside a sentence whose ends fall between two
  // words (or on spaces) has exactly the sentence's words that lie inside it: the word pattern splits the same
  // wherever a scan starts between words.
  const sentenceWords: Array<{ words: Word[]; starts: Int32Array } | undefined> = [];
  function wordsOfSentence(u: number): { words: Word[]; starts: Int32Array } {
    let w = sentenceWords[u];
    if (!w) {
      const words = wordsOf(text, units[u].start, units[u].end);
      const starts = new Int32Array(words.length);
      for (let k = 0; k < words.length; k++) starts[k] = words[k].start;
      w = { words, starts };
      sentenceWords[u] = w;
    }
    return w;
  }
  function wordsIn(start: number, end: number): Word[] {
    if (end <= start) return [];
    const u = sentenceOf(start);
    if (u < 0 || end > units[u].end) return wordsOf(text, start, end);
    // A short stretch of a sentence not read yet (the words before a name, the first word of a content) costs less
    // to scan alone than the whole sentence.
    if (!sentenceWords[u] && (end - start) * 2 < units[u].end - units[u].start) return wordsOf(text, start, end);
    const { words, starts } = wordsOfSentence(u);
    const i = lowerBound(starts, start);
    // A word straddling either end is cut differently by a scan of the stretch alone: scan it.
    if (i > 0 && words[i - 1].end > start) return wordsOf(text, start, end);
    let j = i;
    while (j < words.length && words[j].end <= end) j++;
    if (j < words.length && words[j].start < end) return wordsOf(text, start, end);
    return words.slice(i, j);
  }

  const lemmas: Array<string | undefined> = [];
  return {
    doc,
    units,
    sentenceOf,
    wordsIn,
    tokenAt: (offset) => tokenAt(doc, offset),
    firstTokenFrom: (offset) => lowerBound(doc.tokens.start, offset),
    lemmaOf(i) {
      let l = lemmas[i];
      if (l === undefined) {
        l = (doc.tokens.lemma[i] || doc.tokens.norm[i]).toLowerCase();
        l = LEMMA_FIXES[doc.tokens.norm[i]?.toLowerCase() ?? ''] ?? l;
        lemmas[i] = l;
      }
      return l;
    },
    memo: new WeakMap(),
    descriptions: new Map(),
  };
}
