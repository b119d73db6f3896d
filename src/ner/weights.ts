import type { FeatureBuffer } from './features.js';
import { TAG_COUNT } from './tags.js';

/**
 * The perceptron's weights: one row of TAG_COUNT scores per hashed feature, plus the tag transition matrix.
 * Training uses a dense table (`rowOf` null: row = feature id); a saved model keeps only the rows that matter and
 * maps feature ids to them through `rowOf` (-1 = no row, the feature scores zero).
 */
export interface Weights {
  bits: number;
  rowOf: Int32Array | null;
  /**
   * With `rowOf`: one bit per feature id, set when it has a row. Most ids seen at inference have none (pruned or
   * never trained); this 128 KB bitset stays in cache and answers for them without touching the 4 MB `rowOf`.
   */
  present?: Uint32Array;
  /** Training: the weights. A loaded model leaves this empty and uses `quantized` instead. */
  rows: Float32Array;
  /** A loaded model's rows as stored: 16-bit integers times `scale` (half the memory, so more of it stays in cache). */
  quantized?: { rows: Int16Array; scale: number };
  transitions: Float32Array;
}

export function denseWeights(bits: number): Weights {
  return { bits, rowOf: null, rows: new Float32Array((1 << bits) * TAG_COUNT), transitions: new Float32Array(TAG_COUNT * TAG_COUNT) };
}

/** Emission scores of the `n` tokens in `buf` into `out[i * T + t]`. */
export function emissions(w: Weights, buf: FeatureBuffer, n: number, out: Float32Array): Float32Array {
  if (w.quantized && w.rowOf && w.present && TAG_COUNT === 17) return quantizedEmissions17(w.quantized.rows, w.quantized.scale, w.rowOf, w.present, buf, n, out);
  if (w.quantized && w.rowOf && w.present) return quantizedEmissions(w.quantized.rows, w.quantized.scale, w.rowOf, w.present, buf, n, out);
  const T = TAG_COUNT;
  out.fill(0, 0, n * T);
  const { ids, offsets } = buf;
  const rows = w.rows;
  const rowOf = w.rowOf;
  const present = w.present;
  for (let i = 0; i < n; i++) {
    const o = i * T;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const id = ids[k];
      if (present && (present[id >>> 5] & (1 << (id & 31))) === 0) continue;
      const row = rowOf ? rowOf[id] : id;
      if (row < 0) continue;
      const r = row * T;
      for (let t = 0; t < T; t++) out[o + t] += rows[r + t];
    }
  }
  return out;
}

/** The loaded model's loop, kept monomorphic (one array type per variable) for the JIT. */
function quantizedEmissions(rows: Int16Array, scale: number, rowOf: Int32Array, present: Uint32Array, buf: FeatureBuffer, n: number, out: Float32Array): Float32Array {
  const T = TAG_COUNT;
  const { ids, offsets } = buf;
  const sums = new Int32Array(T);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const id = ids[k];
      if ((present[id >>> 5] & (1 << (id & 31))) === 0) continue;
      const row = rowOf[id];
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
 * quantizedEmissions for the model's 17 tags, the sums held in locals: the generic loop spent most of its time
 * loading and storing its sums array. Same integer sums, same products: the same scores bit for bit.
 */
function quantizedEmissions17(rows: Int16Array, scale: number, rowOf: Int32Array, present: Uint32Array, buf: FeatureBuffer, n: number, out: Float32Array): Float32Array {
  const { ids, offsets } = buf;
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0, s9 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0, s14 = 0, s15 = 0, s16 = 0;
    for (let k = offsets[i]; k < offsets[i + 1]; k++) {
      const id = ids[k];
      if ((present[id >>> 5] & (1 << (id & 31))) === 0) continue;
      const row = rowOf[id];
      if (row < 0) continue;
      const r = row * 17;
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
