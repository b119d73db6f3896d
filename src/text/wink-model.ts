import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Model } from 'wink-eng-lite-web-model';

/*
 * wink-eng-lite-web-model as the segment stage uses it (tokens, sentence boundaries, POS, lemmas), loaded for less:
 * the package's entry module reads all seven of its JSON models at import and its core model reader deep-copies
 * the 3 MB core model (JSON.stringify + JSON.parse) and decodes its lexicon with atob and a byte loop. A worker
 * paid ~120 ms CPU for that before its first article. Here the core model is parsed once and decoded with Buffer,
 * and the models of annotations we never ask wink for (named entities, negation, sentiment: ~580 KB of JSON) are
 * empty machines: wink instantiates them whatever the pipe, but runs only the annotations in its pipe.
 * The package's own modules are used for everything else (transformers, setters, feature function, lemmatizer).
 * test/text/wink-model.test.ts checks the core model equals the package's, and that documents read the same.
 */

const require = createRequire(import.meta.url);
/** The package's dist/ folder (its entry module is dist/model.js). */
const DIST = dirname(require.resolve('wink-eng-lite-web-model'));
const CORE_JSON = join(DIST, 'languages', 'cur', 'models', 'eng-core-web-model.json');

/** An automaton that recognizes nothing, in wink's exportJSON format (what its `emptyModelJSON()` returns). */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

interface FeatureData {
  list: string[];
  hash: Record<string, number>;
  intrinsicSize: number;
  index: number;
  maxIndex: number;
}

/** The fields of the core model the loader touches ([word, mask, shift, isIndexed, isExtensible, ...] per feature). */
interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, FeatureData> & { posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** base64 -> Uint32Array over a buffer of its own (a Buffer may sit unaligned inside a shared pool). */
function uint32FromBase64(data: string): Uint32Array {
  const bytes = Buffer.from(data, 'base64');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}

/**
 * What the package's `load-core-model.js` (with `read-core-model.js`) returns, built from one parse of the JSON.
 * The steps are theirs, in their order, so the hashes' key order (and anything that iterates them) is the same.
 */
export function loadCoreModel(): unknown {
  const model = JSON.parse(readFileSync(CORE_JSON, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = uint32FromBase64(model.lexicon as string);
  model.xpansions = uint32FromBase64(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const hash: Record<string, number> = Object.create(null);
    const list = features[f].list;
    for (let k = 0; k < list.length; k += 1) hash[list[k]] = k;
    features[f].hash = hash;
  }
  const lexemeHash: Record<string, number> = Object.create(null);
  const lexemes = features.lexeme.list;
  for (let k = 0; k < lexemes.length; k += 1) lexemeHash[lexemes[k]] = k;
  features.lexeme.hash = lexemeHash;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) {
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  }
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

const pkg = (file: string): unknown => require(join(DIST, file));

type LoadMetaCER = () => { machines: string; transformers: unknown[] };
let metaCER: ReturnType<LoadMetaCER> | null = null;

/**
 * The package's custom-entity meta model, loaded once: its loader replaces the machines it required by their
 * JSON.stringify and returns that, so each further wink instance got the previous string stringified again (twice
 * as long, with every quote escaped once more) and the ~20th threw "Invalid string length".
 */
function loadMetaCER(): ReturnType<LoadMetaCER> {
  metaCER ??= (pkg('load-cer-meta-model.js') as LoadMetaCER)();
  return metaCER;
}

/** The model for `winkNLP(model, ['sbd', 'pos'])`; named-entity, negation and sentiment machines are empty. */
export function segmentModel(): Model {
  const addons = Object.create(null) as Model['addons'];
  addons.stem = pkg('porter-stemmer.js');
  addons.lemmatize = pkg('lemmatize.js');
  addons.readabilityStats = pkg('readability-stats.js');
  addons.wordVectors = undefined;
  const model = Object.create(null) as Model;
  model.core = loadCoreModel;
  model.sbd = pkg('load-sbd-model.js');
  model.pos = pkg('load-pos-model.js');
  model.ner = () => ({ machines: [], transformers: [] });
  model.negation = () => ({ machines: [EMPTY_MACHINE], setter: null });
  model.sa = () => ({ machines: [EMPTY_MACHINE], setter: null });
  model.metaCER = loadMetaCER;
  model.featureFn = pkg('feature.js');
  model.addons = addons;
  return model;
}
