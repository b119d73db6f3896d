/**
 * Trains the quote filter of the quotes stage (src/quotes/filter.ts) on PolNeAR train: runs clean + segment + the
 * rule-and-cue-model finder on each article, labels each found quote by whether it matches an annotated content
 * span (overlap, one-to-one, as scripts/score-quotes.ts scores), and fits a logistic model on the first part of the
 * split; the keep threshold is the one that maximizes overall F1 on the rest. Writes weights only, never text.
 *
 *   npx tsx scripts/learn-quote-filter.ts [path/to/polnear-train.jsonl] [--docs N]
 */
import { writeFileSync } from 'node:fs';
import { readPolnear } from '../src/quotes/polnear-records.js';
import { overlapMatch } from '../src/eval/match.js';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/paths.js';
import { createDoc } from '../src/model/create.js';
import { clean } from '../src/stages/clean.js';
import { segment } from '../src/stages/segment.js';
import { findQuotes } from '../src/quotes/attribute.js';
import { quoteFeatures, type QuoteFilterFile } from '../src/quotes/filter.js';
import { trainLogistic } from '../src/quotes/logistic.js';
import { spanToRaw } from '../src/text/offset-map.js';
import type { Span } from '../src/model/doc.js';

/** Predicted quotes (by index) that overlap a gold quote, paired one to one as the evaluation pairs them. */
function matched(gold: Span[], pred: Span[]): Set<number> {
  return new Set(overlapMatch(gold, pred).pairs.map(([, p]) => p));
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? path.resolve(PROJECT_ROOT, '../shared/eval/quotes/polnear-train.jsonl');
  const at = args.indexOf('--docs');
  const limit = at >= 0 ? Number(args[at + 1]) : Infinity;
  const docs = readPolnear(file, limit);
  const fitDocs = Math.floor(docs.length * 0.75);
  const fit: Array<{ x: string[]; y: number }> = [];
  const heldOut: Array<{ x: string[]; y: number }> = [];
  let heldOutGold = 0;
  docs.forEach((g, d) => {
    const doc = segment(clean(createDoc({ id: g.id, source: file, published: null, title: null, raw: g.text })));
    const found = findQuotes(doc).filter((c) => c.quote.kind !== 'term');
    const raw = found.map((c) => spanToRaw(doc.offsets, c.quote));
    const good = matched(g.quotes, raw);
    const rows = found.map((c, k) => ({ x: quoteFeatures(doc, c, found), y: good.has(k) ? 1 : 0 }));
    if (d < fitDocs) fit.push(...rows);
    else {
      heldOut.push(...rows);
      heldOutGold += g.quotes.length;
    }
  });
  const weights = trainLogistic(fit, 10, 0.01);
  const prob = (x: string[]): number => 1 / (1 + Math.exp(-x.reduce((s, f) => s + (weights[f] ?? 0), 0)));
  const scored = heldOut.map((r) => ({ p: prob(r.x), y: r.y }));
  let best = { threshold: 0, f1: 0 };
  for (let t = 0; t <= 0.6; t += 0.025) {
    const kept = scored.filter((r) => r.p >= t);
    const tp = kept.filter((r) => r.y).length;
    const pr = kept.length ? tp / kept.length : 0;
    const rc = tp / heldOutGold;
    const f1 = pr + rc ? (2 * pr * rc) / (pr + rc) : 0;
    process.stderr.write(`threshold ${t.toFixed(3)}: P ${pr.toFixed(3)} R ${rc.toFixed(3)} F1 ${f1.toFixed(3)}\n`);
    if (f1 > best.f1) best = { threshold: Math.round(t * 1000) / 1000, f1 };
  }
  const out: QuoteFilterFile = { source: `PolNeAR v1.0.0 train split (${fitDocs} articles; threshold from the next ${docs.length - fitDocs})`, threshold: best.threshold, weights };
  writeFileSync(path.join(PROJECT_ROOT, 'src/quotes/data/quote-filter.json'), JSON.stringify(out) + '\n');
  process.stderr.write(`quote filter: ${fit.length} training quotes, ${Object.keys(weights).length} weights, threshold ${best.threshold} (held-out F1 ${best.f1.toFixed(3)})\n`);
}

main();
