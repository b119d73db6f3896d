import { type DocContext, type DocMemory, buildDocContext, sentenceFeatures } from './features.js';
import type { Gazetteer } from './gazetteer.js';
import { TAG_COUNT } from './tags.js';
import { Scratch, decodeSentence, remember } from './tagger.js';
import type { NerTokens } from './tokens.js';
import { type Weights, denseWeights } from './weights.js';

/** One training document: its tokens and the gold BILOU tag of each. */
export interface TrainingDoc {
  tokens: NerTokens;
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed: number;
  /** Called after each epoch with the averaged weights so far (e.g. to score a dev set). */
  onEpoch?: (epoch: number, averaged: Weights, mistakes: number) => void;
}

/** Deterministic shuffling (mulberry32), so a training run can be repeated exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Averaged structured perceptron (Collins 2002): Viterbi-decode each sentence with the current weights and, where
 * the best path differs from the gold one, add the gold path's features and subtract the predicted path's.
 * Averaging (the lazy "w - u / c" form) is what makes the perceptron generalize like a regularized model.
 * The document memory is filled with the model's own predictions, exactly as at inference time.
 */
export function trainPerceptron(docs: readonly TrainingDoc[], gazetteer: Gazetteer, opts: TrainOptions): Weights {
  const T = TAG_COUNT;
  const w = denseWeights(opts.bits);
  const acc = new Float64Array(w.rows.length);
  const accTrans = new Float64Array(w.transitions.length);
  const contexts: DocContext[] = docs.map((d) => buildDocContext(d.tokens, gazetteer));
  const order = docs.map((_, i) => i);
  const random = rng(opts.seed);
  const scratch = new Scratch();
  let c = 1;
  let averaged = w;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let mistakes = 0;
    for (const d of order) {
      const ctx = contexts[d];
      const gold = docs[d].gold;
      const tokens = docs[d].tokens;
      const memory: DocMemory = new Map();
      for (let s = 0; s < tokens.sentStart.length; s++) {
        const first = tokens.sentStart[s];
        const n = tokens.sentEnd[s] - first;
        if (n <= 0) continue;
        scratch.ensure(n);
        sentenceFeatures(ctx, s, memory, opts.bits, scratch.buf);
        const pred = decodeSentence(w, scratch, n);
        const { ids, offsets } = scratch.buf;
        for (let k = 0; k < n; k++) {
          const g = gold[first + k];
          const p = pred[k];
          if (g === p) continue;
          mistakes++;
          for (let f = offsets[k]; f < offsets[k + 1]; f++) {
            const r = ids[f] * T;
            w.rows[r + g] += 1;
            acc[r + g] += c;
            w.rows[r + p] -= 1;
            acc[r + p] -= c;
          }
        }
        for (let k = 0; k + 1 < n; k++) {
          const g = gold[first + k] * T + gold[first + k + 1];
          const p = pred[k] * T + pred[k + 1];
          if (g === p) continue;
          w.transitions[g] += 1;
          accTrans[g] += c;
          w.transitions[p] -= 1;
          accTrans[p] -= c;
        }
        remember(ctx, first, pred, n, memory);
        c++;
      }
    }
    averaged = average(w, acc, accTrans, c);
    opts.onEpoch?.(epoch, averaged, mistakes);
  }
  return averaged;
}

function average(w: Weights, acc: Float64Array, accTrans: Float64Array, c: number): Weights {
  const out = denseWeights(w.bits);
  for (let k = 0; k < w.rows.length; k++) if (w.rows[k] !== 0 || acc[k] !== 0) out.rows[k] = w.rows[k] - acc[k] / c;
  for (let k = 0; k < w.transitions.length; k++) out.transitions[k] = w.transitions[k] - accTrans[k] / c;
  return out;
}

/** The mean of models trained alike (same hashing), e.g. over several document orders (parameter mixing). */
export function mixWeights(models: readonly Weights[]): Weights {
  if (models.length === 1) return models[0];
  const out = denseWeights(models[0].bits);
  for (const m of models) {
    for (let k = 0; k < out.rows.length; k++) out.rows[k] += m.rows[k] / models.length;
    for (let k = 0; k < out.transitions.length; k++) out.transitions[k] += m.transitions[k] / models.length;
  }
  return out;
}
