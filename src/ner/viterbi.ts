import { TAG_COUNT, legalEnd, legalStart, legalTransition } from './tags.js';

/** Legality masks computed once: decoding never produces I/L after O, or a type change inside a name. */
const LEGAL = new Uint8Array(TAG_COUNT * TAG_COUNT);
const LEGAL_START = new Uint8Array(TAG_COUNT);
const LEGAL_END = new Uint8Array(TAG_COUNT);
for (let a = 0; a < TAG_COUNT; a++) {
  LEGAL_START[a] = legalStart(a) ? 1 : 0;
  LEGAL_END[a] = legalEnd(a) ? 1 : 0;
  for (let b = 0; b < TAG_COUNT; b++) LEGAL[a * TAG_COUNT + b] = legalTransition(a, b) ? 1 : 0;
}
/** Legal predecessors of each tag (a third of all pairs): the lattice loop visits only these. */
const PRED_START = new Int32Array(TAG_COUNT + 1);
const PRED: number[] = [];
for (let b = 0; b < TAG_COUNT; b++) {
  PRED_START[b] = PRED.length;
  for (let a = 0; a < TAG_COUNT; a++) if (LEGAL[a * TAG_COUNT + b]) PRED.push(a);
}
PRED_START[TAG_COUNT] = PRED.length;
const PREDS = Int32Array.from(PRED);

/** Lattice buffers reused from sentence to sentence (decoding allocates nothing per sentence). */
export class ViterbiWork {
  score = new Float64Array(0);
  back = new Uint8Array(0);
  /** The transition score of each legal (predecessor, tag) pair, in PREDS order. */
  readonly legal = new Float64Array(PREDS.length);

  ensure(n: number): void {
    if (this.back.length < n * TAG_COUNT) {
      this.score = new Float64Array(n * 2 * TAG_COUNT);
      this.back = new Uint8Array(n * 2 * TAG_COUNT);
    }
  }
}

/**
 * Best legal tag sequence for `n` tokens. `emissions[i * T + t]` is the score of tag t at token i and
 * `transitions[a * T + b]` the score of b following a. Writes into `out` (length ≥ n) and returns it.
 */
export function viterbi(n: number, emissions: Float32Array, transitions: Float32Array, out: Uint8Array, work?: ViterbiWork): Uint8Array {
  const T = TAG_COUNT;
  if (n === 0) return out;
  const w = work ?? new ViterbiWork();
  w.ensure(n);
  const score = w.score;
  const back = w.back;
  // Gathered once per sentence (training changes the transitions between sentences): the lattice loop then reads
  // them in order instead of by a computed index into the full matrix.
  const legal = w.legal;
  for (let b = 0; b < T; b++) for (let k = PRED_START[b]; k < PRED_START[b + 1]; k++) legal[k] = transitions[PREDS[k] * T + b];
  for (let t = 0; t < T; t++) score[t] = LEGAL_START[t] ? emissions[t] : -Infinity;
  // the tables in locals: read through the module scope, each access reloaded them in the innermost loop
  const predStart = PRED_START;
  const preds = PREDS;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const cur = i * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      const end = predStart[b + 1];
      for (let k = predStart[b]; k < end; k++) {
        const a = preds[k];
        const s = score[prev + a] + legal[k];
        if (s > best) {
          best = s;
          arg = a;
        }
      }
      score[cur + b] = best + emissions[cur + b];
      back[cur + b] = arg;
    }
  }
  const last = (n - 1) * T;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (LEGAL_END[t] && score[last + t] > best) {
      best = score[last + t];
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg];
  }
  return out;
}
