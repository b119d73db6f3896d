/**
 * The learned cue classifier: a logistic model over `cueFeatures` (context.ts), trained on PolNeAR train by
 * scripts/learn-cues.ts. It replaces the form-by-neighbour-class estimate of `cueProbability` for the forms it was
 * trained on, because single neighbour classes cannot tell "called for" from "called the police" as well as the
 * neighbours' identities and a subject before the verb can.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';
import { cueFeatures } from './context.js';
import { weightTable } from './logistic.js';
import type { Word } from './units.js';

export interface CueModelFile {
  source: string;
  /** Forms the model was trained on (every occurrence of them was a training example). */
  forms: string[];
  weights: Record<string, number>;
}

interface CueModel {
  forms: Set<string>;
  /** See weightTable. */
  weights: Record<string, number>;
}

let cached: CueModel | null | undefined;

function load(): CueModel | null {
  try {
    const file = JSON.parse(readFileSync(projectPath('src', 'quotes', 'data', 'cue-model.json'), 'utf8')) as CueModelFile;
    return { forms: new Set(file.forms), weights: weightTable(file.weights) };
  } catch {
    // No model file: the lexicon's neighbour-class estimate still works.
    return null;
  }
}

/** Replace this process's cue model (null: back to the data file); for the training scripts' k-fold runs. */
export function useCueModel(file: CueModelFile | null): void {
  cached = file ? { forms: new Set(file.forms), weights: weightTable(file.weights, true) } : undefined;
}

/** P(cue | context) of the word at `i`, or null when the model is missing or never saw the form. */
export function modelCueProbability(words: Word[], i: number): number | null {
  if (cached === undefined) cached = load();
  if (!cached || !cached.forms.has(words[i].lower)) return null;
  let score = 0;
  for (const f of cueFeatures(words, i)) score += cached.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-score));
}
