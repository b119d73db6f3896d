import { type DocContext, FeatureBuffer, SLOTS, SLOT_LEFT1, SLOT_LEFT2, SLOT_RIGHT1, SLOT_RIGHT2, SLOT_SELF, slotFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';
import { type SparseRows, slotEmissions17, sparseEmissionsFrom, sparseRow } from './weights.js';

const T = TAG_COUNT;
const WIDTH = SLOTS * T;

/**
 * A loaded model's summed integer scores of every slot feature (`slotFeatures`) of a word, per surface and POS:
 * about half of a token's features come from its own and its neighbours' words alone, so they are looked up once per
 * word instead of once per token. Integer sums, so emissions are the same bit for bit as summing feature by feature.
 */
export class SlotScores {
  /** Per POS id, per vocabulary id: the word's scores in every slot. */
  private byPos: Array<Array<Int32Array | undefined>> = [];
  /** The vocabulary generation the ids are from (see Vocab.trim). */
  private generation = -1;
  private readonly buf = new FeatureBuffer();
  private readonly mask: number;
  /** The sentence boundary seen from each neighbour slot (the SLOT_SELF part stays zero). */
  private edge: Int32Array | null = null;

  constructor(
    private readonly sparse: SparseRows,
    bits: number,
  ) {
    this.mask = (1 << bits) - 1;
  }

  /** The sentence's words' scores, reused from sentence to sentence. */
  private vecs: Int32Array[] = [];
  private base = new Int32Array(0);

  /**
   * Emission scores of the `n` tokens of the sentence starting at token `first`, whose context features are in
   * `buf` (sentenceFeatures without slots): the word scores plus the context features' rows.
   */
  emissions(ctx: DocContext, first: number, n: number, buf: FeatureBuffer, out: Float32Array): Float32Array {
    if (T !== 17) {
      if (this.base.length < n * T) this.base = new Int32Array(n * 2 * T);
      this.sentence(ctx, first, n, this.base);
      return sparseEmissionsFrom(this.sparse, buf, n, this.base, out);
    }
    this.refresh(ctx);
    const vecs = this.vecs;
    for (let k = 0; k < n; k++) vecs[k] = this.word(ctx, first + k);
    return slotEmissions17(this.sparse, buf, n, vecs, this.edgeScores(ctx), out);
  }

  /** Adds to `out[k * T + t]` the slot scores of the `n` tokens of the sentence starting at token `first`. */
  sentence(ctx: DocContext, first: number, n: number, out: Int32Array): void {
    this.refresh(ctx);
    out.fill(0, 0, n * T);
    for (let k = 0; k < n; k++) {
      const v = this.word(ctx, first + k);
      // token k is itself, the right neighbour of k - 1, the left neighbour of k + 1, and so on
      addSlot(out, k, v, SLOT_SELF, n);
      addSlot(out, k + 1, v, SLOT_LEFT1, n);
      addSlot(out, k - 1, v, SLOT_RIGHT1, n);
      addSlot(out, k + 2, v, SLOT_LEFT2, n);
      addSlot(out, k - 2, v, SLOT_RIGHT2, n);
    }
    const e = this.edgeScores(ctx);
    // the boundary stands in for missing neighbours: left of tokens 0 and 1, right of the last two
    for (let k = 0; k < n && k < 1; k++) addSlot(out, k, e, SLOT_LEFT1, n);
    for (let k = 0; k < n && k < 2; k++) addSlot(out, k, e, SLOT_LEFT2, n);
    for (let k = Math.max(0, n - 1); k < n; k++) addSlot(out, k, e, SLOT_RIGHT1, n);
    for (let k = Math.max(0, n - 2); k < n; k++) addSlot(out, k, e, SLOT_RIGHT2, n);
  }

  /** Word ids are of one vocabulary generation: a newer one starts the cache over. */
  private refresh(ctx: DocContext): void {
    if (ctx.vocabGeneration !== this.generation) {
      this.byPos = [];
      this.generation = ctx.vocabGeneration;
    }
  }

  private edgeScores(ctx: DocContext): Int32Array {
    let e = this.edge;
    if (!e) {
      e = new Int32Array(WIDTH);
      for (const slot of [SLOT_LEFT1, SLOT_RIGHT1, SLOT_LEFT2, SLOT_RIGHT2]) this.sum(ctx, -1, slot, e);
      this.edge = e;
    }
    return e;
  }

  /** The scores of token `j`'s word in all slots, from the cache or computed now. */
  private word(ctx: DocContext, j: number): Int32Array {
    const p = ctx.posId[j];
    let words = this.byPos[p];
    if (words === undefined) {
      words = [];
      this.byPos[p] = words;
    }
    const id = ctx.wordId[j];
    let v = words[id];
    if (v !== undefined) return v;
    v = new Int32Array(WIDTH);
    for (let slot = 0; slot < SLOTS; slot++) this.sum(ctx, j, slot, v);
    words[id] = v;
    return v;
  }

  private sum(ctx: DocContext, j: number, slot: number, into: Int32Array): void {
    const buf = this.buf;
    buf.reset(1);
    slotFeatures(ctx, j, slot, this.mask, buf);
    const { rows, index } = this.sparse;
    const o = slot * T;
    for (let k = 0; k < buf.count; k++) {
      const row = sparseRow(index, buf.ids[k]);
      if (row < 0) continue;
      for (let t = 0; t < T; t++) into[o + t] += rows[row * T + t];
    }
  }
}

/** out[target] += v[slot], when target is a token of the sentence. */
function addSlot(out: Int32Array, target: number, v: Int32Array, slot: number, n: number): void {
  if (target < 0 || target >= n) return;
  const o = target * T;
  const s = slot * T;
  for (let t = 0; t < T; t++) out[o + t] += v[s + t];
}
