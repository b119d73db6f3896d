/**
 * The learned quote filter: a logistic model over what a found attribution looks like (kind, cue lemma, speaker
 * shape, content length and opening, side of the cue, headline line), trained by scripts/learn-quote-filter.ts on
 * the quotes this stage finds in PolNeAR train, labelled by whether they match an annotated attribution. It drops
 * the readings that are seldom attributions ("spoke at a rally", a title in quotation marks, a headline fragment)
 * which hand-written rules keep because each case looks plausible alone.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';
import type { Doc, Quote } from '../model/doc.js';
import type { Candidate } from './attribute.js';
import { isCoreLemma } from './lexicon.js';
import { countWords } from './units.js';
import { weightTable } from './logistic.js';
import { ModelWeights, featureNames, type FeatureSink } from './weights.js';

export interface QuoteFilterFile {
  source: string;
  /** Least P(attribution) a quote needs to be kept. */
  threshold: number;
  /**
   * Least P(attribution) for a quote found by a weak cue (attribute.ts): the highest threshold whose held-out F1 is
   * within noise of the best, since a doubtful verb's reading more often has the wrong speaker. Absent: `threshold`.
   */
  weakThreshold?: number;
  weights: Record<string, number>;
}

/** Core lemmas that only report speech; the other core lemmas (promise, decide, demand, ...) are commitments. */
const REPORTING = new Set(['say', 'tell', 'add', 'write', 'tweet', 'note', 'explain', 'argue', 'state', 'report', 'claim', 'stress', 'suggest', 'believe', 'think', 'ask', 'insist', 'declare', 'confirm', 'acknowledge', 'admit', 'predict']);

const PRONOUN = /^(?:he|she|they|we|i|it|you|who)$/i;

function lengthBucket(n: number): string {
  if (n <= 3) return String(n);
  if (n <= 6) return '4-6';
  if (n <= 12) return '7-12';
  if (n <= 25) return '13-25';
  return '26+';
}

function firstShape(content: string): string {
  const t = content.trimStart();
  if (/^[“"„«]|^``/.test(t)) return 'mark';
  const w = /^[\p{L}\p{N}’']+/u.exec(t)?.[0] ?? '';
  const l = w.toLowerCase();
  if (/^(?:that|to|if|whether|how|what|why|when|where|who)$/.test(l)) return l;
  if (PRONOUN.test(w)) return 'pron';
  if (/^(?:the|a|an|his|her|their|its|this)$/.test(l)) return 'det';
  if (/^\p{Lu}/u.test(w)) return 'cap';
  if (/^\p{N}/u.test(w)) return 'num';
  if (/^\p{Ll}/u.test(w)) return 'lower';
  return 'other';
}

function cueBucket(p: number | null): string {
  if (p === null) return 'none';
  if (p === 0) return 'tagger';
  if (p < 0.3) return '<.3';
  if (p < 0.5) return '<.5';
  if (p < 0.7) return '<.7';
  if (p < 0.9) return '<.9';
  return 'hi';
}

/** Where a candidate sits among the others: inside another's content, around another, or alone. */
function nesting(c: Candidate, all: Candidate[]): string {
  const q = c.quote;
  let inside = false;
  let around = false;
  for (const o of all) {
    if (o === c || o.quote.kind === 'term') continue;
    const r = o.quote;
    if (r.start <= q.start && q.end <= r.end && (r.start < q.start || q.end < r.end)) inside = true;
    else if (q.start <= r.start && r.end <= q.end && (q.start < r.start || r.end < q.end)) around = true;
  }
  return inside ? 'inside' : around ? 'around' : 'alone';
}

/**
 * Features of one found quote among all found in `doc` (whose text its offsets point into), each given to `sink` as
 * its template and parts (see weights.ts), in the order of `quoteFeatures`.
 */
export function emitQuoteFeatures<P>(doc: Doc, c: Candidate, all: Candidate[], sink: FeatureSink<P>): void {
  const text = doc.text;
  const q = c.quote;
  const part = (s: string): P => sink.part(s);
  const kind = part(q.kind);
  const lemma = part(q.cue ? (q.cue.text === ':' ? ':' : q.cue.lemma) : 'none');
  const sp = part(!q.speaker ? 'none' : PRONOUN.test(q.speaker.text) ? 'pron' : /^\p{Lu}/u.test(q.speaker.text) ? 'cap' : 'lower');
  // Counted no further than the last bucket's floor (26+).
  const len = part(lengthBucket(countWords(q.text, 0, q.text.length, 26)));
  const side = part(!q.cue ? 'nocue' : q.start >= q.cue.end ? 'after' : 'before');
  const first = part(firstShape(q.text));
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  let lineEnd = text.indexOf('\n', q.end);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd).trim();
  const headline = part(/[.!?”"’)]$/.test(line) ? 'prose' : 'bare');
  const cueWords = part(String(q.cue ? Math.min(3, (q.cue.text.match(/[\p{L}]+/gu) ?? []).length) : 0));
  const gap = q.cue ? Math.min(q.start >= q.cue.end ? q.start - q.cue.end : q.cue.start - q.end, 20) : -1;
  const gapB = part(gap < 0 ? 'none' : gap <= 1 ? 'adj' : gap <= 5 ? 'near' : 'far');
  const cp = part(c.carried ? 'carried' : cueBucket(c.cueP));
  // PolNeAR seldom annotates an attribution nested in another's content, but a nested promise or decision ("a
  // source said Trump decided to ...") is still a claim of its subject: the core verbs are weighed as if alone.
  const nest = part(q.cue && isCoreLemma(q.cue.lemma) && !REPORTING.has(q.cue.lemma) ? 'alone' : nesting(c, all));
  const entity = part(q.speaker?.entity !== undefined ? doc.entities[q.speaker.entity]?.type ?? 'none' : 'none');
  const emit = (template: string, a?: P, b?: P): void => sink.emit(template, a, b);
  emit('b');
  emit('k', kind);
  emit('l', lemma);
  emit('lk', lemma, kind);
  emit('sp', sp);
  emit('lsp', lemma, sp);
  emit('ksp', kind, sp);
  emit('len', len);
  emit('klen', kind, len);
  emit('llen', lemma, len);
  emit('side', side);
  emit('lside', lemma, side);
  emit('first', first);
  emit('lfirst', lemma, first);
  emit('kfirst', kind, first);
  emit('h', headline);
  emit('kh', kind, headline);
  emit('cw', cueWords);
  emit('gap', gapB);
  emit('lgap', lemma, gapB);
  emit('sideFirst', side, first);
  emit('cp', cp);
  emit('kcp', kind, cp);
  emit('nest', nest);
  emit('knest', kind, nest);
  emit('lnest', lemma, nest);
  emit('ent', entity);
  emit('kent', kind, entity);
}

/** The features of `emitQuoteFeatures` as the strings the trainer learns from ("lk:say|indirect"). */
export function quoteFeatures(doc: Doc, c: Candidate, all: Candidate[]): string[] {
  const sink = featureNames();
  emitQuoteFeatures(doc, c, all, sink);
  return sink.names;
}

/**
 * The core reporting and commitment verbs need this share of the threshold: the claims stage types them (a decision,
 * a promise) even where the campaign news of the training split annotated them rarely.
 */
const CORE_THRESHOLD_SHARE = 0.75;

interface FilterModel {
  threshold: number;
  weakThreshold: number;
  weights: ModelWeights;
}

/** Quotes weighed before the compact weight table is built (~80 news articles). */
const BUILD_AFTER = 1000;

let cached: FilterModel | null | undefined;

function load(): FilterModel | null {
  try {
    const file = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'quote-filter.json'), 'utf8')) as QuoteFilterFile;
    return { threshold: file.threshold, weakThreshold: file.weakThreshold ?? file.threshold, weights: new ModelWeights(weightTable(file.weights), BUILD_AFTER) };
  } catch {
    return null; // no model: keep everything the rules found
  }
}

/** P(the quote is an attribution) under the learned filter, or null without a model. */
export function attributionProbability(doc: Doc, c: Candidate, all: Candidate[]): number | null {
  if (cached === undefined) cached = load();
  if (!cached) return null;
  const score = cached.weights.score((sink) => emitQuoteFeatures(doc, c, all, sink));
  return 1 / (1 + Math.exp(-score));
}

/**
 * The least P(attribution) a found quote needs: the weak-cue threshold for a quote of a weak cue, else the threshold,
 * lowered for the core verbs. Shared with the trainer (scripts/learn-quote-filter.ts), which picks both thresholds.
 */
export function leastProbability(c: Pick<Candidate, 'weak'> & { core: boolean }, threshold: number, weakThreshold: number): number {
  if (c.weak) return weakThreshold;
  return c.core ? threshold * CORE_THRESHOLD_SHARE : threshold;
}

const isCore = (q: Quote): boolean => q.cue !== null && isCoreLemma(q.cue.lemma);

/** The quotes worth keeping; terms (no attribution claimed) always stay. */
export function filterQuotes(doc: Doc, found: Candidate[]): Quote[] {
  if (cached === undefined) cached = load();
  const model = cached;
  if (!model) return found.map((c) => c.quote);
  return found
    .filter((c) => {
      const q = c.quote;
      if (q.kind === 'term') return true;
      const p = attributionProbability(doc, c, found) ?? 1;
      return p >= leastProbability({ weak: c.weak, core: isCore(q) }, model.threshold, model.weakThreshold);
    })
    .map((c) => c.quote);
}
