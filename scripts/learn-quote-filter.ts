/**
 * Trains the quote filter of the quotes stage (src/quotes/filter.ts) on PolNeAR train: runs the pipeline up to the
 * quote finder on each article, labels each found quote by whether it matches an annotated content span (overlap,
 * one-to-one, as the evaluation pairs them), and fits a logistic model on the features of filter.ts.
 *
 * The filter weighs the cue classifier's probability, and that classifier is itself learned from train: on its own
 * training documents it is surer than it will ever be on new text. So the finder runs out of fold: the split is cut
 * into K folds and each fold's quotes are found with a cue lexicon and classifier learned from the other folds.
 * The keep threshold is chosen the same way: filters fit on K-1 folds score the quotes of the remaining fold, and
 * the threshold that maximizes F1 over all these held-out scores is kept. The written weights are fit on all
 * folds' (out-of-fold) quotes. Writes weights only, never text.
 *
 *   npx tsx scripts/learn-quote-filter.ts [path/to/polnear-train.jsonl] [--docs N] [--folds K]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPolnear } from '../src/quotes/polnear-records.js';
import { overlapMatch } from '../src/eval/match.js';
import { PROJECT_ROOT } from '../src/paths.js';
import { createDoc } from '../src/model/create.js';
import { clean } from '../src/stages/clean.js';
import { segment } from '../src/stages/segment.js';
import { entities } from '../src/stages/entities.js';
import { resolve } from '../src/stages/resolve.js';
import { findQuotes } from '../src/quotes/attribute.js';
import { learnCues } from '../src/quotes/cue-learner.js';
import { useCueLexicon, isCoreLemma } from '../src/quotes/lexicon.js';
import { useCueModel } from '../src/quotes/cue-model.js';
import { leastProbability, quoteFeatures, type QuoteFilterFile } from '../src/quotes/filter.js';
import { trainLogistic } from '../src/quotes/logistic.js';
import { spanToRaw } from '../src/text/offset-map.js';
import type { Span } from '../src/model/doc.js';

interface Row {
  x: string[];
  y: number;
  /** Core cue lemmas need only a share of the threshold (filter.ts). */
  core: boolean;
  /** Found by a weak cue: kept above a threshold of its own (filter.ts). */
  weak: boolean;
  fold: number;
}

/** Predicted quotes (by index) that overlap a gold quote, paired one to one as the evaluation pairs them. */
function matched(gold: Span[], pred: Span[]): Set<number> {
  return new Set(overlapMatch(gold, pred).pairs.map(([, p]) => p));
}

const EPOCHS = 10;
const MIN_WEIGHT = 0.01;

function probability(weights: Record<string, number>, x: string[]): number {
  return 1 / (1 + Math.exp(-x.reduce((s, f) => s + (weights[f] ?? 0), 0)));
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? path.resolve(PROJECT_ROOT, '../shared/eval/quotes/polnear-train.jsonl');
  const at = args.indexOf('--docs');
  const limit = at >= 0 ? Number(args[at + 1]) : Infinity;
  const kAt = args.indexOf('--folds');
  const K = kAt >= 0 ? Number(args[kAt + 1]) : 5;
  const docs = readPolnear(file, limit);
  const foldOf = (d: number): number => d % K;
  // The upstream layers do not depend on the cue data: computed once.
  const upstream = docs.map((g) => resolve(entities(segment(clean(createDoc({ id: g.id, source: file, published: g.meta?.publication_date ?? null, title: null, raw: g.text }))))));
  const goldPerFold = new Array<number>(K).fill(0);
  docs.forEach((g, d) => (goldPerFold[foldOf(d)] += g.quotes.length));

  const rows: Row[] = [];
  for (let k = 0; k < K; k++) {
    const learned = learnCues(docs.filter((_, d) => foldOf(d) !== k), `fold ${k}`);
    useCueLexicon(learned.lexicon);
    useCueModel(learned.model);
    docs.forEach((g, d) => {
      if (foldOf(d) !== k) return;
      const doc = upstream[d];
      const found = findQuotes(doc).filter((c) => c.quote.kind !== 'term');
      const good = matched(g.quotes, found.map((c) => spanToRaw(doc.offsets, c.quote)));
      found.forEach((c, i) => rows.push({ x: quoteFeatures(doc, c, found), y: good.has(i) ? 1 : 0, core: c.quote.cue !== null && isCoreLemma(c.quote.cue.lemma), weak: c.weak, fold: k }));
    });
    process.stderr.write(`fold ${k}: ${rows.length} quotes found so far\n`);
  }
  useCueLexicon(null);
  useCueModel(null);

  // Held-out filter scores: each fold scored by a filter fit on the others.
  const scored: Array<{ p: number; y: number; core: boolean; weak: boolean }> = [];
  for (let k = 0; k < K; k++) {
    const weights = trainLogistic(rows.filter((r) => r.fold !== k), EPOCHS, MIN_WEIGHT);
    for (const r of rows) if (r.fold === k) scored.push({ p: probability(weights, r.x), y: r.y, core: r.core, weak: r.weak });
  }
  const gold = goldPerFold.reduce((a, b) => a + b, 0);
  const f1At = (t: number, tw: number): { pr: number; rc: number; f1: number } => {
    const kept = scored.filter((r) => r.p >= leastProbability(r, t, tw));
    const tp = kept.filter((r) => r.y).length;
    const pr = kept.length ? tp / kept.length : 0;
    const rc = tp / gold;
    return { pr, rc, f1: pr + rc ? (2 * pr * rc) / (pr + rc) : 0 };
  };
  const steps = (from: number, to: number): number[] => Array.from({ length: Math.round((to - from) / 0.025) + 1 }, (_, k) => Math.round((from + k * 0.025) * 1000) / 1000);
  let best = { threshold: 0, weak: 0, f1: 0 };
  for (const t of steps(0, 0.6)) {
    for (const tw of steps(t, 0.8)) {
      const { f1 } = f1At(t, tw);
      if (f1 > best.f1) best = { threshold: t, weak: tw, f1 };
    }
    const { pr, rc, f1 } = f1At(t, t);
    process.stderr.write(`threshold ${t.toFixed(3)}: P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${f1.toFixed(3)}\n`);
  }
  // The held-out F1 is flat near its best, and a kept reading that is wrong costs more than F1 shows (a wrong speaker,
  // a false claim): of the threshold pairs whose F1 is within noise of the best (0.001, about 20 quotes of train), the
  // strictest is kept: the highest threshold, then with it the highest weak-cue threshold.
  const near = best.f1 - 0.001;
  for (const t of steps(best.threshold, 0.6)) {
    for (const tw of steps(t, 0.8)) if (f1At(t, tw).f1 >= near && (t > best.threshold || tw > best.weak)) best = { threshold: t, weak: tw, f1: best.f1 };
  }

  const weights = trainLogistic(rows, EPOCHS, MIN_WEIGHT);
  const out: QuoteFilterFile = {
    source: `PolNeAR v1.0.0 train split (${docs.length} articles, quotes found out of fold over ${K} folds; threshold from held-out folds)`,
    threshold: best.threshold,
    weakThreshold: best.weak,
    weights,
  };
  writeFileSync(path.join(PROJECT_ROOT, 'src/quotes/data/quote-filter.json'), JSON.stringify(out) + '\n');
  process.stderr.write(`quote filter: ${rows.length} training quotes, ${Object.keys(weights).length} weights, threshold ${best.threshold}, weak cues ${best.weak} (held-out F1 ${best.f1.toFixed(3)}, kept ${f1At(best.threshold, best.weak).f1.toFixed(3)})\n`);
}

main();
