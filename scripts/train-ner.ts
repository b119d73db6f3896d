/**
 * Trains the NER model on CoNLL-2003 train and writes src/ner/model/ner-model.bin.
 *   npm run train:ner -- [--epochs 10] [--bits 21] [--dev] [--out FILE] [--title-case-every 2] [--min-weight 0.5]
 * `--dev` scores conll2003-dev after every epoch (to choose the epoch count; never to tune single documents).
 */
import { writeFileSync } from 'node:fs';
import { buildGazetteer } from '../src/ner/gazetteer-build.js';
import { Gazetteer } from '../src/ner/gazetteer.js';
import { MODEL_PATH } from '../src/ner/load.js';
import { encodeModel } from '../src/ner/model-file.js';
import { trainPerceptron } from '../src/ner/perceptron.js';
import { titleCaseHeadlines } from '../src/ner/augment.js';
import { toTrainingDoc } from '../src/ner/training-data.js';
import { evaluate } from '../src/ner/evaluate.js';
import { CONLL_DEV, CONLL_TRAIN, option, readJsonl } from '../src/ner/conll-files.js';

const epochs = Number(option('epochs', '10'));
const bits = Number(option('bits', '21'));
const minWeight = Number(option('min-weight', '0.5'));
const out = option('out', MODEL_PATH);
const withDev = process.argv.includes('--dev');

const t0 = performance.now();
const entries = buildGazetteer();
const gazetteer = new Gazetteer(entries);
const records = readJsonl(option('train', CONLL_TRAIN));
// Every other document gets its capitals headlines in Title Case (see augment.ts); a fixed choice, so runs repeat.
const titleShare = Number(option('title-case-every', '2'));
const docs = records.map((rec, i) =>
  toTrainingDoc(titleShare > 0 && i % titleShare === 1 && rec.sentences ? { ...rec, text: titleCaseHeadlines(rec.text, rec.sentences) } : rec),
);
const dropped = docs.reduce((n, d) => n + d.dropped, 0);
const tokens = docs.reduce((n, d) => n + d.tokens.start.length, 0);
console.log(`${docs.length} documents, ${tokens} tokens, ${dropped} gold entities not aligned to tokens, gazetteer ${gazetteer.size} phrases (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
const dev = withDev ? readJsonl(CONLL_DEV) : [];

const t1 = performance.now();
const weights = trainPerceptron(docs, gazetteer, {
  bits,
  epochs,
  seed: 17,
  onEpoch(epoch, averaged, mistakes) {
    let line = `epoch ${epoch}: ${mistakes} token mistakes, ${((performance.now() - t1) / 1000).toFixed(1)} s`;
    if (withDev) {
      const ev = evaluate(dev, averaged, gazetteer);
      const byType = ev.all.byType();
      line += `  dev F1 ${ev.all.micro().f1.toFixed(4)} (${Object.entries(byType).map(([t, p]) => `${t} ${p.f1.toFixed(3)}`).join(', ')})`;
    }
    console.log(line);
  },
});
const trainSeconds = (performance.now() - t1) / 1000;

const file = encodeModel(weights, entries, { data: 'CoNLL-2003 eng.train', epochs, bits, trainSeconds: Math.round(trainSeconds), date: new Date().toISOString().slice(0, 10) }, minWeight);
writeFileSync(out, file);
console.log(`trained in ${trainSeconds.toFixed(1)} s; wrote ${out} (${(file.length / 1024 / 1024).toFixed(2)} MB)`);
