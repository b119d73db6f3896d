/**
 * Derives the cue lexicon of the quotes stage from the PolNeAR training split.
 *
 * For every word form that heads an annotated cue ("said", "has said", "also called for" → "said", "called"+for) it
 * counts how often the form is a cue, how often the form occurs at all in the training texts (so that the runtime can
 * tell "said", a cue nearly always, from "called", a cue now and then), on which side of the cue the content lies,
 * and which particle follows it. Only these counts are written (`src/quotes/data/cues.json`), never any text.
 *
 *   npx tsx scripts/learn-cues.ts [path/to/polnear-train.jsonl]
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { readPolnear } from '../src/quotes/polnear-records.js';
import { learnCues } from '../src/quotes/cue-learner.js';

function main(): void {
  const file = process.argv[2] ?? path.resolve(PROJECT_ROOT, '../shared/eval/quotes/polnear-train.jsonl');
  const docs = readPolnear(file);
  const { lexicon, model } = learnCues(docs, 'PolNeAR v1.0.0 train split');
  const out = path.join(PROJECT_ROOT, 'src/quotes/data/cues.json');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(path.join(PROJECT_ROOT, 'src/quotes/data/cue-model.json'), JSON.stringify(model) + '\n');
  writeFileSync(out, JSON.stringify(lexicon) + '\n');
  process.stderr.write(`cue model: ${model.forms.length} forms, ${Object.keys(model.weights).length} weights\n`);
  process.stderr.write(`wrote ${Object.keys(lexicon.forms).length} cue forms from ${docs.length} documents to ${out}\n`);
}

main();
