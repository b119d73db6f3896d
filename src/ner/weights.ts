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
