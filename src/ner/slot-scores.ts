import { type DocContext, FeatureBuffer, SLOTS, SLOT_LEFT1, SLOT_LEFT2, SLOT_RIGHT1, SLOT_RIGHT2, SLOT_SELF, slotFeatures } from './features.js';
import { TAG_COUNT } from './tags.js';
import { type SparseRows, sparseRow } from './weights.js';

const T = TAG_COUNT;
const WIDTH = SLOTS * T;
/**
 * Words kept before the cache starts over: news vocabulary keeps growing, and 50,000 words (about 20 MB) hold the
 * words of a day's articles; starting over costs one feature lookup pass per word.
 */
const MAX_WORDS = 50_000;

/**
 * A loaded model's summed integer scores of every slot feature (`slotFeatures`) of a word, per surface and POS:
 * about half of a token's features come from its own and its neighbours' words alone, so they are looked up once per
 * word instead of once per token. Integer sums, so emissions are the same bit for bit as summing feature by feature.
 */
export class SlotScores {
  private readonly byPos = new Map<string, Map<string, Int32Array>>();
  private words = 0;
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

  /** Adds to `out[k * T + t]` the slot scores of the `n` tokens of the sentence starting at token `first`. */
  sentence(ctx: DocContext, first: number, n: number, out: Int32Array): void {
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
    let e = this.edge;
    if (!e) {
      e = new Int32Array(WIDTH);
      for (const slot of [SLOT_LEFT1, SLOT_RIGHT1, SLOT_LEFT2, SLOT_RIGHT2]) this.sum(ctx, -1, slot, e);
      this.edge = e;
    }
    // the boundary stands in for missing neighbours: left of tokens 0 and 1, right of the last two
    for (let k = 0; k < n && k < 1; k++) addSlot(out, k, e, SLOT_LEFT1, n);
    for (let k = 0; k < n && k < 2; k++) addSlot(out, k, e, SLOT_LEFT2, n);
    for (let k = Math.max(0, n - 1); k < n; k++) addSlot(out, k, e, SLOT_RIGHT1, n);
    for (let k = Math.max(0, n - 2); k < n; k++) addSlot(out, k, e, SLOT_RIGHT2, n);
  }

  /** The scores of token `j`'s word in all slots, from the cache or computed now. */
  private word(ctx: DocContext, j: number): Int32Array {
    const pos = ctx.tokens.pos[j] ?? '';
    let words = this.byPos.get(pos);
    if (!words) {
      words = new Map();
      this.byPos.set(pos, words);
    }
    const surface = ctx.surface[j];
    let v = words.get(surface);
    if (v) return v;
    if (this.words >= MAX_WORDS) {
      for (const m of this.byPos.values()) m.clear();
      this.words = 0;
    }
    v = new Int32Array(WIDTH);
    for (let slot = 0; slot < SLOTS; slot++) this.sum(ctx, j, slot, v);
    words.set(surface, v);
    this.words++;
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
