import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../paths.js';
import type { GoldRecord } from './training-data.js';

/** The CoNLL-2003 files of the shared eval data (research-only: read here, never copied into the repo). */
export const CONLL_TRAIN = resolve(PROJECT_ROOT, '../shared/eval/ner/conll2003-train.jsonl');
export const CONLL_DEV = resolve(PROJECT_ROOT, '../shared/eval/ner/conll2003-dev.jsonl');

export function readJsonl(path: string): GoldRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as GoldRecord);
}

/** The value of `--name VALUE` in argv, or the fallback. */
export function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
