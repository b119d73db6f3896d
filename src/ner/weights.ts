import type { FeatureBuffer } from './features.js';
import { TAG_COUNT } from './tags.js';

/**
 * The perceptron's weights: one row of TAG_COUNT scores per hashed feature, plus the tag transition matrix.
 * Training uses a dense table (row = feature id); a saved model keeps only the rows that matter, as `sparse`.
 */
export interface Weights {
  bits: number;
  /** Training: the weights. A loaded model leaves this empty and uses `sparse` instead. */
  rows: Float32Array;
  /** A loaded model's kept rows, in feature-id order, and the index that finds them. */
  sparse?: SparseRows;
  transitions: Float32Array;
}

/**
 * Kept rows stored as 16-bit integers times `scale` (half the memory, so more of it stays in cache). `index` holds
 * two numbers per block of 32 feature ids: a bit per id that has a row, and how many rows the earlier blocks have.
 * A feature's row is that count plus the set bits below its own: a 512 KB rank index instead of a 2^bits table of
 * row numbers, so the lookup that most ids end with (no row) and the one that finds a row read the same cache line.
 */
export interface SparseRows {
  rows: Int16Array;
  scale: number;
  index: Int32Array;
}

/** The rank index of sorted, distinct feature ids (see SparseRows). */
export function rankIndex(bits: number, ids: ArrayLike<number>): Int32Array {
  const blocks = Math.max(1, (1 << bits) >>> 5);
  const index = new Int32Array(blocks * 2);
  for (let k = 0; k < ids.length; k++) index[(ids[k] >>> 5) * 2] |= 1 << (ids[k] & 31);
  let before = 0;
  for (let b = 0; b < blocks; b++) {
    index[b * 2 + 1] = before;
    before += popcount(index[b * 2]);
  }
  return index;
}

function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Row of feature `id` in a sparse model, -1 when it has none. */
export function sparseRow(index: Int32Array, id: number): number {
  const b = (id >>> 5) << 1;
  const word = index[b];
  const bit = 1 << (id & 31);
  if ((word & bit) === 0) return -1;
  return index[b + 1] + popcount(word & (bit - 1));
}

export function denseWeights(bits: number): Weights {
  return { bits, rows: new Float32Array((1 << bits) * TAG_COUNT), transitions: new Float32Array(TAG_COUNT * TAG_COUNT) };
}

/** Emission scores of the `n` tokens in `buf` into `out[i * T + t]`. */
export function emissions(w: Weights, buf: FeatureBuffer, n: number, out: Float32Array): Float32Array {
  // The tagger reads a loaded model through SlotScores (slotEmissions17); this plain sum serves tests and tools.
  if (w.sparse) return sparseEmissions(w.sparse.rows, w.sparse.scale, w.sparse.index, buf, n, out);
  const T = TAG_COUNT;
  out.fill(0, 0, n * T);
  const { ids, offsets } = buf;
  const rows = w.rows;
  for (let i = 0; i < n; i++) {
    const o = i * T;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const r = ids[k] * T;
      for (let t = 0; t < T; t++) out[o + t] += rows[r + t];
    }
  }
  return out;
}

/**
 * A sparse model's emissions, the integer sums starting from `base[i * T + t]` when given (scores summed elsewhere,
 * see SlotScores). Integer sums scaled once, so the order of summing never changes a score.
 */
export function sparseEmissionsFrom(s: SparseRows, buf: FeatureBuffer, n: number, base: Int32Array, out: Float32Array): Float32Array {
  return sparseEmissions(s.rows, s.scale, s.index, buf, n, out, base);
}

/** The loaded model's loop, kept monomorphic (one array type per variable) for the JIT. */
function sparseEmissions(rows: Int16Array, scale: number, index: Int32Array, buf: FeatureBuffer, n: number, out: Float32Array, base: Int32Array | null = null): Float32Array {
  const T = TAG_COUNT;
  const { ids, offsets } = buf;
  const sums = new Int32Array(T);
  for (let i = 0; i < n; i++) {
    if (base !== null) sums.set(base.subarray(i * T, i * T + T));
    else sums.fill(0);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const row = sparseRow(index, ids[k]);
      if (row < 0) continue;
      const r = row * T;
      for (let t = 0; t < T; t++) sums[t] += rows[r + t];
    }
    const o = i * T;
    for (let t = 0; t < T; t++) out[o + t] = sums[t] * scale;
  }
  return out;
}

/**
 * The tagger's loop over a loaded model's 17 tags, the sums held in locals (a sums array spent most of the time
 * loading and storing it), each token's sums started from the word scores of its own word and of its neighbours up to
 * two away (`vecs[k]`: a word's SLOTS x 17 integer sums, see SlotScores; `edge` stands in for a missing neighbour),
 * read straight into the sums: the same integers as summing every feature, so the same scores bit for bit.
 */
export function slotEmissions17(s: SparseRows, buf: FeatureBuffer, n: number, vecs: readonly Int32Array[], edge: Int32Array, out: Float32Array): Float32Array {
  const { rows, scale, index } = s;
  const { ids, offsets } = buf;
  for (let i = 0; i < n; i++) {
    const v0 = vecs[i];
    const v1 = i >= 1 ? vecs[i - 1] : edge;
    const v2 = i + 1 < n ? vecs[i + 1] : edge;
    const v3 = i >= 2 ? vecs[i - 2] : edge;
    const v4 = i + 2 < n ? vecs[i + 2] : edge;
    let s0 = v0[0] + v1[17] + v2[34] + v3[51] + v4[68];
    let s1 = v0[1] + v1[18] + v2[35] + v3[52] + v4[69];
    let s2 = v0[2] + v1[19] + v2[36] + v3[53] + v4[70];
    let s3 = v0[3] + v1[20] + v2[37] + v3[54] + v4[71];
    let s4 = v0[4] + v1[21] + v2[38] + v3[55] + v4[72];
    let s5 = v0[5] + v1[22] + v2[39] + v3[56] + v4[73];
    let s6 = v0[6] + v1[23] + v2[40] + v3[57] + v4[74];
    let s7 = v0[7] + v1[24] + v2[41] + v3[58] + v4[75];
    let s8 = v0[8] + v1[25] + v2[42] + v3[59] + v4[76];
    let s9 = v0[9] + v1[26] + v2[43] + v3[60] + v4[77];
    let s10 = v0[10] + v1[27] + v2[44] + v3[61] + v4[78];
    let s11 = v0[11] + v1[28] + v2[45] + v3[62] + v4[79];
    let s12 = v0[12] + v1[29] + v2[46] + v3[63] + v4[80];
    let s13 = v0[13] + v1[30] + v2[47] + v3[64] + v4[81];
    let s14 = v0[14] + v1[31] + v2[48] + v3[65] + v4[82];
    let s15 = v0[15] + v1[32] + v2[49] + v3[66] + v4[83];
    let s16 = v0[16] + v1[33] + v2[50] + v3[67] + v4[84];
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const id = ids[k];
      const b = (id >>> 5) << 1;
      const word = index[b];
      const bit = 1 << (id & 31);
      if ((word & bit) === 0) continue;
      const r = (index[b + 1] + popcount(word & (bit - 1))) * 17;
      s0 += rows[r + 0];
      s1 += rows[r + 1];
      s2 += rows[r + 2];
      s3 += rows[r + 3];
      s4 += rows[r + 4];
      s5 += rows[r + 5];
      s6 += rows[r + 6];
      s7 += rows[r + 7];
      s8 += rows[r + 8];
      s9 += rows[r + 9];
      s10 += rows[r + 10];
      s11 += rows[r + 11];
      s12 += rows[r + 12];
      s13 += rows[r + 13];
      s14 += rows[r + 14];
      s15 += rows[r + 15];
      s16 += rows[r + 16];
    }
    const o = i * 17;
    out[o + 0] = s0 * scale;
    out[o + 1] = s1 * scale;
    out[o + 2] = s2 * scale;
    out[o + 3] = s3 * scale;
    out[o + 4] = s4 * scale;
    out[o + 5] = s5 * scale;
    out[o + 6] = s6 * scale;
    out[o + 7] = s7 * scale;
    out[o + 8] = s8 * scale;
    out[o + 9] = s9 * scale;
    out[o + 10] = s10 * scale;
    out[o + 11] = s11 * scale;
    out[o + 12] = s12 * scale;
    out[o + 13] = s13 * scale;
    out[o + 14] = s14 * scale;
    out[o + 15] = s15 * scale;
    out[o + 16] = s16 * scale;
  }
  return out;
}
