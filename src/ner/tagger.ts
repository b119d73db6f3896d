import { type DocContext, type DocMemory, FeatureBuffer, buildDocContext, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { TAG_COUNT, type TokenSpan, TAGS, tagsToSpans } from './tags.js';
import type { NerTokens } from './tokens.js';
import { FLAG_INIT_CAP } from './vocab.js';
import { ViterbiWork, viterbi } from './viterbi.js';
import { SlotScores } from './slot-scores.js';
import { type SparseRows, type Weights, emissions } from './weights.js';

/** Scratch arrays reused across sentences (a tagger is used by one thread at a time). */
export class Scratch {
  readonly buf = new FeatureBuffer();
  scores = new Float32Array(256 * TAG_COUNT);
  tags = new Uint8Array(256);
  readonly lattice = new ViterbiWork();

  ensure(n: number): void {
    if (this.tags.length < n) {
      this.tags = new Uint8Array(n * 2);
      this.scores = new Float32Array(n * 2 * TAG_COUNT);
    }
  }
}

/** Best tags of sentence `s` (features already computed into `scratch.buf`), into `scratch.tags`. */
export function decodeSentence(w: Weights, scratch: Scratch, n: number): Uint8Array {
  emissions(w, scratch.buf, n, scratch.scores);
  return viterbi(n, scratch.scores, w.transitions, scratch.tags, scratch.lattice);
}

/**
 * Records the types just predicted for the capitalized words of a sentence, for the document-memory features of
 * later ones (lower-case words inside names, "of" in "Bank of England", say nothing about the word elsewhere).
 */
export function remember(ctx: DocContext, first: number, tags: ArrayLike<number>, n: number, memory: DocMemory): void {
  for (let k = 0; k < n; k++) {
    const type = TAGS[tags[k]].type;
    if (type >= 0 && (ctx.flags[first + k] & FLAG_INIT_CAP) !== 0) memory.set(ctx.lowerId[first + k], type + 1);
  }
}

/** One word-score cache per loaded model, kept as long as the model. */
const slotCaches = new WeakMap<SparseRows, SlotScores>();

function slotScoresOf(sparse: SparseRows, bits: number): SlotScores {
  let cache = slotCaches.get(sparse);
  if (!cache) {
    cache = new SlotScores(sparse, bits);
    slotCaches.set(sparse, cache);
  }
  return cache;
}

/** Names in a whole document, sentence by sentence in reading order: token spans with absolute token indices. */
export function tagDocument(w: Weights, gazetteer: Gazetteer, tokens: NerTokens, scratch: Scratch = new Scratch()): TokenSpan[] {
  const ctx = buildDocContext(tokens, gazetteer);
  const memory: DocMemory = new Map();
  const spans: TokenSpan[] = [];
  // A loaded model sums the word-only features once per word; training (dense weights) reads every feature.
  const slots = w.sparse ? slotScoresOf(w.sparse, w.bits) : null;
  for (let s = 0; s < tokens.sentStart.length; s++) {
    const first = tokens.sentStart[s];
    const n = tokens.sentEnd[s] - first;
    if (n <= 0) continue;
    scratch.ensure(n);
    let tags: Uint8Array;
    if (slots && w.sparse) {
      sentenceFeatures(ctx, s, memory, w.bits, scratch.buf, false);
      slots.emissions(ctx, first, n, scratch.buf, scratch.scores);
      tags = viterbi(n, scratch.scores, w.transitions, scratch.tags, scratch.lattice);
    } else {
      sentenceFeatures(ctx, s, memory, w.bits, scratch.buf);
      tags = decodeSentence(w, scratch, n);
    }
    remember(ctx, first, tags, n, memory);
    for (const sp of tagsToSpans(tags.subarray(0, n))) spans.push({ first: sp.first + first, last: sp.last + first, type: sp.type });
  }
  return spans;
}
