/**
 * The learned cue classifier: a logistic model over `cueFeatures` (context.ts), trained on PolNeAR train by
 * scripts/learn-cues.ts. It replaces the form-by-neighbour-class estimate of `cueProbability` for the forms it was
 * trained on, because single neighbour classes cannot tell "called for" from "called the police" as well as the
 * neighbours' identities and a subject before the verb can.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';
import { emitCueFeatures } from './context.js';
import { weightTable } from './logistic.js';
import type { Word } from './units.js';
import { ModelWeights } from './weights.js';

export interface CueModelFile {
  source: string;
  /** Forms the model was trained on (every occurrence of them was a training example). */
  forms: string[];
  weights: Record<string, number>;
}

interface CueModel {
  forms: Set<string>;
  weights: ModelWeights;
}

/** Cue words scored before the compact weight table is built (~50 news articles; it pays off after ~10,000). */
const BUILD_AFTER = 2000;

let cached: CueModel | null | undefined;

function load(): CueModel | null {
  try {
    const file = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'cue-model.json'), 'utf8')) as CueModelFile;
    return { forms: new Set(file.forms), weights: new ModelWeights(weightTable(file.weights), BUILD_AFTER) };
  } catch {
    // No model file: the lexicon's neighbour-class estimate still works.
    return null;
  }
}

/**
 * Replace this process's cue model (null: back to the data file); for the training scripts' k-fold runs and tests.
 * `compact`: read its weights from the compact table from the first cue word on.
 */
export function useCueModel(file: CueModelFile | null, compact = false): void {
  cached = file ? { forms: new Set(file.forms), weights: new ModelWeights(weightTable(file.weights, true), compact ? 0 : BUILD_AFTER) } : undefined;
}

/** P(cue | context) of the word at `i`, or null when the model is missing or never saw the form. */
export function modelCueProbability(words: Word[], i: number): number | null {
  if (cached === undefined) cached = load();
  if (!cached || !cached.forms.has(words[i].lower)) return null;
  const score = cached.weights.score((sink) => emitCueFeatures(words, i, sink));
  return 1 / (1 + Math.exp(-score));
}
