import type { ItsFunction } from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import type { Doc, Sentence, TokenTable } from '../model/doc.js';
import { FreshWink } from '../text/wink-fresh.js';
import { segmentModel } from '../text/wink-model.js';

/*
 * Sentences and tokens from wink-nlp, with exact character offsets into `doc.text`. wink reports each token's value
 * and the whitespace before it; the offsets are rebuilt from those and checked against the text, re-syncing by a
 * forward search when wink normalized a token. A sentence never crosses a line break: news headlines and datelines
 * end without a period. wink forgets after each text what the text taught it (see text/wink-fresh.ts): the tokens of
 * a text depend on the text alone, never on what the process read before.
 */

let wink: FreshWink | null = null;

type Lemmatize = (value: string, pos: string, cache: unknown) => string;

/** Lemmas already computed, by POS and word; cleared when full so that a long run's memory stays bounded. */
const MAX_MEMO = 50_000;

/**
 * The model with its lemmatizer memoized. wink lemmatizes every token whose lemma is not stored in its lexicon
 * (inflected and unknown words) by running suffix rules each time: ~10% of segment's time on news text, where the
 * same words come back again and again. The result depends only on the word and its POS (the model's lexicon, its
 * third argument, is fixed), so a memo returns exactly what wink would.
 */
function withMemoizedLemmas(base: typeof model): typeof model {
  const addons = (base as unknown as { addons: { lemmatize: Lemmatize } }).addons;
  const lemmatize = addons.lemmatize;
  // By POS, then word: both are strings of wink's lexicon whose hash V8 keeps, where a "POS word" key had to be
  // built and hashed for every token (~4% of the stage).
  const memo = new Map<string, Map<string, string>>();
  let size = 0;
  const memoized: Lemmatize = (value, pos, cache) => {
    let byWord = memo.get(pos);
    if (byWord === undefined) memo.set(pos, (byWord = new Map()));
    let lemma = byWord.get(value);
    if (lemma === undefined) {
      lemma = lemmatize(value, pos, cache);
      if (size >= MAX_MEMO) {
        for (const words of memo.values()) words.clear();
        size = 0;
      }
      byWord.set(value, lemma);
      size++;
    }
    return lemma;
  };
  return { ...base, addons: { ...addons, lemmatize: memoized } } as typeof model;
}

/** wink-nlp with only the steps we read (sentence boundaries, POS): loaded once per process, on first use. */
function nlp(): FreshWink {
  wink ??= new FreshWink(withMemoizedLemmas(segmentModel()), ['sbd', 'pos']);
  return wink;
}

/** What segment reads of wink's document, per wink token, and the first token of each wink sentence. */
interface WinkRead {
  values: string[];
  spaces: string[];
  tags: string[];
  normals: string[];
  lemmas: string[];
  spans: Array<[number, number]>;
}

function readWink(masked: string): WinkRead {
  return nlp().read(masked, (wdoc, its) => {
    const tokens = wdoc.tokens();
    return {
      values: tokens.out(its.value) as string[],
      spaces: tokens.out(its.precedingSpaces) as string[],
      tags: tokens.out(its.pos) as string[],
      normals: tokens.out(its.normal) as string[],
      // wink's type declarations give `its.lemma` a signature `out` does not accept; at run time it is an its-function.
      lemmas: tokens.out(its.lemma as unknown as ItsFunction<string>) as string[],
      spans: wdoc.sentences().out(its.span) as unknown as Array<[number, number]>,
    };
  });
}

/**
 * wink's tokenizer takes time quadratic in the length of a token (a 200,000-character token takes over a minute),
 * so runs of non-space characters longer than this are hidden from wink and become one token of ours.
 */
const LONG_RUN = 128;
const LONG_RUN_PATTERN = new RegExp(`\\S{${LONG_RUN + 1},}`, 'g');

/**
 * Could the text hold a run the pattern finds? Only if some stretch between two ASCII spaces is longer than LONG_RUN:
 * an indexOf per word, ~10x cheaper than the pattern, which V8 tries from every start position of every word (~4% of
 * segment's time, on texts that nearly never have such a run). The pattern decides when the answer is yes.
 */
function mayHaveLongRun(text: string): boolean {
  let from = 0;
  for (;;) {
    const space = text.indexOf(' ', from);
    if ((space < 0 ? text.length : space) - from > LONG_RUN) return true;
    if (space < 0) return false;
    from = space + 1;
  }
}

/** The text wink reads: the same length as `text`, each long run replaced by "X" and spaces (exported for tests). */
export function maskLongRuns(text: string): { masked: string; runs: Map<number, number> } {
  const runs = new Map<number, number>();
  if (!mayHaveLongRun(text)) return { masked: text, runs };
  const masked = text.replace(LONG_RUN_PATTERN, (run: string, offset: number) => {
    runs.set(offset, offset + run.length);
    return 'X' + ' '.repeat(run.length - 1);
  });
  return { masked, runs };
}

/** How far ahead a token that wink normalized is searched for before it is given up. */
const RESYNC_WINDOW = 256;

interface Located {
  /** Offsets per wink token; -1 for whitespace tokens and tokens not found in the text. */
  start: Int32Array;
  end: Int32Array;
}

function isSpace(code: number): boolean {
  return (
    code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x3000
  );
}

/** Finds every wink token in the text, left to right. */
function locate(text: string, values: string[], spaces: string[]): Located {
  const n = values.length;
  const start = new Int32Array(n).fill(-1);
  const end = new Int32Array(n).fill(-1);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i];
    const expected = cursor + (spaces[i]?.length ?? 0);
    // Most tokens start with a printable ASCII character: only others can be all white space.
    const first = value.charCodeAt(0);
    if (value.length === 0 || ((first <= 32 || first >= 0x7f) && value.trim().length === 0)) {
      // A whitespace token (wink emits line breaks as tokens): not a token of ours, but move past it.
      if (value.length > 0 && text.startsWith(value, expected)) cursor = expected + value.length;
      continue;
    }
    let at = -1;
    if (text.startsWith(value, expected)) at = expected;
    else {
      // wink's whitespace disagrees with the text (a long masked run, odd spaces): skip the text's own whitespace.
      let next = cursor;
      while (next < text.length && isSpace(text.charCodeAt(next))) next++;
      if (text.startsWith(value, next)) at = next;
      else {
        const found = text.indexOf(value, cursor);
        if (found >= 0 && found - cursor <= RESYNC_WINDOW) at = found;
      }
    }
    if (at < 0) continue;
    start[i] = at;
    end[i] = at + value.length;
    cursor = at + value.length;
  }
  return { start, end };
}

function emptyTokens(): TokenTable {
  return { start: new Int32Array(0), end: new Int32Array(0), sentence: new Int32Array(0), pos: [], norm: [], lemma: [] };
}

/** Sets `sentences` and `tokens` from `doc.text`. */
export function segment(doc: Doc): Doc {
  const text = doc.text;
  if (text.trim().length === 0) return { ...doc, sentences: [], tokens: emptyTokens() };
  const { masked, runs } = maskLongRuns(text);
  const { values, spaces, tags, normals, lemmas, spans } = readWink(masked);
  const located = locate(masked, values, spaces);

  // wink sentence i covers wink tokens [first, last]; mark where each starts.
  const sentenceStartsAt = new Uint8Array(values.length);
  for (const span of spans) {
    if (span[0] >= 0 && span[0] < values.length) sentenceStartsAt[span[0]] = 1;
  }

  // Filled by index and cut to length at the end (Int32Array.from over growing arrays cost ~2% of the stage).
  const starts = new Int32Array(values.length);
  const ends = new Int32Array(values.length);
  const sentenceOf = new Int32Array(values.length);
  let count = 0;
  const pos: string[] = [];
  const norm: string[] = [];
  const lemma: string[] = [];
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let open: Sentence | null = null;
  let lastEnd = 0;
  let pendingBoundary = false;
  let nextBreak = text.indexOf('\n');
  const close = (): void => {
    if (open) sentences.push(open);
    open = null;
  };
  for (let i = 0; i < values.length; i++) {
    if (sentenceStartsAt[i]) pendingBoundary = true;
    const s = located.start[i];
    if (s < 0) continue;
    const runEnd = runs.size > 0 ? runs.get(s) : undefined;
    const e = runEnd ?? located.end[i];
    // A line break between the previous token and this one ends the sentence and starts a paragraph.
    if (nextBreak >= 0 && nextBreak < lastEnd) nextBreak = text.indexOf('\n', lastEnd);
    const newLine = nextBreak >= 0 && nextBreak < s;
    if (newLine || pendingBoundary || open === null) {
      close();
      if (newLine && count > 0) paragraph++;
      open = { start: s, end: e, tokenStart: count, tokenEnd: count, paragraph };
    }
    pendingBoundary = false;
    const current: Sentence = open as Sentence;
    current.end = e;
    current.tokenEnd = count + 1;
    starts[count] = s;
    ends[count] = e;
    sentenceOf[count] = sentences.length;
    count++;
    if (runEnd !== undefined) {
      const surface = text.slice(s, e);
      pos.push('X');
      norm.push(surface.toLowerCase());
      lemma.push(surface);
    } else {
      pos.push(tags[i] ?? 'X');
      norm.push((normals[i] ?? values[i]).toLowerCase());
      lemma.push(lemmas[i] ?? normals[i] ?? values[i]);
    }
    lastEnd = e;
  }
  close();
  return {
    ...doc,
    sentences,
    tokens: {
      start: starts.slice(0, count),
      end: ends.slice(0, count),
      sentence: sentenceOf.slice(0, count),
      pos,
      norm,
      lemma,
    },
  };
}
