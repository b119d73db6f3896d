import { createRequire } from 'node:module';
import type { Doc } from '../model/doc.js';

/** The tokens the model reads: offsets into the text, a POS tag each, and sentences as token ranges. */
export interface NerTokens {
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** Universal POS tag per token ('' when unknown). */
  pos: string[];
  sentStart: Int32Array;
  sentEnd: Int32Array;
}

/**
 * The model's view of a document: `doc.tokens` and `doc.sentences` from the segment stage when they are there;
 * otherwise (a Doc that skipped segment) wink-nlp tokens of `doc.text`, the tokenizer the model was trained on.
 */
export function nerTokens(doc: Doc): NerTokens {
  const tok = doc.tokens;
  const n = tok.start.length;
  if (n === 0) return doc.text.trim().length === 0 ? emptyNerTokens(doc.text) : winkTokens(doc.text);
  let sentence: ArrayLike<number> = tok.sentence;
  const ranges = doc.sentences.map((s) => [s.tokenStart, s.tokenEnd] as const);
  if (coversAll(ranges, n)) {
    const ids = new Int32Array(n);
    ranges.forEach(([a, b], s) => ids.fill(s, a, b));
    sentence = ids;
  }
  return buildTokens(doc.text, tok.start, tok.end, tok.pos, sentence);
}

/** True when the sentence ranges are in order, disjoint and cover every token exactly once. */
function coversAll(ranges: ReadonlyArray<readonly [number, number]>, n: number): boolean {
  let next = 0;
  for (const [a, b] of ranges) {
    if (a !== next || b < a) return false;
    next = b;
  }
  return next === n && ranges.length > 0;
}

const POSSESSIVE = /^(.+)(['\u2019][sS])$/;

/** Is `text[a, b)` whitespace only? A printable ASCII first character answers without slicing the token out. */
function blank(text: string, a: number, b: number): boolean {
  const c = text.charCodeAt(a);
  if (c > 32 && c < 127) return false;
  return text.slice(a, b).trim().length === 0;
}

/** Does `text[a, b)` end in a possessive "'s" (POSSESSIVE)? The last two characters decide for nearly every token. */
function possessive(text: string, a: number, b: number): boolean {
  const s = text.charCodeAt(b - 1);
  const q = text.charCodeAt(b - 2);
  if ((s !== 115 && s !== 83) || (q !== 39 && q !== 0x2019)) return false;
  return POSSESSIVE.test(text.slice(a, b));
}

/**
 * The model's tokens from any tokenizer's: whitespace tokens dropped, and a possessive split off its word
 * ("Lord's" → "Lord" "'s"), which wink-nlp does only for some words and, having cached a word, not always the
 * same way twice; CoNLL and the model always split it.
 */
function buildTokens(text: string, start: ArrayLike<number>, end: ArrayLike<number>, pos: readonly string[], sentence: ArrayLike<number>): NerTokens {
  const n = start.length;
  const os: number[] = [];
  const oe: number[] = [];
  const op: string[] = [];
  const ss: number[] = [];
  const se: number[] = [];
  let lastSentence = Number.NaN;
  for (let i = 0; i < n; i++) {
    const a = start[i];
    const b = end[i];
    if (!(a >= 0 && b > a && b <= text.length)) continue;
    if (blank(text, a, b)) continue;
    if (sentence[i] !== lastSentence) {
      if (os.length > 0) se.push(os.length);
      ss.push(os.length);
      lastSentence = sentence[i];
    }
    if (b - a > 2 && possessive(text, a, b)) {
      os.push(a, b - 2);
      oe.push(b - 2, b);
      op.push(pos[i] ?? '', 'PART');
    } else {
      os.push(a);
      oe.push(b);
      op.push(pos[i] ?? '');
    }
  }
  if (os.length > 0) se.push(os.length);
  return { text, start: Int32Array.from(os), end: Int32Array.from(oe), pos: op, sentStart: Int32Array.from(ss), sentEnd: Int32Array.from(se) };
}

function emptyNerTokens(text: string): NerTokens {
  return { text, start: new Int32Array(0), end: new Int32Array(0), pos: [], sentStart: new Int32Array(0), sentEnd: new Int32Array(0) };
}

interface WinkToken {
  out(f?: unknown): string[];
}
interface WinkDoc {
  tokens(): WinkToken;
  sentences(): { out(f?: unknown): unknown[] };
}
interface WinkNlp {
  readDoc(text: string): WinkDoc;
  its: { precedingSpaces: unknown; pos: unknown; span: unknown };
}

let wink: WinkNlp | null = null;
/** wink-nlp is loaded only when a Doc comes without tokens (tests, training): the pipeline's segment stage has it. */
function winkNlp(): WinkNlp {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as (model: unknown) => WinkNlp;
    wink = winkNLP(require('wink-eng-lite-web-model'));
  }
  return wink;
}

/**
 * wink-nlp tokens of `text` with exact offsets. Sentences are `sentences` (character ranges, e.g. CoNLL's) when
 * given, else wink's own, split again at line breaks (news text puts headlines and datelines on lines of their own).
 */
export function winkTokens(text: string, sentences?: ReadonlyArray<readonly [number, number]>): NerTokens {
  const nlp = winkNlp();
  const wdoc = nlp.readDoc(text);
  const values = wdoc.tokens().out();
  const spaces = wdoc.tokens().out(nlp.its.precedingSpaces);
  const pos = wdoc.tokens().out(nlp.its.pos);
  const winkStarts = new Set<number>();
  if (!sentences) for (const [a] of wdoc.sentences().out(nlp.its.span) as Array<[number, number]>) winkStarts.add(a);
  const start: number[] = [];
  const end: number[] = [];
  const keptPos: string[] = [];
  const sentence: number[] = [];
  let p = 0;
  let si = 0;
  let sid = 0;
  for (let i = 0; i < values.length; i++) {
    p += spaces[i].length;
    // wink reproduces the text exactly in practice; resynchronize defensively if it ever does not.
    const at = text.startsWith(values[i], p) ? p : text.indexOf(values[i], p);
    // wink makes a token of some line breaks: whitespace is no word for the model
    if (at < 0 || values[i].trim().length === 0) continue;
    if (sentences) {
      while (si < sentences.length - 1 && at >= sentences[si][1]) si++;
      sid = si;
    } else if (start.length > 0 && (winkStarts.has(i) || text.slice(end[end.length - 1], at).includes('\n'))) sid++;
    start.push(at);
    end.push(at + values[i].length);
    keptPos.push(pos[i] ?? '');
    sentence.push(sid);
    p = at + values[i].length;
  }
  return buildTokens(text, start, end, keptPos, sentence);
}
