import type { GazetteerEntries } from './gazetteer.js';
import { TAGS, TAG_COUNT } from './tags.js';
import { type Weights, rankIndex, sparseRow } from './weights.js';

/**
 * The saved model: [u32 header length][JSON header][u32 feature ids][i16 weights][f32 transitions].
 * Weights are quantized to 16 bits with one scale (the perceptron's averaged weights need no more precision), and
 * only rows with a weight of any consequence are kept: that is what makes the file small and fast to load. It is not
 * compressed: gunzip would cost more load time than reading the few extra MB (git compresses it anyway).
 */
export interface ModelHeader {
  format: 'claimex-ner/1';
  bits: number;
  tags: string[];
  rows: number;
  scale: number;
  gazetteer: GazetteerEntries;
  /** Free-form facts about the training run (epochs, data, date), for whoever reads the file. */
  trained: Record<string, string | number>;
}

export interface NerModel {
  header: ModelHeader;
  weights: Weights;
}

/** Serialize averaged dense weights, keeping rows whose largest |weight| reaches `minWeight`. */
export function encodeModel(w: Weights, gazetteer: GazetteerEntries, trained: Record<string, string | number>, minWeight: number): Buffer {
  const T = TAG_COUNT;
  const sparse = w.sparse;
  // a loaded model's rows, back in floating point, for saving it again
  const values = sparse ? Float32Array.from(sparse.rows, (v) => v * sparse.scale) : w.rows;
  const rowOf = (f: number): number => (sparse ? sparseRow(sparse.index, f) : f);
  const size = 1 << w.bits;
  const kept: number[] = [];
  let maxAbs = 0;
  for (let f = 0; f < size; f++) {
    const row = rowOf(f);
    if (row < 0) continue;
    let m = 0;
    for (let t = 0; t < T; t++) m = Math.max(m, Math.abs(values[row * T + t]));
    if (m >= minWeight) {
      kept.push(f);
      maxAbs = Math.max(maxAbs, m);
    }
  }
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
  const ids = new Uint32Array(kept);
  const q = new Int16Array(kept.length * T);
  kept.forEach((f, k) => {
    const row = rowOf(f);
    for (let t = 0; t < T; t++) q[k * T + t] = Math.round(values[row * T + t] / scale);
  });
  const header: ModelHeader = { format: 'claimex-ner/1', bits: w.bits, tags: TAGS.map((t) => t.name), rows: kept.length, scale, gazetteer, trained };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const body = Buffer.concat([len, json, Buffer.from(ids.buffer), Buffer.from(q.buffer), Buffer.from(w.transitions.buffer, w.transitions.byteOffset, w.transitions.byteLength)]);
  return body;
}

export function decodeModel(file: Buffer): NerModel {
  const body = file;
  const jsonLength = body.readUInt32LE(0);
  const header = JSON.parse(body.toString('utf8', 4, 4 + jsonLength)) as ModelHeader;
  if (header.format !== 'claimex-ner/1') throw new Error(`unknown NER model format ${String(header.format)}`);
  const expected = TAGS.map((t) => t.name).join(' ');
  if (header.tags.join(' ') !== expected) throw new Error('NER model was trained with another tag set');
  const T = TAG_COUNT;
  let at = 4 + jsonLength;
  // copy out of the Buffer: its byte offset need not be aligned for typed-array views
  const ids = new Uint32Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + header.rows * 4));
  at += header.rows * 4;
  const q = new Int16Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + header.rows * T * 2));
  at += header.rows * T * 2;
  const transitions = new Float32Array(body.buffer.slice(body.byteOffset + at, body.byteOffset + at + T * T * 4));
  // the rank index reads the kept ids as sorted and distinct, which encodeModel writes them
  for (let k = 1; k < ids.length; k++) if (ids[k] <= ids[k - 1]) throw new Error('NER model feature ids are not sorted');
  if (ids.length > 0 && ids[ids.length - 1] >= 1 << header.bits) throw new Error('NER model feature id out of range');
  const sparse = { rows: q, scale: header.scale, index: rankIndex(header.bits, ids) };
  return { header, weights: { bits: header.bits, rows: new Float32Array(0), sparse, transitions } };
}
