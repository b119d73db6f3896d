/**
 * Accuracy floors: the scores the pipeline must not fall below, per gold set (`eval-floors.json`). The script
 * `scripts/eval-floors.ts` and the shared-eval test both run `runFloors`, so CI and a developer see the same check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, projectPath } from '../paths.js';
import { CORPUS_SPLITS } from './corpus.js';
import { evaluate, type EvalRun } from './run.js';
import { scoreAt } from './format.js';

/** Gold set name → dotted score path (`entities.f1`, `quotes.byKind.direct.recall`) → lowest acceptable value. */
export type Floors = Record<string, Record<string, number>>;

export interface GoldSetSpec {
  name: string;
  path: string;
  /** Shared sets live outside the repo; when absent they are skipped (and said so), the bundled corpus never is. */
  optional: boolean;
}

export const GOLD_SETS: GoldSetSpec[] = [
  // The bundled splits (src/eval/corpus.ts; the held-out and blind ones are never tuned on, corpus/README.md).
  ...CORPUS_SPLITS.map((split) => ({ name: split.name, path: join(split.dir, 'gold'), optional: false })),
  { name: 'conll2003-dev', path: resolve(PROJECT_ROOT, '../shared/eval/ner/conll2003-dev.jsonl'), optional: true },
  { name: 'polnear-dev', path: resolve(PROJECT_ROOT, '../shared/eval/quotes/polnear-dev.jsonl'), optional: true },
];

export const FLOORS_FILE = projectPath('eval-floors.json');

export function readFloors(file = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, 'utf8')) as Floors;
}

export interface FloorCheck {
  set: string;
  score: string;
  floor: number;
  /** undefined when the report has no such score. */
  actual: number | undefined;
  ok: boolean;
}

export interface SetResult {
  spec: GoldSetSpec;
  /** Null when an optional set is absent. */
  run: EvalRun | null;
  checks: FloorCheck[];
}

/** Compares one run with its floors: a missing score fails, as does a malformed gold line. */
export function checkFloors(set: string, run: EvalRun, floors: Record<string, number>): FloorCheck[] {
  return Object.entries(floors).map(([score, floor]) => {
    const actual = scoreAt(run.report, score);
    return { set, score, floor, actual, ok: actual !== undefined && actual >= floor };
  });
}

export function runFloors(floors: Floors = readFloors(), sets: GoldSetSpec[] = GOLD_SETS, log: (line: string) => void = () => {}): SetResult[] {
  return sets.map((spec) => {
    if (!existsSync(spec.path)) {
      if (spec.optional) {
        log(`${spec.name}: ${spec.path} is absent, skipped`);
        return { spec, run: null, checks: [] };
      }
      const check: FloorCheck = { set: spec.name, score: 'present', floor: 1, actual: 0, ok: false };
      log(`${spec.name}: ${spec.path} is missing`);
      return { spec, run: null, checks: [check] };
    }
    log(`${spec.name}: evaluating ${spec.path}`);
    const run = evaluate([spec.path], {
      onProgress: (done, total) => {
        if (total >= 20 && done < total && done % Math.ceil(total / 4) === 0) log(`${spec.name}: ${done}/${total}`);
      },
    });
    log(`${spec.name}: ${run.report.documents} documents in ${(run.elapsedMs / 1000).toFixed(1)} s`);
    const checks = checkFloors(spec.name, run, floors[spec.name] ?? {});
    if (run.problems.length > 0) checks.push({ set: spec.name, score: 'gold and pipeline problems', floor: 0, actual: run.problems.length, ok: false });
    return { spec, run, checks };
  });
}
