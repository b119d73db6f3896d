/**
 * One evaluation run: load gold, predict each document, score. The CLI and scripts/eval-floors.ts both call this.
 */
import type { Pipeline } from '../model/pipeline.js';
import { news } from '../../pipelines/news.js';
import { loadGold, type GoldProblem } from './load.js';
import { predict } from './predict.js';
import { Scorer, type EvalError, type EvalReport } from './score.js';

export interface EvalOptions {
  /** Keep every miss and false alarm (for `--errors`). */
  errors?: boolean;
  /** Evaluate only the first N documents. */
  limit?: number;
  pipeline?: Pipeline;
  /** Called after each document (for a progress display). */
  onProgress?: (done: number, total: number) => void;
}

export interface EvalRun {
  report: EvalReport;
  errors: EvalError[];
  /** Malformed gold (skipped) and documents the pipeline failed on (scored as empty). */
  problems: GoldProblem[];
  /** Milliseconds spent in the pipeline. */
  elapsedMs: number;
}

export function evaluate(paths: string[], options: EvalOptions = {}): EvalRun {
  const gold = loadGold(paths);
  const docs = options.limit !== undefined && options.limit >= 0 ? gold.docs.slice(0, options.limit) : gold.docs;
  const scorer = new Scorer(options.errors === true);
  const problems = [...gold.problems];
  const started = performance.now();
  docs.forEach((doc, i) => {
    const prediction = predict(doc, options.pipeline ?? news);
    if (prediction.error) problems.push({ file: doc.file, line: doc.line, message: `pipeline failed on ${doc.id}: ${prediction.error}` });
    scorer.add(doc, prediction);
    options.onProgress?.(i + 1, docs.length);
  });
  return { report: scorer.report(), errors: scorer.errors, problems, elapsedMs: performance.now() - started };
}
