import { describe, expect, it } from 'vitest';
import { FeatureBuffer, buildDocContext, sentenceFeatures } from '../../src/ner/features.js';
import { Gazetteer, gazBit } from '../../src/ner/gazetteer.js';
import { decodeModel, encodeModel } from '../../src/ner/model-file.js';
import { MODEL_PATH, loadModel } from '../../src/ner/load.js';
import { mixWeights, trainPerceptron } from '../../src/ner/perceptron.js';
import { NER_TYPES, TAG_COUNT, spansToTags } from '../../src/ner/tags.js';
import { tagDocument } from '../../src/ner/tagger.js';
import { winkTokens } from '../../src/ner/tokens.js';
import { emissions } from '../../src/ner/weights.js';

const PER = NER_TYPES.indexOf('PER');
const LOC = NER_TYPES.indexOf('LOC');

/** A tiny training set: "<First> <Last> visited <City>." sentences. */
function tinyCorpus() {
  const people = [['Anna', 'Berg'], ['Omar', 'Haddad'], ['Lena', 'Novak'], ['Raul', 'Ortiz']];
  const cities = ['Lisbon', 'Oslo', 'Lima', 'Hanoi'];
  return people.flatMap(([first, last], i) =>
    cities.map((city, j) => {
      const text = `${first} ${last} visited ${cities[(i + j) % 4]} and ${city} today.`;
      const tokens = winkTokens(text);
      // tokens: First Last visited City and City today .
      return { tokens, gold: spansToTags(tokens.start.length, [{ first: 0, last: 2, type: PER }, { first: 3, last: 4, type: LOC }, { first: 5, last: 6, type: LOC }]) };
    }),
  );
}

describe('training and the model file', () => {
  const gazetteer = new Gazetteer([['oslo', gazBit('city')]]);

  it('learns a tiny corpus and tags a new sentence of the same kind', () => {
    const w = trainPerceptron(tinyCorpus(), gazetteer, { bits: 14, epochs: 5, seed: 1 });
    const tokens = winkTokens('Lena Novak visited Lima and Oslo today.');
    expect(tagDocument(w, gazetteer, tokens)).toEqual([
      { first: 0, last: 2, type: PER },
      { first: 3, last: 4, type: LOC },
      { first: 5, last: 6, type: LOC },
    ]);
  });

  it('round-trips weights through the compact file within quantization error', () => {
    const w = trainPerceptron(tinyCorpus(), gazetteer, { bits: 14, epochs: 3, seed: 2 });
    const file = encodeModel(w, gazetteer.entries(), { data: 'tiny' }, 0);
    const loaded = decodeModel(file);
    expect(loaded.header.gazetteer).toEqual([['oslo', gazBit('city')]]);
    const tokens = winkTokens('Omar Haddad visited Hanoi.');
    const ctx = buildDocContext(tokens, gazetteer);
    const buf = new FeatureBuffer();
    const n = sentenceFeatures(ctx, 0, new Map(), 14, buf);
    const dense = emissions(w, buf, n, new Float32Array(n * TAG_COUNT));
    const compact = emissions(loaded.weights, buf, n, new Float32Array(n * TAG_COUNT));
    for (let k = 0; k < dense.length; k++) expect(compact[k]).toBeCloseTo(dense[k], 2);
    expect(tagDocument(loaded.weights, gazetteer, tokens)).toEqual(tagDocument(w, gazetteer, tokens));
  });

  it('mixes models trained over different document orders into their mean, which still tags the corpus', () => {
    const a = trainPerceptron(tinyCorpus(), gazetteer, { bits: 14, epochs: 3, seed: 3 });
    const b = trainPerceptron(tinyCorpus(), gazetteer, { bits: 14, epochs: 3, seed: 4 });
    const mixed = mixWeights([a, b]);
    for (let k = 0; k < mixed.rows.length; k += 997) expect(mixed.rows[k]).toBeCloseTo((a.rows[k] + b.rows[k]) / 2, 5);
    expect(mixed.transitions[5]).toBeCloseTo((a.transitions[5] + b.transitions[5]) / 2, 5);
    const tokens = winkTokens('Raul Ortiz visited Oslo and Lisbon today.');
    expect(tagDocument(mixed, gazetteer, tokens).map((s) => s.type)).toEqual([PER, LOC, LOC]);
  });

  it('loads the committed model quickly', () => {
    const t0 = performance.now();
    const model = loadModel(MODEL_PATH);
    const ms = performance.now() - t0;
    expect(model.header.rows).toBeGreaterThan(1000);
    expect(model.gazetteer.size).toBeGreaterThan(1000);
    // generous bound for a loaded CI machine; scripts/score-ner.ts reports the real figure
    expect(ms).toBeLessThan(3000);
  });
});
