/**
 * Scores the committed NER model on CoNLL-2003 dev (exact spans):
 *   node dist/scripts/score-ner.js [--model FILE] [--data FILE] [--json]
 * Prints P/R/F1 per type over the four CoNLL types, the same over the three the pipeline emits
 * (PER→PERSON, LOC→PLACE, ORG→ORG, through recognizeNames' own code path), load time and tagging speed.
 */
import { createDoc } from '../src/model/create.js';
import { MODEL_PATH, loadModel } from '../src/ner/load.js';
import { recognizeNamesWith } from '../src/ner/recognize.js';
import { type Prf, SpanScorer } from '../src/ner/score.js';
import { evaluate } from '../src/ner/evaluate.js';
import { Scratch, tagDocument } from '../src/ner/tagger.js';
import { nerTokens } from '../src/ner/tokens.js';
import { CONLL_DEV, option, readJsonl } from '../src/ner/conll-files.js';

const modelPath = option('model', MODEL_PATH);
const records = readJsonl(option('data', CONLL_DEV));

const t0 = performance.now();
const c0 = process.cpuUsage();
const model = loadModel(modelPath);
const loadMs = performance.now() - t0;
const loadCpuMs = process.cpuUsage(c0).user / 1000;

const conll = evaluate(records, model.weights, model.gazetteer);

const TO_PIPELINE: Record<string, string> = { PER: 'PERSON', LOC: 'PLACE', ORG: 'ORG' };
const pipeline = new SpanScorer(['PERSON', 'PLACE', 'ORG']);
let chars = 0;
for (const rec of records) {
  const doc = createDoc({ id: rec.id, source: 'eval', published: null, title: null, raw: rec.text });
  chars += rec.text.length;
  const gold = rec.entities.filter((e) => TO_PIPELINE[e.type]).map((e) => ({ start: e.start, end: e.end, type: TO_PIPELINE[e.type] }));
  pipeline.add(gold, recognizeNamesWith(doc, model));
}

/**
 * Speed of the model alone over pre-tokenized documents (the segment stage tokenizes in the pipeline): one warm-up
 * pass, then timed passes. CPU time is reported beside wall time because the machine is shared.
 */
function benchmark(passes: number): { wallKbps: number; cpuKbps: number } {
  const tokenized = records.map((r) => nerTokens(createDoc({ id: r.id, source: 'eval', published: null, title: null, raw: r.text })));
  const scratch = new Scratch();
  for (const t of tokenized) tagDocument(model.weights, model.gazetteer, t, scratch);
  const w0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (const t of tokenized) tagDocument(model.weights, model.gazetteer, t, scratch);
  const kb = (chars * passes) / 1024;
  return { wallKbps: kb / ((performance.now() - w0) / 1000), cpuKbps: kb / (process.cpuUsage(cpu0).user / 1e6) };
}
const speed = benchmark(3);

const fmt = (name: string, p: Prf): string =>
  `${name.padEnd(8)} P ${p.precision.toFixed(4)}  R ${p.recall.toFixed(4)}  F1 ${p.f1.toFixed(4)}  (gold ${p.support}, predicted ${p.predicted})`;

const result = {
  model: modelPath,
  documents: records.length,
  rows: model.header.rows,
  loadMs: Math.round(loadMs),
  loadCpuMs: Math.round(loadCpuMs),
  taggingKbPerSecond: Math.round(speed.wallKbps),
  taggingKbPerCpuSecond: Math.round(speed.cpuKbps),
  conll: { micro: conll.all.micro(), byType: conll.all.byType() },
  pipeline: { micro: pipeline.micro(), byType: pipeline.byType() },
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
else {
  console.log(`${records.length} documents; model ${modelPath}: ${model.header.rows} feature rows, loaded in ${result.loadMs} ms (${result.loadCpuMs} ms CPU)`);
  console.log('CoNLL types (exact span):');
  for (const [t, p] of Object.entries(result.conll.byType)) console.log('  ' + fmt(t, p));
  console.log('  ' + fmt('micro', result.conll.micro));
  console.log('Pipeline types (recognizeNames):');
  for (const [t, p] of Object.entries(result.pipeline.byType)) console.log('  ' + fmt(t, p));
  console.log('  ' + fmt('micro', result.pipeline.micro));
  console.log(`speed (model only, tokens given, one core): ${result.taggingKbPerSecond} KB/s wall, ${result.taggingKbPerCpuSecond} KB per CPU second`);
}
