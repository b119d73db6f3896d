/**
 * Trains the NER model on CoNLL-2003 train and writes src/ner/model/ner-model.bin.
 *   npm run train:ner -- [--epochs 10] [--bits 21] [--dev] [--out FILE] [--title-case-every 2] [--min-weight 0.5] [--seeds 17,5,11]
 * `--dev` scores conll2003-dev after every epoch (to choose the epoch count; never to tune single documents).
 */
import { writeFileSync } from 'node:fs';
import { buildGazetteer } from '../src/ner/gazetteer-build.js';
import { Gazetteer } from '../src/ner/gazetteer.js';
import { MODEL_PATH } from '../src/ner/load.js';
import { encodeModel } from '../src/ner/model-file.js';
import { mixWeights, trainPerceptron } from '../src/ner/perceptron.js';
import type { Weights } from '../src/ner/weights.js';
import { titleCaseHeadlines } from '../src/ner/augment.js';
import { toTrainingDoc } from '../src/ner/training-data.js';
import { evaluate } from '../src/ner/evaluate.js';
import { CONLL_DEV, CONLL_TRAIN, option, readJsonl } from '../src/ner/conll-files.js';

const epochs = Number(option('epochs', '10'));
const bits = Number(option('bits', '21'));
const minWeight = Number(option('min-weight', '0.5'));
const out = option('out', MODEL_PATH);
// Several seeds (--seeds 17,5,11) train one model each over another document order; their weights are averaged
// (parameter mixing), which evens out the perceptron's sensitivity to the order.
const seeds = option('seeds', option('seed', '17,5,11')).split(',').map(Number);
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

const score = (weights: Weights): string => {
  const ev = evaluate(dev, weights, gazetteer);
  const byType = ev.all.byType();
  return `dev F1 ${ev.all.micro().f1.toFixed(4)} (${Object.entries(byType).map(([t, p]) => `${t} ${p.f1.toFixed(3)}`).join(', ')})`;
};

const t1 = performance.now();
const trained: Weights[] = [];
for (const seed of seeds) {
  trained.push(
    trainPerceptron(docs, gazetteer, {
      bits,
      epochs,
      seed,
      onEpoch(epoch, averaged, mistakes) {
        const devLine = withDev && (epoch === epochs || seeds.length === 1) ? '  ' + score(averaged) : '';
        console.log(`seed ${seed} epoch ${epoch}: ${mistakes} token mistakes, ${((performance.now() - t1) / 1000).toFixed(1)} s${devLine}`);
      },
    }),
  );
}
const weights = mixWeights(trained);
if (withDev && seeds.length > 1) console.log(`mixed ${seeds.length} models: ${score(weights)}`);
const trainSeconds = (performance.now() - t1) / 1000;

const file = encodeModel(weights, entries, { data: 'CoNLL-2003 eng.train', epochs, bits, seeds: seeds.join(','), trainSeconds: Math.round(trainSeconds), date: new Date().toISOString().slice(0, 10) }, minWeight);
writeFileSync(out, file);
console.log(`trained in ${trainSeconds.toFixed(1)} s; wrote ${out} (${(file.length / 1024 / 1024).toFixed(2)} MB)`);
