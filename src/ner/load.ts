import { readFileSync } from 'node:fs';
import { projectPath } from '../paths.js';
import { Gazetteer } from './gazetteer.js';
import { type NerModel, decodeModel } from './model-file.js';

/** Where the trained model is committed, relative to the project root (the same path from src/ and dist/). */
export const MODEL_PATH = projectPath('src', 'ner', 'model', 'ner-model.bin');

export interface LoadedModel extends NerModel {
  gazetteer: Gazetteer;
}

export function loadModel(path: string = MODEL_PATH): LoadedModel {
  const model = decodeModel(readFileSync(path));
  return { ...model, gazetteer: new Gazetteer(model.header.gazetteer) };
}

let cached: LoadedModel | null = null;

/** The committed model, read once per process on first use. */
export function defaultModel(): LoadedModel {
  if (!cached) cached = loadModel();
  return cached;
}
