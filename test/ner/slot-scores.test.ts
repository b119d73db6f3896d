import { describe, expect, it } from 'vitest';
import { FeatureBuffer, buildDocContext, sentenceFeatures } from '../../src/ner/features.js';
import { defaultModel } from '../../src/ner/load.js';
import { SlotScores } from '../../src/ner/slot-scores.js';
import { TAG_COUNT } from '../../src/ner/tags.js';
import { winkTokens } from '../../src/ner/tokens.js';
import { emissions, rankIndex, sparseEmissionsFrom, sparseRow } from '../../src/ner/weights.js';

describe('the rank index of a sparse model', () => {
  it('finds the row of every kept feature id and no row for the others', () => {
    const ids = [0, 1, 31, 32, 33, 100, 1023, 1024, 4000, 4095];
    const index = rankIndex(12, ids);
    const rowOf = new Map(ids.map((id, row) => [id, row]));
    for (let id = 0; id < 1 << 12; id++) expect(sparseRow(index, id)).toBe(rowOf.get(id) ?? -1);
  });
});

describe('word scores summed once per word', () => {
  const model = defaultModel();
  const sparse = model.weights.sparse;

  it('give the same emission scores, bit for bit, as summing every feature', () => {
    expect(sparse).toBeDefined();
    if (!sparse) return;
    // sentences of one, two and three tokens test the boundary stand-ins; the repeated words test the cache
    const text = 'Blinken arrived.\nHi\nOK .\nUS Secretary of State Antony Blinken met Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad on Friday.\n' +
      'Blinken said the United States would keep working with Iraq, and al-Sudani said Iraq wanted stability in Syria.';
    const tokens = winkTokens(text);
    expect(tokens.sentStart.length).toBeGreaterThanOrEqual(4);
    const ctx = buildDocContext(tokens, model.gazetteer);
    const slots = new SlotScores(sparse, model.weights.bits);
    const memory = new Map([[ctx.lowerId[0], 1]]);
    const full = new FeatureBuffer();
    const partial = new FeatureBuffer();
    for (let s = 0; s < tokens.sentStart.length; s++) {
      const n = sentenceFeatures(ctx, s, memory, model.weights.bits, full);
      sentenceFeatures(ctx, s, memory, model.weights.bits, partial, false);
      expect(partial.count).toBeLessThan(full.count);
      const expected = emissions(model.weights, full, n, new Float32Array(n * TAG_COUNT));
      const base = new Int32Array(n * TAG_COUNT);
      slots.sentence(ctx, tokens.sentStart[s], n, base);
      const actual = sparseEmissionsFrom(sparse, partial, n, base, new Float32Array(n * TAG_COUNT));
      expect([...actual]).toEqual([...expected]);
      // the tagger's path: word scores read straight into the sums
      const fused = slots.emissions(ctx, tokens.sentStart[s], n, partial, new Float32Array(n * TAG_COUNT));
      expect([...fused]).toEqual([...expected]);
    }
  });
});
